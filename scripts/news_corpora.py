"""Unlabelled news for the build scripts: the ANT and SaudiNewsNet articles of ``../shared`` (build time only)."""

from __future__ import annotations

import gzip
import json
import zipfile
from collections.abc import Iterator

from helpers import config


def news_articles() -> Iterator[tuple[str, str]]:
    """(id, body) of every ANT article with a body (its docno), then of every SaudiNewsNet record with one
    (``archive member#index``), in file order."""
    with gzip.open(config.ant_articles(), "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row.get("text"):
                yield str(row.get("docno")), str(row["text"])
    for archive in sorted((config.shared_datasets() / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(archive) as z:
            for name in z.namelist():
                if name.endswith(".json"):
                    data = json.loads(z.read(name).decode("utf-8"))
                    items = data if isinstance(data, list) else [data]
                    for k, item in enumerate(items):
                        if isinstance(item, dict) and item.get("content"):
                            yield f"{name}#{k}", str(item["content"])
