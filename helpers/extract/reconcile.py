"""Reconcile: what two components disagree on, settled in one place after every component ran.

- A place name inside an actor's name: dropped when it is (part of) a person's name (السراج، عمر المختار),
  kept with role ``in_name`` inside an organisation's or group's name (مجلس شورى مجاهدي درنة) or a newspaper's,
  channel's or agency's (صحيفة واشنطن بوست، قناة ليبيا الأحرار). The rule
  mentions decide on every sentence with a place; the model's mentions only where a place's first word, or
  the word before it, is a personal name. Then the names after مدينة/قرية the gazetteer lacks are added.
- Quotes and actors: a statement's speaker is the person named in the speaker's span (else the first
  organisation); a continued quote (وأضاف) keeps the article's previous speaker.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from helpers.extract.actors.vocabulary import _VETO_TYPES
from helpers.extract.article import Article
from helpers.extract.places import unknown_places
from helpers.resources.names import person_names
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
    article.places = sorted(mentions + unknown_places(article.text, norm, mentions), key=lambda m: m.start)


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


def link_quotes(article: Article) -> None:
    """Each attributed statement with the actor it is linked to (canonical, id, English, type)."""
    by_sentence: dict[int, list[tuple[int, int, str, str, str, str]]] = {}
    for sentence_id, m in article.actors:  # a speaker's span and the actors in it lie within one sentence
        if m.type != "nationality":
            by_sentence.setdefault(sentence_id, []).append((m.start, m.end, m.type, m.canonical, m.actor_id, m.english))
    last = _NO_ACTOR
    for sentence_id in sorted(article.attributions):
        actors = SpanIndex(by_sentence.get(sentence_id, ()))
        for a in article.attributions[sentence_id]:
            match = _NO_ACTOR
            if a.end > a.start:
                inside = sorted(actors.overlapping(a.start, a.end))
                if inside:  # a person named in the span is the speaker; else the first organisation
                    people = [m for m in inside if m[2] == "person"]
                    first = (people or inside)[0]
                    match = (first[3], first[4], first[5], first[2])
            elif a.speaker:  # a continued quote: the previous speaker of the article
                match = last
            if match[0]:
                last = match
            article.quotes.append((sentence_id, a, match))
