"""Times relative to a DCT with a clock (clocked.py), each beside the same phrase with a date-only DCT, which
keeps the values it had before clocks. DCT: Monday 7 November 2016, 16:12."""

from datetime import date, datetime

import pandas as pd

from helpers.extract.article import Article
from helpers.extract.timex.tagger import dct_with_clock, tag

DAY = date(2016, 11, 7)
CLOCK = datetime(2016, 11, 7, 16, 12)


def spans(text: str, dct: date = CLOCK) -> list[tuple[str, str, str | None]]:
    return [(text[t.start : t.end], t.type, t.value) for t in tag(text, dct)]


def test_two_hours_ago_is_the_moment_with_a_clock():
    assert spans("قتل قبل ساعتين") == [("قبل ساعتين", "TIME", "2016-11-07T14:12")]


def test_two_hours_ago_stays_a_duration_with_a_date_only_dct():
    assert spans("قتل قبل ساعتين", DAY) == [("قبل ساعتين", "DURATION", "PT2H")]


def test_in_five_hours_is_the_moment_with_a_clock():
    assert spans("سأعود بعد 5 ساعات") == [("بعد 5 ساعات", "TIME", "2016-11-07T21:12")]


def test_a_midnight_clock_is_still_a_clock():
    assert spans("سأعود بعد 5 دقائق", datetime(2016, 11, 7)) == [("بعد 5 دقائق", "TIME", "2016-11-07T00:05")]


def test_hours_and_minutes_joined_are_counted_together():
    assert spans("وقع الانفجار قبل ساعتين و30 دقيقة") == [("قبل ساعتين و30 دقيقة", "TIME", "2016-11-07T13:42")]


def test_a_day_and_hours_after_cross_midnight():
    assert spans("سأغادر بعد يوم واحد وساعتين") == [("يوم واحد وساعتين", "TIME", "2016-11-08T18:12")]


def test_since_two_hours_after_a_single_happening_is_the_moment():
    assert spans("وصل الوفد منذ ساعتين") == [("ساعتين", "TIME", "2016-11-07T14:12")]


def test_since_two_hours_after_a_verb_of_lasting_stays_a_duration():
    assert spans("استمر القصف منذ ساعتين") == [("ساعتين", "DURATION", "PT2H")]


def test_hours_counted_from_an_event_are_not_from_the_clock():
    found = tag("قبل ساعتين من بدء المباراة", CLOCK)
    assert [t.value for t in found] == [None] and found[0].anchor.startswith("event:")


def test_a_length_without_direction_stays_a_duration():
    assert spans("استمر الاجتماع لمدة ساعتين") == [("ساعتين", "DURATION", "PT2H")]


def test_days_ago_keep_their_day_with_a_clock():
    assert spans("قتل قبل يومين") == [("قبل يومين", "DATE", "2016-11-05")]


def test_the_last_24_hours_is_the_span_up_to_the_clock():
    assert spans("خلال الساعات الـ24 الماضية") == [
        ("الساعات الـ24 الماضية", "TIME", "2016-11-06T16:12/2016-11-07T16:12")
    ]


def test_the_last_24_hours_is_a_duration_with_a_date_only_dct():
    assert spans("خلال الساعات الـ24 الماضية", DAY) == [("الساعات الـ24 الماضية", "DURATION", "PT24H")]


def test_the_next_hour_starts_at_the_clock():
    assert spans("سأعود في الساعة القادمة") == [("الساعة القادمة", "TIME", "2016-11-07T16:12/2016-11-07T17:12")]


def test_the_coming_hours_without_a_count_stay_a_duration():
    assert spans("خلال الساعات المقبلة") == [("الساعات المقبلة", "DURATION", "PTXH")]


def test_rest_of_the_day_runs_from_the_clock_to_its_end():
    assert spans("دعنا نتقابل بقية اليوم") == [("بقية اليوم", "TIME", "2016-11-07T16:12/2016-11-07T23:59")]


def test_rest_of_the_day_with_a_date_only_dct_is_the_day():
    assert spans("دعنا نتقابل بقية اليوم", DAY) == [("اليوم", "DATE", "2016-11-07")]


def _article(published: object, source: str = "article") -> Article:
    record = {"article_id": "a", "text": "قتل قبل ساعتين", "dct": pd.Timestamp("2018-06-18"), "dct_source": source,
              "published": published}  # fmt: skip
    return Article.from_record(record)


def test_pipeline_dct_carries_the_published_clock():
    published = pd.Timestamp("2018-06-18 14:36:22", tz="UTC")
    assert dct_with_clock(_article(published)) == datetime(2018, 6, 18, 14, 36)


def test_pipeline_dct_of_a_date_only_source_has_no_clock():
    published = pd.Timestamp("2018-06-18 00:00:00", tz="UTC")
    assert dct_with_clock(_article(published)) == date(2018, 6, 18)


def test_pipeline_dct_supplied_by_the_user_has_no_clock():
    published = pd.Timestamp("2018-06-18 14:36:22", tz="UTC")
    assert dct_with_clock(_article(published, "supplied")) == date(2018, 6, 18)


def test_pipeline_clock_on_another_day_than_the_dct_is_dropped():
    published = pd.Timestamp("2018-06-17 22:10:00", tz="UTC")  # 02:10 on the 18th at +04:00
    assert dct_with_clock(_article(published)) == date(2018, 6, 18)


def test_tonight_told_in_the_small_hours_is_the_night_before():
    assert spans("قصفت الطائرات المدينة الليلة", datetime(2016, 11, 7, 2, 30)) == [("الليلة", "TIME", "2016-11-06TNI")]


def test_tonight_told_in_the_small_hours_with_a_future_verb_is_the_coming_night():
    assert spans("ستعقد الجلسة الليلة", datetime(2016, 11, 7, 2, 30)) == [("الليلة", "TIME", "2016-11-07TNI")]


def test_tonight_told_in_the_afternoon_is_the_dct_night():
    assert spans("قصفت الطائرات المدينة الليلة") == [("الليلة", "TIME", "2016-11-07TNI")]


def test_tonight_with_a_date_only_dct_is_the_dct_night():
    assert spans("قصفت الطائرات المدينة الليلة", DAY) == [("الليلة", "TIME", "2016-11-07TNI")]


def test_after_minutes_in_a_past_story_counts_from_the_event_not_the_clock():
    assert spans("سجل الهدف الأول ثم أضاف الثاني بعد 5 دقائق") == [("بعد 5 دقائق", "DURATION", "PT5M")]


def test_after_hours_with_a_future_verb_is_the_moment():
    assert spans("سيصل الوفد بعد ساعتين") == [("بعد ساعتين", "TIME", "2016-11-07T18:12")]


def test_the_last_minutes_of_a_match_stay_a_duration():
    assert spans("سجل في الدقائق الخمس الأخيرة") == [("الدقائق الخمس الأخيرة", "DURATION", "PT5M")]


def test_rest_of_this_day_is_found_by_its_other_word_and_not_inside_a_longer_one():
    assert spans("سنبقى هنا باقي هذا اليوم") == [("باقي هذا اليوم", "TIME", "2016-11-07T16:12/2016-11-07T23:59")]
    assert "rest_of_day" not in [t.rule for t in tag("وبقيه اليوم", CLOCK)]
