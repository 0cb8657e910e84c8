"""Place tables for the locations report: the places mentioned and the names to review."""

from __future__ import annotations

import pandas as pd

SUMMARY_COLUMNS = [
    "source",
    "source_id",
    "name",
    "name_en",
    "kind",
    "country",
    "lat",
    "lon",
    "precision",
    "mentions",
    "articles",
]
REVIEW_COLUMNS = ["text", "flag", "mentions", "articles", "resolved_to"]


def place_summary(places: pd.DataFrame) -> pd.DataFrame:
    """One row per resolved place: mentions, articles, coordinates and precision, most mentioned first."""
    resolved = places[places["source"].fillna("") != ""]
    if resolved.empty:
        return pd.DataFrame(columns=SUMMARY_COLUMNS)
    grouped = resolved.groupby(["source", "source_id"], as_index=False).agg(
        name=("name", "first"),
        name_en=("name_en", "first"),
        kind=("kind", "first"),
        country=("country", "first"),
        lat=("lat", "median"),
        lon=("lon", "median"),
        precision=("precision", "min"),
        mentions=("text", "size"),
        articles=("article_id", "nunique"),
    )
    return grouped.sort_values(["mentions", "articles"], ascending=False).reset_index(drop=True)[SUMMARY_COLUMNS]


def needs_review(places: pd.DataFrame) -> pd.DataFrame:
    """Names not in the gazetteer or resolved with doubt: what the analyst may add to places_curated.csv."""
    flagged = places[places["flag"].fillna("") != ""]
    if flagged.empty:
        return pd.DataFrame(columns=REVIEW_COLUMNS)
    return (
        flagged.groupby(["text", "flag"], as_index=False)
        .agg(mentions=("article_id", "size"), articles=("article_id", "nunique"), resolved_to=("name_en", "first"))
        .sort_values("mentions", ascending=False)
        .reset_index(drop=True)
    )
