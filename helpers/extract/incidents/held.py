"""What a strike hit, told by who holds it (قصف على القرى التي يسيطر عليها التنظيم، غارات على مناطق خاضعة لسيطرة
الحوثيين): the holder is the strike's target, the way ACLED codes a strike on a side's ground."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

Party = Any  # a ``sides.Party`` (start, end, name, english, kind, actor_type, country)
AR = "\u0621-\u064a"

# After the struck ground: a relative clause of holding (التي يسيطر عليها، الذي كانت تسيطر عليه، يسيطر عليها) or a
# participle of it (الخاضعة لسيطرة، الواقعة تحت سيطرة); the holder follows right away.
_HELD_BY = re.compile(
    rf"(?<![{AR}])(?:(?:التي|الذي|اللتين|اللذين)\s+)?(?:(?:كان|كانت)\s+)?(?:يسيطر|تسيطر|يسيطرون)\s+(?:عليها|عليه|عليهما)"
    rf"\s+|(?<![{AR}])(?:ال)?(?:خاضعه|خاضع|واقعه|واقع)\s+(?:ل|تحت\s+)(?:سيطره|نفوذ)\s+"
)
_HELD_CHARS = 90  # how far after the act the holding clause may start (حملة قصف كثيفة على المدن والقرى، التي)
_HOLDER_GAP = 3  # the holder's name right after the clause (لل، an opening quotation mark)


def held_target(norm: str, t1: int, high: int, parties: Sequence[Party], actor1: Party) -> Party | None:
    """The holder of the ground a strike ending at ``t1`` hit, told in its clause after it (within ``high``): that
    party; None when no holding clause follows, no party starts right after it, or it is actor 1, or actor 1 is
    the civilians the act killed (told before it)."""
    if "civilian" in (actor1.kind, actor1.actor_type):
        return None  # قتل مدنيون في قصف على قرية يسيطر عليها: the dead are its target, not the holder
    clause = re.split(r"[.؛]", norm[t1 : min(high, t1 + _HELD_CHARS)], maxsplit=1)[0]
    held = _HELD_BY.search(clause)
    if held is None:
        return None
    at = t1 + held.end()
    holder = next((p for p in parties if at <= p.start <= at + _HOLDER_GAP), None)
    if holder is None or holder.name == actor1.name or "civilian" in (holder.kind, holder.actor_type):
        return None
    return holder


# A relative clause telling what an act hit, right after it or after its adjectives (الهجوم الذي استهدف، التفجير
# الإرهابي الذي استهدف، الهجوم الغادر الجبان الذي طال), or right after an indefinite act (تفجير انتحاري استهدف);
# or where it happened, when that is a side's building or camp (الذي وقع في مسجد قوات الطوارئ): its owner was hit.
_TARGETED = re.compile(
    rf"(?:(?:\s+ال[{AR}]{{3,}}){{0,2}}\s+(?:الذي|التي)|(?:\s+(?!ال)[{AR}]{{3,}}(?:ي|يه|ه)){{0,2}})"
    rf"\s+(?:استهدف|استهدفت|طال|طالت|ضرب|ضربت)\s+(?!(?:في|داخل|خلال)\s)"  # استهدفت في جبهة: a place, no target
    rf"|(?:\s+ال[{AR}]{{3,}}){{0,2}}\s+(?:الذي|التي)\s+(?:وقع|وقعت)\s+(?:في|داخل)\s+(?:ال)?"
    rf"(?:مسجد|جامع|مقر|معسكر|ثكنه|مركز|مبني|حاجز)\s+"
)
# Who carried out or claimed the act, after what it hit (الذي استهدف ... وتبناه تنظيم داعش): not its target.
_CLAIMED = re.compile(rf"(?<![{AR}])و?(?:نفذ|نفذه|نفذته|نفذها|تبني|تبناه|تبنته|شنه|شنته|قد)(?![{AR}])")
_HIT_GAP = 30  # what an act hit follows its relative verb closely


def hit_after(norm: str, t1: int, after: Sequence[Party]) -> list[Party] | None:
    """What a noun act ending at ``t1`` hit, told by a clause right after it: the first party within a few words
    of the clause's verb that is not who claimed the act (an empty list when none is); None when no such clause
    follows."""
    targeted = _TARGETED.match(norm, t1)
    if targeted is None:
        return None
    end = targeted.end()
    return [p for p in after if end <= p.start <= end + _HIT_GAP and not _CLAIMED.search(norm, end, p.start)][:1]


# Where an act happened, when that is a side's building or camp, told in the act's clause (فجر انتحاري نفسه داخل
# مسجد في مقر قوات الطوارئ، انفجار عبوة أمام مقر للشرطة): the building's noun, perhaps a second one (مسجد في مقر).
_FACILITY = re.compile(
    rf"(?<![{AR}])(?:في|داخل|امام|قرب|بجوار|عند)\s+(?:ال)?(?:مسجد|جامع|مقر|مقار|معسكر|ثكنه|مركز|مبني|حاجز|نقطه)"
    rf"(?:\s+(?!في\s)(?:ل|لل)?[{AR}]{{2,}}(?:ي|يه))?(?:\s+(?:في|داخل|ب)\s*(?:ال)?(?:مقر|معسكر|مركز|مبني))?\s+(?:ل|لل)?"
)
_FACILITY_CHARS = 60  # how far after the act the building may be told


def facility_owner(norm: str, t1: int, high: int, parties: Sequence[Party], actor1: Party) -> Party | None:
    """The side whose building or camp an act ending at ``t1`` hit, told right after the building's noun in the
    act's clause (داخل مسجد في مقر قوات الطوارئ): that side; None when none is told, or it is actor 1."""
    clause = re.split(r"[.؛،,]", norm[t1 : min(high, t1 + _FACILITY_CHARS)], maxsplit=1)[0]
    where = _FACILITY.search(clause)
    if where is None:
        return None
    at = t1 + where.end()
    owner = next((p for p in parties if p.start == at), None)
    if owner is None or owner.name == actor1.name or owner.kind not in ("state", "armed", "named"):
        return None
    return owner
