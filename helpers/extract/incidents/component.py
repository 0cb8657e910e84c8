"""The event-table component: each sentence (after the title) turned into events, ACLED-like: who did what
to whom, where, when, how many died, and according to whom. It runs after ``reconcile`` and reads only the
Article: actors, places (settled), stated times (the events table's dates) and attributions.

A sentence's triggers are found with one pattern over the article's normalised text. In a sentence a generic
trigger (قتل، هجوم) gives way to a specific one (انفجار، اعتقال), an announcement (أعلن) to any other event
(it makes that event ``claimed``), and two triggers of the same type are one event.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from typing import Any

import pandas as pd

from helpers import config
from helpers.extract.article import Article
from helpers.extract.incidents.details import VIOLENT_TYPES, Fatalities, event_date, fatalities, reported_as
from helpers.extract.incidents.sides import NOBODY, Party, associated, sentence_parties, sides
from helpers.extract.incidents.vocabulary import COMPLEMENTISER, STATE_BEFORE, Trigger, trigger_regex, trigger_table

REQUIRES = ("actors", "places", "events", "attributions", "quotes")
ASSIGNS = ("incidents",)
INCIDENT_COLUMNS = [
    "event_id", "article_id", "sentence_id", "start", "end", "trigger", "action", "event_type", "sub_event_type",
    "actor1", "actor1_en", "assoc_actor_1", "actor2", "actor2_en", "location", "location_en", "latitude",
    "longitude", "geo_precision", "event_date", "time_precision", "date_text", "reported_as", "source",
    "source_kind", "outlet", "source_scale", "fatalities", "fatalities_text", "fatalities_qualifier",
    "fatalities_who", "notes", "confidence", "action_en", "date_note",
]  # fmt: skip
_NOT_ACTORS = {"nationality"}


def find_incidents(article: Article) -> None:
    """Fill ``article.incidents`` with one row (``INCIDENT_COLUMNS``) per event of its sentences."""
    found = _triggers(article)
    if not found:
        return
    by_sentence: dict[int, list[tuple[int, int, Trigger]]] = {}
    for start, end, trigger in found:
        by_sentence.setdefault(article.sentence_of(start), []).append((start, end, trigger))
    context = _Context(article, set(by_sentence))
    for sentence_id, triggers in by_sentence.items():
        article.incidents.extend(_sentence_events(article, context, sentence_id, triggers))


def _triggers(article: Article) -> list[tuple[int, int, Trigger]]:
    """The trigger matches of the article's body (the title only repeats it), states (تحت سيطرة) left out."""
    table, norm = trigger_table(), article.norm
    body = article.record.get("body_start") if hasattr(article.record, "get") else 0
    body = 0 if body is None or (isinstance(body, float) and math.isnan(body)) else int(body)
    out = []
    for match in trigger_regex().finditer(norm, body):
        start = match.start("form")
        if STATE_BEFORE.search(norm, max(0, start - 8), match.start()):
            continue
        out.append((start, match.end(), table[match.group("form")]))
    return out


class _Context:
    """What the article's other components found, by sentence (only the sentences with a trigger)."""

    def __init__(self, article: Article, wanted: set[int]) -> None:
        self.parties: dict[int, list[Party]] = {}
        self.places: dict[int, list[Any]] = {}
        self.times: dict[int, list[tuple]] = {}
        self.quotes: dict[int, tuple[Any, tuple]] = {}
        for sentence_id, m in article.actors:
            if sentence_id in wanted and m.type not in _NOT_ACTORS:
                party = Party(m.start, m.end, m.canonical or m.surface, m.english, "named", m.type)
                self.parties.setdefault(sentence_id, []).append(party)
        for m in article.places:
            sentence_id = article.sentence_of(m.start)
            if sentence_id in wanted and m.role in ("location", "actor"):
                self.places.setdefault(sentence_id, []).append(m)
        for row in article.events:
            if row[1] in wanted:
                self.times.setdefault(row[1], []).append(row)
        for sentence_id, attribution, actor in article.quotes:
            if sentence_id in wanted and sentence_id not in self.quotes:
                self.quotes[sentence_id] = (attribution, actor)


