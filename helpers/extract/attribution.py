"""Who says what: reporting verbs, the source named after them, and the quoted span.

Rules over the length-keeping normalised text, so offsets index the display text.
A source is ``anonymous`` when its head noun is a vague one (مصدر، مصادر، شهود،
مسؤول بلا اسم...), ``named`` otherwise. A sentence that continues a quote
(وأضاف "...") inherits the previous speaker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from helpers.extract.article import Article
from helpers.text.arabic import AR
from helpers.text.normalize import normalize_letters
from helpers.text.patterns import alternation

REQUIRES = ("sentences", "norm")
ASSIGNS = ("attributions",)
_VERB_WORDS = (
    "قال|قالت|اكد|اكدت|اضاف|اضافت|اوضح|اوضحت|افاد|افادت|ذكر|ذكرت|اعلن|اعلنت|لفت|لفتت|اشار|اشارت|صرح|صرحت"
    "|كشف|كشفت|نقل|نقلت|تابع|تابعت|يقول|تقول|يؤكد|تؤكد|نفي|نفت|اعتبر|اعتبرت|حذر|حذرت|شدد|شددت|رجح|رجحت"
    "|توقع|توقعت|زعم|زعمت|ادعي|ادعت|روي|روت"
)
# a trie: each verb is whole (the lookarounds below), so the order the engine tries them in is no matter
_VERBS = alternation(_VERB_WORDS.split("|"))
REPORTING_VERB = re.compile(rf"(?<![{AR}])[وف]?(?P<verb>{_VERBS})(?![{AR}])")
ATTRIBUTION_PREP = re.compile(rf"(?<![{AR}])[وف]?(?P<verb>بحسب|حسب|وفق|وفقا ل|نقلا عن|علي لسان)(?![{AR}])")
CONTINUATION = re.compile(rf"(?<![{AR}])(?P<verb>لافتا|مؤكدا|مشيرا|موضحا|مضيفا|متوقعا|قائلا|محذرا)(?![{AR}])")
# Where the source's name stops: a complementiser, a preposition, punctuation or a quote.
_STOP = re.compile(
    rf"(?<![{AR}])(?:ان|انه|انها|فان|بان|لان|في|خلال|امس|اليوم|عن|الي|علي)(?![{AR}])|[،,:؛.\"«»()]|\s[لب]ـ"
)
# A reporting verb introduces a statement only when a complementiser, a colon or a quote follows it.
_INTRODUCES = re.compile(rf"(?<![{AR}])(?:ان|انه|انها|بان)(?![{AR}])|[:\"«]")
ANONYMOUS_HEADS = {
    "مصدر", "مصادر", "شهود", "شاهد", "سكان", "مراقبون", "محللون", "خبراء", "جهات", "اوساط", "مسؤول", "مسؤولون",
    "مسؤولين", "متحدث", "ناشطون", "ناشطين", "تقارير", "معلومات", "المصدر", "المصادر", "الشهود",
}  # fmt: skip
# Heads that are anonymous only when indefinite: مسؤول عسكري is anonymous, المسؤول الإعلامي لغرفة... is a role.
ROLE_HEADS = {"مسؤول", "مسؤولون", "مسؤولين", "متحدث"}
_SPOKEN_TO = re.compile(r"ل\u0640*\s*[\"«]\s*([^\"»]{2,40})\s*[\"»]")
_QUOTE = re.compile(r"[\"«]([^\"«»]{3,})[\"»]")

QUOTE_COLUMNS = [
    "article_id",
    "sentence_id",
    "start",
    "end",
    "speaker",
    "source_kind",
    "verb",
    "spoken_to",
    "quote_start",
    "quote_end",
    "quote",
]
# The ``quote`` column holds at most this many characters of a statement: a statement runs to the end of its
# sentence when no quotation marks close it, and in a huge "sentence" (a dump without punctuation) each of its
# many statements would otherwise repeat most of it. No real sentence comes near (ANT's longest: 1.6k).
MAX_QUOTE_CHARS = 5_000
QUOTE_ACTOR_COLUMNS = ["speaker_canonical", "speaker_id", "speaker_english", "speaker_type"]


@dataclass
class Attribution:
    """One attributed statement within a sentence."""

    start: int
    end: int
    speaker: str
    source_kind: str
    verb: str
    spoken_to: str
    quote_start: int
    quote_end: int
    verb_start: int = -1
    verb_end: int = -1


def _speaker_span(norm: str, start: int, limit: int) -> tuple[int, int]:
    """The span of the source after a reporting verb: up to six words, stopping at إن/أن, punctuation..."""
    while start < limit and norm[start].isspace():
        start += 1
    stop = _STOP.search(norm, start, limit)
    end = stop.start() if stop else limit
    words = list(re.finditer(r"\S+", norm[start:end]))[:8]
    if not words:
        return start, start
    return start, start + words[-1].end()


def source_kind(speaker: str) -> str:
    """``anonymous`` for vague sources (مصدر عسكري، مصادر مطلعة), ``named`` otherwise, ``unknown`` if empty."""
    words = normalize_letters(speaker).split()
    if not words:
        return "unknown"
    head = words[0]
    if head.startswith("ال") and head[2:] in ROLE_HEADS:
        return "named"
    if head in ANONYMOUS_HEADS:
        return "anonymous"
    return "named"


def attributions(
    text: str, start: int = 0, end: int | None = None, previous: str = "", norm: str | None = None
) -> list[Attribution]:
    """Attributions in ``text[start:end]`` (a sentence); ``previous`` is the last speaker before it.

    ``norm`` is ``normalize_letters(text)`` when the caller has it already (one article, many sentences).
    """
    end = len(text) if end is None else end
    norm = normalize_letters(text) if norm is None else norm
    found: list[Attribution] = []
    quotes = _Quotes(norm, start, end) if end - start > _LONG_SENTENCE else None
    for pattern in (REPORTING_VERB, ATTRIBUTION_PREP):
        for match in pattern.finditer(norm, start, end):
            if pattern is REPORTING_VERB and not _INTRODUCES.search(norm, match.end(), min(end, match.end() + 90)):
                continue
            s, e = _speaker_span(norm, match.end(), end)
            speaker = text[s:e]
            if not speaker.strip() or speaker.strip().startswith(('"', "«")):
                speaker, s, e = previous, match.start(), match.start()
            spoken = _SPOKEN_TO.search(norm, match.end(), min(end, match.end() + 80))
            after = spoken.end() if spoken else match.end()
            quote = quotes.first_from(after) if quotes else _QUOTE.search(norm, after, end)
            q_start, q_end = (quote.start(1), quote.end(1)) if quote else (e, end)
            found.append(
                Attribution(
                    s,
                    e,
                    speaker.strip(),
                    source_kind(speaker),
                    text[match.start("verb") : match.end("verb")],
                    text[spoken.start(1) : spoken.end(1)].strip() if spoken else "",
                    q_start,
                    q_end,
                    match.start("verb"),
                    match.end("verb"),
                )
            )
    if not found and previous:
        cont = CONTINUATION.search(norm, start, end)
        if cont:
            found.append(
                Attribution(
                    cont.start(), cont.start(), previous, source_kind(previous), cont.group("verb"), "", cont.end(), end,
                    cont.start(), cont.end(),
                )
            )
    return sorted(found, key=lambda a: a.start)


# A sentence longer than this has its quotes listed once (``_Quotes``), not searched for from each verb to
# its end (a long quote-less dump made that quadratic).
_LONG_SENTENCE = 2_000


class _Quotes:
    """The quotes of one long sentence, each found once: ``first_from(pos)`` is ``_QUOTE.search(norm, pos,
    end)``. A quote starts at an opening mark and nothing before the mark bears on it, so the search from a
    point finds the first mark after it where a quote matches; a match attempt stops at the next mark, so
    trying every mark once is linear."""

    def __init__(self, norm: str, start: int, end: int) -> None:
        self.found = [m for m in (_QUOTE.match(norm, o.start(), end) for o in _OPENING.finditer(norm, start, end)) if m]
        self.starts = [m.start() for m in self.found]

    def first_from(self, pos: int) -> re.Match[str] | None:
        """The first quote starting at or after ``pos``."""
        i = bisect.bisect_left(self.starts, pos)
        return self.found[i] if i < len(self.found) else None


_OPENING = re.compile(r"[\"«]")  # where a ``_QUOTE`` can start


def find_attributions(article: Article) -> None:
    """The attribution component: the attributed statements of every sentence, a sentence that continues a
    quote inheriting the last speaker before it."""
    text, norm, previous = article.text, article.norm, ""
    for sentence_id, (s, e) in enumerate(article.sentences):
        found = attributions(text, s, e, previous, norm)
        article.attributions[sentence_id] = found
        for a in found:
            if a.speaker:
                previous = a.speaker


def quote_rows(article: Article) -> Iterator[tuple]:
    """The article's rows of the ``quotes`` table (``QUOTE_COLUMNS``, then the linked actor's
    ``QUOTE_ACTOR_COLUMNS`` set by ``reconcile``, then the outlet)."""
    text, outlet = article.text, article.record.get("outlet", "")
    for sentence_id, a, actor in article.quotes:
        end = min(a.quote_end, a.quote_start + MAX_QUOTE_CHARS)  # (the offsets keep the whole of it)
        quote = text[a.quote_start : end].strip(' ،,.:"«»\n')
        yield (
            article.article_id, sentence_id, a.start, a.end, a.speaker, a.source_kind, a.verb, a.spoken_to,
            a.quote_start, a.quote_end, quote, *actor, outlet,
        )  # fmt: skip
