"""Stated timelines: time mentions per article, resolved against each article's DCT.

Registers the ``time`` extractor used by ``python -m helpers extract`` and gives the
notebooks a tidy table of time mentions with their flags.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

import pandas as pd

from helpers.extract import register
from helpers.timex import Timex, tag

TIME_COLUMNS = [
    "article_id",
    "start",
    "end",
    "text",
    "type",
    "value",
    "anchor",
    "mod",
    "flag",
    "confidence",
    "dct",
    "dct_source",
]


def article_dct(article: Mapping[str, Any]) -> tuple[date | None, str]:
    """The DCT of an article as a date, and a flag when it is missing, supplied or in the future."""
    dct = article.get("dct")
    source = article.get("dct_source") or "missing"
    if dct is None or pd.isna(dct):
        return None, "no DCT: relative date left unresolved"
    flag = ""
    problem = str(article.get("date_problem") or "")
    if problem.startswith("future date"):
        flag = f"DCT is in the future ({pd.Timestamp(dct).date()}); relative dates may be wrong"
    elif source == "supplied":
        flag = "DCT supplied, not from the source"
    return pd.Timestamp(dct).date(), flag


def time_mentions(article: Mapping[str, Any]) -> list[Timex]:
    """Every time expression of one article, resolved against its DCT and flagged as needed."""
    dct, dct_flag = article_dct(article)
    found = tag(str(article["text"]), dct, dct_flag=dct_flag if dct is not None else "")
    return found


@register("time")
def extract_times(article: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """The ``time`` extractor: one mention dict per time expression."""
    for timex in time_mentions(article):
        yield {
            "start": timex.start,
            "end": timex.end,
            "type": timex.type,
            "canonical": timex.anchor,
            "value": timex.value,
            "confidence": timex.confidence,
            "flag": timex.flag or None,
        }


def time_table(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per time expression in ``articles`` (see TIME_COLUMNS)."""
    rows = []
    for article in articles.to_dict("records"):
        for timex in time_mentions(article):
            rows.append(
                (
                    article["article_id"],
                    timex.start,
                    timex.end,
                    article["text"][timex.start : timex.end],
                    timex.type,
                    timex.value,
                    timex.anchor,
                    timex.mod,
                    timex.flag,
                    timex.confidence,
                    article.get("dct"),
                    article.get("dct_source"),
                )
            )
    return pd.DataFrame(rows, columns=TIME_COLUMNS)
