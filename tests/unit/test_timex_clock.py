"""Clock times, parts of the day and time ranges (helpers/extract/timex/clock.py, combine.py)."""

from datetime import date

import pytest

from helpers.extract.timex.tagger import tag

DCT = date(2018, 5, 8)  # a Tuesday


def spans(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.start : t.end], t.value) for t in tag(text, DCT)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بدأ القصف الساعة الثامنة والنصف", ("الساعة الثامنة والنصف", "2018-05-08T08:30")),
        ("عند الساعة الثامنة إلا ربعاً", ("الساعة الثامنة إلا ربعاً", "2018-05-08T07:45")),
        ("انفجرت في 5 مساءً", ("5 مساءً", "2018-05-08T17:00")),
        ("انفجرت الساعة 9:15 صباحا", ("الساعة 9:15 صباحا", "2018-05-08T09:15")),
        ("في العاشرة صباحاً", ("العاشرة صباحاً", "2018-05-08T10:00")),
        ("عند 2 فجرا", ("2 فجرا", "2018-05-08T02:00")),
        ("عند الساعة 1 ظهرا", ("الساعة 1 ظهرا", "2018-05-08T13:00")),
        ("قبيل منتصف الليل", ("منتصف الليل", "2018-05-08T24:00")),
    ],
)
def test_clock_time(text, expected):
    assert spans(text)[0] == expected


def test_noon_is_the_part_of_day_mi():
    assert spans("ظهر الثلاثاء الماضي") == [("ظهر الثلاثاء الماضي", "2018-05-01TMI")]


def test_afternoon_is_af():
    assert spans("بعد ظهر الاثنين") == [("بعد ظهر الاثنين", "2018-05-07TAF")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("في الصباح", "TMO"),
        ("في المساء", "TEV"),
        ("في وقت متأخر من الليل", "TNI"),
        ("خلال الظهيرة", "TMI"),
    ],
)
def test_part_of_day_without_a_day(text, value):
    assert spans(text)[0][1] == value


def test_range_between_hours_with_a_part_of_day():
    assert spans("بين الساعة الثامنة والعاشرة صباحاً")[0][1] == "2018-05-08T08:00/2018-05-08T10:00"


def test_range_from_until():
    assert spans("من 5 حتى 7 مساءً")[0][1] == "2018-05-08T17:00/2018-05-08T19:00"


def test_a_number_range_is_not_a_time():
    assert spans("من 5 إلى 6 أشخاص") == []


def test_a_score_is_not_a_time():
    assert spans("فاز الفريق 30:75") == []


def test_a_date_and_a_time_become_one_expression():
    assert spans("غداً 8:00 صباحاً") == [("غداً 8:00 صباحاً", "2018-05-09T08:00")]


def test_a_time_and_a_weekday_become_one_expression():
    assert spans("الساعة 8 مساء يوم الأحد") == [("الساعة 8 مساء يوم الأحد", "2018-05-06T20:00")]


def test_a_weekday_and_a_part_of_day_become_one_expression():
    assert spans("الثلاثاء في الصباح")[0][1] == "2018-05-08TMO"


def test_tonight_moves_an_hour_to_the_evening():
    assert spans("الليلة حوالي الساعة 7")[0][1] == "2018-05-08T19:00"


def test_tanween_before_alef_does_not_hide_the_part_of_day():
    assert spans("الساعة 9 صباحًا")[0] == ("الساعة 9 صباحًا", "2018-05-08T09:00")


def test_weekly_set_with_a_time():
    assert spans("كل يوم اثنين الساعة 4 مساءً")[0][1] == "XXXX-WXX-1T16:00"


def test_part_of_day_before_the_clock_time():
    assert [(t.value) for t in tag("وصل بعد الظهر الساعة 7", DCT)] == ["2018-05-08T19:00"]


def test_part_of_day_before_the_clock_time_stays_with_its_day():
    assert [(t.value) for t in tag("أمس مساء الساعة 8", DCT)] == ["2018-05-07T20:00"]


def test_a_clock_time_before_a_part_of_yesterday_is_on_yesterday():
    assert [(t.value) for t in tag("في تمام الساعة التاسعة مساء أمس", DCT)] == ["2018-05-07T21:00"]


def test_a_date_then_a_part_of_day_and_a_clock_time_is_one_time():
    assert [(t.value) for t in tag("يوم 5 مارس مساء الساعة 8", DCT)] == ["2018-03-05T20:00"]


def test_two_clock_times_on_named_days_make_one_range():
    (t,) = tag("من الساعة 8 مساء 5 مايو إلى 6 صباحا 7 مايو", DCT)
    assert (t.type, t.value, t.mod) == ("TIME", "2018-05-05T20:00/2018-05-07T06:00", "RANGE")


def test_a_clock_time_takes_its_own_day_before_the_range_is_made():
    (t,) = tag("بين الساعة 4 مساءً في 1 مايو و 5 مساءً اليوم", DCT)
    assert t.value == "2018-05-01T16:00/2018-05-08T17:00"


def test_a_clock_then_a_bare_number_without_min_is_not_a_range():
    found = tag("حتى العاشرة صباحا إلى 20 قتيلا", date(2016, 11, 7))
    assert [t.value for t in found] == ["2016-11-07T10:00"]


def test_a_clock_range_with_min_may_end_in_a_bare_number():
    found = tag("من العاشرة صباحا إلى 11", date(2016, 11, 7))
    assert found[0].value == "2016-11-07T10:00/2016-11-07T11:00"
