"""A bombardment by aircraft is an air strike (ACLED's codebook: *air/drone strike* when "air or drone strikes
occur", whoever or whatever is hit; *shelling/artillery/missile attack* for long-range artillery, missiles and
rockets). The verb of bombardment (قصف، دك) names no weapon; its doer does: قصفت طائرات التحالف، طيران التحالف
قصف، مقاتلاتها قصفت، قصف للطائرات الحربية. Planes told as the doer, right before or after the verb in its
clause, with no ground weapon there (مدفعية، صواريخ، قذائف، دبابات), make the row an air strike.
"""

from __future__ import annotations

import re

from helpers.text.arabic import AR

AIR_STRIKE = "Air/drone strike"
_SHELLING = "shelling"  # the action of the bombardment rows of the trigger table (قصف، قصفت، دك)
_DOER_CHARS = 35  # how far from the verb its doer may stand (قصفت طائرات حربية تركية، طيران التحالف الدولي قصف)
_AIRCRAFT = re.compile(
    rf"(?<![{AR}])(?<!مضاد )(?<!مضادات )[وفبل]?(?:ال|لل)?(?:طائرات|طائره|طيران|مقاتلات|مقاتله|مروحيات|مروحيه"
    rf"|قاذفات|سلاح الجو)(?:ها|هم)?(?![{AR}])(?!\s+(?:ال)?مدني)"
)
_GROUND = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:مدفعيه|مدفعي|مدفعيا|صواريخ|صاروخ|صاروخي|صاروخيه|قذائف|قذيفه|هاون|راجمات|دبابات"
    rf"|دبابه|بوارج|بارجات|زوارق)(?![{AR}])"
)

_ADJECTIVE = re.compile(r"^\S+\s+(?=ل)")  # one word (an adjective) before a genitive ل: القصف المكثف لطيران التحالف


def by_aircraft(norm: str, span: tuple[int, int], part: tuple[int, int], action: str) -> bool:
    """Whether the bombardment at ``span`` (a trigger of ``action``) in the sentence part ``part`` is done by
    aircraft: planes within ``_DOER_CHARS`` before it, or as the first word after it (the doer or genitive follows
    the verb or noun at once: قصفت طائرات، قصف للطائرات، القصف المكثف لطيران التحالف; planes after an object are
    its target: قصف مسلحون حظيرة الطائرات), with no comma or stop between, and no ground weapon in that window nor
    in the trigger itself."""
    start, end = span
    if action != _SHELLING or start < 0 or _GROUND.search(norm, start, end):
        return False
    before = norm[max(part[0], start - _DOER_CHARS) : start]
    after = norm[end : min(part[1], end + _DOER_CHARS)]
    before = re.split(r"[،,.؛\n]", before)[-1]
    after = re.split(r"[،,.؛\n]", after)[0]
    if _GROUND.search(f"{before} | {after}"):
        return False
    return bool(_AIRCRAFT.search(before) or _AIRCRAFT.match(_ADJECTIVE.sub("", after.lstrip(), count=1)))
