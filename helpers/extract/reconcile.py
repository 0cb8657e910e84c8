"""Reconcile: what two components disagree on, settled in one place after every component ran.

- A place name inside an actor's name: dropped when it is (part of) a person's name (السراج، عمر المختار),
  kept with role ``in_name`` inside an organisation's or group's name (مجلس شورى مجاهدي درنة) or a newspaper's,
  channel's or agency's (صحيفة واشنطن بوست، قناة ليبيا الأحرار). The rule
  mentions decide on every sentence with a place; the model's mentions only where a place's first word, or
  the word before it, is a personal name. Then the names after مدينة/قرية the gazetteer lacks are added.
- Quotes and actors: a statement's speaker is the person named in the speaker's span (else the first
  organisation); an unwritten speaker (وأضاف، وقالت) is the subject just before the verb or the last
  speaker the verb's gender agrees with, linked or not; a bare المتحدث/الصحيفة is the actor it stands for.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from helpers.extract.actors.vocabulary import _VETO_TYPES, RANKS, TITLES
from helpers.extract.article import Article
from helpers.extract.attribution import CONTINUATION, source_kind
from helpers.extract.places import unknown_places
from helpers.extract.speakers import gender, is_anaphor, trails_its_statement
from helpers.extract.toponyms.members import list_members
from helpers.resources.names import person_names
from helpers.text.normalize import name_key
from helpers.text.spans import SpanIndex

REQUIRES = ("actor_candidates", "rule_candidates", "actors", "places", "attributions")
ASSIGNS = ("places", "quotes")
_NO_ACTOR = ("", "", "", "")
# A place right after a media word, or right before a newspaper's second word, is part of a title.
_MEDIA_BEFORE = re.compile(r"(?:صحيفه|جريده|وكاله|قناه|اذاعه|مجله)\s+[\"«]?$")
# Names of the Islamic State's branches: داعش مصر, "ولاية سيناء" (a quoted province of the group).
_BRANCH_BEFORE = re.compile(r"(?:داعش\s+|[\"«]ولايه\s+)$")
_MEDIA_AFTER = re.compile(r"^[\"»]?\s*(?:بوست|تايمز|تلغراف|جورنال|تريبيون|هيرالد)(?![\u0621-\u064a])")


def reconcile(article: Article) -> None:
    """Settle places inside names and link quotes to actors, in place."""
    places_outside_names(article)
    link_quotes(article)


def places_outside_names(article: Article) -> None:
    """Drop places inside a person's name, mark those inside another actor's name, add unknown names."""
    mentions, norm = article.places, article.norm
    if mentions:
        names = person_names()
        suspects = []
        for m in mentions:
            before = norm[max(0, m.start - 30) : m.start].split()
            first = m.key.split()[0] if m.key else ""
            if first in names or (before and before[-1] in names):
                suspects.append((m.start, m.end))
        spans = _actor_spans(article, [(m.start, m.end) for m in mentions], article.rule_candidates)
        if suspects:
            for sentence_id, found in _actor_spans(article, suspects, article.actor_candidates).items():
                spans.setdefault(sentence_id, []).extend(found)
        kept = []
        holders = {sentence_id: SpanIndex(found) for sentence_id, found in spans.items()}
        for m in mentions:  # an actor span lies within its sentence: only the place's sentence can hold it
            near = holders.get(article.sentence_of(m.start))
            covering = near.covering(m.start, m.end) if near else ()
            if any(kind == "person" for _, _, kind in covering):
                continue
            if any((b - a) > (m.end - m.start) + 2 for a, b, _ in covering) or _in_media_name(m, norm):
                m.role = "in_name"
            kept.append(m)
        mentions = kept
    mentions = sorted(mentions + unknown_places(article.text, norm, mentions), key=lambda m: m.start)
    article.places = sorted(mentions + list_members(article.text, norm, mentions), key=lambda m: m.start)


def _in_media_name(m: Any, norm: str) -> bool:
    """صحيفة واشنطن بوست، قناة ليبيا الأحرار، داعش مصر، "ولاية سيناء": the place is part of a newspaper's,
    channel's or agency's name, or of an Islamic State branch's."""
    before, after = norm[max(0, m.start - 12) : m.start], norm[m.end : m.end + 10]
    return bool(_MEDIA_BEFORE.search(before) or _BRANCH_BEFORE.search(before) or _MEDIA_AFTER.match(after))


