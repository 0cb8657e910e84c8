"""A cue of one more act (ثم، ومن ثم) joins the steps of a plan, a forecast or a condition into one act, and splits
two acts told as done (helpers/extract/incidents/planned.py, read by merging.another_act)."""

from helpers.extract.incidents.merging import another_act
from helpers.extract.incidents.planned import planned_before
from tests.unit.test_incidents_merging import sentence_rows


def test_a_plan_or_a_coming_stage_before_the_acts_is_read():
    assert planned_before("وقال ان الهدف هو تحرير الرمادي ومن ثم تحرير الانبار", 45)
    assert planned_before("وتوقع ان يتم تحرير الرمادي ثم الفلوجه", 30)
    assert not planned_before("حررت القوات الرمادي ثم حررت الفلوجه", 30)


def test_the_plan_is_read_in_the_acts_sentence_only():
    text = "وقال ان الهدف هو تحرير الرمادي. وحررت القوات الرمادي ثم حررت الفلوجه"
    assert not planned_before(text, len(text) - 5)


def test_then_after_a_plan_is_no_second_act():
    plan = "الهدف هو تحرير الرمادي ومن ثم تحرير الانبار"
    done = "وحررت القوات الرمادي ومن ثم حررت الانبار"
    assert (another_act(plan, 22, 30), another_act(done, 20, 28)) == (False, True)


def test_the_steps_of_a_plan_make_one_row_and_two_acts_done_two():
    plan = sentence_rows("وقال إن الهدف هو تحرير الرمادي ومن ثم تحرير كامل تراب محافظة الأنبار.")
    done = sentence_rows("وحررت القوات العراقية مدينة الرمادي ثم حررت مدينة الفلوجة.")
    assert (len(plan), len(done)) == (1, 2)


def test_a_coming_stage_of_acts_makes_one_row():
    rows = sentence_rows("وأوضح أن المرحلة المقبلة ستشهد تحرير الرمادي ومن ثم تحرير كامل تراب محافظة الأنبار.")
    assert len(rows) == 1


def test_a_plan_in_an_earlier_clause_does_not_join_two_acts_done():
    text = "وضمن خطه فرض القانون، شنت الطائرات غارات علي الحويجه ثم غارات علي الشرقاط"
    assert not planned_before(text, len(text) - 10)
    rows = sentence_rows("وضمن خطة فرض القانون، شنت الطائرات العراقية غارات على الحويجة ثم غارات على الشرقاط.")
    assert len(rows) == 2
