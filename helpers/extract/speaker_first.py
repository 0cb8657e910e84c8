"""A speaker written before its reporting verb, the sentence's subject (المسؤولون الإيرانيون قالوا إنهم ...؛
الخبير يرى أن ...), and carried to a second verb joined by و (تركيا تعتبر الحزب منظمة إرهابية وتقول إن ...).

Rules over the length-keeping normalised text, used by ``helpers.extract.attribution`` when nothing is written
after the verb.
"""

from __future__ import annotations

import re

from helpers.extract.reporting_cues import REPORTING_VERB, SPEAKER_STOP
from helpers.extract.speakers import gender
from helpers.text.arabic import AR

# At most this many words before the verb make its subject (a name and a title, a noun and its adjectives).
SUBJECT_WORDS = 4
# Words that open a clause but are not its subject: particles, adverbs, a fronted complement.
_NOT_SUBJECT = {
    "قد", "لقد", "لم", "لن", "لا", "ما", "ثم", "كما", "اذ", "حيث", "اما", "لكن", "لكنه", "لكنها", "بل", "هكذا",
    "كذلك", "ايضا", "تعليقا", "ردا", "لاحقا", "سابقا", "مؤخرا", "اخيرا", "حينها", "عندها", "عندئذ", "بينما", "فيما",
    "هو", "هي", "هم", "انه", "انها", "بدوره", "بدورها", "بدورهم", "كان", "كانت", "وكان", "وكانت", "يذكر", "يشار",
    "من", "الذي", "التي", "الذين", "اذا", "لو", "كل", "بعض", "هنا", "هناك", "و", "ف", "ذلك", "هذا", "هذه", "تلك",
    "بعدما", "عندما", "حينما", "كلما", "لما", "طالما", "ريثما", "قبلما", "مثلما", "وقد",
    # a fronted adverbial before a verb whose subject is dropped (وحول الاتهامات قال، ولدى وصوله قال، وفي السنة
    # الفائتة قالت، الشهر المنصرم قال): not its subject
    "في", "عن", "مع", "خلال", "بعد", "قبل", "عبر", "الي", "حول", "عقب", "اثر", "لدي", "عند", "امام", "بشان",
    "بخصوص", "ازاء", "اثناء", "منذ", "فور", "ابان", "قبيل", "بعيد", "تجاه", "رغم", "بسبب", "جراء", "حتي",
    "الشهر", "الاسبوع", "العام", "السنه", "اليوم", "الليله", "يوم", "شهر", "اسبوع", "عام", "سنه",
}  # fmt: skip
_TRAILING_PARTICLES = {"لا", "لم", "لن", "قد", "لقد"}  # (المحللون لا يرون: the subject is المحللون)
_SPAN_CHARS = 25  # characters a subject's word takes at most, on average
_LOOK_BACK = 300  # characters before a verb looked at for a clause's subject or a relative clause
_DIGIT = re.compile(r"[0-9\u0660-\u0669]")
_WORD = re.compile(rf"[{AR}\"«»]+")
_ONLY_WORDS = re.compile(rf"[\s{AR}\"«»]*")


# A subject set off by a relative clause between commas: "الرئيس السابق فلان، الذي ...، تساءل".
_RELATIVE_APPOSITION = re.compile(r"[،,]\s*(?:الذي|التي|الذين)\s")
_CLAUSE = re.compile(rf"(?<![{AR}])و?(?:لكن|بينما)\s+")  # (not a bare comma: "…، لطائرة قالت إنها" is a relative)
_ENDS_WITH_COMMA = re.compile(r"[،,]\s*$")


def _subject(norm: str, start: int, end: int, most: int = SUBJECT_WORDS) -> tuple[int, int] | None:
    """The span of ``norm[start:end]`` when it reads as a subject: one to ``most`` words, none a stop word, a
    particle, punctuation or a number."""
    if end - start > _SPAN_CHARS * most:
        return None  # (a subject is a few words: nothing longer is looked at)
    words = list(_WORD.finditer(norm, start, end))
    if not 1 <= len(words) <= most or not _ONLY_WORDS.fullmatch(norm, start, end):
        return None
    first = words[0].group().strip('"«»')
    if (
        first in _NOT_SUBJECT
        or (first[:1] in ("و", "ف") and first[1:] in _NOT_SUBJECT)
        or SPEAKER_STOP.search(norm, start, end)
        or _DIGIT.search(norm, start, end)
    ):
        return None
    if any(REPORTING_VERB.fullmatch(w.group()) for w in words):
        return None
    while len(words) > 1 and words[-1].group() in _TRAILING_PARTICLES:
        words.pop()
    return words[0].start(), words[-1].end()


def subject_first(norm: str, start: int, verb: re.Match[str]) -> tuple[int, int] | None:
    """The speaker written before ``verb`` at the start of its sentence (``start``): the words before it, or
    before the sentence's first reporting verb when ``verb`` is joined to it by و and agrees with it
    (تركيا تعتبر ... وتقول: Turkey says it). None when no such subject is written."""
    found = _subject(norm, start, verb.start())
    if found:
        return found
    near = max(start, verb.start() - _LOOK_BACK)  # (only the few words before the verb are looked at)
    clauses = list(_CLAUSE.finditer(norm, near, verb.start()))  # (…، لكن خبراء التكنولوجيا يقولون إن)
    if clauses and (found := _subject(norm, clauses[-1].end(), verb.start())):
        return found  # the subject of a clause after لكن/بينما
    if near > start:
        return None  # (the sentence's start is far before the verb)
    relative = _RELATIVE_APPOSITION.search(norm, start, verb.start())
    if relative and _ENDS_WITH_COMMA.search(norm, relative.end(), verb.start()):
        return _subject(norm, start, relative.start(), most=2 * SUBJECT_WORDS)
    first = REPORTING_VERB.search(norm, start, verb.start())
    if not first or not verb.group().startswith("و") or gender(first.group("verb")) != gender(verb.group("verb")):
        return None
    return _subject(norm, start, first.start())
