"""Tests for helpers.report.formatting: how report cells read, and CSV cells a spreadsheet cannot run."""

import pandas as pd

from helpers.report import formatting


def test_whole_floats_read_as_integers():
    values = pd.Series([291.0, None, 3.0])
    assert formatting.column_kind("mentions", values) == "int"
    assert [formatting.display_value(v, "int") for v in values] == ["291", "—", "3"]


def test_large_integers_are_grouped():
    assert formatting.display_value(31513, "int") == "31,513"


def test_a_count_of_shared_events_is_a_count_not_a_share():
    assert formatting.column_kind("shared_clusters", pd.Series([26, 1, 6])) == "int"


def test_shares_read_as_percentages_with_one_decimal():
    values = pd.Series([0.169, 0.5])
    assert formatting.column_kind("anonymous_share", values) == "pct"
    assert formatting.display_value(0.169, "pct") == "16.9%"


def test_missing_values_never_read_nan():
    frame = formatting.format_frame(pd.DataFrame({"lat": [float("nan")], "text": [None], "dct": [pd.NaT]}))
    assert frame.iloc[0].tolist() == ["—", "", "—"]


def test_dates_read_as_dates_without_midnight():
    values = pd.Series(pd.to_datetime(["2018-05-08 00:00:00"]))
    assert formatting.column_kind("dct", values) == "date"
    assert formatting.display_value(values[0], "date") == "2018-05-08"


def test_geo_precision_reads_as_its_acled_meaning():
    kind = formatting.column_kind("precision", pd.Series([1.0, 3.0]))
    assert formatting.display_value(3.0, kind, "precision").startswith("3 — ")
    assert "region or country" in formatting.display_value(3.0, kind, "precision")


def test_coordinates_keep_four_decimals():
    assert formatting.display_value(32.767041, "num", "lat") == "32.7670"


def test_lists_read_as_joined_text():
    assert formatting.raw_value(["درنة", "بنغازي"], "text") == "درنة | بنغازي"


def test_formula_like_text_is_defused_for_spreadsheets():
    assert [formatting.defuse(v) for v in ["=HYPERLINK(1)", "+1", "-x", "@SUM", "درنة"]] == [
        "'=HYPERLINK(1)",
        "'+1",
        "'-x",
        "'@SUM",
        "درنة",
    ]


def test_negative_numbers_are_not_defused():
    assert formatting.defuse(-3) == -3


def test_csv_frame_carries_raw_values():
    frame = pd.DataFrame({"dct": pd.to_datetime(["2018-05-08"]), "n": [2.0], "t": ["=1+1"], "s": [None]})
    assert formatting.csv_frame(frame).iloc[0].tolist() == ["2018-05-08", 2, "'=1+1", ""]


def test_csv_frame_defuses_text_in_mixed_columns():
    frame = pd.DataFrame({"t": ["-1", 3, None, ["=a", "b"]]})
    assert formatting.csv_frame(frame)["t"].tolist() == ["'-1", "3", "", "'=a | b"]


def test_infinite_numbers_read_as_missing():
    assert formatting.raw_value(float("inf"), "num") is None
    assert formatting.display_value(float("-inf"), "pct") == "—"


def test_a_median_reads_without_trailing_zeros():
    """The lengths table showed medians of word counts as 291.00 and 329.50."""
    assert formatting.display_value(291.0, "num", "median_words") == "291"
    assert formatting.display_value(329.5, "num", "median_words") == "329.5"
    assert formatting.display_value(0.45, "num", "confidence") == "0.45"
    assert formatting.display_value(1234.0, "num", "x") == "1,234"
