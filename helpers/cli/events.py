"""``python -m helpers events PATH... [--dct D] [--format csv|jsonl|parquet] [-o OUT]
[--min-confidence X]``: the event table (one row per event, ACLED-like columns, cross-article clusters) of a corpus,
without building the store; by default the rows at or above the event model's threshold, 0 keeps every candidate."""

from __future__ import annotations

import io
import json
import math
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import IO

import pandas as pd

FORMATS = ("csv", "jsonl", "parquet")


def event_table(records: Iterable[dict], min_confidence: float | None = None) -> pd.DataFrame:
    """The incidents table of loaded records, with ``published`` and the clusters of ``dedupe``: the rows whose
    confidence is at least ``min_confidence`` (None: the event model's threshold; 0: every candidate row)."""
    from helpers.extract import pipeline
    from helpers.extract.incidents import component as incidents
    from helpers.store.incidents import dedupe

    records = list(records)
    articles = pipeline.run(records, pipeline.components_for(["incidents"]))
    rows = [row for article in articles for row in incidents.incident_rows(article, min_confidence)]
    frame = incidents.typed(pd.DataFrame(rows, columns=incidents.INCIDENT_COLUMNS))
    published = {r["article_id"]: r.get("published") for r in records}
    frame["published"] = pd.to_datetime(frame["article_id"].map(published), utc=True, errors="coerce")
    return dedupe(frame)


def write_table(frame: pd.DataFrame, fmt: str, out: IO[bytes]) -> None:
    """Write the table as CSV (UTF-8), JSON lines or Parquet to a binary stream."""
    if fmt == "parquet":
        buffer = io.BytesIO()
        frame.to_parquet(buffer, index=False)
        out.write(buffer.getvalue())
    elif fmt == "csv":
        out.write(frame.to_csv(index=False).encode("utf-8"))
    else:
        for row in frame.to_dict("records"):
            out.write((json.dumps({k: _plain(v) for k, v in row.items()}, ensure_ascii=False) + "\n").encode("utf-8"))


def _plain(value: object) -> object:
    """A JSON-ready value: missing values as null, timestamps as ISO text, numpy scalars as Python ones."""
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    return value.item() if hasattr(value, "item") else value


def run_events(
    paths: list[str], dct: date | None, fmt: str, output: str | None, min_confidence: float | None = None
) -> int:
    """The command: load, extract, write; 0 on success. Parquet needs ``-o``; a terminal gets no binary."""
    from helpers.ingest.corpus import load_corpus

    if fmt == "parquet" and output is None and sys.stdout.isatty():
        print("python -m helpers: error: --format parquet writes binary: give -o FILE", file=sys.stderr)
        return 2
    corpus = load_corpus(paths, default_dct=dct)
    frame = event_table(corpus.articles.to_dict("records"), min_confidence)
    if output is None:
        write_table(frame, fmt, sys.stdout.buffer)
        sys.stdout.flush()
    else:
        with Path(output).open("wb") as handle:
            write_table(frame, fmt, handle)
    print(f"{len(frame)} events from {len(corpus.articles)} articles", file=sys.stderr)
    return 0
