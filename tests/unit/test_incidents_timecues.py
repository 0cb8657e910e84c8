"""Time expressions that give an event no date of its own (``helpers.extract.incidents.timecues``) and the dates
events take without them."""

import pandas as pd

from helpers.extract.incidents.timecues import bare_clock, day_which, habitual

DCT = pd.Timestamp("2015-08-06")


def timex(text: str, kind: str, value: str, start: int = 0) -> tuple:
    row = [""] * 18
    row[3], row[4], row[5], row[14], row[15] = text, kind, value, start, start + len(text)
    return tuple(row)


def test_a_time_of_day_with_no_day_is_bare_one_naming_its_day_is_not():
    assert bare_clock(timex("الساعة العاشرة صباحا", "TIME", "2015-08-06T10:00"), DCT)
    assert not bare_clock(timex("العاشرة من صباح اليوم", "TIME", "2015-08-06T10:00"), DCT)
    assert not bare_clock(timex("الساعة العاشرة من صباح الخميس", "TIME", "2015-08-06T10:00"), DCT)
    assert not bare_clock(timex("الساعة العاشرة من صباح أمس", "TIME", "2015-08-05T10:00"), DCT)


def test_a_period_next_to_a_set_time_is_a_habit():
    ramadan = timex("شهر رمضان", "DATE", "2015-06-18/2015-07-16", 10)
    every_year = timex("كل عام", "SET", "P1Y", 23)
    assert habitual(ramadan, [ramadan, every_year])
    assert not habitual(ramadan, [ramadan])


def _rows(text: str) -> list[dict]:
    from helpers.extract import pipeline
    from helpers.extract.incidents.scope import INCIDENT_COLUMNS

    record = {"article_id": "a", "text": "عنوان\n" + text, "dct": DCT, "dct_source": "published",
              "outlet": "Sky News Arabia", "body_start": 6}  # fmt: skip
    (article,) = pipeline.run([record])
    return [dict(zip(INCIDENT_COLUMNS, r, strict=True)) for r in article.incidents]


def test_an_act_told_with_a_bare_hour_after_a_sentence_dating_it_takes_that_day_not_the_articles():
    rows = _rows("وكان الهجوم قد وقع الثلاثاء الماضي. وقتل المسلحون في الساعة العاشرة صباحا خمسة من الجنود.")
    killing = [r for r in rows if "قتل" in r["trigger"]]
    assert killing and str(killing[0]["event_date"])[:10] == "2015-08-04"


def test_an_act_told_with_a_bare_hour_after_old_background_is_the_articles_news():
    """A year-old background sentence, then today's bombing at ten: the bombing is not a year old (nor dropped)."""
    rows = _rows(
        "وسيطر تنظيم داعش على المدينة في يونيو 2014. وفي الساعة العاشرة صباحا فجر انتحاري نفسه وسط سوق المدينة"
        " ما أسفر عن مقتل سبعة أشخاص."
    )
    blast = [r for r in rows if r["sentence_id"] == 2]
    assert blast and str(blast[0]["event_date"])[:10] == "2015-08-06" and blast[0]["fatalities"] == 7


def test_an_act_with_its_own_day_and_an_hour_keeps_its_day_and_a_habit_is_no_day():
    rows = _rows("وقتل مسلحون أمس خمسة أشخاص في هجوم على سوق المدينة في الساعة العاشرة صباحا.")
    assert str(rows[0]["event_date"])[:10] == "2015-08-05"
    rows = _rows("وتشهد المدينة في شهر رمضان من كل عام هجمات يشنها مسلحون على الأسواق.")
    assert all(r["date_text"] != "شهر رمضان" for r in rows)


def test_the_day_a_relative_clause_follows_is_not_today():
    norm = "في اليوم الذي يلقي فيه الرئيس خطابه"
    assert day_which(norm, timex("اليوم", "DATE", "2015-08-06", 3))
    assert not day_which("قتل اليوم خمسة", timex("اليوم", "DATE", "2015-08-06", 4))


def test_an_act_on_the_day_on_which_takes_the_day_of_the_sentence_before():
    text = (
        "وشن مسلحون هجوما على العاصمة في ديسمبر الماضي. وقتل حينها 14 ضابطا حين اقتحم مسلحون عددا من المباني"
        " في اليوم الذي يلقي فيه الرئيس خطابه."
    )
    rows = [r for r in _rows(text) if r["sentence_id"] == 2]
    assert rows and all(str(r["event_date"])[:7] == "2014-12" for r in rows)


def test_the_town_ibb_after_a_place_noun_is_no_month_but_the_month_after_a_preposition_is():
    from helpers.extract.incidents.timecues import town_not_month
    from helpers.text.normalize import normalize_letters

    text = "وفي محافظة اب تحتدم المواجهات بين المسلحين والقوات الحكومية"
    at = text.index("اب ")
    assert town_not_month(normalize_letters(text), timex("اب", "DATE", "2015-08", at))
    text = "وفي آب الماضي تحتدم المواجهات بين المسلحين والقوات الحكومية"
    at = text.index("آب")
    assert not town_not_month(normalize_letters(text), timex("آب", "DATE", "2015-08", at))
    text = "وكانت القوات قد دخلت المدينة في آب وقتلت 20 مسلحا"  # a definite noun, then in August
    at = text.index("في آب")
    assert not town_not_month(normalize_letters(text), timex("في آب", "DATE", "2015-08", at))
