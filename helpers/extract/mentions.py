"""The mention table: one row per extracted actor, place or time, with provenance.

Extractors register themselves by kind; each takes one article and yields
mentions whose offsets index the article's display text. This module adds the
sentence number and returns a tidy table (or JSON-ready dicts for the CLI).
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import pandas as pd

from helpers.text.sentences import sentence_spans

MENTION_COLUMNS = [
    "article_id",
    "sentence_id",
    "start",
    "end",
    "text",
    "kind",
    "type",
    "canonical",
    "value",
    "lat",
    "lon",
    "confidence",
    "flag",
]
KINDS = ("actor", "place", "time")

Extractor = Callable[[Mapping[str, Any]], Iterable[dict[str, Any]]]
EXTRACTORS: dict[str, Extractor] = {}


def register(kind: str) -> Callable[[Extractor], Extractor]:
    """Decorator: make ``func`` the extractor for ``kind`` (actor, place or time)."""
    if kind not in KINDS:
        raise ValueError(f"unknown mention kind {kind!r}; expected one of {KINDS}")

    def wrap(func: Extractor) -> Extractor:
        EXTRACTORS[kind] = func
        return func

    return wrap


def available_kinds() -> list[str]:
    """The kinds that have an extractor in this version."""
    _load_extractors()
    return [k for k in KINDS if k in EXTRACTORS]


def _load_extractors() -> None:
    """Import the extractor modules that exist, so that they register themselves."""
    import importlib

    for module in ("helpers.extract.actors", "helpers.extract.places", "helpers.extract.timelines"):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as err:
            if err.name != module:
                raise


def iter_mentions(articles: pd.DataFrame, kinds: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
    """Yield every mention of every article as a dict with the MENTION_COLUMNS keys."""
    _load_extractors()
    wanted = [k for k in (kinds or KINDS) if k in EXTRACTORS]
    for article in articles.to_dict("records"):
        spans = list(sentence_spans(article["text"]))
        starts = [s for s, _ in spans]
        for kind in wanted:
            for mention in EXTRACTORS[kind](article):
                sentence = max(bisect.bisect_right(starts, mention["start"]) - 1, 0)
                row = {column: mention.get(column) for column in MENTION_COLUMNS}
                row.update(article_id=article["article_id"], sentence_id=sentence, kind=kind)
                row.update({k: v for k, v in mention.items() if k not in row})  # kind-specific fields
                row["text"] = article["text"][mention["start"] : mention["end"]]
                yield row


def mention_table(articles: pd.DataFrame, kinds: Iterable[str] | None = None) -> pd.DataFrame:
    """All mentions as a tidy DataFrame with the MENTION_COLUMNS columns."""
    return pd.DataFrame(list(iter_mentions(articles, kinds)), columns=MENTION_COLUMNS)


def json_ready(row: Mapping[str, Any]) -> dict[str, Any]:
    """A mention with NaN turned into None, ready for ``json.dumps``."""
    return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()}
