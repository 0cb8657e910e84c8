"""كل + a day of the year is a yearly set (yearly.py); a month then بين d و d is a day range, and a day and
month with a year before 1800 and nothing after it is that date (rules.py). DCT: Monday 7 November 2016."""

from datetime import date

from helpers.extract.timex.tagger import tag

DCT = date(2016, 11, 7)


def spans(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[t.start : t.end], t.type, t.value) for t in tag(text, DCT)]


def test_every_numeric_day_of_the_year_is_a_yearly_set():
    assert spans("سأغادر كل 4/15") == [("كل 4/15", "SET", "XXXX-04-15")]


def test_every_named_day_of_the_year_is_a_yearly_set():
    assert spans("يحتفل به كل عام في 25 ديسمبر") == [("كل عام في 25 ديسمبر", "SET", "XXXX-12-25")]


def test_a_day_of_the_year_without_every_is_a_date():
    assert spans("زار المدينة في 25 ديسمبر") == [("25 ديسمبر", "DATE", "2015-12-25")]


def test_every_before_a_date_with_its_year_stays_a_date():
    assert spans("كل 25 ديسمبر 2017") == [("25 ديسمبر 2017", "DATE", "2017-12-25")]


def test_a_month_then_between_two_days_is_a_day_range():
    assert spans("سأخرج من شهر نوفمبر بين 19 و 20") == [("شهر نوفمبر بين 19 و 20", "DATE", "2016-11-19/2016-11-20")]


def test_a_month_then_between_two_counts_of_people_is_only_the_month():
    assert spans("قتل في نوفمبر بين 10 و 20 شخصا") == [("نوفمبر", "DATE", "2016-11")]


def test_a_day_and_month_with_an_old_year_at_the_end_is_that_date():
    assert spans("عقدنا اجتماعاً في 5 ديسمبر 1391") == [("5 ديسمبر 1391", "DATE", "1391-12-05")]


def test_a_day_and_month_then_an_old_looking_count_is_not_a_year():
    assert spans("قتل في 5 ديسمبر 1500 شخص") == [("5 ديسمبر", "DATE", "2015-12-05")]
