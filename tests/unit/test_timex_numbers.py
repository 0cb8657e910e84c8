"""Numbers and years in words, ordinals (numbers.py and the rules that read them)."""

from datetime import date

import pytest

from helpers.extract.timex.numbers import spelled_value, spelled_year
from helpers.extract.timex.tagger import tag
from helpers.text.normalize import normalize_letters

DCT = date(2016, 11, 7)


@pytest.mark.parametrize(
    ("words", "expected"),
    [("ألفين وثمانية عشر", 2018), ("ألف وسبعمائة وتسعة وثمانين", 1789), ("تسعة عشر وثمانية وسبعين", 1978)],
)
def test_spelled_year(words, expected):
    assert spelled_year(normalize_letters(words)) == expected


def test_spelled_value_adds_its_terms():
    assert spelled_value(normalize_letters("مائتين وسبعة وستين")) == 267


def test_a_word_that_is_not_a_number():
    assert spelled_value("كتاب") is None


def test_year_in_words_after_aam():
    found = tag("في عام ألفين وثمانية عشر", DCT)
    assert found[0].value == "2018"


def test_date_with_a_year_in_words():
    found = tag("بين 2 و 7 فبراير ألفين وثمانية عشر", DCT)
    assert found[0].value == "2018-02-02/2018-02-07"


def test_quarter_of_a_year_in_words():
    assert tag("الربع الثالث من ألفين وعشرين", DCT)[0].value == "2020-Q3"


def test_ordinal_day_in_american_order():
    found = tag("الاثنين، يناير الثاني والعشرين، 2018", DCT)
    assert found[0].value == "2018-01-22"


def test_first_of_a_month():
    assert tag("عدت أول يناير", DCT)[0].value == "2016-01-01"  # سأعود أول يناير is the coming one (20t)


def test_a_small_number_after_aam_is_a_duration_not_a_year():
    assert tag("عام واحد", DCT)[0].type == "DURATION"
