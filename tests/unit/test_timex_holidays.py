"""Holidays from helpers/data/holidays.csv, Islamic ones through the Hijri calendar (holidays.py)."""

from datetime import date

from helpers.extract.timex.holidays import Holiday, holiday_table, occurrences, pick
from helpers.extract.timex.tagger import tag

DCT = date(2018, 6, 20)  # five days after Eid al-Fitr 1439


def value(text: str, dct: date | None = DCT) -> str | None:
    found = tag(text, dct)
    assert found, f"nothing found in {text!r}"
    return found[0].value


def test_eid_al_fitr_nearest_the_dct():
    assert value("احتفل الليبيون بعيد الفطر") == "2018-06-15"


def test_first_day_of_eid_al_adha():
    assert value("بدأت الحملة في أول أيام عيد الأضحى") == "2018-08-21"


def test_second_day_of_the_eid_is_the_nearest_eid():
    assert value("في ثاني أيام العيد") == "2018-06-16"


def test_a_bare_eid_is_not_a_date():
    assert tag("قال إن العيد", DCT) == []


def test_coming_eid_al_adha_with_the_future_tense():
    assert value("سيعود قبل عيد الأضحى المقبل") == "2018-08-21"


def test_laylat_al_qadr_is_a_night():
    assert value("ليلة القدر", date(2018, 5, 20)) == "2018-06-11TNI"


def test_hijri_year_written_beside_the_holiday():
    assert value("عيد الأضحى عام 1440 هـ") == "2019-08-11"


def test_christmas_by_its_gregorian_date():
    assert value("في عيد الميلاد", date(2018, 12, 1)) == "2018-12-25"


def test_thanksgiving_is_the_fourth_thursday():
    assert value("في عيد الشكر 2010") == "2010-11-25"


def test_easter_by_the_computus():
    assert value("عيد الفصح 2019") == "2019-04-21"


def test_libyan_independence_day_from_the_table():
    assert value("ذكرى استقلال ليبيا", date(2018, 12, 20)) == "2018-12-24"


def test_no_dct_leaves_the_holiday_unresolved():
    found = tag("عيد الفطر", None)
    assert found[0].value is None and found[0].flag


def test_the_table_is_read_with_normalised_names():
    assert holiday_table()["عيد الاضحي"].month == 12


def test_an_islamic_holiday_can_fall_twice_in_a_gregorian_year():
    eid = Holiday("عيد الفطر", "hijri", 10, 1, "")
    assert len(occurrences(eid, 2000)) == 2


def test_pick_the_coming_occurrence():
    eid = Holiday("عيد الفطر", "hijri", 10, 1, "")
    assert pick(eid, date(2018, 6, 20), 1) == date(2019, 6, 4)
