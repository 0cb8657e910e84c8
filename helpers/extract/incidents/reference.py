"""Definite descriptions that refer back to an actor the article names (ال العهدية, the article of prior mention):
a bare head noun with the definite article and no name after it (التحالف، التنظيم، الحركة، الجماعة) is the
actor the article names with that head (التحالف العربي، تنظيم القاعدة، حركة حماس، جماعة الحوثي), its most
named one; weapons told with their owner (طائرات التحالف، مقاتلات التحالف) are then that actor's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from helpers.extract.incidents.sides import Party
from helpers.text.arabic import AR
from helpers.text.normalize import normalize_letters

# The head nouns an organisation's name starts with (normalised, without the article).
HEADS = ("تحالف", "تنظيم", "حركه", "جماعه")
_DEFINITE_HEAD = re.compile(rf"(?<![{AR}])[وفب]?(?:ال|لل)(?P<head>{'|'.join(HEADS)})(?![{AR}])")
_NAME_HEAD = re.compile(rf"^(?:ال)?(?P<head>{'|'.join(HEADS)})\s+\S")
_ACTOR_TYPES = ("army", "armed_group", "organisation", "party")


def referents(mentions: Iterable[Any], named: Any) -> dict[str, Party]:
    """For each head noun, the actor the article names most often with it (``mentions``: the actors layer's
    mentions; ``named``: the analyst's name of a mention), as a party with no span."""
    counts: Counter[tuple[str, str, str, str, str]] = Counter()
    for m in mentions:
        name = m.canonical or m.surface
        head = _NAME_HEAD.match(normalize_letters(name))
        if head and m.type in _ACTOR_TYPES:
            counts[(head.group("head"), name, named(m), m.type, m.country or "")] += 1
    out: dict[str, Party] = {}
    for (head, name, english, kind, country), _ in counts.most_common():
        out.setdefault(head, Party(-1, -1, name, english, "named", kind, country))
    return out


def anaphors(norm: str, start: int, end: int, heads: dict[str, Party], taken: Sequence[Party]) -> list[Party]:
    """The bare definite head nouns of ``norm[start:end]`` outside ``taken`` that refer to an actor of ``heads``,
    each as that actor at its own span."""
    out = []
    for match in _DEFINITE_HEAD.finditer(norm, start, end):
        s, e = match.start(), match.end()
        referent = heads.get(match.group("head"))
        if referent is None or any(p.start < e and s < p.end for p in taken):
            continue
        head = match.start("head")
        at = head - 2 if norm.startswith("ال", head - 2) else head  # after لل: the preposition stays before it
        out.append(referent._replace(start=at, end=e))
    return out
