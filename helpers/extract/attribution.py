"""Who says what: reporting verbs (and بحسب/وفق, a title's colon), the speaker written after them, the outlet
spoken to, and the quoted span.

Rules over the length-keeping normalised text, so offsets index the display text. The speaker's words and
kind come from ``helpers.extract.speakers``; a speaker not written after the verb (a pronoun or dropped
subject, a continued quote) gets an empty span here and is resolved by ``reconcile``, which also links
speakers to actors. ``source_kind`` (anonymous/named) is kept beside ``speaker_kind``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from helpers.extract.article import Article
from helpers.extract.quote_marks import LONG_SENTENCE, QUOTE, Quotes, closes_soon, quoted_spans, still_quoting
from helpers.extract.reporting_cues import (
    ACCORDANCE_HEADS,
    ADMITTED,
    ANNOUNCED,
    ANNOUNCED_AFTER_APPOSITION,
    ATTRIBUTION_PREP,
    CONTINUATION,
    COPULAS,
    DESCRIBED_AS,
    DOCUMENT_CUES,
    DOCUMENT_SAYS,
    INTRODUCES,
    MARKED_VERB,
    NAMES_A_BODY,
    OPINION_BEFORE,
    PREP_CUES,
    REPORTING_VERB,
    SOMETHING_SAID,
    SPEAKER_STOP,
    STATEMENT_BEFORE,
    TRANSFER_BEFORE,
    VERBS,
    WHAT_SAID,
)
from helpers.extract.speaker_first import subject_first
from helpers.extract.speaker_span import NAME_WITH_AN, NAMED_HEADS, QUOTED_SOURCE, named_before, speaker_span
from helpers.extract.speakers import (
    DESCRIBED_HEADS,
    bare_head,
    headline_speaker,
    nationality,
    place_then_object,
    trails_its_statement,
    written_kind,
)
from helpers.extract.statement_spans import (
    ADVERB_FIRST,
    HAD_DONE,
    OWN_QUOTE,
    OWN_WORDS,
    QUOTED_NAME,
    REFUSED,
    TITLED,
    TO_OUTLET,
    WORD,
    apart,
    end_statements,
    listed,
    subject_before,
    told_before,
)
from helpers.text.arabic import AR, MARKS, strip_marks
from helpers.text.normalize import normalize_letters
from helpers.text.patterns import holds_any

REQUIRES = ("sentences", "norm")
ASSIGNS = ("attributions",)
_WHICH = re.compile(rf"(?<![{AR}])(?:الذي|التي)\s+(?:[{AR}]+\s+){{0,3}}[وف]?[{AR}]+$")
_PREP_BEFORE = re.compile(rf"(?<![{AR}])[بلك]\u0640*\s*$")
_ABOUT = re.compile(rf"(?<![{AR}])عن(?![{AR}])")
_UNVEILED = re.compile(rf"\s*(?<![{AR}])(?:النقاب|الستار)$")  # كشفت الشرطة النقاب عن: not the speaker's name
_POINTS_TO = re.compile(rf"(?<![{AR}])الي(?![{AR}])")
_COMMA_IN = re.compile(r"[،,]")
_MARKS_IN = re.compile(r"\s*[\"«»]\s*")
_NAMED_SAYS = re.compile(rf"\s*[،,]?\s*(?:ان|انه|انها|انهم|بان|بانه|بانها)(?![{AR}])")  # (اعتبر "حزب الله" أن)
_COLON_QUOTE = re.compile(r":\s*(?=[\"«])")
_SAYS_NEXT = re.compile(rf"\s*(?:[:\"«]|(?:ان|انه|انها|انهم|بان|بانه|بانها)(?![{AR}]))")
_THAT_FIRST = re.compile(rf"\s*(?:ان|انه|انها|انهم|بان)(?![{AR}])")
_SAID_NEXT = re.compile(rf"\s*[وف](?:{VERBS})(?![{AR}])")
_AFTER_APPOSITION = re.compile(rf"(?<=[،,] )(?:ان|انه|انها|انهم|بان|بانه|بانها)(?![{AR}])")
_POINTS_TO_THAT = re.compile(rf"(?<![{AR}])الي\s+(?:ان|انه|انها|انهم)(?![{AR}])")
_REPORTED_FROM = re.compile(rf"\s*(?:نقلا\s+)?عن\s+(?=[{AR}]{{2,}})")  # نقلت رويترز عن مسؤولين: the officials said it
_RELATIVE_BEFORE = re.compile(rf"(?<![{AR}])(?:ما|الذي|التي|مما|الذين|اللذين|اللتين|اللواتي|اللاتي)\s+$")
# A verb after these reports what came before it: "..., حسبما أكد المرصد".
_URGED = re.compile(  # (وكان X قد دعا ...، مؤكدا: a speaker; وكان الهجوم قد وقع: not)
    rf"(?:دعا|دعت|طالب|طالبت|ناشد|ناشدت|حث|حثت|اتهم|اتهمت|هدد|هددت|رحب|رحبت|انتقد|انتقدت|ادان|ادانت|شدد|شددت)"
    rf"(?![{AR}])"
)
_IN_RELATIVE = re.compile(rf"(?<![{AR}])(?:الذي|التي|الذين|اللذين|اللتين)\s+(?:[{AR}]+\s+){{0,3}}$")
_AS_SAID = re.compile(rf"(?<![{AR}])(?:حسبما|كما|وفقما|بحسب ما|حسب ما|مثلما)\s+$")
_OUTLET = re.compile(
    rf"(?<![{AR}])(?:ل\u0640*\s*|لـ\s*|مع\s+)(?P<outlet>(?:بي بي سي|سكاي نيوز عربيه|سكاي نيوز|رويترز|فرانس برس|"
    rf"الجزيره|العربيه|سي ان ان|اسوشيتد برس|الاناضول|(?:صحيفه|وكاله|قناه|موقع|اذاعه|مجله|شبكه)\s+[{AR}]+"
    rf"(?:\s+(?:نيوز|عربيه|بوست|تايمز|الاوسط|اليوم|عربي))?))(?![{AR}])"
)
ANONYMOUS_HEADS = DESCRIBED_HEADS
# Heads that are anonymous only when indefinite: مسؤول عسكري is anonymous, المسؤول الإعلامي لغرفة... is a role.
ROLE_HEADS = {"مسؤول", "مسؤولون", "مسؤولين", "متحدث"}
_SPOKEN_TO = re.compile(  # (its own ل: the ل of الموقع "..." is the article's)
    rf"(?<![{AR}])ل\u0640*\s*(?:(?:صحيفه|جريده|وكاله|قناه|موقع|اذاعه|مجله|شبكه|تلفزيون)\s+)?[\"«]\s*([^\"»]{{2,40}})\s*[\"»]"
)

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
    "speaker_kind",
    "speaker_country",
]
# The ``quote`` column holds at most this many characters of a statement: a statement runs to the end of its
# sentence when no quotation marks close it, and in a huge "sentence" (a dump without punctuation) each of its
# many statements would otherwise repeat most of it. No real sentence comes near (ANT's longest: 1.6k).
MAX_QUOTE_CHARS = 5_000
QUOTE_ACTOR_COLUMNS = ["speaker_canonical", "speaker_id", "speaker_english", "speaker_type"]


@dataclass
class Attribution:
    """One attributed statement within a sentence. ``start == end`` when the speaker is not written (a pronoun
    or dropped subject, a continued quote): ``reconcile`` then gives it the speaker it continues."""

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
    speaker_kind: str = ""
    speaker_country: str = ""


def _prep_source(norm: str, after: int, limit: int) -> int | None:
    """Where the source written after بحسب/وفقا لـ starts: after ما and its reporting verb (بحسب ما ذكرته
    الوكالة), or None when ما is followed by no such verb (بحسب ما جرى)."""
    said = WHAT_SAID.match(norm, after, limit)
    if said:
        return said.end()
    if SOMETHING_SAID.match(norm, after, limit):
        return None
    return after


def _prep_speaker(speaker: str, said: bool) -> bool:
    """Whether the words after بحسب/وفقا لـ name a source: some are written and not a rule (وفقا للقانون), or
    none after ما and a verb (حسب ما أوضح في ...: its subject is the one before)."""
    words = normalize_letters(speaker).split()
    return bare_head(words[0], ACCORDANCE_HEADS) not in ACCORDANCE_HEADS if words else said


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


def _introduction(norm: str, match: re.Match[str], end: int) -> int | None:
    """Where what a reporting verb introduces starts (its أن, colon, quote, announced noun), or None."""
    verb = strip_marks(match.group("verb"))
    window = min(end, match.end() + 90)
    named = NAME_WITH_AN.match(norm, match.end(), window)
    introduces = DESCRIBED_AS if verb.startswith("وصف") else INTRODUCES
    found = introduces.search(norm, named.end() if named else match.end(), window)
    while found and found.group() == '"' and norm.count('"', match.end(), found.start()) % 2:
        found = introduces.search(norm, found.end(), window)  # (بـ"شكل غير قانوني": its closing mark opens nothing)
    first = found
    while found and found.group() in '"«':
        name = QUOTED_NAME.match(norm, found.start(), end)
        if not name and named_before(norm, match.end(), found.start()):
            name = QUOTED_SOURCE.match(norm, found.start(), end)  # قالت منظمة "هيومن رايتس ووتش"، إن
            name = name if name and INTRODUCES.search(norm, name.end(), window) else None
        if name and name.end() <= window and TO_OUTLET.search(norm, max(0, found.start() - 20), found.start()):
            break  # قال لـ"الصحيفة": the outlet spoken to, what is said follows it
        if not (name and name.end() <= window):  # تقرير بعنوان "...": a title, however long
            titled = TITLED.search(norm, max(0, found.start() - 12), found.start())
            name = QUOTE.match(norm, found.start(), end) if titled else None
        if not name or _SAID_NEXT.match(norm, name.end()):
            break  # اعتبرت الأمم المتحدة السياسة "غير إنسانية" وقالت: a short statement, then the next one
        window = min(end, window + name.end() - found.start())  # (a name or a title does not count to the window)
        found = INTRODUCES.search(norm, name.end(), window)  # a quoted name, not what is said
    if found and found.group() == ":" and listed(norm, found.start()):
        found = first = None  # حملت شعار: "..."، أبرزها: "...": a slogan, a title, a list
    if not found and _COMMA_IN.search(norm, match.end(), min(end, match.end() + 250)):  # قال فلان، رئيس ...، إن
        found = _AFTER_APPOSITION.search(norm, match.end(), min(end, match.end() + 250))
        colon = None if found else _COLON_QUOTE.search(norm, match.end(), min(end, match.end() + 250))
        if colon and not _verb_between(norm, match.end(), colon.start()) and not listed(norm, colon.start()):
            found = colon  # وقالت فلانة، 38 عاما، وهي ...، لوكالة رويترز من داخل متجر: "..."
    if found and found.group()[0] not in ':"«' and _verb_between(norm, match.end(), found.start()):
        return None  # تعتبر تركيا الحزب منظمة إرهابية وتقول إن: the أن is the next verb's
    if verb in COPULAS and first and first.group() in '"«' and not norm[match.end() : first.start()].strip():
        said = QUOTE.match(norm, first.start(), end)  # نقل السفارة يعتبر "باطلا": is deemed, no speaker
        deemed = said and len(said.group(1).split()) <= 3 and not _THAT_FIRST.match(said.group(1))
        if deemed and not _NAMED_SAYS.match(norm, said.end(), end):
            return None  # (اعتبر "أن ما حدث جريمة ...": what he said)
    if verb in ADMITTED and (
        not found
        or (norm[speaker_span(norm, match.end(), found.start())[1] : found.start()].strip() and found.group()[0] != "ب")
    ):
        return None  # أقر البرلمان قانونا ينص على أن: passed, not admitted (but أقر فلان خلال مؤتمره ... بأنه)
    if verb in ("اعلن", "اعلنت"):
        announced = ANNOUNCED.search(norm, match.end(), window) or ANNOUNCED_AFTER_APPOSITION.search(
            norm, match.end(), min(end, match.end() + 250)
        )  # أعلن آمر الغرفة، اللواء فلان، السيطرة على ...
        if announced and NAMES_A_BODY.search(norm, max(0, announced.start() - 12), announced.start()):
            announced = None  # أعلنت حركة فتح أن، منظمة حظر الأسلحة الكيميائية: the body's name, not an act
        if announced and (not found or announced.start() < found.start()):
            return announced.start()
    if verb in ("اشار", "اشارت", "لفت", "لفتت") and not found:
        points = _POINTS_TO_THAT.search(norm, match.end(), min(end, match.end() + 200))  # (after an apposition)
        if not points or _verb_between(norm, match.end(), points.start()):
            points = _POINTS_TO.search(norm, match.end(), window)
        return points.start() if points else None
    if verb.startswith("كشف") and not found and (about := _ABOUT.search(norm, match.end(), window)):
        return None if _verb_between(norm, match.end(), about.start()) else about.start()  # كشف الوزير عن خطة
    if found:
        return found.start()
    if (
        first
        and not _PREP_BEFORE.search(norm, max(0, first.start() - 3), first.start())  # (حذرت سفينة دخلت بـ"شكل")
        and verb not in ("راي", "رات")  # (رأى الجنود "الجحيم": saw it)
        and (verb in ("اعلن", "اعلنت", "حذر", "حذرت") or _said_straight(norm, match.end(), first.start()))
    ):
        return first.start()  # أعلن حفتر "ساعة الصفر" لتحرير المدينة: nothing else follows, the quoted term is it
    return match.start() if _AS_SAID.search(norm, max(0, match.start() - 12), match.start()) else None


def _said_straight(norm: str, verb_end: int, mark: int) -> bool:
    """A quotation at ``mark`` follows the speaker named after the verb (قال الرئيس "مصر لن تركع" خلال كلمته):
    not an outlet spoken to, nor the name of a body (وكالة "سانا"), nor straight after the verb."""
    if norm[mark] not in '"«' or TO_OUTLET.search(norm, max(0, mark - 20), mark):
        return False
    words = norm[verb_end:mark].split()
    named = bool(words) and bare_head(words[-1], NAMED_HEADS) in NAMED_HEADS
    return bool(words) and not named and not SPEAKER_STOP.search(norm, verb_end, mark)


def _verb_between(norm: str, start: int, end: int) -> bool:
    """A reporting verb (not one governed by رفض/عدم) lies in ``norm[start:end]``."""
    return any(
        not REFUSED.search(norm, max(0, m.start() - 8), m.start())
        and not _opinion_noun(norm, m)
        and not (
            _IN_RELATIVE.search(norm, max(0, m.start() - 40), m.start()) and not _subject_after(norm, m.end(), end)
        )
        for m in REPORTING_VERB.finditer(norm, start, end)
    )  # (الوزير الذي قال أمس إن ...، أن: the relative clause's verb does not take the main verb's أن; but in
    # وتعتبر توغو أكبر الرابحين من الاتفاق الذي يقول الخبراء إنه، the experts' verb takes it)


def _opinion_noun(norm: str, m: re.Match[str]) -> bool:
    """رأي as the noun "opinion" or an outlet's name (مقال رأي، استطلاع رأي، صحيفة رأي اليوم), not a verb."""
    return m.group("verb") == "راي" and bool(OPINION_BEFORE.search(norm, max(0, m.start() - 12), m.start()))


