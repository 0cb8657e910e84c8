"""A verb of gathering or marching (تجمع، احتشد، خرج، سار، شارك; read by ``nonevents.other_use``) is a protest only
with a crowd counted as its subject, right before or after it (تجمع الآلاف في شيكاغو، وكان آلاف المحتجين احتشدوا،
خرج مئات المصلين في مسيرة); not a crowd of fighters (احتشد آلاف الجنود) and not any other subject (خرجت القوات،
شارك الوزير)."""

from __future__ import annotations

import re

from helpers.extract.incidents.vocabulary import Trigger, bare
from helpers.text.arabic import AR

GATHERING = "crowd gathering"  # the ``action_en`` of the row in the trigger table

# A crowd counted (عشرات، مئات، آلاف، عشرات الآلاف من), not of fighters or forces.
_CROWD = rf"(?<![{AR}])[وف]?(?:ال)?(?:عشرات|مئات|الاف|الوف|حشود|حشد)(?![{AR}])"
_FORCES = (
    rf"(?:\s+(?:ال)?(?:الاف|مئات))?\s+(?:من\s+)?(?:ال)?(?:جنود|الجنود|جندي|مقاتل|مقاتلين|مقاتلي|عناصر|مسلح|مسلحين"
    rf"|قوات|عسكري|عسكريين|شرطه|رجال الامن|افراد|عسكريه|مركبات|اليات)(?![{AR}])"
)
CROWD = re.compile(_CROWD + rf"(?!{_FORCES})")
# Right after the verb, its subject: the crowd, an approximation before it (تجمع نحو ألف، شارك عشرات الآلاف).
CROWD_AFTER = re.compile(r"\s+(?:(?:نحو|حوالي|قرابه|زهاء|اكثر من|ما يزيد عن|ما لا يقل عن)\s+)?" + CROWD.pattern)
_CROWD_CHARS = 40  # how far before the verb its counted subject may stand, in its clause (about four words)
_CLAUSE_END = re.compile(r"[،,.؛:]")
# In the sentence: what makes a crowd a protest, a cause or protesters (احتجاجا، تضامنا، للمطالبة، المحتجين، لافتات);
# not a crowd of pilgrims or fans (تجمع الآلاف من الحجاج على صعيد عرفات).
PROTEST_CUE = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:احتجاج\w*|تضامن\w*|مطالب\w*|للمطالبه|تنديد\w*|للتنديد|رفضا|مناهض\w*|محتج\w*"
    rf"|متظاهر\w*|ناشط\w*|لافتات|هتافات|شعارات|يهتفون|هتفوا|رددوا)(?![{AR}])"
)

# شارك في X: X is the act joined. A crowd joining another kind of gathering (a conference, a funeral, a rally of
# prayer, a festival or a match) is no protest; one joining a march or a sit-in is.
_JOINED = re.compile(r"\S*\s+(?:\S+\s+){0,6}?في\s+(?:ال)?(\S+)")
_OTHER_GATHERING = re.compile(
    r"[وبف]?(?:ال)?(?:مؤتمر|ندو|جناز|تشييع|احتفال|مهرجان|انتخاب|مباراه|ماراثون|مناور|اجتماع|صلاه|حفل|قمه|مسابق|دوره|ورشه)\w*"
)


def _joins_other(norm: str, sentence: tuple[int, int], form: str, end: int) -> bool:
    """Whether a verb of taking part (شارك) takes part in another kind of gathering (شارك آلاف الأشخاص في تشييع
    جنازة، شارك الناشطون في مؤتمر), not a march or a sit-in (شارك آلاف المحتجين في مسيرات)."""
    if not bare(form).lstrip("وف").startswith("شارك"):
        return False
    joined = _JOINED.match(norm, end, sentence[1])
    return bool(joined) and bool(_OTHER_GATHERING.fullmatch(joined.group(1)))


def without_crowd(norm: str, sentence: tuple[int, int], trigger: Trigger, span: tuple[int, int]) -> bool:
    """Whether a gathering verb has no counted crowd for its subject, right after it or before it in its clause
    (see the module; not a crowd further on, the object of another act: شارك بشكل مباشر في قتل مئات الليبيين), or its
    sentence tells no cause or protesters (``PROTEST_CUE``): no protest."""
    if trigger.action_en != GATHERING:
        return False
    start, end = span
    low = max(sentence[0], start - _CROWD_CHARS)
    low = max([low, *(m.end() for m in _CLAUSE_END.finditer(norm, low, start))])
    if not PROTEST_CUE.search(norm, *sentence) or _joins_other(norm, sentence, norm[start:end], end):
        return True
    return not (CROWD_AFTER.match(norm, end) or any(m.end() <= start for m in CROWD.finditer(norm, low, end)))
