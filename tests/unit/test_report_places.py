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


def test_a_place_is_named_as_the_corpus_writes_it_when_only_letter_variants_differ():
    benghazi = ("بنغازى", "Benghazi", "city", "LY", 32.1, 20.1, 1, "geonames", "88319", "")
    summary = places.place_summary(
        table(("a", "بنغازي", *benghazi), ("b", "بنغازي", *benghazi), ("c", "بنغازى", *benghazi))
    )
    assert summary["name"].tolist() == ["بنغازي"]


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


def test_places_inside_names_are_not_counted():
    with_roles = MENTIONS.assign(role=["location", "in_name", "location", "location", "location"])
    assert places.place_summary(with_roles).loc[0, "mentions"] == 2


def test_facilities_at_one_town_point_keep_their_own_rows():
    facility = ("", "facility", "TR", 41.01, 28.95, 2, "facility", "geonames:745044")
    rows = table(
        ("a", "القنصلية السعودية", "القنصلية السعودية", *facility, ""),
        ("a", "مطار اسطنبول", "مطار اسطنبول", *facility, ""),
    )
    assert sorted(places.place_summary(rows)["name"]) == ["القنصلية السعودية", "مطار اسطنبول"]


def test_summary_coordinates_are_rounded_and_display_has_no_nan():
    summary = places.place_summary(MENTIONS.assign(lat=32.7670412, lon=22.6394011))
    assert summary.loc[0, ["lat", "lon"]].tolist() == [32.77, 22.64]
    shown = places.for_display(summary)
    assert shown.loc[0, "lat"] == "32.77"
    assert not shown.isna().any().any()


def test_relative_locations_show_distances_as_text_without_nan():
    rows = pd.DataFrame(
        {
            "article_id": ["a", "a", "b"],
            "text": ["على بعد 70 كلم شرقي درنة", "جنوب درنة", "درنة"],
            "name": ["درنة"] * 3,
            "role": ["location"] * 3,
            "direction": ["E", "S", ""],
            "distance_km": [70.0, float("nan"), float("nan")],
            "anchor": ["درنة", "درنة", ""],
            "lat": [32.7670412, 32.767, 32.767],
            "lon": [23.3912, 22.639, 22.639],
            "precision": [2.0, 2.0, 1.0],
        }
    )
    shown = places.relative_locations(rows)
    assert shown["distance"].tolist() == ["70 km", ""]
    assert shown.loc[0, "lat"] == "32.77"
    assert not shown.isna().any().any()


OIL = ("Oil Crescent", "region", "LY", 30.5, 18.9, 3, "curated", "oil_crescent")
BENGHAZI = ("بنغازى", "Benghazi", "city", "LY", 32.1, 20.1, 1, "geonames", "88319")
SPELLINGS = table(  # the gazetteer's spelling and two curated names for one place; one dateline, not counted
    ("a", "بنغازي", *BENGHAZI, ""),
    ("a", "بنغازي", *BENGHAZI, ""),
    ("b", "بنغازى", *BENGHAZI, ""),
    ("b", "الهلال النفطي", "الهلال النفطي", *OIL, ""),
    ("c", "منطقة الهلال النفطي", "منطقة الهلال النفطي", *OIL, ""),
    ("c", "الهلال النفطي", "الهلال النفطي", *OIL, ""),
).assign(role=["location", "location", "dateline", "location", "location", "location"])


def test_every_place_summary_count_equals_its_drill_down_rows():
    drill = places.with_place_key(SPELLINGS)  # the drill-down: every mention, counted or not
    summary = places.place_summary(SPELLINGS)
    assert len(summary) == 2
    for name, count in zip(summary["name"], summary["mentions"], strict=True):
        assert (drill["place"] == name).sum() == count
    assert drill["place"].tolist()[2] == ""  # the dateline is not counted


def test_a_country_is_named_in_english_as_analysts_write_it():
    """The places table named North Korea "Korea, Democratic People's Republic of" and Syria "Syrian Arab
    Republic" (the ISO names)."""
    north_korea = ("كوريا الشمالية", "Korea, Democratic People's Republic of", "country", "KP", 40.1, 127.2, 3)
    summary = places.place_summary(table(("a", "كوريا الشمالية", *north_korea, "pycountry", "KP", "")))
    assert summary["name_en"].tolist() == ["North Korea"]


def test_one_name_for_places_in_two_countries_gives_two_rows_each_at_its_own_point():
    """البيضاء is a Yemeni governorate and a Libyan city: the places table had one row «البيضاء, Al Bayda, YE» for
    mentions resolved to both, at the median of their points (a tie falls in the Sahara), so the mentions sent to
    Libya were hidden from the analyst."""
    yemen = ("البيضاء", "Al Bayda", "city", "YE", 13.99, 45.57, 1, "geonames", "79415")
    libya = ("البيضاء", "Bayda", "city", "LY", 32.76, 21.76, 1, "geonames", "88834")
    rows = table(
        ("a", "البيضاء", *yemen, ""),
        ("b", "البيضاء", *yemen, ""),
        ("c", "البيضاء", *libya, "ambiguous: also Al Bayda (YE)"),
    )
    summary = places.place_summary(rows).set_index("name")
    assert summary.loc["البيضاء (اليمن)", ["mentions", "lat"]].tolist() == [2, 13.99]
    assert summary.loc["البيضاء (ليبيا)", ["mentions", "lat"]].tolist() == [1, 32.76]
    drill = places.with_place_key(rows)
    assert drill["place"].tolist() == ["البيضاء (اليمن)", "البيضاء (اليمن)", "البيضاء (ليبيا)"]