def _subject_after(norm: str, pos: int, end: int) -> bool:
    """After a relative pronoun, the verb ending at ``pos`` has its own subject and أن (الذي يقول الخبراء إنه:
    the experts say it; not الذي أعلن استقالته، أن)."""
    if not _WHICH.search(norm, max(0, pos - 40), pos):
        return False
    s, e = speaker_span(norm, pos, min(end, pos + 80))
    return e > s and bool(INTRODUCES.match(norm, e + len(norm[e:end]) - len(norm[e:end].lstrip())))


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """``pos`` lies in one of the sorted, disjoint ``spans``."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def attributions(
    text: str, start: int = 0, end: int | None = None, previous: str = "", norm: str | None = None
) -> list[Attribution]:
    """Attributions in ``text[start:end]`` (a sentence); ``previous`` is the last speaker before it.

    ``norm`` is ``normalize_letters(text)`` when the caller has it already (one article, many sentences).
    """
    end = len(text) if end is None else end
    norm = normalize_letters(text) if norm is None else norm
    found: list[Attribution] = []
    quotes = Quotes(norm, start, end) if end - start > LONG_SENTENCE else None
    quoted = quoted_spans(norm, start, end)
    verbs = MARKED_VERB if MARKS.search(norm, start, end) else REPORTING_VERB
    preps = holds_any(norm, start, end, PREP_CUES)  # (only a speed-up: the pattern holds one of them)
    patterns = (verbs, ATTRIBUTION_PREP) if preps else (verbs,)
    if holds_any(norm, start, end, DOCUMENT_CUES):
        patterns += (DOCUMENT_SAYS,)
    for pattern in patterns:
        for match in pattern.finditer(norm, start, end):
            if (
                _inside(quoted, match.start("verb"))
                or (
                    _RELATIVE_BEFORE.search(norm, max(0, match.start() - 8), match.start())
                    and (pattern is DOCUMENT_SAYS or not _subject_after(norm, match.end(), end))
                )  # (الأمر الذي قالت الوزارة إنه: the ministry said it)
                or REFUSED.search(norm, max(0, match.start() - 8), match.start())
                or _opinion_noun(norm, match)
                or (match.group() == "نقل" and TRANSFER_BEFORE.search(norm, max(0, match.start() - 10), match.start()))
            ):
                continue  # a verb inside a quotation is part of what was said; "ما قاله" is not a statement
            intro = _introduction(norm, match, end) if pattern is not ATTRIBUTION_PREP else end
            if intro is None:
                continue
            limit = intro if intro > match.end() else end
            spoken = _SPOKEN_TO.search(norm, match.end(), min(end, match.end() + 80)) or _OUTLET.search(
                norm, match.end(), min(limit, match.end() + 80)
            )
            after_verb, relayer = match.end(), ""
            if pattern is ATTRIBUTION_PREP and OWN_WORDS.match(norm, match.end()):
                continue  # حسب قوله، بحسب وصفه: the statement's own speaker, already attributed
            if pattern is ATTRIBUTION_PREP:  # بحسب ما نقلت وكالة الأناضول: the source follows the verb
                after_verb = _prep_source(norm, after_verb, limit)
                if after_verb is None:
                    continue
            if strip_marks(match.group("verb")) in ("نقل", "نقلت"):
                relayed = _REPORTED_FROM.match(norm, after_verb, limit)
                after_verb = relayed.end() if relayed else after_verb
            s, e = speaker_span(norm, after_verb, min(limit, spoken.start()) if spoken else limit)
            e = veil.start() if e > s and (veil := _UNVEILED.search(norm, s, e)) else place_then_object(norm, s, e)
            relayed = _REPORTED_FROM.match(norm, e, limit) if after_verb == match.end() and e > s else None
            relays = strip_marks(match.group("verb")) in ("نقل", "نقلت") or (relayed and "نقلا" in relayed.group(0))
            if relayed and relays:  # نقلت رويترز عن مسؤولين، ذكرت الوكالة نقلا عن مصادر: they said it
                relayer = _MARKS_IN.sub(" ", text[s:e]).strip(' "«»')
                s, e = speaker_span(norm, relayed.end(), limit)
            if adverb := ADVERB_FIRST.match(norm[s:e]):
                rest = norm[s + adverb.end() : e]  # قال بالأمس وزير الداخلية: the speaker after the adverb
                s = s + adverb.end() + len(rest) - len(rest.lstrip()) if rest.strip() else e
                e = max(s, e) if rest.strip() else s  # قد أعلنت بالتزامن مع ...: no subject after the verb
            if pattern is ATTRIBUTION_PREP and e == s and (named := QUOTED_SOURCE.match(norm, s, limit)):
                s, e = named.span()  # وفقا لـ"رويترز".
            if e - s > 2 and norm[s] in '"«' and norm[e - 1] in '"»':
                s, e = s + 1, e - 1  # وقالت "هيومن رايتس ووتش" إن: the name without its marks
            speaker = _MARKS_IN.sub(" ", text[s:e])  # منظمة "أطباء بلا حدود": the name without its marks
            if e > s == match.end() and norm[s] == "ل" and norm[match.end() - 1] == "ل":
                speaker = "ا" + speaker  # وفقا للتقرير: ل + التقرير, whose alef the ل drops
            if pattern is ATTRIBUTION_PREP and not _prep_speaker(speaker, after_verb > match.end()):
                continue  # ليصنفهم بحسب "طبقاتهم"، وفقا للقانون: no source is written after it
            if not speaker.strip(' "«»'):
                s, e = subject_before(norm, start, match.start())
                if e == s and pattern is not ATTRIBUTION_PREP:
                    s, e = subject_first(norm, start, match) or (s, e)
                s, e = (s + 1, e - 1) if e - s > 2 and norm[s] in '"«' and norm[e - 1] in '"»' else (s, e)
                speaker = text[s:e] if e > s else previous
                s, e = (s, e) if e > s else (match.start(), match.start())
            after = spoken.end() if spoken else match.end()
            if intro <= match.start():  # "..., حسبما أكد X": what was said comes first (without its كما)
                q_start, q_end = start, match.start()
                q_end = as_said.start() if (as_said := _AS_SAID.search(norm, max(0, q_end - 12), q_end)) else q_end
            elif ANNOUNCED.match(norm, intro):  # أعلن حفتر تحرير درنة: what was announced
                q_start, q_end = intro, end
            elif (
                pattern is ATTRIBUTION_PREP
                and STATEMENT_BEFORE.match(match.group("verb"))
                and (len(WORD.findall(norm, start, match.start())) > 1)
            ):
                q_start, q_end = told_before(norm, start, match.start(), e, end)  # قتل خمسة، بحسب المرصد
            else:
                after = max(after, e)  # (a name in the speaker's span is not what is said)
                quote = quotes.first_from(after) if quotes else QUOTE.search(norm, after, end)
                if quote and pattern is not ATTRIBUTION_PREP and apart(norm, intro, quote.start()):
                    quote = None  # إن الضربات استهدفت "الدولة الإسلامية" في سوريا: the statement starts at إن
                fallback = (
                    max(e, after, intro) if pattern is not ATTRIBUTION_PREP else max(e, after)
                )  # وبحسب المرصد، قتل ...
                q_start, q_end = (quote.start(1), quote.end(1)) if quote else (fallback, end)
                q_start += len(norm[q_start:q_end]) - len(norm[q_start:q_end].lstrip(" \t\n،,"))
            found.append(
                Attribution(
                    s, e, speaker.strip(), source_kind(speaker), text[match.start("verb") : match.end("verb")],
                    text[spoken.start(1) : spoken.end(1)].strip() if spoken else relayer, q_start, q_end,
                    match.start("verb"), match.end("verb"), written_kind(speaker) if e > s else "",
                    nationality(speaker) if e > s else "",
                )
            )  # fmt: skip
    found.sort(key=lambda a: a.verb_start)
    for cont in CONTINUATION.finditer(norm, start, end):
        before = sorted((a for a in found if a.verb_start < cont.start()), key=lambda a: a.verb_start)
        subject = None if before else HAD_DONE.match(norm, start, cont.start())  # وكان X قد دعا ...، مؤكدا
        if subject and not (
            REPORTING_VERB.match(norm, subject.end() - 1) or _URGED.match(norm, subject.end() - 1)
        ):  # وكان الهجوم قد وقع فجرا، مضيفا: an event, not a speaker; the participle continues the last one
            subject = None
        s = e = cont.start()
        if subject and len(subject.group("who").split()) <= 8:
            s, e = subject.span("who")
            s, e = (s + 1, e - 1) if norm[s] in '"«' and norm[e - 1] in '"»' else (s, e)
            speaker = text[s:e]
        else:
            speaker = before[-1].speaker if before else previous
        if (
            (not speaker and (before or cont.start() - start < 20 or not _SAYS_NEXT.match(norm, cont.end())))
            or _inside(quoted, cont.start())
            or (before and not norm[before[-1].verb_end : cont.start()].strip())
        ):
            continue  # (أضاف قائلا: one statement)
        found.append(
            Attribution(
                s, e, speaker, source_kind(speaker), cont.group("verb") or cont.group("said"), "",
                *(said.span(1) if (said := OWN_QUOTE.match(norm, cont.end(), end)) else (cont.end(), end)),
                cont.start(), cont.end(), written_kind(speaker) if e > s else "", nationality(speaker) if e > s else "",
            )
        )  # fmt: skip
    found.sort(key=lambda a: a.verb_start)
    end_statements(found, norm, CONTINUATION)  # (قال إن ...، بحسب الوكالة؛ أكد أن ...، مضيفا أن)
    return found


def headline_attribution(text: str, norm: str, start: int, end: int) -> Attribution | None:
    """A title "X: ..." (الحكومة المغربية: ...) as X's statement, the colon its cue."""
    found = headline_speaker(norm, start, end)
    if not found:
        return None
    s, e, colon = found
    speaker = text[s:e]
    return Attribution(
        s, e, speaker, source_kind(speaker), ":", "", colon + 1, end, colon, colon + 1, written_kind(speaker),
        nationality(speaker),
    )  # fmt: skip