def _actor_spans(
    article: Article, places: Sequence[tuple[int, int]], candidates: Mapping[int, Sequence[Any]]
) -> dict[int, list[tuple[int, int, str]]]:
    """Per sentence with a place, (start, end, type) of its actor candidates that can hold a place name."""
    wanted = sorted(places)
    out: dict[int, list[tuple[int, int, str]]] = {}
    i = 0
    for sentence_id, (s, e) in enumerate(article.sentences):
        while i < len(wanted) and wanted[i][1] <= s:
            i += 1
        if i >= len(wanted):
            break
        if wanted[i][0] < e:
            found = [(m.start, m.end, m.type) for m in candidates.get(sentence_id, ()) if m.type in _VETO_TYPES]
            out.setdefault(sentence_id, []).extend(found)
    return out


# Between a subject and its verb: a space, or a comma then قد/كان (أردوغان، قد قال); never و (a new clause).
_LOOK_BACK = 200  # actor mentions looked at back from a speaker (bounded: a huge article has thousands)
_SUBJECT_GAP = re.compile(r"\s*(?:[،,]\s*(?=قد|كان))?(?:(?:قد|كان|كانت|ايضا|بدوره|بدورها)\s+)*")
_KIND_OF_TYPE = {"person": "person", "media": "media", "nationality": "state", "state": "state"}
_ACTOR = tuple[int, int, str, str, str, str]  # start, end, type, canonical, actor_id, English


def link_quotes(article: Article) -> None:
    """Each attributed statement with its speaker resolved and the actor it is linked to (canonical, id,
    English, type); its ``speaker_kind`` set.

    A written speaker is linked to the person named in its span, else its first other actor; an outlet after
    لـ/مع is who it was said to, not the speaker; a bare "the spokesman"/"the newspaper"/"the observatory"
    is the last actor before it that it can stand for. A speaker not written (a pronoun or dropped subject,
    a continued quote) is the last speaker before it whose gender the verb agrees with, linked or not."""
    ordered = sorted(
        ((m.end, m.start, m.type, m.canonical, m.actor_id, m.english, m) for _, m in article.actors),
        key=lambda t: (t[0], t[1]),
    )
    actors = [t for t in ordered if t[2] != "nationality"]
    by_sentence: dict[int, list[_ACTOR]] = {}
    for sentence_id, m in article.actors:  # a speaker's span and the actors in it lie within one sentence
        if m.type != "nationality":
            by_sentence.setdefault(sentence_id, []).append((m.start, m.end, m.type, m.canonical, m.actor_id, m.english))
    by_people: dict[int, list[Any]] = {}
    for sentence_id, m in article.actors:
        if m.type == "person" and m.role:
            by_people.setdefault(sentence_id, []).append(m)
    states = [p for p in article.places if p.place is not None and p.place.kind in ("country", "capital")]
    history: list[tuple[str, tuple[str, str, str, str], str, str, str]] = []  # speaker, actor, kind, country, g
    for sentence_id in sorted(article.attributions):
        index = SpanIndex(by_sentence.get(sentence_id, ()))
        for i, a in enumerate(article.attributions[sentence_id]):
            if a.end > a.start:
                match = _written_speaker(article, a, index, actors, states, by_people.get(sentence_id, []))
                if history and _SAME_SOURCE.fullmatch(name_key(a.speaker)):  # وقال المصدر نفسه: the last one
                    _, match, a.speaker_kind, a.speaker_country, _ = history[-1]
                if not trails_its_statement(a):  # (قال ...، وفقا لوكالة: the agency is not who adds)
                    history.append((a.speaker, match, a.speaker_kind, a.speaker_country, gender(a.verb, a.speaker)))
            else:
                match = _subject_before(article, a, actors, states)
                if match is None and i == 0 and _joined(article, a, sentence_id):
                    match = _opening_subject(article, a, sentence_id, by_sentence.get(sentence_id, ()))
                if match is None:
                    match = _continued_speaker(a, history, actors)
                else:
                    history.append((a.speaker, match, a.speaker_kind, a.speaker_country, gender(a.verb, a.speaker)))
            article.quotes.append((sentence_id, a, match))


