"""Tests for helpers.report.eventscope: statements apart from ACLED types, events told as history left out."""

import pandas as pd

from helpers.report import eventscope

ARTICLES = pd.DataFrame(
    {
        "article_id": ["a"],
        "dct": [pd.Timestamp("2018-06-13")],
        "text": ["قتل عشرات المتظاهرين عام 2014 في كوباني. وقتل جنديان أمس في درنة."],
    }
)


def incidents():
    return pd.DataFrame(
        {
            "event_id": ["a:0:0", "a:1:0", "a:1:1"],
            "article_id": ["a", "a", "a"],
            "event_type": ["Battles", "Battles", "Statement"],
            "event_date": pd.to_datetime(["2018-06-13", "2018-06-12", "2018-06-12"]),
            "start": [0, 44, 44],
            "end": [3, 47, 47],
        }
    )


def test_statements_are_kept_apart_from_acled_types():
    acled, statements = eventscope.split_statements(incidents())
    assert "Statement" not in set(acled["event_type"]) and len(statements) == 1


def test_an_event_whose_sentence_states_an_older_year_is_told_as_history():
    scope = eventscope.scope(incidents(), ARTICLES)
    assert scope.history == 1 and scope.left_out == 1
    assert scope.shown["event_id"].tolist() == ["a:1:0", "a:1:1"]


def test_last_year_is_not_history():
    flags = eventscope.told_as_history(pd.Series(["منذ عام 2017 وحتى ٢٠١٨"]), pd.Series([2018]))
    assert not flags.iloc[0]


def test_arabic_indic_years_are_read():
    assert eventscope.stated_years("في عام ٢٠١٣ قتل") == [2013]


def test_a_birth_year_is_not_history():
    assert eventscope.stated_years("قتل العوامي وهو من مواليد 1991") == []