def _kept(triggers: list[tuple[int, int, Trigger]]) -> tuple[list[tuple[int, int, Trigger]], int | None]:
    """The triggers that make events (generic and announcement ones give way; one per type) and where the
    first announcement is (None when there is none or it is an event itself)."""
    top = max(t.priority for _, _, t in triggers)
    announce = next((s for s, _, t in triggers if t.priority == 0), None)
    wanted = [x for x in triggers if x[2].priority >= min(top, 2) or (top == 1 and x[2].priority == 1)]
    seen, kept = set(), []
    for start, end, trigger in sorted(wanted, key=lambda x: x[0]):
        key = (trigger.event_type, trigger.sub_event_type)
        if key not in seen:
            seen.add(key)
            kept.append((start, end, trigger))
    return kept, (announce if top > 0 else None)


def _sentence_events(
    article: Article, context: _Context, sentence_id: int, triggers: list[tuple[int, int, Trigger]]
) -> Iterator[tuple]:
    """The event rows of one sentence."""
    text, norm = article.text, article.norm
    s, e = article.sentences[sentence_id] if article.sentences else (0, len(text))
    kept, announced_at = _kept(triggers)
    places = context.places.get(sentence_id, [])
    as_actor = [_place_party(m) for m in places if m.role == "actor"]
    locations = [m for m in places if m.role == "location"]
    parties = sentence_parties(text, norm, s, e, context.parties.get(sentence_id, []), as_actor)
    times = context.times.get(sentence_id, [])
    deaths = fatalities(text, norm, s, e)
    quote = context.quotes.get(sentence_id)
    outlet = str(article.record.get("outlet") or "")
    settings = config.incident_settings()
    sentence_text = text[s:e][: settings.notes_chars]
    dead = _deaths_by_event(kept, deaths)
    announcer = NOBODY
    for n, (t0, t1, trigger) in enumerate(kept):
        low = max(s, kept[n - 1][1] if n else s)
        if trigger.priority > 0:
            said = [m.end() for m in COMPLEMENTISER.finditer(norm, low, t0)]
            low = said[-1] if said else low
        high = kept[n + 1][0] if n + 1 < len(kept) else e
        actor1, actor2 = sides(norm, trigger, (t0, t1), (low, high), parties)
        if announced_at is not None and announcer is NOBODY:
            announcer, _ = sides(norm, _STATEMENT, (announced_at, announced_at + 1), (s, t0), parties)
        event_type, sub_event_type = _refined(trigger, actor1, actor2)
        assoc = associated(norm, actor1, parties)
        place = _location(locations, t0, t1, low, high)
        when = event_date(times, t0, article.dct, bool(times))
        announced = announced_at is not None and announced_at < t0
        attributed = quote is not None and trigger.priority > 0
        status = reported_as(norm, (s, e), t0, attributed, announced)
        source, kind = _source(quote if attributed else None, announcer if announced else NOBODY, outlet)
        if trigger.priority == 0:
            source, kind = (actor1.name, "named") if actor1.name else (outlet, "outlet")
        death = dead.get(n)
        yield (
            f"{article.article_id}:{sentence_id}:{n}", article.article_id, sentence_id, t0, t1, text[t0:t1],
            trigger.action, event_type, sub_event_type, actor1.name, actor1.english, assoc.name, actor2.name,
            actor2.english, *place, when.when, when.precision, when.text, status, source, kind, outlet, "",
            death.count if death else None, death.text if death else "", death.qualifier if death else "",
            death.who if death else "", sentence_text,
            _confidence(trigger, actor1, place[0], when.text), trigger.action_en, when.note,
        )  # fmt: skip


_STATEMENT = Trigger("verb", "Statement", "Statement/Announcement", "إعلان", "announcement", 0, "actor1", "actor1")


