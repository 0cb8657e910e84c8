"""The parties of an agreement as ACLED names them (a ceasefire, a truce, an accord: ``Strategic developments /
Agreement``): a state is its government.

- A country or a capital named as a party (وقفا لإطلاق النار أعلنته موسكو) is ``Government of <country>``; so is a
  head of state or of government (أعلن الرئيس الأفغاني أشرف غني تمديد وقف لإطلاق النار): an agreement binds the
  state, not the man.
- When the rules found no other party, it is the country or the actor named right after مع (وقفا لإطلاق النار مع
  إسرائيل، أعلنته موسكو مع واشنطن), or the country joined by و after بين (اتفاق بين الفصائل الفلسطينية وإسرائيل).
"""

from __future__ import annotations

import re
from typing import Any

from helpers.extract.incidents.naming import country_label
from helpers.extract.incidents.scope import COLUMN
from helpers.text.arabic import AR

AGREEMENT = "Agreement"
_STATE_KINDS = ("country", "capital")
_HEADS = frozenset({"president", "prime minister", "king", "emir", "sultan"})
_OTHER_CHARS = 60  # how far after the agreement's trigger (or its actor 1) its other party may be named
# The other party's cue right before it: مع (with), or و after بين X (between X and).
_WITH = re.compile(rf"(?<![{AR}])مع\s+$")
_AND_AFTER_BETWEEN = re.compile(rf"(?<![{AR}])بين\s+[^.،,]{{1,40}}\s+و$")


def government_label(code: str) -> str:
    """``Government of <country>`` (``Government of the United States``), '' for an unknown country."""
    country = country_label(code)
    if not country:
        return ""
    return f"Government of {'the ' if country.startswith('United ') else ''}{country}"


def agreement_sides(article: Any, row: tuple) -> tuple:
    """An agreement's row with a state or its head as ``Government of <country>`` and its other party named after
    مع or بين ... و when it had none; any other row as it is."""
    if row[COLUMN["sub_event_type"]] != AGREEMENT:
        return row
    s, e = article.sentences[row[COLUMN["sentence_id"]]] if article.sentences else (0, len(article.norm))
    states = [m for m in article.places if s <= m.start < e and _state(m)]
    heads = [m for _, m in article.actors if s <= m.start < e and _head(m)]
    out = list(row)
    for name, english in (("actor1", "actor1_en"), ("actor2", "actor2_en")):
        code = _code_of(row[COLUMN[name]] or "", states, heads)
        if code and government_label(code):
            out[COLUMN[english]] = government_label(code)
    if not out[COLUMN["actor2"]]:
        other = _other_party(article, row, states)
        if other is not None:
            out[COLUMN["actor2"]], out[COLUMN["actor2_en"]] = other
    return tuple(out)


def _state(m: Any) -> bool:
    """Whether a place mention is a country or a capital (standing for its state)."""
    return m.place is not None and m.place.kind in _STATE_KINDS and bool(m.place.country)


def _head(m: Any) -> bool:
    """Whether an actor mention is a head of state or of government with a country (الرئيس الأفغاني أشرف غني)."""
    return m.type == "person" and bool(m.country) and (m.role_en or "").lower() in _HEADS


def _code_of(name: str, states: list[Any], heads: list[Any]) -> str:
    """The country a side's name stands for: a state's place or a head's country, '' for any other."""
    if not name:
        return ""
    for m in states:
        if name in (m.surface, m.place.name):
            return m.place.country
    for m in heads:
        if name in (m.surface, m.canonical):
            return m.country
    return ""


def _other_party(article: Any, row: tuple, states: list[Any]) -> tuple[str, str] | None:
    """The party named right after مع or joined by و after بين, within ``_OTHER_CHARS`` after the trigger: a state
    (its government) or a named actor (its English); None when there is none."""
    norm, t1 = article.norm, row[COLUMN["end"]]
    low, high = t1, t1 + _OTHER_CHARS
    first = row[COLUMN["actor1"]] or ""
    actors = [m for _, m in article.actors if low <= m.start < high and m.english and m.canonical != first]
    found = sorted([*(m for m in states if low <= m.start < high), *actors], key=lambda m: m.start)
    for m in found:
        between = _AND_AFTER_BETWEEN.search(norm, low, m.start)
        if between and _ground(article, between.start() + len("بين")):
            continue  # بين حلب ودمشق: a stretch of ground between two places, not two parties
        if not (_WITH.search(norm, max(0, m.start - 6), m.start) or between):
            continue
        if getattr(m, "place", None) is not None:
            label = government_label(m.place.country)
            return (m.surface, label) if label else None
        return (m.canonical or m.surface, m.english)
    return None


def _ground(article: Any, at: int) -> bool:
    """Whether the first word after بين (from ``at``) is a place that is no state (a city, a region): the pair
    names a stretch of ground (الطريق بين حلب ودمشق), not the parties of an agreement."""
    start = at + len(article.norm[at:]) - len(article.norm[at:].lstrip())
    return any(m.start == start and m.place is not None and not _state(m) for m in article.places)
