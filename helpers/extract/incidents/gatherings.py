"""A verb of gathering or marching (تجمع، احتشد، خرج، سار، شارك; read by ``nonevents.other_use``) is a protest only
with a crowd counted as its subject, right before or after it (تجمع الآلاف في شيكاغو، وكان آلاف المحتجين احتشدوا،
خرج مئات المصلين في مسيرة); not a crowd of fighters (احتشد آلاف الجنود) and not any other subject (خرجت القوات،
شارك الوزير)."""

from __future__ import annotations

import re

from helpers.extract.incidents.vocabulary import Trigger
from helpers.text.arabic import AR

GATHERING = "crowd gathering"  # the ``action_en`` of the row in the trigger table

# A crowd counted (عشرات، مئات، آلاف، عشرات الآلاف من), not of fighters or forces.
_CROWD = rf"(?<![{AR}])[وف]?(?:ال)?(?:عشرات|مئات|الاف|الوف|حشود|حشد)(?![{AR}])"
_FORCES = (
    rf"(?:\s+(?:ال)?(?:الاف|مئات))?\s+(?:من\s+)?(?:ال)?(?:جنود|الجنود|جندي|مقاتل|مقاتلين|مقاتلي|عناصر|مسلح|مسلحين"
    rf"|قوات|عسكري|عسكريين|شرطه|رجال الامن|افراد|عسكريه|مركبات|اليات)(?![{AR}])"
)
CROWD = re.compile(_CROWD + rf"(?!{_FORCES})")
_CROWD_CHARS = 40  # how far from the verb its counted subject stands (about four words)


def without_crowd(norm: str, sentence: tuple[int, int], trigger: Trigger, span: tuple[int, int]) -> bool:
    """Whether a gathering verb has no counted crowd next to it (see the module): no protest."""
    if trigger.action_en != GATHERING:
        return False
    start, end = span
    s, e = sentence
    high = min(e, end + _CROWD_CHARS)
    return not any(m.start() < high for m in CROWD.finditer(norm, max(s, start - _CROWD_CHARS), e))
