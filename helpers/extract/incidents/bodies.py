"""The dead told without a killing word's count: bodies found (عثرت الشرطة على جثتي رجلين، انتشال 14 جثة), two told
by a dual subject and its dual verb (أفاد المصدر أن شخصين قتلا) and one dead told by a singular verb of dying
(الجندي الذي استشهد، توفي متأثرا بجراحه); read by ``details.fatalities``."""

from __future__ import annotations

import re
from typing import NamedTuple

from helpers.extract.incidents.tolls import NUMBER_WORDS
from helpers.text.arabic import AR
from helpers.text.patterns import alternation

# استشهد ب + a saying or a text is "cited", not "was killed" (as ``details._CITED``)
_CITED = (
    r"(?:\s+[^\s]+){0,2}?\s+[وف]?ب(?:قول|كلام|ما\s|تصريح|ايه|ايات|حديث|مقوله|تقرير|بيت|مثل|عباره|نص|شعر|احصاء|ارقام)"
)


class Found(NamedTuple):
    """A count of dead found: where it is told, the count and its text."""

    start: int
    end: int
    count: int
    text: str


# Bodies found (عثرت الشرطة على جثتي رجلين، انتشال جثث 7 أشخاص، العثور على 11 جثة، عثر على جثة طفل): the dead of a
# killing found, one for a body, two for a dual, else the count before or after «جثث».
_BODY = re.compile(rf"(?<![{AR}])[وبل]?(?:ال)?(?P<body>جثتي|جثتين|جثتان|جثث|جثه)(?![{AR}])")
_FOUND_BEFORE = re.compile(
    rf"(?<![{AR}])[وف]?(?:عثر|عثرت|عثروا|يعثر|تعثر|العثور|انتشال|انتشلت|انتشل|انتشلوا|وجدت|وجد|وجدوا|اكتشاف|اكتشفت"
    rf"|اكتشف)(?![{AR}])"
)
_FOUND_CHARS = 60
_BODY_COUNT_BEFORE = re.compile(rf"(?<![{AR}])(?P<count>\d+|{alternation(NUMBER_WORDS)})\s+$")
_BODY_COUNT_AFTER = re.compile(rf"\s+(?:ل)?(?P<count>\d+|{alternation(NUMBER_WORDS)})(?![{AR}\d])")
# One dead told by a singular verb of dying with no count (the count words of ``fatalities`` say none): a relative
# clause on the dead (الجندي الذي استشهد في الهجوم، التي لقيت حتفها) or a death of wounds (توفي متأثرا بجراحه، وافاه
# الأجل متأثرا بإصابته).
# The verb agrees with its relative (الذي استشهد، التي استشهدت) and has no resumptive pronoun of a place or a text
# after it (المدينة التي استشهد فيها مقيم، التقرير الذي استشهد به المتحدث): else the relative is not the dead.
ONE_DIED = re.compile(
    rf"(?<![{AR}])(?:الذي\s+(?:قد\s+)?(?:استشهد|لقي\s+(?:حتفه|مصرعه))|التي\s+(?:قد\s+)?(?:استشهدت|لقيت\s+(?:حتفها|مصرعها)))"
    rf"(?![{AR}])(?!\s+(?:فيه|فيها|به|بها|عليه|عليها|منه|منها)(?![{AR}]))(?!{_CITED})"
    rf"|(?<![{AR}])متاثر(?:ا|ه)?\s+ب(?:جراح|جروح|اصابت)(?:ه|ها)(?![{AR}])"
)


# و then no second dual verb (قتلا واصيب خمسة; not قتلا وجرحا: an active pair, the two are the doers).
_NOT_A_DUAL_VERB = rf"و(?![{AR}]+ا(?![{AR}]))"
# Two dead told by an indefinite dual subject after ان and a passive dual verb of dying (ان شخصين قتلا في، بان
# جنديين لقيا حتفهما): the count words of ``fatalities`` read no dual before its verb.
_TWO_DIED = re.compile(
    rf"(?<![{AR}])(?:ان|بان)\s+(?!ال)(?P<two>[{AR}]{{3,}}(?:ين|ان))(?:\s+(?:اثنين|اثنان|[{AR}]+ي(?:ين|ان)))?\s+(?:قد\s+)?"
    rf"(?:قتلا|استشهدا|قضيا|لقيا\s+(?:حتفهما|مصرعهما))(?![{AR}])"
    rf"(?=\s*(?:$|[،,.؛]|{_NOT_A_DUAL_VERB}|(?:في|خلال|جراء|اثر|بعد|اثناء|عندما|حين|برصاص|بنيران|بقصف|بانفجار)(?![{AR}])))"
)


