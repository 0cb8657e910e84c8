"""A battle told with no side in its sentence (تستمر معارك الكر والفر في تعز، اشتباكات عنيفة بين الطرفين) is fought
by the two sides the article's other battles name: its most often told pair of opposed armed sides, the way an
analyst codes such a sentence from the article it stands in."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from helpers.extract.incidents.scope import COLUMN

_BATTLE = "Battles"
_SIDES = ("actor1", "actor1_en", "actor2", "actor2_en")
# Labels of people who are no armed side: a battle's pair never names them (Civilians (Yemen), Protesters).
_UNARMED = ("Civilians", "Protesters", "Rioters")


def _pair(row: Sequence) -> tuple[str, ...]:
    """A row's two sides, Arabic and English (actor 1, its English, actor 2, its English)."""
    return tuple(row[COLUMN[c]] or "" for c in _SIDES)


def article_pair(rows: Sequence[Sequence], threshold: float) -> tuple[str, ...] | None:
    """The article's most often told pair of opposed armed sides among its kept battle rows (the first told on a
    tie), or None when no kept battle names both its sides."""
    pairs: Counter = Counter()
    for row in rows:
        if row[COLUMN["event_type"]] != _BATTLE or (row[COLUMN["confidence"]] or 0.0) < threshold:
            continue
        a1, en1, a2, en2 = _pair(row)
        if a1 and a2 and en1 and en2 and en1 != en2 and not (en1.startswith(_UNARMED) or en2.startswith(_UNARMED)):
            pairs[(a1, en1, a2, en2)] += 1
    return max(pairs, key=lambda p: (pairs[p], -list(pairs).index(p))) if pairs else None


def sided_battles(rows: list[tuple], threshold: float) -> list[tuple]:
    """``rows`` with every battle row that names neither side given the article's pair (``article_pair``); the
    other rows as they are."""
    pair = article_pair(rows, threshold)
    if pair is None:
        return rows
    out = []
    for row in rows:
        if row[COLUMN["event_type"]] == _BATTLE and not any(_pair(row)):
            row = list(row)
            for column, value in zip(_SIDES, pair, strict=True):
                row[COLUMN[column]] = value
            row = tuple(row)
        out.append(row)
    return out
