"""Times anchored to an event: left unresolved, the anchor names the event (anchored.py)."""

from datetime import date

from helpers.extract.timex.anchored import EVENT_FLAG
from helpers.extract.timex.tagger import tag

DCT = date(2018, 5, 8)


def only(text: str):
    found = tag(text, DCT)
    assert len(found) == 1, found
    return found[0]


def test_zero_hour_is_unresolved():
    t = only("انطلقت ساعة الصفر")
    assert (t.value, t.flag, t.anchor) == (None, EVENT_FLAG, "event: zero hour")


def test_days_after_an_attack():
    t = only("وصلوا بعد يومين من الهجوم على المدينة")
    assert (t.value, t.mod, t.anchor) == (None, "AFTER", "event: الهجوم +P2D")


def test_before_the_start_of_an_operation():
    t = only("قبل بدء العملية العسكرية")
    assert (t.value, t.mod, t.anchor) == (None, "BEFORE", "event: بدء العمليه")


def test_the_end_of_the_year_is_a_date_not_an_event():
    assert only("قبل نهاية العام الجاري").value == "2018"


def test_days_ago_stay_resolved_against_the_dct():
    assert only("قبل يومين").value == "2018-05-06"


def test_days_after_a_meeting_or_an_arrest_are_relative_to_that_event_not_a_bare_duration():
    t = only("جاء الهجوم بعد يومين من لقاء قادة الأطراف في باريس")
    assert (t.value, t.mod, t.flag) == (None, "AFTER", EVENT_FLAG)
    assert t.anchor.startswith("event: لقاء")
    assert only("وقعت المداهمة بعد يوم من اعتقال القائد").flag == EVENT_FLAG


def test_after_a_death_with_no_count_is_no_time_expression():
    assert tag("أصيب بالاكتئاب بعد وفاة والده", DCT) == []


def test_about_a_year_and_a_half_before_the_scheduled_date_is_relative_to_that_date_not_a_year_ago():
    t = only("دعا الرئيس إلى انتخابات مبكرة قبل نحو عام ونصف العام من الموعد المحدد")
    assert (t.value, t.mod, t.flag) == (None, "BEFORE", EVENT_FLAG)
    assert t.anchor == "event: الموعد المحدد -P1.5Y"


def test_more_than_a_week_after_an_attack_is_relative_to_the_attack():
    t = only("وصل الوفد بعد أكثر من أسبوع من الهجوم")
    assert (t.value, t.mod, t.anchor) == (None, "AFTER", "event: الهجوم +P1W")


def test_two_months_before_its_date_is_relative_to_that_date():
    t = only("أجريت الانتخابات قبل شهرين من موعدها")
    assert (t.value, t.anchor) == (None, "event: موعدها -P2M")
