"""An agreement reached or signed told with words between the verb and the accord (ACLED's ``Agreement``): the
parties or the day stand between (توصلت جماعة فيلق الرحمن ... لاتفاق، توصل أطراف الصراع ... لمسودة اتفاق، وقعت في 11
يوليو ... بالأحرف الأولى على اتفاق). The bare verbs are rows of the trigger table (``action_en`` ``REACHED``); read
by ``nonevents.other_use``, a verb with no accord after it in its clause is no agreement (توصل إلى نتيجة، وقعت
اشتباكات)."""

from __future__ import annotations

import re

from helpers.extract.incidents.vocabulary import Trigger, bare, trigger_regex
from helpers.text.arabic import AR

REACHED = "agreement reached"  # the ``action_en`` of the bare verbs in the trigger table

_WORDS = 12  # how many words may stand between the verb and its accord (the parties, a day, a place)
_GAP = rf"(?:\s*[،,]?\s+[^\s.،,؛:؟!]+){{0,{_WORDS}}}?[،,]?\s+"
_ACCORD = r"(?:ال)?(?:مسوده\s+)?(?:ال)?(?:اتفاق|اتفاقيه|اتفاقا)(?![" + AR + "])"
# توصل (reached) takes its accord after إلى or ل; وقع (signed) after على.
_REACHED_ACCORD = re.compile(_GAP + rf"(?:الي\s+|ل(?=[{AR}]))" + _ACCORD)
_SIGNED_ACCORD = re.compile(_GAP + r"(?P<on>علي\s+)" + _ACCORD)
_SIGNED = ("وقع", "ووقع", "فوقع")
# «بعد يومين على اتفاق» is a time since the accord (two days after it), not its signing (وقعت الحادثة بعد أسبوع
# على اتفاق).
_TIME = (
    r"(?:يوم|يومين|ايام|ساعه|ساعات|ساعتين|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|شهور|عام|عامين|اعوام|سنه|سنتين"
    r"|سنوات)"
)
SINCE_BEFORE = re.compile(
    rf"(?<![{AR}])(?:بعد|قبل)\s+(?:مرور\s+)?(?:[^\s.،,؛:؟!]+\s+)?{_TIME}(?![{AR}])(?:\s+[^\s.،,؛:؟!]+)?\s+(?:علي\s+)$"
)


def without_accord(norm: str, sentence: tuple[int, int], trigger: Trigger, span: tuple[int, int]) -> bool:
    """Whether a bare verb of reaching or signing (see the module) has no accord after it in its sentence, or
    another act stands between (وقعت اشتباكات ... على اتفاق: the clashes occurred), or it is the definite masdar."""
    if trigger.action_en != REACHED:
        return False
    start, end = span
    if norm[max(0, start - 2) : start] == "ال":
        return True  # التوصل، برعاية مصر، إلى اتفاق لوقف إطلاق النار: a masdar, the accord's own trigger tells it
    signed = bare(norm[start:end]).startswith(_SIGNED)  # the و of وقعت is the verb's, not a clitic
    accord = _SIGNED_ACCORD if signed else _REACHED_ACCORD
    found = accord.match(norm, end, sentence[1])
    if found and signed and SINCE_BEFORE.search(norm, end, found.end("on")):
        return True  # وقعت الحادثة بعد يومين على اتفاق: it occurred two days after the accord
    return not found or trigger_regex().search(norm, end, found.end()) is not None
