"""Near-misses that are not times (guards.py, narrative.py and the issue 20b fixes), each beside the time it
could be mistaken for. DCT: Tuesday 26 June 2018."""

from datetime import date

from helpers.extract.timex.narrative import FOLLOWS_FLAG
from helpers.extract.timex.tagger import tag

DCT = date(2018, 6, 26)  # a Tuesday


def spans(text: str, dct: date = DCT) -> list[tuple[str, str | None]]:
    return [(text[t.start : t.end], t.value) for t in tag(text, dct)]


def test_public_prosecutor_former_is_not_last_year():
    assert spans("قال النائب العام السابق إن") == []


def test_last_year_after_a_verb_is_still_a_year():
    assert spans("قال العام السابق إن") == [("العام السابق", "2017")]


def test_secretary_general_next_is_not_next_year():
    assert spans("يتولى الأمين العام المقبل منصبه") == []


def test_next_year_after_a_place_is_still_a_year():
    assert spans("هجوم الواحات العام الماضي") == [("العام الماضي", "2017")]


def test_role_noun_with_former_is_not_a_time():
    assert spans("التقى الرئيس السابق والوزير الأسبق") == []


def test_evening_of_today_monday_on_a_tuesday_dct_is_monday_evening():
    found = tag("مساء اليوم الاثنين", DCT)
    assert found[0].value == "2018-06-25TEV" and "weekday" in found[0].flag


def test_evening_of_today_on_its_own_is_the_dct_evening():
    assert spans("مساء اليوم") == [("مساء اليوم", "2018-06-26TEV")]


def test_morning_of_today_tuesday_is_the_dct_morning_unflagged():
    found = tag("صباح اليوم الثلاثاء", DCT)
    assert found[0].value == "2018-06-26TMO" and found[0].flag == ""


def test_tomorrow_written_ghad_before_a_weekday_is_tomorrow():
    assert spans("بنهاية غد الأربعاء") == [("نهاية غد الأربعاء", "2018-06-27T23:59")]  # the end of that day


def test_since_the_start_of_the_year_is_the_dct_year_not_an_event():
    found = tag("ارتفع منذ بداية العام", DCT)
    assert [(t.value, t.mod) for t in found] == [("2018", "START")]


def test_since_the_start_of_the_attack_is_an_event():
    assert tag("منذ بداية الهجوم", DCT)[0].value is None


def test_years_after_with_tanween_before_min_is_not_a_date():
    assert spans("بعد 17 عاماً من إنشائها") == [("17 عاماً", "P17Y")]


def test_years_after_on_its_own_is_a_date():
    assert spans("بعد 17 عاماً") == [("بعد 17 عاماً", "2035")]


def test_the_next_day_follows_the_date_told_before():
    assert spans("وصل في 5 مارس 2015 وغادر في اليوم التالي")[1] == ("اليوم التالي", "2015-03-06")


def test_the_next_day_without_an_earlier_date_is_the_day_after_the_dct_not_a_duration():
    found = tag("غادر في اليوم التالي", DCT)
    assert (found[0].type, found[0].value, found[0].flag) == ("DATE", "2018-06-27", FOLLOWS_FLAG)


def test_the_day_before_follows_the_date_told_before():
    assert spans("وصل في 5 مارس 2015 وكان غادر في اليوم السابق")[1] == ("اليوم السابق", "2015-03-04")


def test_two_days_before_is_still_a_duration():
    assert spans("خلال اليومين الماضيين") == [("اليومين الماضيين", "P2D")]


def test_the_following_year_follows_the_year_told_before():
    assert spans("في عام 2015 ثم العام التالي")[1] == ("العام التالي", "2016")


def test_the_following_year_alone_is_the_year_after_the_dct():
    assert spans("العام التالي") == [("العام التالي", "2019")]


def test_an_eleventh_birthday_is_not_christmas():
    assert spans("يحتفل تويتر بعيد الميلاد الـ11 للهاشتاغ") == []


