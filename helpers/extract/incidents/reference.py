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

from helpers.extract.incidents.naming import COMMAND
from helpers.extract.incidents.sides import Party
from helpers.resources.actor_tables import nationalities
from helpers.text.arabic import AR
from helpers.text.normalize import name_key, normalize_letters

# The head nouns an organisation's name starts with (normalised, without the article).
HEADS = ("تحالف", "تنظيم", "حركه", "جماعه")
_DEFINITE_HEAD = re.compile(rf"(?<![{AR}])[وفب]?(?:ال|لل)(?P<head>{'|'.join(HEADS)})(?![{AR}])")
_NAME_HEAD = re.compile(rf"^(?:ال)?(?P<head>{'|'.join(HEADS)})\s+\S")
_ACTOR_TYPES = ("army", "armed_group", "organisation", "party")
_DESCRIBED = re.compile(r"^[وفبل]?(?:ال|لل)?(?:ميليشيات|ميليشيا|مليشيات|مليشيا)(?:\s|$)")


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


# Heads that name an armed organisation of the story when the article names none with them (التنظيم: Boko Haram).
_ORGANISATION_HEADS = ("تنظيم", "جماعه")


def with_group(heads: dict[str, Party], group: Party) -> dict[str, Party]:
    """``heads`` where التنظيم and الجماعة with no actor of their head refer to the article's most named armed group
    (``group``; حيث اختطف التنظيم 110 فتيات in a story of Boko Haram)."""
    if not group.name:
        return heads
    return {**{head: group for head in _ORGANISATION_HEADS}, **heads}


def anaphors(norm: str, start: int, end: int, heads: dict[str, Party], taken: Sequence[Party]) -> list[Party]:
    """The bare definite head nouns of ``norm[start:end]`` outside ``taken`` that refer to an actor of ``heads``,
    each as that actor at its own span."""
    out = []
    for match in _DEFINITE_HEAD.finditer(norm, start, end):
        s, e = match.start(), match.end()
        referent = heads.get(match.group("head"))
        if referent is None or any(p.start < e and s < p.end for p in taken):
            continue
        if _other_adjective(norm, e, referent):
            continue  # الحركة التجارية، التحالف الاستراتيجي: another thing, not the actor
        head = match.start("head")
        at = head - 2 if norm.startswith("ال", head - 2) else head  # after لل: the preposition stays before it
        out.append(referent._replace(start=at, end=e))
    return out


# A relative adjective right after a head (التحالف الاستراتيجي، التنظيم الإرهابي).
_ADJECTIVE_AFTER = re.compile(rf"\s+ال(?P<stem>[{AR}]{{2,}}ي)(?:ه)?(?![{AR}])")
# Adjectives of an armed organisation: the head still refers to the actor (التنظيم الإرهابي، الجماعة المسلحة).
_ARMED_ADJECTIVES = ("ارهابي", "متطرفي", "جهادي", "متشددي", "اسلامي", "مسلحي")


def _other_adjective(norm: str, end: int, referent: Party) -> bool:
    """Whether a relative adjective after the head at ``end`` names another thing (الحركة التجارية): not a
    nationality, not an armed organisation's adjective, not a word of the referent's own name (جماعة الحوثي)."""
    match = _ADJECTIVE_AFTER.match(norm, end)
    if match is None:
        return False
    stem = match.group("stem")
    own = {w.removeprefix("ال") for w in normalize_letters(referent.name).split()}
    return not (stem in own or stem in _ARMED_ADJECTIVES or name_key("ال" + stem) in nationalities())


REBEL_TYPE = "rebel_group"


def rebel_group(mentions: Iterable[Any], named: Any, group: Party, militia: Party) -> Party:
    """Whom the article's rebels and militias (المتمردين، الميليشيات) are: the militia it says a person leads
    (``militia``), else its most named armed group of ACLED's rebel type (the Houthis, not the pro-government Giants
    Brigades named more), else its most named armed group (``group``)."""
    if militia.name:
        return militia
    if group.name and group.english == group.name and _DESCRIBED.match(normalize_letters(group.name)):
        group = Party(-1, -1, "", "", "")  # المليشيات المتناحرة: militias described, no group named
    counts = Counter(
        (m.canonical, named(m), m.country or "")
        for m in mentions
        if m.type == "armed_group"
        and m.canonical
        and getattr(m, "acled_type", "") == REBEL_TYPE
        and not COMMAND.search(m.canonical)  # غرفة عمليات المختار التابعة للقيادة العامة: the army's own
    )
    if not counts:
        return group
    (name, english, country), _ = counts.most_common(1)[0]
    return Party(-1, -1, name, english, "named", "armed_group", country)
