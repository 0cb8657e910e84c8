"""A bare weekday or month governed by a present verb of a scheduled happening (يبدأ، يعقد، تنطلق) is the
next one; a past verb, a past frame (لم، كان، قبل أن) or no verb keeps the latest one (values.py
``_scheduled``). DCT: Saturday 23 June 2018."""

from datetime import date

from helpers.extract.timex.tagger import tag

DCT = date(2018, 6, 23)  # a Saturday


def values(text: str) -> list[str | None]:
    return [t.value for t in tag(text, DCT)]


def test_starts_on_monday_is_the_coming_monday():
    assert values("يبدأ المنتخب مشواره يوم الاثنين") == ["2018-06-25"]


def test_started_on_monday_is_the_last_monday():
    assert values("بدأ المنتخب مشواره يوم الاثنين") == ["2018-06-18"]


def test_holds_a_meeting_on_wednesday_is_the_coming_one():
    assert values("ويعقد المجلس اجتماعا الأربعاء") == ["2018-06-27"]


def test_did_not_hold_a_meeting_on_wednesday_is_the_last_one():
    assert values("ولم يعقد المجلس اجتماعه الأربعاء") == ["2018-06-20"]


def test_a_short_future_verb_with_sa_is_the_coming_day():
    assert values("سيصل الوفد الخميس") == ["2018-06-28"]


def test_before_the_bank_opened_on_monday_is_the_last_monday():
    assert values("وقبل أن يفتح البنك أبوابه يوم الاثنين") == ["2018-06-18"]


def test_a_weekday_without_a_verb_is_the_last_one():
    assert values("الخميس") == ["2018-06-21"]


def test_a_speech_verb_in_the_present_is_not_a_schedule():
    assert values("يقول الوزير يوم الاثنين") == ["2018-06-18"]


def test_since_monday_is_the_last_monday_even_after_a_present_verb():
    assert values("يعود الهدوء منذ الاثنين") == ["2018-06-18"]


def test_elections_held_in_october_are_the_coming_october():
    assert values("تبدأ الانتخابات في أكتوبر") == ["2018-10"]


def test_a_meeting_held_in_september_is_last_september():
    assert values("عقد الاجتماع في سبتمبر") == ["2017-09"]


def test_a_future_verb_before_a_weekday_set_off_by_commas_still_governs_it():
    assert values("سيصوت الناخبون، الأحد، في انتخابات البلدية") == ["2018-06-24"]


def test_a_past_verb_before_a_weekday_set_off_by_commas_keeps_the_last_one():
    assert values("قتل جنديان، الأحد، في هجوم على الحاجز") == ["2018-06-17"]


def test_a_country_that_will_witness_elections_on_sunday_is_the_coming_sunday():
    assert values("وتشهد البلاد، الأحد، انتخابات برلمانية") == ["2018-06-24"]
