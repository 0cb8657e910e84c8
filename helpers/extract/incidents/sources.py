"""ACLED's source scale of an event: the reach of the outlet that published it and of the source it names (a
national ministry or army: National; a UN agency: International; Sky News Arabia or Al Arabiya: Regional; BBC,
CNN or France 24 Arabic: International), joined smallest reach first (``National-Regional``). The scales are the
editable table ``helpers/data/source_scales.csv``.
"""

from __future__ import annotations

import csv
import functools
from typing import Any

from helpers import config
from helpers.extract.incidents.sides import Party
from helpers.extract.incidents.vocabulary import Trigger

_ORDER = ("New media", "Local partner", "Subnational", "National", "Regional", "International", "Other")


@functools.cache
def scale_table() -> dict[tuple[str, str], str]:
    """(kind, value) → scale, from ``source_scales.csv`` (``#`` lines are notes)."""
    path = config.DATA_DIR / "source_scales.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {(r["kind"].strip(), r["value"].strip().lower()): r["scale"].strip() for r in rows}


def outlet_scale(outlet: str) -> str:
    """The reach of an outlet by its display name (``Sky News Arabia`` → Regional), or ''."""
    return scale_table().get(("outlet", outlet.strip().lower()), "")


def named_scale(acled_type: str, english: str = "", speaker_kind: str = "") -> str:
    """The reach of a named source: a media actor by its outlet row, else by its ACLED type, else by the kind
    of speaker the attribution saw; '' when unknown (an anonymous source says nothing of its reach)."""
    table = scale_table()
    if acled_type == "media" or speaker_kind == "media":
        return outlet_scale(english) or "National"
    return table.get(("actor", acled_type), "") or table.get(("speaker", speaker_kind), "")


def joined(*scales: str) -> str:
    """Distinct scales joined smallest reach first (``National-Regional``); '' when none is known."""
    found = {s for s in scales if s}
    return "-".join(sorted(found, key=lambda s: _ORDER.index(s) if s in _ORDER else len(_ORDER)))


def event_scale(source: tuple[str, str, str], outlet: str, types: dict[str, tuple[str, str]]) -> str:
    """The source scale of one event: ``source`` is (name, kind, the attribution's speaker kind); the outlet's
    reach alone when the outlet is the source, else joined with the named source's (``types``: an actor's name
    → its ACLED type and English)."""
    name, kind, speaker_kind = source
    own = outlet_scale(outlet)
    if kind == "outlet" or not name:
        return own
    acled_type, english = types.get(name, ("", ""))
    return joined(named_scale(acled_type, english, speaker_kind), own)


def event_source(quote: tuple[Any, tuple] | None, announcer: Party, outlet: str) -> tuple[str, str]:
    """Who states the event: the quote's speaker (its linked actor's name), the announcer, or the outlet."""
    if quote is not None:
        attribution, actor = quote
        name = actor[0] or attribution.speaker
        if name:
            return name, attribution.source_kind if attribution.source_kind != "unknown" else "named"
    if announcer.name:
        return announcer.name, "named"
    return outlet, "outlet"


def confidence(trigger: Trigger, actor1: Party, location: str, date_text: str) -> float:
    """A rough score: a specific trigger, a known actor 1, a place and a stated date each add to it."""
    score = 0.35 + 0.1 * min(trigger.priority, 3) + 0.15 * bool(actor1.name) + 0.1 * bool(location)
    return round(min(1.0, score + 0.1 * bool(date_text)), 2)