def find_attributions(article: Article) -> None:
    """The attribution component: the attributed statements of every sentence, a sentence that continues a
    quote inheriting the last speaker before it: after a continuing verb (وأضاف), or inside a quotation opened
    in an earlier sentence (قال: "... . ... ." split at its inner full stop)."""
    text, norm, previous = article.text, article.norm, ""
    title_end = text.find("\n")
    quoting = False  # a quotation opened in an earlier sentence is still open
    opener: Attribution | None = None  # the statement whose quotation is open
    for sentence_id, (s, e) in enumerate(article.sentences):
        found = attributions(text, s, e, previous, norm)
        headline = headline_attribution(text, norm, s, e) if sentence_id == 0 and 0 < e <= title_end else None
        if headline and not found:
            found = [headline]
        if quoting and previous and closes_soon(norm, s, e):
            found = [a for a in found if a.verb_start > _closing(norm, s, e)]  # ("... أعلن دعمي له.": quoted)
            if not found:
                found = [_quote_continued(text, norm, s, e, previous)]
                if opener and opener.quote_end <= s:
                    opener.quote_end = found[0].quote_end  # (its quotation runs on to its closing mark)
        article.attributions[sentence_id] = found
        for a in found:
            if a.speaker and not trails_its_statement(a):
                previous = a.speaker
        quoting = bool(found) and still_quoting(norm, s, e, quoting)  # a stray mark in a story opens nothing
        continued = opener is not None and len(found) == 1 and not found[0].verb and found[0].verb_start < 0
        opener = (opener if continued else found[-1]) if quoting and found[-1].quote_end >= e - 2 else None