def _written_speaker(article: Article, a: Any, index: SpanIndex, actors: list, states: list, people: list) -> tuple:
    """The actor of a written speaker (and its kind, speaker text trimmed to the actor, set on ``a``)."""
    spoken = a.spoken_to
    inside = [
        m for m in sorted(index.overlapping(a.start, a.end)) if not (spoken and article.text[m[0] : m[1]] in spoken)
    ]
    match = _NO_ACTOR
    if inside and not any(m[2] == "person" for m in inside) and _ranked_name(a.speaker):
        inside = []  # "قائد اللواء الأول بقوات العمالقة العميد رائد الحبهي": a person the model missed, not the unit
        a.speaker_kind = "person"
    inside = [m for m in inside if not (m[2] == "person" and relative_of(article.norm, a.start, m[0]))]
    if inside:  # a person named in the span is the speaker (not whose relative speaks); else the first organisation
        persons = [m for m in inside if m[2] == "person"]
        first = (persons or inside)[0]
        match = (first[3], first[4], first[5], first[2])
        if first[1] < a.end and a.speaker_kind != "described_source":
            a.end = first[1]
            a.speaker = article.text[a.start : a.end].strip()
    if match[3] != "person":  # "المتحدث باسم الجيش، العميد أحمد المسماري": the person whose role it is
        titled = _person_with_role(a, people)
        if titled:
            match = (titled.canonical, titled.actor_id, titled.english, titled.type)
            a.speaker = titled.surface
    if not match[0]:
        anaphor = is_anaphor(a.speaker)
        if anaphor:
            found = _antecedent(a, anaphor, actors)
            named = _media_named_before(article, a) if anaphor == "media" and not found else ""
            if found:
                match = (found.canonical, found.actor_id, found.english, found.type)
                a.speaker = found.surface
            elif named:
                a.speaker, a.speaker_kind = named, "media"
            elif anaphor in ("person", "media"):
                a.speaker, a.speaker_kind = "", "unknown" if anaphor == "person" else "media"
    if match[3] == "person":
        a.speaker_kind = "person"
    if not a.speaker_kind:
        state = next((p for p in states if p.start <= a.start and a.end <= p.end + 1), None)
        if match[3]:
            a.speaker_kind = _KIND_OF_TYPE.get(match[3], "institution")
        elif state:
            a.speaker_kind, a.speaker_country = "state", a.speaker_country or state.place.country
        else:
            a.speaker_kind = "person" if a.speaker else "unknown"
    return match


# Who speaks for a person named after them (قالت خطيبة خاشقجي، محامي المتهم، والدة الضحية): a relative, a lawyer, a
# friend; the person named is not the speaker (stop 38).
RELATIVES = frozenset({
    "خطيبه", "خطيب", "زوجه", "زوج", "ارمله", "ابن", "ابنه", "نجل", "نجله", "ابناء", "شقيق", "شقيقه", "اخ", "اخت",
    "والد", "والده", "ام", "اب", "حفيد", "حفيده", "عم", "خال", "اسره", "عائله", "اقارب", "محامي", "محاميه", "صديق",
    "صديقه", "اصدقاء",
})  # fmt: skip


_DESCRIBING_WORDS = 3  # words describing the name (a title, a definite nisba) between it and its relative's noun


def relative_of(norm: str, start: int, name_start: int) -> bool:
    """Whether a relative's noun (``RELATIVES``, with و or ال before it) stands just before a name (after
    ``start``, the speaker's span), or before up to three words describing the name, a title or a definite nisba
    (عائلة الصحفي السعودي جمال خاشقجي، زوجة الرئيس السوري بشار الأسد): the name is whose relative speaks."""
    words = [word.lstrip("وف") for word in norm[start:name_start].split()]
    for _ in range(_DESCRIBING_WORDS):
        if len(words) > 1 and (words[-1] in TITLES or (words[-1].startswith("ال") and words[-1].endswith("ي"))):
            words.pop()  # الرئيس، الصحفي، السعودي: the name's description (محامي التطبيق بافل: the app's lawyer)
    if not words:
        return False
    return words[-1] in RELATIVES or (words[-1].startswith("ال") and words[-1][2:] in RELATIVES)


def _ranked_name(speaker: str) -> bool:
    """The speaker's words end with a military rank or a title and a name (… العميد رائد الحبهي): a person,
    whatever unit the words name before it. The last rank counts (اللواء الأول is a brigade)."""
    words = name_key(speaker).split()
    for i in range(len(words) - 2, -1, -1):
        two = " ".join(words[i : i + 2])
        if two in RANKS:
            rest = words[i + 2 :]
        elif words[i] in RANKS or words[i] in TITLES:
            rest = words[i + 1 :]
        else:
            continue
        return 1 <= len(rest) <= 4 and not rest[0].startswith("ال") and len(rest[0]) >= 3
    return False


