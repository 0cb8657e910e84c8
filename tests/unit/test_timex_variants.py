"""Rules added from the hand-written variants and the Recognizers conventions adopted in issue 20t: each a minimal
phrase with its value (each fails on the code before them) and, where it matters, the near miss that must stay."""

from datetime import date, datetime

from helpers.extract.timex.tagger import tag

DCT = date(2018, 6, 18)  # a Monday


def spans(text: str, dct: date = DCT) -> list[tuple[str, str | None]]:
    return [(text[t.start : t.end], t.value) for t in tag(text, dct)]


def test_hijri_day_in_ordinal_words():
    assert spans("في الثاني والعشرين من شعبان 1439") == [("الثاني والعشرين من شعبان 1439", "2018-05-08")]


def test_ghurra_is_the_first_of_a_hijri_month():
    assert spans("في غرة محرم 1440") == [("غرة محرم 1440", "2018-09-11")]


def test_quarter_to_with_tanween_takes_the_part_of_day():
    assert spans("في الخامسة إلا ربعاً مساءً") == [("الخامسة إلا ربعاً مساءً", "2018-06-18T16:45")]


def test_clock_minutes_in_words_with_the_plural_daqaiq():
    assert spans("في السابعة وعشر دقائق صباحا") == [("السابعة وعشر دقائق صباحا", "2018-06-18T07:10")]


def test_part_of_day_before_a_date():
    assert spans("صباح الخامس من مايو") == [("صباح الخامس من مايو", "2018-05-05TMO")]


def test_part_of_day_after_a_clock_stays_with_the_clock():
    found = spans("من الساعة 8 مساء 5 مايو إلى 6 صباحا 7 مايو")
    assert found == [("من الساعة 8 مساء 5 مايو إلى 6 صباحا 7 مايو", "2018-05-05T20:00/2018-05-07T06:00")]


def test_month_range_with_its_year():
    assert spans("من يناير حتى مارس 2017") == [("من يناير حتى مارس 2017", "2017-01/2017-03")]


def test_month_range_without_a_year_takes_the_dcts():
    assert spans("بين أبريل ويونيو", date(2018, 7, 31)) == [("بين أبريل ويونيو", "2018-04/2018-06")]


def test_month_range_crossing_a_year_is_not_one_range():
    assert ("من نوفمبر إلى فبراير", "2018-11/2018-02") not in spans("من نوفمبر إلى فبراير")


def test_century_in_digits_with_al():
    assert spans("القرن الـ21") == [("القرن الـ21", "20")]


def test_fraction_of_the_hour_with_the_article():
    assert spans("ثلاثة أرباع الساعة") == [("ثلاثة أرباع الساعة", "PT45M")]


def test_day_number_with_al_and_tatweel():
    assert spans("ستفتح الحدود في الـ3 من يوليو") == [("الـ3 من يوليو", "2018-07-03")]


def test_end_of_the_day_is_its_last_minute():
    assert spans("حتى نهاية اليوم") == [("نهاية اليوم", "2018-06-18T23:59")]


def test_end_of_a_named_day():
    assert spans("بنهاية يوم الأحد") == [("نهاية يوم الأحد", "2018-06-17T23:59")]


def test_end_of_the_week_is_still_the_weekend():
    assert spans("نهاية الأسبوع") == [("نهاية الأسبوع", "2018-W25-WE")]


def test_since_a_duration_from_now_is_the_date_that_long_ago():
    found = spans("كان لدينا اجتماع منذ 1 شهر و 21 أيام من الآن", date(2017, 11, 23))
    assert found == [("1 شهر و 21 أيام من الآن", "2017-10-02")]


def test_durations_listed_with_a_comma_before_from_now():
    found = spans("اجتماع منذ 1 شهر, 21 أيام من الآن", date(2017, 11, 23))
    assert found == [("1 شهر, 21 أيام من الآن", "2017-10-02")]


def test_a_duration_from_now_without_a_past_cue_is_ahead():
    assert spans("سيعود الوفد 3 أيام من الآن") == [("3 أيام من الآن", "2018-06-21")]


def test_since_a_duration_without_from_now_stays_a_duration():
    assert spans("تتواصل الأزمة منذ شهر") == [("شهر", "P1M")]


def test_a_clock_dct_resolves_since_a_compound_duration_with_months():
    found = spans("التقينا منذ شهر واحد ويومان وساعتين و 30 دقيقة", datetime(2017, 11, 23, 19, 15))
    assert found == [("شهر واحد ويومان وساعتين و 30 دقيقة", "2017-10-21T16:45")]


def test_a_date_dct_keeps_the_compound_duration():
    found = spans("التقينا منذ شهر واحد ويومان وساعتين و 30 دقيقة")
    assert found == [("شهر واحد ويومان وساعتين و 30 دقيقة", "P1M2DT2H30M")]


def test_first_person_future_points_a_bare_weekday_ahead():
    assert spans("سأعود صباح الأربعاء", date(2016, 11, 7)) == [("صباح الأربعاء", "2016-11-09TMO")]


def test_first_person_future_points_a_day_and_month_ahead():
    assert spans("سأعود 15 ديسمبر", date(2016, 11, 7)) == [("15 ديسمبر", "2016-12-15")]


def test_saala_asked_is_not_a_future_verb():
    assert spans("سأل عنه صباح الأربعاء", date(2016, 11, 7)) == [("صباح الأربعاء", "2016-11-02TMO")]


def test_yawm_ithnayn_is_a_monday_not_the_second():
    assert spans("استيقظت في صباح يوم اثنين") == []


def test_yawm_with_a_spelled_day_number_stays_that_day():
    assert spans("عدت يوم الجمعة في خمسة عشر", date(2017, 9, 27)) == [("يوم الجمعة في خمسة عشر", "2017-09-15")]


def test_first_day_of_eid_lands_on_a_date():
    assert spans("انطلقت الحملة في أول أيام العيد") == [("أول أيام العيد", "2018-06-15")]


def test_a_bare_eid_stays_untagged():
    assert spans("بمناسبة العيد") == []


def test_a_range_start_moved_ahead_by_a_future_cue_stays_before_its_end():
    found = spans("سأخرج في 2 أكتوبر حتى بعد غد", date(2016, 11, 7))
    assert found == [("2 أكتوبر حتى بعد غد", "2016-10-02/2016-11-09")]
