"""How a party found in a sentence is named on one side of an event: the naming transforms the side rules apply
to the sides they choose, as one function that the rules (``component``) and the side ranker (``ranker``) share.

In order: generic forces (القوات) or a country's generic army where the article names that country's own force
are the article's most named army (actor 1 only, as the rules read it); rebels and militias are the article's
named armed group (``kinds.armed_named``); ACLED's labels (``Protesters (<country>)``, ``Civilians (<country>)``,
``kinds.labelled``); a person is the group the text ties him to, his army, militants or civilians
(``persons.person_side``, applied after merging); a country or its government named as a side of violence is its
military forces (``roles.state_forces``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from helpers.extract.incidents.kinds import armed_named, labelled
from helpers.extract.incidents.members import dead_group, dead_police
from helpers.extract.incidents.naming import forces_label
from helpers.extract.incidents.persons import ATTACKER, applies, person_side
from helpers.extract.incidents.roles import country_army, state_forces
from helpers.extract.incidents.sides import NOBODY, Party
from helpers.text.normalize import normalize_letters

GENERIC_FORCES = frozenset({"military forces"})
_STRIKE = "Explosions/Remote violence"
_STRUCK_ROLE = {"Battles": "fought", _STRIKE: "struck"}


@dataclass(frozen=True)
class SideNames:
    """What naming a side reads of its article: its most named army and armed group (or the militia it says a
    person leads), the ACLED type of each actor's name, and the words before each person's mentions."""

    norm: str
    forces: Party = NOBODY
    rebels: Party = NOBODY
    types: dict[str, tuple[str, str]] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)


def resolve_forces(party: Party, forces: Party, country: str = "") -> Party:
    """Generic forces (القوات) or a country's generic army (الجيش الليبي where the article's most named army is
    the Libyan National Army) are that army, at the party's span; any other party as it is. The government's
    forces (``government_forces``) are never an army of another country or of none (a coalition that backs the
    government): they are the Military Forces of the event's ``country`` (unlabelled when it is not known)."""
    if not forces.name:
        return _labelled_government(party, country)
    if government_forces(party) and forces.country != (country or forces.country or "?"):
        return _labelled_government(party, country)
    if party.english in GENERIC_FORCES or country_army(party, forces):
        return forces._replace(start=party.start, end=party.end)
    return party


# An adjective or a genitive naming the government a force fights for (القوات الحكومية، القوات الشرعية، قوات
# الشرعية، قوات الحكومة): the forces of the state's government.
_GOVERNMENT = re.compile(r"(?<![\u0621-\u064a])(?:ال)?(?:حكوميه|حكوميين|شرعيه|حكومه)(?![\u0621-\u064a])")


def government_forces(party: Party) -> bool:
    """Whether a generic forces noun is qualified as the government's (القوات الحكومية، قوات الشرعية)."""
    return party.english in GENERIC_FORCES and bool(_GOVERNMENT.search(normalize_letters(party.name)))


def _labelled_government(party: Party, country: str) -> Party:
    """The government's forces as ``Military Forces of <country>``; any other party, or no country, as it is."""
    if not country or not government_forces(party):
        return party
    return party._replace(english=forces_label("", country) or party.english, country=country)


def person_role(slot: int, event_type: str) -> str:
    """The role ``persons.person_side`` reads for a side: a strike's actor 1 ``attacker``, any other ``actor1``; a
    battle's other side ``fought``, a strike's ``struck``, any other ``actor2``."""
    if slot == 1:
        return ATTACKER if event_type == _STRIKE else "actor1"
    return _STRUCK_ROLE.get(event_type, "actor2")


def named_side(
    party: Party,
    slot: int,
    event: tuple[str, str, bool],
    names: SideNames,
    parties: Sequence[Party],
) -> tuple[Party, Party | None]:
    """A party named as side ``slot`` (1 or 2) of an event (``event``: its type, its country code, and whether it
    is an act whose persons ACLED names by their group): the side as its row names it, and the side a person
    settles into after merging (None when he does not)."""
    event_type, country, acts = event
    if slot == 1:
        party = resolve_forces(party, names.forces, country)
    else:  # قتال بين المتمردين والقوات الحكومية: the government's forces as actor 2 too
        party = _labelled_government(party, country) if party.start >= 0 else party
        if party.kind == "civilian" and not party.english:  # تصفية 12 عنصرا من داعش: the dead are its men
            party = dead_group(names.norm, party, parties) or dead_police(names.norm, party) or party
    party = armed_named(party, names.rebels)
    pair = labelled(event_type, party, NOBODY, country) if slot == 1 else labelled(event_type, NOBODY, party, country)
    party = pair[slot - 1]
    settled = None
    if acts and applies(event_type):
        known = (names.forces, country, person_role(slot, event_type), names.titles.get(party.name, ""))
        side = person_side(names.norm, party, names.types.get(party.name, ("",))[0], parties, known)
        settled = side if side != party else None
    return state_forces(event_type, party), settled


def final_side(
    party: Party, slot: int, event: tuple[str, str, bool], names: SideNames, parties: Sequence[Party]
) -> Party:
    """The side a party ends as on the row (``named_side``, a person's group taken when he settles into one)."""
    named, settled = named_side(party, slot, event, names, parties)
    return settled if settled is not None else named
