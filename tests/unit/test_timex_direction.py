"""What a duration means in time (direction.py): minimal pairs, one cue changed in each."""

from datetime import date

from helpers.extract.timex.direction import (
    AGE,
    EVENT,
    FUTURE,
    HISTORY,
    OFFSET,
    PAST,
    POINT,
    RECORD,
    SPAN,
    Reading,
    reading,
)
from helpers.extract.timex.tagger import tag
from helpers.text.normalize import normalize_letters

DCT = date(2018, 6, 1)


def read(text: str) -> Reading:
    """The reading of the one duration the tagger finds in ``text``."""
    found = [t for t in tag(text, DCT) if t.type == "DURATION"]
    assert len(found) == 1, found
    return reading(normalize_letters(text), found[0].start, found[0].end)


def test_since_a_duration_is_a_past_span():
    assert read("تحكم العائلة المدينة منذ 4 سنوات") == Reading(EVENT, PAST, SPAN)


def test_the_same_duration_with_a_future_verb_and_within_is_a_future_span():
    assert read("ستحكم العائلة المدينة خلال 4 سنوات") == Reading(EVENT, FUTURE, SPAN)


def test_since_with_a_verb_of_one_happening_is_a_point_ago():
    assert read("قتل الجندي منذ يومين") == Reading(EVENT, PAST, POINT)


def test_since_with_a_verb_of_a_state_stays_a_span():
    assert read("يقاتل الجندي منذ يومين") == Reading(EVENT, PAST, SPAN)


def test_since_with_gone_by_is_a_point():
    assert read("كان ذلك منذ عشرين عاما خلت") == Reading(EVENT, PAST, POINT)


def test_lasted_is_past():
    assert read("استمرت الحرب أكثر من ثلاث سنوات").direction == PAST


def test_lasts_in_the_present_is_future():
    assert read("تستمر الجولة ثلاث سنوات").direction == FUTURE


def test_a_stay_in_hospital_that_happened_is_past():
    assert read("مكث في المستشفى لمدة أسبوعين").direction == PAST


def test_a_stay_in_hospital_to_come_is_future():
    assert read("سيمكث في المستشفى لمدة أسبوعين").direction == FUTURE


def test_a_bare_length_without_a_verb_has_no_direction():
    assert read("لمدة أسبوعين").direction == ""


def test_a_requirement_has_no_direction():
    assert read("يجب أن يكون عضوا لمدة 6 أشهر").direction == ""


def test_within_the_next_two_weeks_is_future():
    assert read("يصل الجيش خلال الأسبوعين المقبلين").direction == FUTURE


def test_within_the_last_two_weeks_is_past():
    assert read("يصل الجيش خلال الأسبوعين الماضيين").direction == PAST


def test_within_with_a_past_verb_is_past():
    assert read("انتهى المشروع خلال عامين").direction == PAST


def test_within_with_a_present_verb_is_future():
    assert read("ينجز المشروع خلال عامين").direction == FUTURE


def test_within_after_a_count_of_the_dead_is_not_future():
    assert read("300 قتيل في الغوطة خلال 3 أيام").direction == ""


def test_over_three_decades_of_an_ongoing_war_is_past():
    assert read("الحزب الذي يشن تمردا على مدى ثلاثة عقود").direction == PAST


def test_an_absence_that_lasted_is_past():
    assert read("تأتي مشاركته بعد غياب طال 12 عاما").direction == PAST


def test_a_few_days_ago_is_past():
    assert read("وصل الوفد منذ أيام قليلة").direction == PAST


def test_a_prison_term_decided_now_runs_ahead():
    assert read("حكم عليه بالسجن لمدة عامين").direction == FUTURE


def test_lowest_in_five_months_looks_back():
    assert read("وهو أقل سعر في أكثر من خمسة أشهر").direction == PAST


def test_days_after_another_event_is_an_offset_with_no_calendar_days():
    assert read("جاء القصف بعد يوم واحد من وصول التعزيزات") == Reading(EVENT, PAST, OFFSET)


def test_a_young_man_of_25_years_is_an_age():
    assert read("قال شاب 25 عاما إن").role == AGE


def test_25_years_ago_is_not_an_age():
    assert read("قال إنه وصل منذ 25 عاما").role == EVENT


def test_aged_is_an_age():
    assert read("الرجل البالغ من العمر 30 عاما").role == AGE


def test_his_age_is_an_age():
    assert read("طفل عمره 12 عاما").role == AGE


def test_the_one_of_25_years_is_an_age():
    assert read("اللاعب ذو الـ 25 عاما").role == AGE


def test_years_in_brackets_after_a_name_is_an_age():
    assert read("قال صلاح (25 عاما) إن الفريق جاهز").role == AGE


def test_days_in_brackets_is_not_an_age():
    assert read("قال صلاح (25 يوما) إن الفريق جاهز").role == EVENT


