"""The stated wounded of an event, read beside its dead (``details.fatalities``): إصابة 10 آخرين، وجرح نحو 20
شخصا، أصيب 5 جنود، 15 جريحا، و6 آخرين بجروح، ارتفع عدد الجرحى إلى 30; one or two told by a noun (وإصابة جندي،
جرح شخصين). A count of the killed and the wounded together (88 قتيلا وجريحا، 12 شخصا بين قتيل وجريح، مقتل وجرح
30) is kept as written with no number: the dead and the wounded alone are not known.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from helpers.extract.incidents.tolls import AT_LEAST_AFTER, MULTIPLIERS, NUMBER_WORDS, QUALIFIERS
from helpers.extract.incidents.unmarked import read_unmarked
from helpers.text.arabic import AR
from helpers.text.patterns import alternation

_COUNT = rf"(?P<count>\d+|{alternation(NUMBER_WORDS)})"
_QUAL = rf"(?:(?P<qual>{alternation(QUALIFIERS)})(?:\s+|(?=\d)))?"
_MULT = r"(?:\s+(?P<mult>الف|الاف|مليون|ملايين))?"
_WHO = rf"(?:(?:(?<=\d)\s*|\s+)(?:من\s+)?(?P<who>[{AR}]{{3,}}))?"
_BRACKET = r"\)?"  # إصابة (33), as some papers print a count
# A wounding word before the count (إصابة، جرح، أصيب، الإصابات).
_HURT = r"(?:جرح|اصابه|اصابات|اصيب|اصيبت|اصيبوا|جرحت|جرحوا)"
HURT_THEN_COUNT = re.compile(
    rf"(?<![{AR}])(?P<pre>[وف]?)ب?(?:ال)?{_HURT}\s+[\"«“(]?{_QUAL}{_COUNT}{_BRACKET}{_MULT}{_WHO}(?![{AR}])"
)
# The count before a wounded noun or state (15 جريحا، و6 آخرين بجروح، 20 شخصا أصيبوا).
_WOUNDED_NOUN = r"جريحا|جرحي|الجرحي|جريح|مصابا|مصابين|المصابين|مصاب"
_WOUNDED_STATE = r"بجروح|بجراح|باصابات|باصابه|اصيبوا|جرحوا"
COUNT_THEN_HURT = re.compile(
    rf"(?<![{AR}])(?P<pre>[وف]?){_QUAL}{_COUNT}{_MULT}(?P<who>)(?:\s+(?:{_WOUNDED_NOUN})"
    rf"|(?:\s+(?:من\s+)?[{AR}]{{3,}}){{1,2}}\s+(?:{_WOUNDED_STATE}))(?![{AR}])"
)
# A toll of the wounded (ارتفع عدد الجرحى إلى 30، بلغت حصيلة المصابين 12).
HURT_TOLL = re.compile(
    rf"(?<![{AR}])(?P<pre>[وف]?)ب?(?:عدد|حصيله)\s+(?:ال)?(?:جرحي|مصابين|مصابون|اصابات)(?:\s+[{AR}]+){{0,3}}?\s+"
    rf"(?:(?:الي|بلغ|بلغت|وصل|وصلت)\s+)?{_QUAL}{_COUNT}{_MULT}{_WHO}(?![{AR}])"
)
# One or two wounded told by a noun (وإصابة جندي، جرح شخصين، أصيب شرطي).
_ONE = r"شخص|رجل|طفل|طفله|امراه|سيده|جندي|شرطي|مدني|ضابط|مواطن|صحفي|عنصر|فتي|فتاه|شاب|اخر|مسعف|متظاهر"
_TWO = r"شخصين|شخصان|رجلين|رجلان|طفلين|طفلان|جنديين|جنديان|شرطيين|شرطيان|امراتين"
FEW_HURT = re.compile(
    rf"(?<![{AR}])(?P<pre>[وف]?)ب?(?:جرح|اصابه|اصيب|اصيبت)\s+(?:(?P<one>(?:{_ONE})(?:ا|ه)?)|(?P<two>{_TWO}))(?![{AR}])"
)
# The killed and the wounded counted together: one count of casualties.
_KILLED_AND_WOUNDED = r"(?:ال)?(?:قتلي|قتيلا|قتيل)\s+(?:و|او\s+)(?:ال)?(?:جرحي|جريحا|جريح|مصابين|مصابا|مصاب)"
_AMONG = r"(?:ما\s+)?بين\s+(?:قتيل|قتلي)\s+و(?:جريح|جرحي|مصاب|مصابين)"
CASUALTIES = re.compile(
    rf"(?<![{AR}])(?P<pre>[وف]?){_QUAL}{_COUNT}{_MULT}(?P<who>)(?:\s+(?:{_KILLED_AND_WOUNDED})|(?:\s+[{AR}]{{3,}})?\s+{_AMONG})"
    rf"(?![{AR}])"
)
KILLED_AND_WOUNDED_THEN_COUNT = re.compile(
    rf"(?<![{AR}])(?P<pre>[وف]?)[لب]?(?:مقتل|قتل|سقوط|استشهاد)\s+(?:و|او\s+)(?:جرح|اصابه|اصابات|اصيب|اصيبوا|جرحوا)\s+"
    rf"{_QUAL}{_COUNT}{_MULT}{_WHO}"
    rf"(?![{AR}])"
)
# Things hit are not the wounded (إصابة 3 أهداف، أصيب 5 منازل).
_THINGS = frozenset({"اهداف", "هدفا", "منازل", "منزلا", "مباني", "اليات", "مركبات", "سيارات", "طائرات", "مواقع",
                     "دبابات", "دبابه", "مدرعات", "مدرعه", "عربات", "ناقلات"})  # fmt: skip
# A count of the sick, not of the wounded (إصابات بفيروس كورونا، أصيب 3 ملايين بالكوليرا، أصيبوا بأمراض).
_ILLNESS = re.compile(
    rf"(?<![{AR}])[بو]?(?:ال)?(?:فيروس|كورونا|كوفيد|الكوليرا|كوليرا|الحصبه|الملاريا|الايدز|مرض|امراض|وباء|تسمم|عدوي)"
    rf"(?![{AR}])"
)
_ILLNESS_CHARS = 40
_NOT_WHO = frozenset({"من", "في", "الي", "علي", "عن", "منذ", "خلال", "بعد", "قبل", "ايام", "اشهر", "سنوات", "عاما"})


class Injuries(NamedTuple):
    """A stated count of the wounded (``count`` None: the killed and the wounded counted together)."""

    start: int
    end: int
    count: int | None
    text: str


@read_unmarked
def injuries(text: str, norm: str, start: int, end: int) -> list[Injuries]:
    """The wounded stated in ``text[start:end]``, in order; a count of the killed and wounded together first
    (its span holds no other count)."""
    found = [
        _told(text, norm, m, end, casualties=True)
        for pattern in (CASUALTIES, KILLED_AND_WOUNDED_THEN_COUNT)
        for m in pattern.finditer(norm, start, end)
    ]
    for pattern in (HURT_TOLL, HURT_THEN_COUNT, COUNT_THEN_HURT):
        found += [_told(text, norm, m, end) for m in pattern.finditer(norm, start, end)]
    for m in FEW_HURT.finditer(norm, start, end):
        group = "one" if m.group("one") else "two"
        found.append(Injuries(m.end("pre"), m.end(), 1 if group == "one" else 2, text[m.end("pre") : m.end()]))
    kept: list[Injuries] = []
    for hurt in sorted((f for f in found if f is not None), key=lambda f: (f.start, -f.end)):
        if not any(k.start <= hurt.start < k.end or hurt.start <= k.start < hurt.end for k in kept):
            kept.append(hurt)
    return kept


def _told(text: str, norm: str, match: re.Match, end: int, casualties: bool = False) -> Injuries | None:
    """One count of the wounded as written, from its wounding word (its qualifier and a following على الأقل kept
    in the text); None when it counts things hit (إصابة 3 أهداف); with ``casualties`` no number."""
    who = match.group("who") or ""
    if who in _THINGS or who.removeprefix("ال") in _THINGS:
        return None
    raw = match.group("count")
    if _ILLNESS.search(norm, max(0, match.start() - 25), min(len(norm), match.end() + _ILLNESS_CHARS)):
        return None
    if who in _NOT_WHO and raw.isdigit() and not casualties:
        return None  # أصيب في 2015: a year or a day, not a count
    count = (int(raw) if raw.isdigit() else NUMBER_WORDS[raw]) * MULTIPLIERS.get(match.group("mult") or "", 1)
    first = match.end("pre")  # the phrase from its wounding word (إصابة نحو 20 شخصا، مقتل وجرح 30)
    last = match.end()
    least = AT_LEAST_AFTER.match(norm, last, min(end, last + 25))
    last = least.end() if least is not None else last
    return Injuries(first, last, None if casualties else count, text[first:last])


__all__ = ["Injuries", "injuries"]


# The killed and the wounded counted together (88 قتيلا وجريحا، عشرات القتلى والجرحى، 12 شخصا بين قتيل وجريح، مقتل
# وجرح 30): a count of casualties, not of the dead (مقتل 5 وجرح 10 still tells 5 dead).
_CASUALTY_PAIR = re.compile(
    rf"(?<![{AR}])(?:ال)?(?:قتلي|قتيلا|قتيل)\s+(?:و|او\s+)(?:ال)?(?:جرحي|جريحا|جريح|مصابين|مصابا|مصاب)(?![{AR}])"
)
_AMONG_KILLED_AND_WOUNDED = re.compile(rf"\s*(?:ما\s+)?بين\s+(?:قتيل|قتلي)\s+و(?:جريح|جرحي|مصاب|مصابين)(?![{AR}])")
_KILLED_AND_WOUNDED_BEFORE = re.compile(
    rf"(?<![{AR}])[وفلب]?(?:مقتل|قتل|سقوط|استشهاد)\s+(?:و|او\s+)(?:جرح|اصابه|اصابات|اصيب|اصيبوا|جرحوا)\s+"
    rf"(?:{alternation(QUALIFIERS)}\s*)?$"
)
_CASUALTY_CHARS = 40


def casualties(norm: str, start: int, end: int) -> bool:
    """Whether a count (``norm[start:end]``) is of the killed and the wounded together (``_CASUALTY_PAIR`` in it
    or right after it, ``_AMONG_KILLED_AND_WOUNDED`` right after it, ``_KILLED_AND_WOUNDED_BEFORE`` right before
    it)."""
    after = _CASUALTY_PAIR.search(norm[start : end + _CASUALTY_CHARS])
    if after is not None and after.start() <= end - start + 1:
        return True
    if _AMONG_KILLED_AND_WOUNDED.match(norm, end):
        return True
    return bool(_KILLED_AND_WOUNDED_BEFORE.search(norm, max(0, start - _CASUALTY_CHARS), start))
