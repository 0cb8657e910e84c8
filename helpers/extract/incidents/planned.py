"""Whether the acts of a sentence are told as planned, expected or conditional rather than done: a cue of one more
act (ثم، ومن ثم، فضلا عن) then joins the steps of one plan (الهدف هو تحرير الرمادي ومن ثم تحرير كامل تراب
محافظة الأنبار), not two acts (حررت القوات الرمادي ثم حررت الفلوجة)."""

from __future__ import annotations

import re

from helpers.extract.incidents.nonevents import EXPECT_BEFORE, WISH_BEFORE
from helpers.extract.incidents.vocabulary import CONDITIONAL, FUTURE
from helpers.text.arabic import AR

# A plan, an aim or a coming stage, or a future or subjunctive verb of happening or starting (ستشهد، أن يتم، ستبدأ)
# before the acts in their sentence.
PLAN_BEFORE = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:هدف|يهدف|تهدف|تهدفان|يهدفان|خطه|خطط|مخطط|المرحله المقبله|المرحله القادمه"
    rf"|ستشهد|سيشهد|ستبدا|سيبدا|سيتم|ستتم|ان يتم|ان تتم|ستتواصل|سيتواصل|ستنطلق|ستنتقل|سينتقل|ستتجه|سيتجه)(?![{AR}])"
)
_SENTENCE_END = re.compile(r"[.؟!\n،,؛:]")  # the end of a sentence or a clause: a plan in an earlier clause
# (ضمن خطة فرض القانون، شنت الطائرات غارات … ثم غارات …) does not govern the acts
_LOOKBACK = 250  # how far before the later act its sentence is read


def planned_before(norm: str, at: int) -> bool:
    """Whether the clause of the position ``at`` of ``norm`` tells, before it, a plan, a future, a wish, an
    expectation or a condition (``PLAN_BEFORE``, ``FUTURE``, ``WISH_BEFORE``, ``EXPECT_BEFORE``, ``CONDITIONAL``)."""
    low = max(0, at - _LOOKBACK)
    ends = [m.end() for m in _SENTENCE_END.finditer(norm, low, at)]
    start = ends[-1] if ends else low
    cues = (PLAN_BEFORE, FUTURE, WISH_BEFORE, EXPECT_BEFORE, CONDITIONAL)
    return any(cue.search(norm, start, at) for cue in cues)
