"""The store's keys: the extractor version (a hash of everything extraction depends on) and each article's
content hash. Changing either starts a new store folder or re-extracts the article."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from helpers import config

# Packages whose code decides what extraction writes; report/ and cli/ are left out on purpose.
_CODE_PACKAGES = ("text", "resources", "ingest", "extract")


@functools.cache
def extractor_version() -> str:
    """A hash of the extraction code (text, resources, ingest, extract, the settings and the store's partition
    code), the extraction settings, and every shipped data file it reads."""
    digest = hashlib.sha1()
    package = config.PACKAGE_DIR
    files = [package / "config.py", package / "store" / "partition.py"]
    for name in _CODE_PACKAGES:
        files += sorted((package / name).rglob("*.py"))
    files += sorted(p for p in config.DATA_DIR.glob("*") if p.is_file())
    for path in files:
        digest.update(str(path.relative_to(package)).encode())
        digest.update(path.read_bytes())
    digest.update(repr(config.extraction_settings()).encode())
    return digest.hexdigest()[:12]


def content_hash(article: Mapping[str, Any]) -> str:
    """The key of one article: a hash of its id, text, date, outlet, where its date came from and any problem
    with that date (the time extractor's flags depend on the last two)."""
    parts = (
        article.get("article_id"), article.get("text"), article.get("dct"), article.get("outlet"),
        article.get("dct_source"), article.get("date_problem"),
    )  # fmt: skip
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:20]


def store_root(store_dir: Path | None = None) -> Path:
    """The folder of the current extractor version."""
    return Path(store_dir or config.store_dir()) / f"v{extractor_version()}"
