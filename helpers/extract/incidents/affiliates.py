"""Who takes ground for a government (ACLED's codebook: *government regains territory* is the sub-event "when
government forces or their affiliates ... regain control of a location"; a non-state actor's capture is *non-state
actor overtakes territory*). A political militia (ACLED's class of militias acting for a political elite, in this
table mostly state-backed: the PMF, Syria's NDF, Yemen's Resistance and Giants Brigades) that takes ground from
someone other than a state's forces or another militia fights for the government: its capture is the government's.
"""

from __future__ import annotations

import functools

from helpers.extract.incidents.sides import Party
from helpers.resources.actor_tables import curated_acled
from helpers.resources.actors import alias_table

_MILITIAS = ("political_militia", "identity_militia")  # ACLED's militia classes in actor_countries.csv
_ARMED_TYPES = ("army", "military_unit")


@functools.cache
def _militia_names() -> frozenset[str]:
    """The English names of the curated actors ACLED counts as political or identity militias."""
    kinds = curated_acled()
    return frozenset(a.name_en for a in alias_table().values() if kinds.get(a.actor_id, ("", ""))[0] in _MILITIAS)


def militia(party: Party) -> bool:
    """Whether a side is a curated political or identity militia (by its English name)."""
    return bool(party.english) and party.english in _militia_names()


def government_affiliate(taker: Party, loser: Party) -> bool:
    """Whether the side taking ground is a militia fighting for the government: a militia whose foe is neither a
    state's forces nor another militia (the Resistance from the Houthis, the PMF from the Islamic State)."""
    if not militia(taker):
        return False
    state = loser.kind == "state" or loser.actor_type in _ARMED_TYPES
    return not state and not militia(loser)
