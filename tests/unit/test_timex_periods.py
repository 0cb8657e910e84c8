"""Date periods: quarters, halves, weekends, the rest of a unit, decades, centuries, weeks (periods.py)."""

from datetime import date

import pytest

from helpers.extract.timex.tagger import tag

DCT = date(2016, 11, 7)  # a Monday


def value(text: str, dct: date | None = DCT) -> str | None:
    found = tag(text, dct)
    assert found, f"nothing found in {text!r}"
    return found[0].value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("في الربع الثالث من عام 2016", "2016-Q3"),
        ("الربع الأول من العام", "2016-Q1"),
        ("الربع الأخير من العام المقبل", "2017-Q4"),
        ("النصف الأول من 2015", "2015-H1"),
        ("عطلة نهاية الأسبوع", "2016-W45-WE"),
        ("نهاية الأسبوع المقبل", "2016-W46-WE"),
        ("بقية الأسبوع", "2016-11-07/2016-11-13"),
        ("بقية العام", "2016-11-07/2016-12-31"),
        ("في السبعينيات", "197"),
        ("تسعينيات القرن الماضي", "199"),
        ("العقد الماضي", "200"),
        ("القرن الماضي", "19"),
        ("القرن الحادي والعشرين", "20"),
        ("الأسبوع الأول من أكتوبر", "2016-W40"),
        ("الأسبوع الثالث من عام 2027", "2027-W03"),
        ("سأخرج 2015/3", "2015-03"),
        ("الاسبوع بعد القادم", "2016-W47"),
    ],
)
def test_period(text, expected):
    assert value(text) == expected


def test_mid_month_keeps_its_position():
    found = tag("منتصف الشهر الجاري", DCT)
    assert (found[0].value, found[0].mod) == ("2016-11", "MID")


def test_a_date_with_a_part_of_day():
    assert value("صباح 7 مايو 2018") is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("لمدة نصف ساعة", "PT30M"),
        ("ربع قرن", "P25Y"),
        ("نصف عام", "P0.5Y"),
        ("ساعة ونصف", "PT90M"),
        ("يوم كامل", "P1D"),
        ("طوال الأسبوع", "P1W"),
        ("لمدة 3.5 ثانية", "PT3.5S"),
    ],
)
def test_fractions_and_whole_units(text, expected):
    assert value(text) == expected


def test_a_week_and_a_weekday():
    assert value("الجمعة من الأسبوع المقبل") == "2016-11-18"


def test_two_days_as_a_range():
    assert value("من 2 أكتوبر إلى 22 أكتوبر") == "2016-10-02/2016-10-22"


def test_two_dates_in_a_list_are_not_a_range():
    assert len(tag("في 5 يونيو و 7 يوليو", DCT)) == 2


def test_day_range_with_a_hyphen():
    assert value("19-20 نوفمبر") == "2016-11-19/2016-11-20"


def test_day_range_in_the_next_month():
    assert value("من 4 إلى 23 الشهر المقبل") == "2016-12-04/2016-12-23"


def test_year_range_with_a_hyphen():
    assert value("خطة 2014-2018") == "2014/2018"


def test_this_weekday_is_in_the_dct_week():
    assert value("هذا يوم الجمعة") == "2016-11-11"


def test_nth_weekday_of_the_dct_month():
    assert value("يوم الأحد الثاني") == "2016-11-13"


def test_weeks_from_now_is_a_day():
    assert value("بعد أسبوعين من الآن") == "2016-11-21"


def test_weekday_and_day_of_the_month():
    assert value("يوم الجمعة 18") == "2016-11-18"


def test_a_bare_unit_after_a_duration_counts_one():
    assert [(t.value) for t in tag("لمدة عام واحد و شهر و 21 يوما", DCT)] == ["P1Y1M21D"]


def test_month_first_numeric_date_when_only_that_reading_is_a_date():
    assert value("في 4/22/2016") == "2016-04-22"


def test_as_soon_as_possible_is_the_future():
    assert value("سأعود في أقرب وقت ممكن") == "FUTURE_REF"


def test_the_end_of_a_named_month_is_the_month_with_mod_end():
    (t,) = tag("موعدا نهاية شهر مارس", date(2017, 11, 8))
    assert (t.value, t.mod, t.start) == ("2017-03", "END", 6)


def test_the_start_of_a_month_takes_the_year_written_after_it():
    (t,) = tag("في مطلع يناير 2018 قال", date(2018, 5, 16))
    assert (t.value, t.mod) == ("2018-01", "START")


def test_a_day_of_the_current_month_is_a_date():
    found = tag("في الخامس من الشهر الجاري", date(2016, 11, 7))
    assert found[0].value == "2016-11-05"


def test_a_day_number_of_last_month_is_a_date():
    found = tag("في 21 من الشهر الماضي", date(2016, 11, 7))
    assert found[0].value == "2016-10-21"


def test_a_count_before_last_month_is_not_a_day():
    found = tag("قتل 15 الشهر الماضي", date(2016, 11, 7))
    assert [t.value for t in found] == ["2016-10"]


def test_a_weekday_then_a_number_in_words_counting_a_noun_is_no_day_of_the_month():
    """«هاجموا الاثنين ثلاث قرى» was read as Monday the 3rd: the number counts the villages."""
    assert [(t.value, t.rule) for t in tag("هاجم المسلحون الاثنين ثلاث قرى في الريف", DCT)] == [
        ("2016-11-07", "weekday")
    ]
    assert value("وصل الوفد يوم الخميس ثلاثة") == "2016-11-03"  # a day in words alone: the 3rd
