"""Forms the Recognizers never-read failures showed (issue 20, session 18t), fixed by general rules: each a minimal
phrase with its value (each fails on the code before 18t) and, where a rule could over-fire in news, the near miss
that must stay as it was."""

from datetime import date

from helpers.extract.timex.tagger import tag

DCT = date(2018, 6, 18)  # a Monday


def spans(text: str, dct: date = DCT) -> list[tuple[str, str | None]]:
    return [(text[t.start : t.end], t.value) for t in tag(text, dct)]


def test_nominative_ordinal_day():
    assert spans("في الثاني والعشرون من يونيو") == [("الثاني والعشرون من يونيو", "2018-06-22")]


def test_feminine_ordinal_day_past_the_twentieth():
    assert spans("عاد الثانية والعشرون من مايو") == [("الثانية والعشرون من مايو", "2018-05-22")]


def test_an_hour_word_before_a_ten_is_not_a_clock():
    assert spans("عاد يوم الجمعة في الثانية والعشرين") == [("يوم الجمعة", "2018-06-15")]


def test_an_hour_word_alone_is_still_a_clock():
    assert spans("عاد في الثانية ظهرا") == [("الثانية ظهرا", "2018-06-18T14:00")]


def test_compound_cardinal_day_before_a_month():
    assert spans("عاد في واحد وعشرين مايو") == [("واحد وعشرين مايو", "2018-05-21")]


def test_compound_cardinal_day_after_a_month():
    assert spans("عاد في مايو تسعة وعشرين.") == [("مايو تسعة وعشرين", "2018-05-29")]


def test_a_count_after_a_month_is_not_its_day():
    assert spans("قتل في مايو ثلاثة وعشرون مدنيا") == [("مايو", "2018-05")]


def test_a_count_after_a_weekday_is_not_a_day():
    assert [value for _, value in spans("قتل الأحد ثلاثة وعشرون مدنيا")] == ["2018-06-17"]


def test_year_in_words_after_a_comma():
    assert spans("في العاشر من سبتمبر ، ألفين") == [("العاشر من سبتمبر ، ألفين", "2000-09-10")]


def test_year_in_words_after_min():
    found = spans("في سبتمبر الحادي والعشرين من ألف وتسعمائة وثمانية وسبعون")
    assert found == [("سبتمبر الحادي والعشرين من ألف وتسعمائة وثمانية وسبعون", "1978-09-21")]


def test_a_thousand_after_a_date_is_a_count():
    assert spans("في 5 مايو ألف شخص") == [("5 مايو", "2018-05-05")]


def test_day_glued_to_its_month_with_a_year_in_words():
    assert spans("في سبتمبر10, ألف وتسعمائة وواحد") == [("سبتمبر10, ألف وتسعمائة وواحد", "1901-09-10")]


def test_day_slash_month_name():
    assert spans("عاد يوم 2/ أكتوبر") == [("يوم 2/ أكتوبر", "2017-10-02")]


def test_month_pair_with_an_ordinal_name_stays_a_month():
    assert spans("في كانون الأول/ديسمبر 2018") == [("كانون الأول/ديسمبر 2018", "2018-12")]


def test_date_hyphen_clock():
    assert spans("عاد 6 يناير 2017-6:37 صباحًا") == [("6 يناير 2017-6:37 صباحًا", "2017-01-06T06:37")]


def test_part_of_day_adverb_after_a_date():
    assert spans("وصل في 5 فبراير صباحًا") == [("5 فبراير صباحًا", "2018-02-05TMO")]


def test_evening_of_another_day_after_a_date_stays_apart():
    assert spans("وصل في 5 فبراير مساء الأحد") == [("5 فبراير", "2018-02-05"), ("مساء الأحد", "2018-06-17TEV")]


def test_clock_range_part_of_day_only_at_its_end():
    found = spans("يعمل من السابعة والنصف إلى 4 مساءً")
    assert found == [("من السابعة والنصف إلى 4 مساءً", "2018-06-18T07:30/2018-06-18T16:00")]


def test_clock_range_with_fi_al_masa_after_it():
    assert spans("يعمل من 5 إلى 6 في المساء") == [("من 5 إلى 6 في المساء", "2018-06-18T17:00/2018-06-18T18:00")]


def test_range_of_hour_words_after_a_day():
    found = spans("يعمل اليوم من الخامسة إلى السابعة")
    assert found == [("اليوم من الخامسة إلى السابعة", "2018-06-18T05:00/2018-06-18T07:00")]


def test_range_of_digits_after_a_day_is_not_a_clock():
    assert spans("ارتفع اليوم من 5 إلى 6 بالمئة") == [("اليوم", "2018-06-18")]


def test_bare_afternoon():
    assert spans("نلتقي بعد الظهر") == [("بعد الظهر", "TAF")]


def test_early_night():
    assert spans("نلتقي في أول الليل") == [("في أول الليل", "TNI")]


def test_every_morning_is_a_set():
    found = [(t.type, t.value) for t in tag("يخرج كل صباح", DCT)]
    assert found == [("SET", "TMO")]


def test_weekend_after_next():
    assert spans("في عطلة نهاية الأسبوع بعد المقبل") == [("عطلة نهاية الأسبوع بعد المقبل", "2018-W27-WE")]


def test_weekend_after_a_past_modifier_keeps_this_week():
    assert spans("نهاية الأسبوع بعد الماضي") == [("نهاية الأسبوع", "2018-W25-WE")]


def test_from_now_chain_opened_by_baad():
    assert spans("سيعيش هنا بعد 2 عام و 21 يوما من الآن") == [("بعد 2 عام و 21 يوما من الآن", "2020-07-09")]


def test_from_now_chain_opened_by_a_bare_unit():
    assert spans("غادر هنا شهر و 2 سنة و 21 يوما من الآن") == [("شهر و 2 سنة و 21 يوما من الآن", "2016-04-27")]


def test_a_number_in_digits_before_its_noun_after_a_weekday_is_a_count():
    assert spans("قتل الأحد 23 شخصا في الهجوم") == [("الأحد", "2018-06-17")]


def test_a_weekday_and_a_day_number_before_a_preposition_stay_a_day():
    assert spans("وصل يوم الخميس 15 إلى القاهرة") == [("يوم الخميس 15", "2018-06-15")]


def test_afternoon_before_a_clock_without_al_saa_moves_the_clock():
    assert spans("نعود بعد الظهر 7:00") == [("بعد الظهر 7:00", "2018-06-18T19:00")]


def test_afternoon_before_an_hour_word_and_its_part():
    assert spans("نعود بعد الظهر السابعة مساء") == [("بعد الظهر السابعة مساء", "2018-06-18T19:00")]


def test_rest_of_this_day_runs_from_the_clock():
    from datetime import datetime

    found = [(t.value, t.rule) for t in tag("نتقابل بقية هذا اليوم", datetime(2018, 6, 18, 16, 12))]
    assert found == [("2018-06-18T16:12/2018-06-18T23:59", "rest_of_day")]
