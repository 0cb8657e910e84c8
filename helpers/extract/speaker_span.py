"""Where a speaker's name is written after a reporting verb or بحسب/وفقا لـ: the words up to a complementiser,
a preposition or punctuation, with a body's quoted name kept (منظمة "أطباء بلا حدود") and an addressee or "به"
skipped. Used by ``helpers.extract.attribution`` over the length-keeping normalised text.
"""

from __future__ import annotations

import re

from helpers.extract.reporting_cues import SPEAKER_STOP
from helpers.extract.speakers import (
    DESCRIBED_HEADS,
    DOCUMENT_HEADS,
    INSTITUTION_HEADS,
    MEDIA_HEADS,
    OFFICE_HEADS,
    TITLE_HEADS,
    bare_head,
    nationality_of,
)
from helpers.extract.statement_spans import QUOTED_NAME
from helpers.text.arabic import AR

_ADDRESSEE = re.compile(rf"لل[{AR}]{{3,}}(?![{AR}])\s*")
# A quoted name after بحسب/وفقا لـ ("رويترز"), not a possessed noun (بحسب "طبقاتهم الاجتماعية").
QUOTED_SOURCE = re.compile(rf"[\"«](?![{AR}]+(?:هم|هن|كم)(?![{AR}]))[^\"«»]{{2,40}}[\"»]")
_ABOUT_IT = re.compile(rf"(?:به|بها)\s+(?=[{AR}\"«])")
NAMED_HEADS = MEDIA_HEADS | INSTITUTION_HEADS
# An outlet's name holding إن (سي إن إن، إن بي سي): the speaker runs past it, what it says begins after it.
# A statement "issued by" its author (بيان صادر عن، رسالة صادرة عن، البيان الصادر عن): the author is the speaker.
_ISSUED_BY = re.compile(
    rf"[وفبل]?(?:ال)?(?:بيان|رساله|تصريح|تصريحات|تقرير|مذكره|وثيقه)\s+(?:ال)?(?:صادر|صادره)\s+(?:عن|من)\s+(?=[{AR}\"«])"
)
NAME_WITH_AN = re.compile(rf"\s*(?:سي\s+ان\s+ان|سي\s+ان\s+بي\s+سي|ان\s+بي\s+سي)(?![{AR}])")


def speaker_span(norm: str, start: int, limit: int) -> tuple[int, int]:
    """The span of the source after a reporting verb: up to eight words, stopping at إن/أن, punctuation..."""
    while start < limit and norm[start].isspace():
        start += 1
    if about := _ABOUT_IT.match(norm, start, limit):
        start = about.end()  # حسبما أفادت به وسائل إعلام: the source after "it"
    addressee = _ADDRESSEE.match(norm, start, limit)  # قال للصحافيين الوزير ...: who it was said to
    if addressee:
        start = addressee.end()
    named = NAME_WITH_AN.match(norm, start, limit)
    stop = SPEAKER_STOP.search(norm, named.end() if named else start, limit)
    while stop and stop.group() in '"«' and (name := QUOTED_NAME.match(norm, stop.start())) and name.end() < limit:
        head = norm[start : stop.start()].split()[-1:]
        if head and bare_head(head[0], NAMED_HEADS) not in NAMED_HEADS:
            break  # (قال الوزير "...": what he said)
        if not head:
            return start, name.end()  # وقالت "هيومن رايتس ووتش" إن: the name is the speaker
        stop = SPEAKER_STOP.search(norm, name.end(), limit)  # قالت منظمة "أطباء بلا حدود" إن: the name is the speaker's
    named_end = stop and stop.group() in '"«' and named_before(norm, start, stop.start())
    if named_end and (name := QUOTED_SOURCE.match(norm, stop.start(), limit)):  # وفقا لوكالة "فرانس برس".
        stop = SPEAKER_STOP.search(norm, name.end(), limit)  # (الوكالة السورية "سانا"، إن: the name too)
    comma = _COMMA.search(norm, stop.start(), limit) if stop and stop.group() in ("،", ",", "في") else None
    if comma and (name := appositive_name(norm, start, comma.start(), limit)):
        return name  # قال مدرب الفريق في المدينة، أرسين فينغر، إن: the name after the title
    end = stop.start() if stop else limit
    words = list(re.finditer(r"\S+", norm[start:end]))[:8]
    if not words:
        return start, start
    issuer = _ISSUED_BY.match(norm, start, limit)  # وفقا لبيان صادر عن وزير الخارجية: the minister speaks
    if issuer and issuer.end() > start + words[-1].end():
        return speaker_span(norm, issuer.end(), limit)
    return start, start + words[-1].end()


