"""What the event component reads of the article's other components, by sentence: its actors (the parties of
each sentence with a trigger and of the sentence before it), places, stated times and attributions, the
article's most named army and armed group, and what the side rules chose for each row (``RowSides``), which
the side ranker (``ranker``) reads again.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, NamedTuple

from helpers.extract.article import Article
from helpers.extract.incidents.naming import COMMAND, POLICE, analyst_name
from helpers.extract.incidents.persons import titles
from helpers.extract.incidents.ranker_naming import SideNames
from helpers.extract.incidents.sides import NOBODY, Party, cleaned, led_militia

FORCES = "army"
GROUP = "armed_group"
_NOT_ACTORS = {"nationality"}


class RowSides(NamedTuple):
    """What the side rules saw of one row: its trigger's span and part of speech, the sentence's parties, the
    part of the sentence its sides were looked for in, the event's country, whether persons on its sides are
    named by their group, and the doer of the event told before it (the one a verb without a subject takes)."""

    sentence_id: int
    span: tuple[int, int]
    pos: str
    parties: tuple[Party, ...]
    region: tuple[int, int]
    country: str
    acts: bool
    doer: Party


class Context:
    """What the article's other components found, by sentence (the sentences with a trigger and those before them)."""

    def __init__(self, article: Article, wanted: set[int]) -> None:
        self.norm = article.norm
        self.types: dict[str, tuple[str, str]] = {}  # an actor's name → its ACLED type and English (source scale)
        for _, m in article.actors:
            self.types.setdefault(m.canonical or m.surface, (getattr(m, "acled_type", "") or "", m.english or ""))
        self.parties: dict[int, list[Party]] = {}
        self.places: dict[int, list[Any]] = {}
        self.times: dict[int, list[tuple]] = {}
        self.quotes: dict[int, tuple[Any, tuple]] = {}
        self.last_actor: tuple[int, Party] = (-10, NOBODY)  # the sentence and actor 1 of the last event
        self.last_kind: tuple[str, str] = ("", "")  # its event and sub-event types
        self.settled: dict[tuple[str, str, str], Party] = {}  # (row id, side, name) → ACLED's side (persons)
        self.rows: dict[str, RowSides] = {}  # row id → what the side rules saw (the ranker's candidates)
        self.merged: set[str] = set()  # ids of rows told by two triggers of one sentence (``merging``)
        self.mentions = mention_counts(article)  # an actor's name → its mentions in the article (the ranker's)
        self.titles = titles(self.norm, [(m.canonical or m.surface, m.start) for _, m in article.actors])
        forces = Counter(
            (m.canonical, named(m), m.country or "")
            for _, m in article.actors
            if m.type == FORCES and m.canonical and not POLICE.search(m.english or "")
        )
        name, english, country = forces.most_common(1)[0][0] if forces else ("", "", "")
        self.forces = Party(-1, -1, name, english, "named", FORCES, country) if name else NOBODY
        groups = Counter(
            (m.canonical, named(m))
            for _, m in article.actors
            if m.type == GROUP and m.canonical and not COMMAND.search(m.canonical)  # an army's operations room
        )
        name, english = groups.most_common(1)[0][0] if groups else ("", "")
        self.group = cleaned(self.norm, Party(-1, -1, name, english, "named", GROUP)) if name else NOBODY
        persons = [
            (m.start, m.canonical or m.surface, m.english or "") for _, m in article.actors if m.type == "person"
        ]
        self.militia = led_militia(self.norm, persons)  # الميليشيات التي يقودها الجضران: the article's militias
        rebels = self.militia if self.militia.name else self.group
        self.names = SideNames(self.norm, self.forces, rebels, self.types, self.titles)
        near = wanted | {w - 1 for w in wanted}  # the sentence before a trigger's: the ranker's candidates
        for sentence_id, m in article.actors:
            if sentence_id in near and m.type not in _NOT_ACTORS and getattr(m, "acled_type", "") != "media":
                kind = "civilian" if getattr(m, "acled_type", "") == "civilians" else "named"  # المدنيون السوريون
                party = Party(m.start, m.end, m.canonical or m.surface, named(m), kind, m.type, m.country or "")
                self.parties.setdefault(sentence_id, []).append(party)
        for m in article.places:
            sentence_id = article.sentence_of(m.start)
            if sentence_id in near and m.role in ("location", "actor"):
                self.places.setdefault(sentence_id, []).append(m)
        for row in article.events:
            if row[1] in wanted:
                self.times.setdefault(row[1], []).append(row)
        for sentence_id, attribution, actor in article.quotes:
            if sentence_id in wanted and sentence_id not in self.quotes:
                self.quotes[sentence_id] = (attribution, actor)


def mention_counts(article: Article) -> Counter[str]:
    """How many times the article mentions each actor (media and nationalities left out), by its Arabic name and
    by the name a row would show."""
    counts: Counter[str] = Counter()
    for _, m in article.actors:
        if m.type not in _NOT_ACTORS and getattr(m, "acled_type", "") != "media":
            counts.update({m.canonical or m.surface, named(m)} - {""})
    return counts


def named(m: Any) -> str:
    """The analyst's name of an actors-layer mention (``naming.analyst_name``)."""
    return analyst_name(
        m.canonical or m.surface, m.english or "", getattr(m, "gloss_source", "") or "",
        getattr(m, "acled_type", "") or "", getattr(m, "country", "") or "",
    )  # fmt: skip


def place_party(m: Any) -> Party:
    """A place used as an actor (تركيا تعتقل...)."""
    p = m.place
    country = (p.country or "") if p and p.kind in ("country", "capital") else ""  # a state (دمشق) for its government
    return Party(m.start, m.end, p.name if p else m.surface, p.name_en if p else "", "place", "place", country)