def _closing(norm: str, start: int, end: int) -> int:
    """The first closing mark of a sentence inside a quotation opened before it, or its end."""
    return min((i for i in (norm.find('"', start, end), norm.find("»", start, end)) if i >= 0), default=end)


def _quote_continued(text: str, norm: str, start: int, end: int, speaker: str) -> Attribution:
    """The statement of a sentence inside a quotation opened before it: the last speaker's, no verb, the quote
    up to its closing mark (or the sentence's end)."""
    close = _closing(norm, start, end)
    q_start = start + len(text[start:close]) - len(text[start:close].lstrip())
    return Attribution(start, start, speaker, source_kind(speaker), "", "", q_start, close)


def quote_rows(article: Article) -> Iterator[tuple]:
    """The article's rows of the ``quotes`` table (``QUOTE_COLUMNS``, then the linked actor's
    ``QUOTE_ACTOR_COLUMNS`` set by ``reconcile``, then the outlet)."""
    text, outlet = article.text, article.record.get("outlet", "")
    for sentence_id, a, actor in article.quotes:
        end = min(a.quote_end, a.quote_start + MAX_QUOTE_CHARS)  # (the offsets keep the whole of it)
        quote = text[a.quote_start : end].strip(' ،,.:"«»\n')
        yield (
            article.article_id, sentence_id, a.start, a.end, a.speaker, a.source_kind, a.verb, a.spoken_to,
            a.quote_start, a.quote_end, quote, a.speaker_kind or "unknown", a.speaker_country, *actor, outlet,
        )  # fmt: skip
