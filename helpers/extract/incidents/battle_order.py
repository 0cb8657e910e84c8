"""Which side of a battle told by بين X و Y comes first: the one told as starting it (an attack or an attempt by
it, before the battle or after it), else the state's side, a state's forces or the militias that fight beside them,
the way ACLED orders a clash."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

Party = Any  # a ``sides.Party`` (start, end, name, english, kind, actor_type, country)
AR = "\u0621-\u064a"

_FORCES_TYPES = {"army", "government", "state"}
# Armed groups that fight beside a state's forces (ACLED's pro-government militias): in a battle with no initiator
# told they come first with the state's side (بين الميليشيات الحوثية والمقاومة: the resistance, then the Houthis).
PRO_GOVERNMENT = re.compile(
    r"Yemeni Resistance|Popular Mobili[sz]ation|Peshmerga|Giants Brigades|Security Belt|Elite Forces"
    r"|Sahwa|Awakening Council|Tribal Mobili[sz]ation|Sunni tribal fighters",
    re.IGNORECASE,
)
# An attempt told after the battle, its doer right after it (بعد محاولة الحوثيين التقدم نحو المنطقة، عقب محاولة
# التنظيم الهجوم على مواقع): the side that started it.
_ATTEMPT = re.compile(rf"(?<![{AR}])(?:بعد|عقب|اثر|إثر|جراء|اثناء|خلال)\s+(?:ال)?محاول(?:ه|ة|ات)\s+")
_ATTEMPT_GAP = 3  # the doer right after محاولة (لل، a quotation mark)


def state_first(battle: bool, one: Party, other: Party) -> tuple[Party, Party]:
    """The two sides of a battle told by بين X و Y, where the words name no initiator: a state's forces first
    (معارك بين المتمردين والقوات الحكومية: the forces, then the rebels), or the militia fighting beside them
    (بين الحوثيين والمقاومة الشعبية: the resistance, then the Houthis); any other pair (protesters and the police,
    two armed groups, two states) as told."""
    armed = one.kind == "armed" or one.actor_type == "armed_group"
    if battle and armed and state_side(other) and not state_side(one):
        return other, one
    if battle and armed and _forces(other) and not _forces(one):  # بين الحشد الشعبي والجيش: the army, then the militia
        return other, one
    return one, other


def _forces(party: Party) -> bool:
    """Whether a side is a state's own forces or authorities (not a militia fighting beside them)."""
    return party.kind == "state" or party.actor_type in _FORCES_TYPES or party.kind == "place"


def state_side(party: Party) -> bool:
    """Whether a side is a state's: its forces or authorities, a country standing for its government, or a militia
    fighting beside them (``PRO_GOVERNMENT``)."""
    forces = party.kind == "state" or party.actor_type in _FORCES_TYPES
    return forces or party.kind == "place" or bool(PRO_GOVERNMENT.search(party.english or ""))


def attempted(norm: str, t1: int, high: int, parties: Sequence[Party], party: Party) -> bool:
    """Whether the sentence tells, after the battle (from ``t1`` to ``high``), an attempt by ``party`` that set it
    off (اندلعت اشتباكات بين الحوثيين والمقاومة بعد محاولة الحوثيين التقدم): the side that started it."""
    for attempt in _ATTEMPT.finditer(norm, t1, high):
        if any(
            p.english == party.english and 0 <= p.start - attempt.end() <= _ATTEMPT_GAP for p in parties if p.english
        ):
            return True
    return False
