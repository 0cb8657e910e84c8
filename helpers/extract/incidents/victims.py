"""The dead named by a count as a side: which kind of actor the noun after the number names (civilians, forces,
fighters), read through the counted noun's accusative singular (16 متمردا، 52 عنصرا) as well as its plural, and
the label counted fighters get."""

from __future__ import annotations

import re
from collections.abc import Sequence

from helpers.extract.incidents.sides import Party
from helpers.extract.incidents.vocabulary import ACTOR_NOUN_ENGLISH, ACTOR_NOUN_KIND, REBELS
from helpers.text.normalize import normalize_letters

# Arabic counts 11-99 with the accusative singular (tamyiz: 16 متمردا، 80 مقاتلا); its sound plural (متمردين) or,
# for a noun whose plural is broken, that plural (عنصرا: عناصر) is what the actor nouns list.
_BROKEN_PLURAL = {"عنصر": "عناصر"}
_TANWIN = re.compile(r"ا$")


def victim_noun(who: str) -> str:
    """The actor noun a counted noun stands for: itself when listed, else the plural of its accusative singular
    (متمردا: متمردين، عنصرا: عناصر), else ''."""
    word = normalize_letters(who)
    if word in ACTOR_NOUN_KIND:
        return word
    if not _TANWIN.search(word):
        return ""
    stem = word[:-1]
    for plural in (_BROKEN_PLURAL.get(stem, ""), stem + "ين"):
        if plural in ACTOR_NOUN_KIND:
            return plural
    return ""


def victim_kind(who: str) -> tuple[str, str]:
    """The kind and English label of the dead named by a count: civilians unless the noun names forces or
    fighters; counted fighters (16 متمردا، 52 عنصرا) are labelled rebels, which the event table reads as the
    article's most named armed group (``kinds.armed_named``), as an analyst codes the dead of a battle; counted
    forces keep their noun's label (15 شرطيا: police, which the event table names by the event's country)."""
    noun = victim_noun(who)
    kind = ACTOR_NOUN_KIND.get(noun, "")
    if kind == "state":
        return kind, ACTOR_NOUN_ENGLISH.get(noun, "")
    return kind or "civilian", (REBELS if kind == "armed" else "")


# The partitive or the lam of belonging after counted fighters, the partitive perhaps with one word of membership
# (52 عنصرا من داعش، 488 عنصرا من منتسبي قوات الأمن، 50 عنصرا لقوات النظام), or nothing: the genitive of a plural
# (18 من عناصر البيشمركة): the side they belong to follows.
_OF_SIDE = re.compile(r"\s+(?:من\s+(?:[\u0621-\u064a]+\s+)?|(?=لل?[\u0621-\u064a]))?")
_GENITIVE = re.compile(r"\s+")
_NOT_CONSTRUCT = re.compile(r"(?:ين|ون|ا)$")
_OF_CHARS = 20  # how far after the count the side may start


def victims_side(norm: str, end: int, parties: Sequence[Party]) -> Party | None:
    """The side the counted dead ending at ``end`` are told to belong to (عنصرا من التنظيم، عنصرا من منتسبي قوات
    الأمن، عنصرا لقوات النظام، عناصر البيشمركة): the party right after the partitive, the lam or the noun, else
    None."""
    told = _OF_SIDE.match(norm, end)
    if told is None:
        return None
    at = told.end()
    bare = _GENITIVE.fullmatch(told.group(0)) is not None and not norm.startswith("ل", at)  # the genitive
    if bare and _NOT_CONSTRUCT.search(norm, max(0, end - 2), end):
        return None  # خمسة مسلحين متطرفين، 16 متمردا: a noun with its nun or tanwin heads no genitive
    near = (p for p in parties if told.start() < p.start <= at + 2 and p.start - end <= _OF_CHARS)
    return next((p for p in near if not bare or p.start == at), None)
