"""The clause's tense around a time named without its year or week (values.py: ``_future_context``)."""

from datetime import date

from helpers.extract.timex.tagger import tag

DCT = date(2018, 5, 16)  # a Wednesday in May


def values(text: str, dct: date = DCT) -> list[str | None]:
    return [t.value for t in tag(text, dct)]


def test_a_month_told_with_a_past_verb_back_to_it_is_this_years_despite_a_future_cue_before():
    """«... في أبريل/ نيسان قتل فيها سبعة جنود» in a May article went to April of the next year: a future-looking
    word before it (here سيحاكم) outweighed the past clause told of the time itself."""
    assert values("وسيحاكم الضباط بسبب غارة على مستودع في مارس/ آذار قتل فيها عشرة عمال.") == ["2018-03"]
    assert values("وستعقد القمة في مارس المقبل في العاصمة.") == ["2019-03"]  # still ahead with no past clause


def test_a_month_or_weekday_in_a_past_relative_clause_after_a_future_verb_is_past():
    """ويتوقع أن تنظر اللجنة في الهجوم الذي وقع في أبريل: the attack is April past, though the inquiry is ahead."""
    assert values("ويتوقع أن تنظر اللجنة في الهجوم الذي وقع في أبريل على القرية.") == ["2018-04"]
    assert values("وستنظر اللجنة في الهجوم الذي وقع يوم الأحد على القرية.") == ["2018-05-13"]
    assert values("وستنظر اللجنة في الهجوم الذي سيقع يوم الأحد على القرية.") == ["2018-05-20"]
    assert values("وستبحث اللجنة في أبريل التقرير.") == ["2019-04"]


def test_a_month_after_an_intention_or_a_first_person_plural_future_lies_ahead():
    """«تعتزم تنظيم قمة في 7 أيلول/سبتمبر» and «سنعقد قمة ... في السابع من أيلول/سبتمبر», written in late July,
    went to September of the year before: neither تعتزم nor سنعقد was read as a look ahead."""
    dct = date(2018, 7, 29)
    assert values("وقالت الوزارة إنها تعتزم افتتاح المعبر في 3 سبتمبر أمام الشاحنات.", dct) == ["2018-09-03"]
    assert values('وقال الوزير "سنفتح المعبر في سبتمبر أمام الشاحنات".', dct) == ["2018-09"]
    assert values("وقالت الحكومة إنها تسعى إلى فتح المعبر في 3 سبتمبر.", dct) == ["2018-09-03"]
    assert values("ووصل الوفد إلى سنجار في سبتمبر.", dct) == ["2017-09"]  # سنجار is a town, no future


def test_a_weekday_before_a_that_clause_in_the_future_is_the_day_it_was_said():
    """«... الثلاثاء أنها سترسل فريق تحقيق» in a Wednesday article went to next Tuesday: the future verb after أن
    is what was announced, not when."""
    dct = date(2018, 4, 11)  # a Wednesday
    assert values("وأعلن الجيش الثلاثاء أنه سيبدأ الانسحاب من البلدة.", dct) == ["2018-04-10"]
    assert values("وقالت الوزارة، الثلاثاء إنها ستفتح المعبر.", dct) == ["2018-04-10"]
    assert values("وسيصل الوفد الثلاثاء إلى المدينة.", dct) == ["2018-04-17"]


def test_a_date_before_then_it_will_is_still_ahead():
    """«فإنه سيكون» after a date is its clause's future, not a that-clause of a report."""
    assert values("وإذا غاب القمر في 27 يوليو، فإنه سيكون بمقدور السكان رؤيته.", date(2018, 6, 29)) == ["2018-07-27"]


def test_guards_a_present_verb_after_the_past_frame_a_past_seeking_and_a_that_clause_after_ala():
    """Guards of the rules above, from a control read of the spent gold sets: a truce «الذي أعلنته الحكومة وينتهي
    الثلاثاء» still ends ahead; «كانا يسعيان لـ» is a past state, no look ahead; «الثلاثاء على أنه ينوي» is said."""
    assert values("ويبدأ وقف النار الذي أعلنته الحكومة وينتهي الثلاثاء.", date(2018, 6, 17)) == ["2018-06-19"]
    text = "وأسقطت الدفاعات زورقين كانا يسعيان لاستهداف الميناء، فجر الأحد غادر الأمير البلاد."
    assert values(text, date(2018, 10, 1)) == ["2018-09-30TMO"]
    assert values("وشدد الوزير الثلاثاء على أنه ينوي زيارة المدينة.", date(2018, 6, 6)) == ["2018-06-05"]


def test_a_weekday_after_up_to_a_count_is_past_not_the_coming_one():
    """«ما يصل إلى 60 قتلوا الاثنين» read يصل (arrives) as a scheduled happening: the coming Monday."""
    assert values("وقالت الوزارة إن ما يصل إلى 30 شخصا قتلوا الاثنين في القصف.") == ["2018-05-14"]
    assert values("ويصل الوفد الاثنين إلى العاصمة.") == ["2018-05-21"]  # the verb itself: ahead