# A count of a man's own men joined to him (القيادي الحوثي ... و12 من مرافقيه قتلوا): the man is one more dead.
_HIS_MEN = re.compile(r"(?:مرافقي|حراس|رفاق|اتباع|معاوني|مساعدي)(?:ه|ها)")
_JOINED_TO_ONE = re.compile(rf"(?<![{AR}\d])و\s*$")


def his_men(norm: str, at: int, who: str) -> bool:
    """Whether the count at ``at`` is of a man's own men (``who``) joined to him by و: he is one more dead."""
    return bool(_HIS_MEN.fullmatch(who)) and bool(_JOINED_TO_ONE.search(norm, max(0, at - 3), at))


def bodies(text: str, norm: str, span: tuple[int, int], kept: list) -> list:
    """The bodies found (``_BODY`` after a verb of finding, ``_FOUND_BEFORE``): one for a body, two for a dual,
    the count told before or after «جثث»; and two dead told by a dual subject (``_TWO_DIED``); none where a count
    of ``kept`` says it or no count is told."""
    start, end = span
    out: list = []
    for match in _BODY.finditer(norm, start, end):
        if not _FOUND_BEFORE.search(norm, max(start, match.start() - _FOUND_CHARS), match.start()):
            continue
        at, last, body = match.start("body"), match.end("body"), match.group("body")
        before = _BODY_COUNT_BEFORE.search(norm, max(start, at - 12), at)
        after = _BODY_COUNT_AFTER.match(norm, last, end) if body == "جثث" else None
        counted = before or after
        if counted is not None:
            raw = counted.group("count")
            count = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
            at, last = min(at, counted.start("count")), max(last, counted.end("count"))
        elif body == "جثث":
            continue  # bodies without a count: no number of dead
        else:
            count = 1 if body == "جثه" else 2
        if any(k.start <= at < k.end or at <= k.start < last for k in kept):
            continue
        out.append(Found(at, last, count, text[at:last]))
    for match in _TWO_DIED.finditer(norm, start, end):  # ان شخصين قتلا: two dead
        at, last = match.start("two"), match.end()
        if not any(k.start <= at < k.end or at <= k.start < last for k in (*kept, *out)):
            out.append(Found(at, last, 2, text[at:last]))
    return out


def one_died(text: str, match: re.Match) -> Found:
    """One dead told by a singular verb of dying (``_ONE_DIED``)."""
    return Found(match.start(), match.end(), 1, text[match.start() : match.end()])


_LAST_WORD = re.compile(rf"(?<![{AR}])[{AR}]+$")
# Words that may end a joined count without naming its victims: the others, of them, among them, according to.
_NOT_VICTIMS = frozenset({"اخرين", "اخرون", "منهم", "بينهم", "غالبيتهم", "معظمهم", "حسب", "بحسب", "وفق"})


def last_noun(text: str, norm: str, span: tuple[int, int], not_people: set[str], only: re.Pattern | None = None) -> str:
    """The word that ends ``norm[span]`` (ونحو 30 مدنيا: مدنيا): the victims a count joined last names, unless
    it is a number word or one of ``not_people`` (the wounded, a preposition), or (given ``only``, e.g. civilian
    nouns) a word ``only`` does not match with or without its tanween alef."""
    last = _LAST_WORD.search(norm, *span)
    if last is None or last.group() in not_people or last.group() in NUMBER_WORDS or last.group() in _NOT_VICTIMS:
        return ""
    if only is not None and not (only.fullmatch(last.group()) or only.fullmatch(last.group().removesuffix("ا"))):
        return ""
    if last.group()[:1] == "و" and last.group()[1:] not in NUMBER_WORDS:  # طفلا وامراه: the last one joined, not all
        return ""
    return text[last.start() : last.end()]
