"""Tests for helpers.report.labels: every column a report table shows has Arabic and English words."""

import re

import pytest

from helpers.report import labels

_ARABIC = re.compile("[\u0600-\u06ff]")

# columns the reports showed with their raw names (English only, or Arabic only): stop 26's read of the reports
SHOWN_RAW_BEFORE = [
    "place", "anchor", "with_country", "table_spelling", "actors_share", "mentions_share", "latitude",
    "longitude", "confidence", "removed", "record", "warning", "الصنف", "events", "week", "first_share",
    "DATE", "TIME", "DURATION", "SET",
]  # fmt: skip


@pytest.mark.parametrize("column", SHOWN_RAW_BEFORE)
def test_a_report_column_has_arabic_and_english_words(column):
    shown = labels.header(column)
    arabic, _, english = shown.partition(" / ")
    assert _ARABIC.search(arabic) and english and not _ARABIC.search(english), shown


def test_a_code_column_is_named_after_the_column_it_keeps_the_codes_of():
    """speaker_kind_code, role_code... read 'speaker kind code': now the words of their column, marked code."""
    assert labels.header("speaker_kind_code") == "نوع المتحدث (رمز) / speaker kind (code)"
    assert labels.header("role_code") == "الدور (رمز) / role (code)"


def test_the_two_place_columns_of_the_place_evidence_read_differently():
    """The place drill-down showed two columns both headed 'place'."""
    english = [labels.header(c).rpartition(" / ")[2] for c in ("place", "name")]
    assert english[0] != english[1]