def test_an_anniversary_of_a_founding_is_history():
    assert read("احتفلت الجامعة بمرور 75 عاما على تأسيسها").role == HISTORY


def test_days_gone_by_since_an_arrest_is_an_event():
    assert read("بعد مرور 75 يوما على اعتقاله").role == EVENT


def test_an_institutions_history_is_history():
    assert read("الجامعة التي يمتد تاريخها 142 عاما").role == HISTORY


def test_working_hours_are_not_a_span():
    assert read("منع التدخين خلال ساعات العمل").direction == ""


def test_years_since_a_founding_event_named_after_them_is_an_anniversary():
    assert read("إضراب الثلاثاء لمرور 70 عاما على النكبة").role == HISTORY


def test_days_since_the_same_event_are_an_event():
    assert read("إضراب الثلاثاء لمرور 70 يوما على النكبة").role == EVENT


def test_a_bridge_built_fifty_years_ago_is_history():
    assert read("والجسر المشيد منذ 50 عاما جزء من الطريق").role == HISTORY


def test_a_ban_imposed_fifty_years_ago_is_a_past_span():
    assert read("والحظر المفروض منذ 50 عاما جزء من الأزمة") == Reading(EVENT, PAST, SPAN)


def test_a_penalty_he_may_face_has_no_direction():
    assert read("ويواجه حكما بالسجن لمدة 142 عاما").direction == ""


def test_a_prison_term_passed_in_a_named_year_has_no_span_from_the_dct():
    assert read("حكمت عليه المحكمة في ديسمبر 2007 بالسجن 6 سنوات").direction == ""


def test_a_school_being_built_for_two_years_is_not_a_history():
    assert read("المدرسة التي يقوم بإنشائها منذ سنتين") == Reading(EVENT, PAST, SPAN)


def test_lowest_in_about_two_weeks_looks_back():
    assert read("تراجع الدولار إلى أدنى مستوى له في نحو أسبوعين").direction == PAST


def test_the_first_visit_of_a_president_in_forty_years_is_a_record_not_an_event_span():
    assert read("وصل الرئيس إلى أثينا في زيارة هي الأولى لرئيس فرنسي منذ 40 عاما") == Reading(RECORD, PAST, SPAN)


def test_appearing_for_the_first_time_in_twenty_months_is_a_record():
    assert read("وظهر المعارض للمرة الأولى على شاشة التلفزيون منذ 20 شهرا") == Reading(RECORD, PAST, SPAN)


def test_the_first_time_in_ten_years_is_a_record():
    assert read("وتأهل الفريق إلى النهائي لأول مرة في عشر سنوات") == Reading(RECORD, PAST, SPAN)


def test_the_worst_since_ten_years_is_a_record():
    assert read("وهي أسوأ فيضانات تشهدها البلاد منذ عشر سنوات") == Reading(RECORD, PAST, SPAN)


def test_the_first_meeting_within_two_days_is_a_span_ahead_not_a_record():
    assert read("وسيعقد أول اجتماع للجنة خلال يومين") == Reading(EVENT, FUTURE, SPAN)


def test_jailed_for_twenty_months_in_another_clause_than_a_first_stays_a_past_span():
    assert read("وفي أول مقابلة له، قال المعارض المسجون منذ 20 شهرا إنه بخير") == Reading(EVENT, PAST, SPAN)


def role(text: str, duration: str) -> str:
    norm = normalize_letters(text)
    start = norm.index(normalize_letters(duration))
    return reading(norm, start, start + len(duration), 0, len(norm)).role


def test_more_than_a_count_within_the_last_weeks_is_a_span_not_a_record():
    assert role("وقتل أكثر من 40 مدنيا خلال الأسبوعين الماضيين في غارات على إدلب.", "الأسبوعين الماضيين") != RECORD
    assert role("ووصل أقل من نصف المساعدات خلال الشهرين الماضيين.", "الشهرين الماضيين") != RECORD
    assert role("وهي الزيارة الأولى لرئيس مصري إلى السودان منذ 15 عاما.", "15 عاما") == RECORD


def test_a_month_a_rank_or_the_day_before_yesterday_is_no_first():
    assert role("ويواصل الناشط المعتقل منذ كانون الأول الإضراب عن الطعام منذ عشرة أيام.", "عشرة أيام") != RECORD
    assert role("اعتقل في ربيع الأول ولا يزال محتجزا منذ ثلاثة أشهر.", "ثلاثة أشهر") != RECORD
    assert role("وقال الفريق أول البرهان الذي يحكم منذ عامين إن الانتخابات ستجرى.", "عامين") != RECORD
    assert role("وأعلن أول أمس أنه محاصر منذ أسبوعين في المستشفى.", "أسبوعين") != RECORD
    assert role("وهذا أول هجوم على العاصمة منذ 3 أشهر.", "3 أشهر") == RECORD
