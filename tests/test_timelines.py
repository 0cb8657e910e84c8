"""Tests for helpers.timelines: time mentions per article with DCT flags."""

import pandas as pd

from helpers.timelines import article_dct, extract_times, time_table


def article(**overrides):
    base = {
        "article_id": "a",
        "text": "عنوان\n\nقال المتحدث أمس إن العملية ستنتهي خلال أسبوعين.",
        "dct": pd.Timestamp("2018-05-08"),
        "dct_source": "article",
        "date_problem": None,
    }
    return {**base, **overrides}


def test_time_table_resolves_against_the_article_date():
    table = time_table(pd.DataFrame([article()]))
    assert table[["text", "value"]].values.tolist() == [["أمس", "2018-05-07"], ["أسبوعين", "P2W"]]


def test_missing_dct_leaves_relative_values_unresolved_with_a_flag():
    mentions = list(extract_times(article(dct=pd.NaT, dct_source="missing")))
    yesterday = next(m for m in mentions if m["canonical"] == "DCT-1D")
    assert yesterday["value"] is None
    assert "no DCT" in yesterday["flag"]


def test_future_dct_is_flagged_on_relative_mentions():
    mentions = list(extract_times(article(dct=pd.Timestamp("2031-01-01"), date_problem="future date 2031-01-01")))
    assert "future" in mentions[0]["flag"]


def test_supplied_dct_is_flagged():
    assert article_dct(article(dct_source="supplied"))[1] == "DCT supplied, not from the source"
