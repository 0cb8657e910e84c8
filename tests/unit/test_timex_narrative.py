"""Times told relative to a time told before (narrative.py): a week before or after in a sentence told on a
recent day of an earlier week counts from that day's week."""

from datetime import date

from helpers.extract.timex.tagger import tag


def values(text: str, dct: date) -> list[str | None]:
    return [t.value for t in tag(text, dct)]


def test_next_weekend_told_on_sunday_in_a_monday_article_is_the_coming_weekend():
    # DCT Monday 18 June 2018; told Sunday 17 June: next weekend is 23-24 June (week 25), not 30 June
    text = "قال المرشح يوم الأحد إن الانتخابات تجرى نهاية الأسبوع القادم."
    assert values(text, date(2018, 6, 18)) == ["2018-06-17", "2018-W25-WE"]


def test_next_week_told_on_thursday_in_a_monday_article_is_the_articles_own_week():
    text = "أعلن الوزير الخميس أن المفاوضات ستبدأ الأسبوع المقبل."
    assert values(text, date(2018, 7, 2)) == ["2018-06-28", "2018-W27"]


def test_last_week_told_on_saturday_in_a_monday_article_is_two_weeks_before_the_articles():
    text = "قال المتحدث السبت إن المفاوضات بدأت الأسبوع الماضي."
    assert values(text, date(2018, 7, 2)) == ["2018-06-30", "2018-W25"]


def test_a_day_of_the_articles_own_week_changes_nothing():
    text = "أعلن الوزير الخميس أن المفاوضات ستبدأ الأسبوع المقبل."
    assert values(text, date(2018, 6, 30)) == ["2018-06-28", "2018-W27"]


def test_a_day_told_in_an_earlier_sentence_changes_nothing():
    text = "وصل الوزير إلى القاهرة يوم الخميس الماضي. وستبدأ المفاوضات الأسبوع المقبل."
    assert values(text, date(2018, 7, 2)) == ["2018-06-28", "2018-W28"]


def test_the_same_day_is_the_day_told_before_not_the_articles_day():
    text = "عاد الرئيس إلى العاصمة يوم الخميس. وفي اليوم نفسه، وصل الوفد إلى المطار."
    assert values(text, date(2018, 5, 9)) == ["2018-05-03", "2018-05-03"]


def test_on_that_same_day_written_the_other_way_is_the_day_told_before():
    text = "اجتمع الوزراء في 3 مايو، وفي نفس اليوم أعلن الجيش خطته."
    assert values(text, date(2018, 5, 9)) == ["2018-05-03", "2018-05-03"]


def test_a_month_of_the_same_year_takes_the_year_told_before_it():
    """«وفي 30 سبتمبر/أيلول من نفس العام» after «في عام 2015» took the DCT's nearest year (2017)."""
    text = "وبدأ بناء الجسر في عام 2014. وفي 20 أكتوبر من نفس العام توقفت الأعمال، ثم استؤنفت في مايو من العام ذاته."
    found = [(text[t.start : t.end], t.value) for t in tag(text, date(2018, 3, 25))]
    assert found == [("عام 2014", "2014"), ("20 أكتوبر من نفس العام", "2014-10-20"), ("مايو من العام ذاته", "2014-05")]
    alone = "وفي مايو من العام نفسه توقفت الأعمال."
    assert [t.value for t in tag(alone, date(2018, 3, 25))] == ["2017-05"]  # none told before: as it was


def test_the_same_period_is_the_day_told_before_not_the_articles_day():
    text = "قتل عشرون جنديا منذ 7 مارس. وفي الفترة نفسها، اعتقلت الشرطة مئات المشتبه بهم."
    assert values(text, date(2018, 4, 2)) == ["2018-03-07", "2018-03-07"]
    text = "وصل الوفد في 3 مايو، وخلال نفس الفترة وصلت المساعدات."
    assert values(text, date(2018, 5, 9)) == ["2018-05-03", "2018-05-03"]


def test_the_same_period_of_last_year_is_not_the_period_told_before():
    text = "ارتفعت الصادرات في يناير مقارنة بنفس الفترة من العام الماضي."
    assert "2018-01" not in values(text, date(2018, 2, 9))[1:]


def test_the_same_period_keeps_the_grain_told_before_and_is_unresolved_alone():
    # a month told before stays a month (not the article's day); none told before: no date, and the flag says why
    text = "قتل 120 مدنيا في أبريل. وخلال الفترة نفسها، قتل 30 جنديا."
    assert values(text, date(2018, 6, 1)) == ["2018-04", "2018-04"]
    found = tag("وخلال الفترة نفسها، قتل 30 جنديا في المدينة.", date(2018, 6, 1))
    assert [(t.value, bool(t.flag)) for t in found] == [(None, True)]
