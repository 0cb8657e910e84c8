"""Weekdays tied to a month: the n-th weekday of a month, a weekday with an ordinal day (weekdays.py)."""

from datetime import date

import pytest

from helpers.extract.timex.tagger import tag

DCT = date(2016, 11, 7)  # a Monday


def found(text: str, dct: date = DCT) -> list[tuple[str, str | None]]:
    return [(text[t.start : t.end], t.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أول يوم جمعة في هذا الشهر", "2016-11-04"),
        ("الخميس الأول من الشهر المقبل", "2016-12-01"),
        ("آخر أحد من مارس 2017", "2017-03-26"),
    ],
)
def test_nth_weekday_of_a_month(text, expected):
    assert found(text) == [(text, expected)]


def test_weekday_with_an_ordinal_day_takes_the_nearest_month_where_it_fits():
    assert found("الثلاثاء الحادي والثلاثين", date(2017, 10, 15)) == [("الثلاثاء الحادي والثلاثين", "2017-10-31")]


def test_weekday_with_a_small_ordinal_stays_the_nth_weekday():
    assert found("الأحد الثاني") == [("الأحد الثاني", "2016-11-13")]


def test_a_week_then_a_weekday_range_is_the_range_in_that_week():
    text = "الأسبوع المقبل بين الأربعاء والجمعة"
    assert found(text, date(2017, 11, 14)) == [(text, "2017-11-22/2017-11-24")]