def _person_with_role(a: Any, people: list) -> Any:
    """The person of the sentence after the speaker's span whose role is the speaker's words, or None."""
    words = name_key(a.speaker)
    for m in people:
        if m.type == "person" and m.start >= a.end and m.role and name_key(m.role) == words:
            return m
    return None


def _media_named_before(article: Article, a: Any) -> str:
    """For "the channel" (القناة): the last "قناة X Y" written before it (قناة TRT التركية), or ``""``."""
    head = name_key(a.speaker)[2:]
    name = r"(?:\"[^\"]{2,40}\"|[^\s،,.:\"]+(?:\s+[^\s،,.:\"]+)?)"
    named = list(re.finditer(rf"(?<![\u0621-\u064a]){head}\s+{name}", article.norm[: a.start]))
    if not named:
        return ""
    return article.text[named[-1].start() : named[-1].end()]


def _before(actors: list, pos: int) -> Iterator[Any]:
    """The actor mentions ending at or before ``pos``, latest first, at most ``_LOOK_BACK`` of them
    (``actors`` is sorted by end)."""
    i = bisect.bisect_right(actors, pos, key=lambda t: t[0])
    for j in range(i - 1, max(-1, i - 1 - _LOOK_BACK), -1):
        yield actors[j][6]


def _antecedent(a: Any, anaphor: str, actors: list) -> Any:
    """The last actor before ``a`` that a bare definite speaker (المتحدث، الصحيفة، المرصد) can stand for."""
    word = name_key(a.speaker)
    stem = word[2:]
    for m in _before(actors, a.start):
        kind = m.type
        if anaphor == "media" and kind == "media":
            return m
        if anaphor == "person" and kind == "person":
            said = name_key(" ".join((m.role, m.rank, m.title))).split()
            if word in said or stem in said:
                return m
        if anaphor == "institution" and kind != "person" and stem in name_key(m.surface).replace("ال", " ").split():
            return m
    return None


def _subject_before(article: Article, a: Any, actors: list, states: list) -> tuple | None:
    """The actor (or country) written right before the verb (أردوغان، قد قال؛ الجيش الليبي يؤكد), or None."""
    if a.verb == ":" or a.verb_start < 0 or CONTINUATION.match(article.norm, a.verb_start):
        return None
    last = next(_before(actors, a.verb_start), None)
    near = [(p.end, p) for p in states if p.end <= a.verb_start] + ([(last.end, last)] if last else [])
    if not near:
        return None
    end, found = max(near, key=lambda pair: pair[0])
    if not _SUBJECT_GAP.fullmatch(article.norm, end, a.verb_start) and not _kana_subject(article.norm, found, end, a):
        return None
    if _governed(article.norm, found.start):
        return None  # (وردا على سؤال حول مبيعات الأسلحة إلى السعودية قال: not the subject)
    a.speaker = found.surface
    a.source_kind = source_kind(a.speaker)
    if hasattr(found, "actor_id"):
        a.speaker_kind = _KIND_OF_TYPE.get(found.type, "institution")
        return (found.canonical, found.actor_id, found.english, found.type)
    a.speaker_kind, a.speaker_country = "state", found.place.country
    return _NO_ACTOR


_SAME_SOURCE = re.compile(r"ال\S+ (?:نفسه|نفسها|ذاته|ذاتها)")  # (المصدر نفسه، الصحيفة ذاتها)
_COMMA_AND = re.compile(r"[،,]\s*[وف]$")
_COMMA = re.compile(r"[،,]\s*")
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\u0621-\u064a])(?:الي|علي|في|من|عن|مع|حول|ضد|بين|عبر|لدي|عند|تجاه|بشان|بخصوص)\s+$"
)
# A sentence opening with an adverbial, its subject after the comma that ends it (في مقابلة مع ...، قال فلان).
_FRONTED = re.compile(
    r"\s*[وف]?(?:في|خلال|عقب|بعد|قبل|اثناء|لدي|عند|ردا|تعليقا|من جهته|من جهتها|من جانبه|من جانبها)"
    r"(?![\u0621-\u064a])"
)
_OPENING_WITHIN = 5  # words before a sentence's first verb's subject at most (the verb, a title: وزيرة الخارجية)


