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
