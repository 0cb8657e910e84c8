"""Sides told beside the one that acts: the forces that back a subject before its verb (المقاومة المسنودة بقوات
الجيش الوطني وطيران التحالف قد سيطرت: the resistance took the place, the others backed it), and the ally told
right after a side (من ميليشيات الحوثي المتمردة وقوات صالح: one side with its ally, the first the one named)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from helpers.extract.incidents.clause_cues import Party


def backers_dropped(norm: str, t0: int, before: Sequence[Party]) -> list[Party]:
    """The actors before a verb at ``t0`` without those told as backing an earlier one (وكانت المقاومة المسنودة بقوات
    الجيش الوطني وطيران التحالف قد سيطرت: the resistance took it, the army and the coalition backed it)."""
    for i, party in enumerate(before):
        backed = _BACKED.match(norm, party.end)
        if backed is not None and backed.end() <= t0 and not _CLAUSE_BREAK.search(norm, backed.end(), t0):
            return list(before[: i + 1])
    return list(before)


_BACKED = re.compile(r"\s+(?:ال)?(?:مسنود|مدعوم)(?:ه|ين|ون)?\s+(?:ب|من\s+)")
_CLAUSE_BREAK = re.compile(r"[،,.:؛]|(?<![\u0621-\u064a])(?:ثم|بينما|فيما|حيث|بعد|قبل)(?![\u0621-\u064a])")


def joined_ally(norm: str, first: Party, second: Party) -> bool:
    """Whether ``second`` is told right after ``first`` joined by و, perhaps after its adjectives (من ميليشيات الحوثي
    المتمردة وقوات صالح): one side with its ally."""
    return second.start > first.end and bool(_ALLY_GAP.fullmatch(norm, first.end, second.start))


_ALLY_GAP = re.compile(r"(?:\s+ال[\u0621-\u064a]+){0,2}\s*و\s*")
