"""Hijri dates, months and years, converted to Gregorian (hijri.py)."""

from datetime import date

from helpers.extract.timex.tagger import tag

DCT = date(2018, 6, 20)


def first(text: str, dct: date | None = DCT):
    found = tag(text, dct)
    assert found, f"nothing found in {text!r}"
    return text[found[0].start : found[0].end], found[0].value, found[0].flag


def test_day_month_year_with_the_hijri_mark():
    assert first("في 22 شعبان 1439 هـ") == ("22 شعبان 1439 هـ", "2018-05-08", "")


def test_numeric_year_first():
    assert first("بتاريخ 1439/8/22 هـ")[1] == "2018-05-08"


def test_numeric_day_first():
    assert first("بتاريخ 22/8/1439هـ")[1] == "2018-05-08"


def test_day_and_month_without_a_year_take_the_nearest():
    assert first("في 22 شعبان")[1] == "2018-05-08"


def test_the_month_of_ramadan_is_its_first_and_last_day():
    assert first("خلال شهر رمضان")[1] == "2018-05-16/2018-06-14"


def test_ramadan_of_a_gregorian_year():
    assert first("رمضان 2001")[1] == "2001-11-16/2001-12-15"


def test_the_current_hijri_year():
    assert first("العام الهجري الجاري")[1] == "2017-09-21/2018-09-10"


def test_a_hijri_year():
    assert first("عام 1440 هـ")[1] == "2018-09-11/2019-08-30"


def test_an_impossible_hijri_date_is_flagged():
    _, value, flag = first("في 30 شعبان 1439 هـ")
    assert value is None and flag


def test_ramadan_as_a_name_is_not_a_month():
    assert tag("قال رمضان عبد الله", DCT) == []
