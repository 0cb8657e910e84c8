"""Which side of a battle told by بين X و Y comes first: the one told as starting it (an attack or an attempt by
it, before the battle or after it), else the state's side, a state's forces or the militias that fight beside them,
the way ACLED orders a clash."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from helpers.text.normalize import normalize_letters as bare

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


# A battle's word that tells one side starting it (هجوم، هاجم، اقتحم، تسلل، محاولة): its doer stays first.
_STARTING = re.compile(rf"(?<![{AR}])[وف]?(?:هجوم|هجمات|هاجم|اقتحم|اقتحام|تسلل|محاول|شن)")
_KILLING = "قتل"  # the trigger table's action of a killing
_NAME_GAP = 12  # the doer's name right after the word (هجوم لمسلحي الحوثي، محاولة الحوثيين)
# Ground taken, and the words that tell a side losing it in the sentence (تحرير عدن من يد الميليشيات، مواقع كانت
# تسيطر عليها، فقدت سيطرتها، طرد الحوثيين من): a side read as taking ground there may be the one that lost it.
_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
_LOST = re.compile(
    rf"(?<![{AR}])(?:من\s+(?:يد|ايدي|قبضه)|كانت\s+(?:تسيطر|تحت)|كان\s+(?:يسيطر|تحت)|يسيطرون|تسيطر\s+عليها"
    rf"|[وف]?(?:فقدت|فقد|طرد|طردت|تطهير|دحر|دحرت))(?![{AR}])"
)
# Words of an armed group's Arabic name that name no group of their own.
_GROUP_WORDS = frozenset(
    {"جماعه", "قوات", "ميليشيات", "ميليشيا", "مليشيات", "مليشيا", "مسلحي", "عناصر", "تنظيم", "حركه"}
)


def loyal_militia_first(row: tuple, sentence: str, column: dict[str, int]) -> tuple:
    """A battle row whose actor 2 is a militia fighting beside a state (``PRO_GOVERNMENT``: قتل 15 من الحوثيين في
    مواجهات مع المقاومة، استولت المقاومة على مواقع كانت تسيطر عليها ميليشيات الحوثي) and whose actor 1 is an
    armed group fighting it: the militia first, the way ``state_first`` orders بين X و Y, unless the words tell the
    armed group starting it (its attack, its attempt), taking ground not told lost, or killing (its own dead not
    told after the killing verb); an unidentified group keeps its place."""
    one, two = row[column["actor1_en"]] or "", row[column["actor2_en"]] or ""
    if row[column["event_type"]] != "Battles" or not one or not PRO_GOVERNMENT.search(two):
        return row
    if PRO_GOVERNMENT.search(one) or _STATE_NAME.search(one) or _STARTING.search(bare(row[column["trigger"]] or "")):
        return row
    if row[column["sub_event_type"]] in _TERRITORY and not _LOST.search(sentence):
        return row  # استولى الحوثيون على صنعاء: a side told taking ground took it, unless told losing it
    stems = _stems(row[column["actor1"]])
    at = sentence.find(bare(row[column["trigger"]] or "")) if row[column["action"]] == _KILLING else -1
    if at >= 0 and not any(stem in sentence[at:] for stem in stems):
        return row  # مسلحو داعش قتلوا 7 من الحشد: a killing's dead told after it (قتل 15 من الحوثيين), else its doer
    for word in _STARTING.finditer(sentence):
        if any(stem in sentence[word.end() : word.end() + _NAME_GAP + len(stem)] for stem in stems):
            return row  # بعد محاولة الحوثيين التقدم: the Houthis started it
    out = list(row)
    for a, b in (("actor1", "actor2"), ("actor1_en", "actor2_en")):
        out[column[a]], out[column[b]] = row[column[b]], row[column[a]]
    return tuple(out)


def _stems(name: str | None) -> list[str]:
    """The words of a side's Arabic name that name it (جماعة الحوثي: حوثي; الحشد الشعبي: حشد، شعبي)."""
    words = [w.removeprefix("ال") for w in bare(name or "").split()]
    return [w for w in words if len(w) >= 4 and w not in _GROUP_WORDS]


# The English of a state's side, never an armed group fighting a militia beside it, or of a side nobody named.
_STATE_NAME = re.compile(
    r"Military Forces of|Police Forces of|Government of|coalition|Civilians|Protesters|Rioters|Unidentified"
)