def _refined(trigger: Trigger, actor1: Party, actor2: Party) -> tuple[str, str]:
    """The event and sub-event types, refined by the sides: a generic attack on civilians is violence against
    civilians, on forces a battle; territory taken by an armed group is a non-state actor's."""
    event_type, sub = trigger.event_type, trigger.sub_event_type
    if trigger.priority == 1 and event_type in ("Battles", "Violence against civilians"):
        if actor2.kind == "civilian":
            return "Violence against civilians", "Attack"
        if actor2.kind in ("state", "armed") or event_type == "Battles":
            return "Battles", "Armed clash"
    if sub == "Government regains territory" and (actor1.kind == "armed" or actor1.actor_type == "armed_group"):
        return event_type, "Non-state actor overtakes territory"
    return event_type, sub


def _place_party(m: Any) -> Party:
    """A place used as an actor (تركيا تعتقل...)."""
    p = m.place
    return Party(m.start, m.end, p.name if p else m.surface, p.name_en if p else "", "place", "place")


def _location(locations: Sequence[Any], t0: int, t1: int, low: int, high: int) -> tuple:
    """(name, English name, latitude, longitude, precision) of the event's place: the first after the trigger
    in its part of the sentence, else the nearest before it, else the sentence's first; empty when none."""
    after = [m for m in locations if t1 <= m.start < high]
    before = [m for m in locations if low <= m.start < t0]
    chosen = after[0] if after else before[-1] if before else locations[0] if locations else None
    if chosen is None:
        return "", "", None, None, None
    p = chosen.place
    return (
        p.name if p else chosen.surface, p.name_en if p else "", chosen.lat, chosen.lon,
        chosen.precision if chosen.precision else None,
    )  # fmt: skip


def _deaths_by_event(kept: Sequence[tuple[int, int, Trigger]], deaths: Sequence[Fatalities]) -> dict[int, Fatalities]:
    """Each death count of the sentence given to the violent event whose trigger is nearest to it."""
    violent = [n for n, (_, _, t) in enumerate(kept) if t.event_type in VIOLENT_TYPES or t.priority == 1]
    out: dict[int, Fatalities] = {}
    for death in deaths:
        if violent:
            n = min(violent, key=lambda i: abs(kept[i][0] - death.start))
            out.setdefault(n, death)
    return out


def _source(quote: tuple[Any, tuple] | None, announcer: Party, outlet: str) -> tuple[str, str]:
    """Who states the event: the quote's speaker (its linked actor's name), the announcer, or the outlet."""
    if quote is not None:
        attribution, actor = quote
        name = actor[0] or attribution.speaker
        if name:
            return name, attribution.source_kind if attribution.source_kind != "unknown" else "named"
    if announcer.name:
        return announcer.name, "named"
    return outlet, "outlet"


def _confidence(trigger: Trigger, actor1: Party, location: str, date_text: str) -> float:
    """A rough score: a specific trigger, a known actor 1, a place and a stated date each add to it."""
    score = 0.35 + 0.1 * min(trigger.priority, 3) + 0.15 * bool(actor1.name) + 0.1 * bool(location)
    return round(min(1.0, score + 0.1 * bool(date_text)), 2)


def incident_rows(article: Article) -> Iterator[tuple]:
    """The article's rows of the ``incidents`` table (columns ``INCIDENT_COLUMNS``)."""
    yield from article.incidents


def typed(frame: pd.DataFrame) -> pd.DataFrame:
    """The incidents table with its column types: nullable integer counts and precisions, dates, floats."""
    return frame.astype(
        {"fatalities": "Int64", "geo_precision": "Int64", "time_precision": "Int64", "latitude": "float64",
         "longitude": "float64", "confidence": "float64", "sentence_id": "int64", "start": "int64", "end": "int64"}
    ).assign(event_date=pd.to_datetime(frame["event_date"]))  # fmt: skip


__all__ = ["INCIDENT_COLUMNS", "find_incidents", "incident_rows", "typed"]
