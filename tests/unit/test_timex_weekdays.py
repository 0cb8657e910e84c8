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


def test_the_same_day_of_another_year_is_not_the_day_told_before():
    text = "وكان البشير قد أطاح بالحكومة في 30 يونيو 1989. وفي اليوم نفسه من هذا العام خرج آلاف المتظاهرين."
    assert "1989-06-30" not in [t.value for t in tag(text, date(2020, 7, 1))][1:]
    text = "اغتال مسلحون مسؤولا أمنيا في عدن يوم الثلاثاء. وفي اليوم نفسه، انفجرت عبوة ناسفة في لحج."
    assert [t.value for t in tag(text, date(2018, 6, 1))] == ["2018-05-29", "2018-05-29"]


def test_a_past_verb_after_a_subordinator_governs_a_weekday_set_off_by_commas():
    assert [t.value for t in tag("وسيصل الوفد جدة بعدما التقى الرئيس، الإثنين، الملك سلمان.", date(2018, 6, 1))] == [
        "2018-05-28"
    ]
    assert [t.value for t in tag("ستجري مصر، الأحد، جولة الإعادة في الانتخابات.", date(2018, 6, 1))] == ["2018-06-03"]