def _joined(article: Article, a: Any, sentence_id: int) -> bool:
    """Whether the unwritten speaker's cue is joined to a clause before it in its sentence: a participle
    (مؤكدا، قائلة) or a verb after a comma and و (وتولى فلان الحقيبة ...، وقال إن)."""
    if CONTINUATION.match(article.norm, a.verb_start):
        return True
    start = article.sentences[sentence_id][0]
    return a.verb_start - start > 30 and bool(
        _COMMA_AND.search(article.norm, max(start, a.verb_start - 4), a.verb_start)
    )


def _governed(norm: str, pos: int) -> bool:
    """Whether the word at ``pos`` is governed by a preposition (إلى السعودية، للمملكة، مع قناة): no subject."""
    return (pos > 0 and norm[pos - 1].isalpha()) or bool(_PREPOSITION_BEFORE.search(norm, max(0, pos - 8), pos))


def _opening_subject(article: Article, a: Any, sentence_id: int, found: Sequence[_ACTOR]) -> tuple | None:
    """For a participle (مؤكدا، مشيرة) or a verb after a comma and و with no statement before it in its
    sentence, the subject of the sentence's opening verb: the first actor written near its start (فاجأت الوزيرة
    فلانة الحضور ...، مؤكدة), after a fronted adverbial and its comma (في أحدث تغريدة له، أكد فلان ...، مضيفا),
    not one a preposition governs (وفي مقابلة مع قناة ...، قال)."""
    norm = article.norm
    start = article.sentences[sentence_id][0]
    if norm.count('"', start, a.verb_start) % 2 or norm.find("»", start, a.verb_start) > norm.rfind(
        "«", start, a.verb_start
    ):
        return None  # (…"، مشيرا: a quotation closes before it, someone's: its speaker continues)
    if (fronted := _FRONTED.match(norm, start, a.verb_start)) and (
        comma := _COMMA.search(norm, fronted.end(), a.verb_start)
    ):
        start = comma.end() if comma.start() - start < 150 else start
    near = sorted(
        m
        for m in found
        if start <= m[0] < min(a.verb_start, start + 200)
        and len(norm[start : m[0]].split()) <= _OPENING_WITHIN
        and not _governed(norm, m[0])
    )
    if not near:
        return None
    s, e, kind, canonical, actor_id, english = near[0]
    a.speaker, a.speaker_kind = article.text[s:e], _KIND_OF_TYPE.get(kind, "institution")
    a.source_kind = source_kind(a.speaker)
    return (canonical, actor_id, english, kind)


# كان opening the clause of a subject set off by commas: "وكان الباحث الليبي، عبد الباسط بن هامل، قال ..."
_KANA_OPENS = re.compile(r"(?:^|[.،,؛:\n]\s*|\s)و?(?:كان|كانت)\s+[^.،,؛:\n]*[،,]?\s*$")
_COMMA_GAP = re.compile(r"\s*[،,]\s*")


def _kana_subject(norm: str, found: Any, end: int, a: Any) -> bool:
    """Whether the actor before the verb is its subject set off by commas after a clause-opening كان
    (وكان الكاتب الليبي، فلان، قال): the verb's speaker, though a comma stands between them."""
    if not _COMMA_GAP.fullmatch(norm, end, a.verb_start):
        return False
    start = getattr(found, "start", end)
    return bool(_KANA_OPENS.search(norm, max(0, start - 80), start))


def _continued_speaker(a: Any, history: list, actors: list) -> tuple:
    """A speaker not written: the last one before it whose gender the verb agrees with (else the last);
    with none before it, the last actor before it the verb agrees with."""
    want = gender(a.verb)
    if not history:
        for m in _before(actors, a.verb_start):
            if not want or gender("", m.surface if m.type != "person" else "") in ("", want):
                a.speaker, a.source_kind = m.surface, source_kind(m.surface)
                a.speaker_kind = _KIND_OF_TYPE.get(m.type, "institution")
                return (m.canonical, m.actor_id, m.english, m.type)
        a.speaker, a.speaker_kind = "", "unknown"
        return _NO_ACTOR
    recent = history[-_LOOK_BACK:]
    chosen = next((h for h in reversed(recent) if not want or not h[4] or h[4] == want), history[-1])
    speaker, match, kind, country, _ = chosen
    a.speaker, a.source_kind, a.speaker_kind, a.speaker_country = speaker, source_kind(speaker), kind, country
    return match
