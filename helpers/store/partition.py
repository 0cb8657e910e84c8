"""What a worker runs: every table of a list of articles, with crash isolation per article."""

from __future__ import annotations

from typing import Any

import pandas as pd

from helpers.extract.pipeline import extract_tables

TABLES = ("articles", "sentences", "actors", "places", "times", "quotes", "events", "signatures", "incidents",
          "rejected")  # fmt: skip
REJECTED_COLUMNS = ["article_id", "content_hash", "reason"]


def extract_articles(frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Every table of some articles (``pipeline.extract_tables``)."""
    return extract_tables(frame)


def extract_partition(records: list[dict[str, Any]]) -> dict[str, pd.DataFrame]:
    """All tables of a list of articles, in one pass; if that raises, article by article, and an article
    whose extraction raises goes to ``rejected`` with the reason."""
    hashes = {r["article_id"]: r["content_hash"] for r in records}
    rejected = []
    try:
        tables = extract_articles(pd.DataFrame(records))
    except Exception:  # find the article at fault: one bad article must not stop the others
        parts: dict[str, list[pd.DataFrame]] = {name: [] for name in TABLES if name != "rejected"}
        for article in records:
            try:
                one = extract_articles(pd.DataFrame([article]))
            except Exception as err:
                rejected.append((article["article_id"], article["content_hash"], f"extraction failed: {err!r}"[:500]))
                continue
            for name, table in one.items():
                parts[name].append(table)
        tables = {name: _concat(frames) for name, frames in parts.items()}
    out = {name: t.assign(content_hash=t["article_id"].map(hashes)) if len(t) else t for name, t in tables.items()}
    out["rejected"] = pd.DataFrame(rejected, columns=REJECTED_COLUMNS)
    return out


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate, keeping an empty frame's columns when there is nothing."""
    frames = [f for f in frames if len(f)] or frames[:1]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
