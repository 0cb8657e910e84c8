"""Tests for helpers.report.valuewords: codes shown in words, the code kept beside them."""

import pandas as pd

from helpers.report import valuewords


def test_a_qualifier_code_is_shown_in_words_and_kept_in_a_code_column():
    frame = pd.DataFrame({"fatalities": [3, 12], "fatalities_qualifier": ["exact", "at_least"]})
    out, columns = valuewords.in_words(frame)
    assert columns == ["fatalities", "fatalities_qualifier", "fatalities_qualifier_code"]
    assert "at least" in out.loc[1, "fatalities_qualifier"]
    assert out.loc[1, "fatalities_qualifier_code"] == "at_least"


def test_a_compound_source_scale_is_shown_in_words():
    assert "national and regional" in valuewords.words_for("source_scale", "National-Regional")


def test_a_role_written_by_the_article_is_not_a_code():
    frame = pd.DataFrame({"role": ["الرئيس التركي", ""]})
    out, columns = valuewords.in_words(frame)
    assert columns == ["role"] and out["role"].tolist() == ["الرئيس التركي", ""]


def test_only_the_columns_asked_for_get_a_code_column():
    frame = pd.DataFrame({"role": ["in_name"], "source_kind": ["named"]})
    out, columns = valuewords.in_words(frame, ["role"])
    assert columns == ["role", "role_code"] and out.loc[0, "source_kind"] == "named"