def named_before(norm: str, start: int, mark: int) -> bool:
    """The few words before a quotation mark hold a body's or an outlet's head (وكالة الأنباء السورية "سانا")."""
    words = norm[start:mark].split() if mark - start < 200 else []
    return 0 < len(words) <= 5 and any(bare_head(w, NAMED_HEADS) in NAMED_HEADS for w in words)


# The head of a title or a profession written before a name in apposition (قال مدرب أرسنال، أرسين فينغر، إن).
ROLE_HEADS = (
    TITLE_HEADS
    | {h.removeprefix("ال") for h in OFFICE_HEADS}
    | {
        "مدرب", "منسق", "منسقه", "محلل", "محلله", "مخرج", "مخرجه", "محامي", "محاميه", "طبيب", "طبيبه", "استاذ",
        "استاذه", "باحث", "باحثه", "كاتب", "كاتبه", "صحفي", "صحفيه", "مراسل", "مراسله", "مؤسس", "مؤسسه", "مالك",
        "عميد", "مهندس", "لاعب", "نجم", "حارس", "مساعد", "مساعده", "عضو", "الرئيس", "خبير", "خبيره", "مسؤول",
        "مسؤوله", "رئيسه", "مدير", "مديره",
    }
)  # fmt: skip
_APPOSED = re.compile(
    rf"[،,]\s*(?P<name>[{AR}]+(?:\s+[{AR}]+){{0,3}})\s*(?=[،,:\"«]|$|(?:ان|انه|انها|انهم|بان|بانه|بانها)(?![{AR}]))"
)
_NOT_NAMES = DESCRIBED_HEADS | DOCUMENT_HEADS | INSTITUTION_HEADS | MEDIA_HEADS | ROLE_HEADS
_COMMA = re.compile(r"[،,:\"«]")  # (the first of them: a comma, or no apposition)
_THAT = re.compile(r"[فبلو]?ان(?:ه|ها|هم|هما)?")  # (وبحسب الوزير، فإنه "...": no name)
_PRONOUNS = {"وهو", "وهي", "هو", "هي", "وهم", "هم"}
# A circumstantial participle or adverb in the accusative, not a name (قال الوزير، مستبعدا أي تدخل، إن؛ ضاحكا؛ مجددا)
_ACCUSATIVE = re.compile(rf"(?:م[{AR}]{{3,6}}|[{AR}]ا[{AR}]{{2}})ا")
_NOT_IN_NAMES = {"من", "اي", "الي", "علي", "عدد"}


def appositive_name(norm: str, start: int, comma: int, limit: int) -> tuple[int, int] | None:
    """The span of a name set off by a comma after a title (مدرب فريق أرسنال الإنجليزي، أرسين فينغر، إن), or None:
    the words before the comma start with a title's or a profession's head, and the one to four words after it
    are followed by a comma, a colon, a quote or إن, none of them definite at its start, a head, a nationality, a
    pronoun or a word a speaker's name stops at (قال مسؤول، طلب عدم ذكر اسمه، إن: no name)."""
    words = norm[start:comma].split()
    if not words or bare_head(words[0], ROLE_HEADS) not in ROLE_HEADS or words[0] in DESCRIBED_HEADS:
        return None  # (مسؤول أمني، طلب عدم ذكر اسمه: a source described, not named)
    found = _APPOSED.match(norm, comma, limit)
    if not found:
        return None
    name = found.group("name").split()
    if (
        name[0].startswith("ال")
        or SPEAKER_STOP.search(found.group("name"))
        or (_ACCUSATIVE.fullmatch(name[0]) and len(name) != 2)
        or any(w in _NOT_IN_NAMES for w in name)
        or any(
            bare_head(w, _NOT_NAMES) in _NOT_NAMES or nationality_of(w) or w in _PRONOUNS or _THAT.fullmatch(w)
            for w in name
        )
    ):
        return None
    return found.span("name")