def test_christmas_is_still_christmas():
    assert spans("احتفلوا بعيد الميلاد المجيد")[0][0] == "عيد الميلاد المجيد"


def test_day_after_day_is_an_idiom():
    assert spans("يتعافى يوما بعد يوم") == []


def test_after_a_day_on_its_own_is_a_date():
    assert spans("يعود بعد يوم") == [("بعد يوم", "2018-06-27")]


def test_for_the_first_time_in_a_year_is_the_year_not_a_set():
    assert spans("فرضت لأول مرة في عام 2014") == [("عام 2014", "2014")]


def test_once_a_year_is_a_set():
    assert spans("يزوره مرة في العام") == [("مرة في العام", "P1Y")]


def test_the_name_alain_is_not_now():
    assert spans("قال الكاتب آلان مابانكو") == []


def test_now_is_now():
    assert spans("قال الكاتب الآن") == [("الآن", "PRESENT_REF")]


def test_a_future_verb_with_wa_makes_a_bare_weekday_the_next_one():
    assert spans("وسيتم الاقتراع الجمعة") == [("الجمعة", "2018-06-29")]


def test_a_past_verb_leaves_a_bare_weekday_the_last_one():
    assert spans("وتم الاقتراع الجمعة") == [("الجمعة", "2018-06-22")]


def test_expected_makes_a_bare_weekday_the_next_one():
    assert spans("ومن المتوقع حصول تظاهرات الجمعة") == [("الجمعة", "2018-06-29")]


def test_wall_street_is_not_a_future_verb():
    assert spans('أوردت "وول ستريت جورنال" الجمعة أن') == [("الجمعة", "2018-06-22")]


def test_the_ghad_party_is_not_tomorrow():
    assert spans("رئيس حزب الغد موسى مصطفى") == []


def test_tomorrow_after_a_verb_is_tomorrow():
    assert spans("يصل الغد") == [("الغد", "2018-06-27")]


def test_the_newspaper_al_masry_al_youm_is_not_today():
    assert spans("نقلت صحيفة المصري اليوم") == []


def test_a_word_with_a_persian_yeh_is_not_yesterday():
    assert spans("و أمسیة 7") == []


def test_yesterday_before_a_space_is_yesterday():
    assert spans("وصل أمس") == [("أمس", "2018-06-25")]


def test_a_month_before_a_decimal_price_is_not_a_day():
    assert spans("للتسليم في ديسمبر 15.3 دولار") == [("ديسمبر", "2017-12")]


def test_a_race_time_is_not_a_clock_time():
    assert spans("أنهى السباق بزمن 2:01:39") == []


def test_a_clock_time_with_seconds_is_a_clock_time():
    assert spans("سأعود 12:34:20") == [("12:34:20", "2018-06-26T12:34")]


def test_the_month_word_before_a_month_name_is_not_a_duration():
    assert spans("خلال شهر سبتمبر الماضي") == [("سبتمبر الماضي", "2017-09")]


def test_the_month_word_alone_after_khilal_is_a_duration():
    assert spans("خلال شهر") == [("شهر", "P1M")]


def test_scheduled_feminine_makes_a_bare_weekday_the_next_one():
    assert spans("المباراة المقررة ظهر السبت")[0] == ("ظهر السبت", "2018-06-30TMI")


def test_a_day_month_comma_year_keeps_its_day():
    assert spans("في 12 ديسمبر، 2017") == [("12 ديسمبر، 2017", "2017-12-12")]


def test_today_tomorrow_and_the_day_after_is_an_idiom_of_insistence_not_three_dates():
    assert spans("وقال إن المدينة اليوم وغدا وبعد غد ستعود كما كانت") == []
    assert spans("نريد الحل اليوم قبل الغد") == []


def test_today_and_tomorrow_with_a_meeting_stay_two_dates():
    assert len(spans("تعقد اللجنة اجتماعاتها اليوم وغدا في الرياض")) == 2
