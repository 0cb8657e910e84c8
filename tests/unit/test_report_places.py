"""Tests for helpers.report.places: the places mentioned and the names to review."""

import pandas as pd

from helpers.report import places

COLUMNS = ["article_id", "text", "name", "name_en", "kind", "country", "lat", "lon", "precision", "source", "source_id"]
COLUMNS += ["flag"]
DERNA = ("درنة", "Darnah", "city", "LY", 32.76, 22.63, 1, "geonames", "87205")


def table(*rows):
    return pd.DataFrame(list(rows), columns=COLUMNS)


MENTIONS = table(
    ("a", "درنة", *DERNA, ""),
    ("a", "بدرنة", *DERNA, ""),
    ("b", "درنة", *DERNA, "ambiguous: 2 candidates"),
    ("b", "الفتائح", "", "", "unknown", "", float("nan"), float("nan"), 0, "", "", "not in the gazetteer"),
    ("c", "الفتائح", "", "", "unknown", "", float("nan"), float("nan"), 0, "", "", "not in the gazetteer"),
)


def test_place_summary_counts_resolved_places_only():
    summary = places.place_summary(MENTIONS)
    assert summary["name_en"].tolist() == ["Darnah"]
    assert summary.loc[0, ["mentions", "articles", "precision"]].tolist() == [3, 2, 1]


def test_needs_review_lists_flagged_names_most_frequent_first():
    review = places.needs_review(MENTIONS)
    assert review["text"].tolist() == ["الفتائح", "درنة"]
    assert review.loc[0, ["mentions", "articles", "resolved_to"]].tolist() == [2, 2, ""]


def test_empty_tables_keep_their_columns():
    nothing = table()
    assert places.place_summary(nothing).columns.tolist() == places.place_summary(MENTIONS).columns.tolist()
    assert places.needs_review(nothing).columns.tolist() == places.needs_review(MENTIONS).columns.tolist()
    unresolved_only = MENTIONS[MENTIONS["source"] == ""]
    assert places.place_summary(unresolved_only).empty
    clean = MENTIONS.assign(flag="")
    assert places.needs_review(clean).columns.tolist() == places.REVIEW_COLUMNS
