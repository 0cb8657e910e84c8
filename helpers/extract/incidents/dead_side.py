"""The dead are not who killed them: a side told as the dead of a killing (مقتل 20 من الحوثيين، قتل العشرات من
عناصر داعش، سقوط قتلى من الحوثيين، لقي 7 عناصر من داعش مصرعهم) is the act's actor 2, as ACLED codes the side that
lost them; actor 1 is then the other side the rules found, or nobody (the doer unknown in the sentence)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from helpers.extract.incidents.sides import NOBODY, Party

_AR = "\u0621-\u064a"
# A killing or a death told by its trigger (قتل، مقتل، مصرعهم، استشهاد، حتفهم، سقوط قتلى).
_DEATH = re.compile(r"[وفبل]?(?:ال)?(?:قتل|مقتل|مصرع|استشهاد|استشهد|حتف|سقوط|قتلى)")
# Between a death and its dead's side: a count or a unit (العشرات، 20، عناصر، على الأقل), then the partitive من
# (من الحوثيين، من عناصر داعش, a unit word inside the side's own mention).
_PARTITIVE_AFTER = re.compile(rf"\s*(?:[^\s،,.؛:]+\s+){{0,4}}?من\s+(?:[{_AR}]+\s+)?")
# Before a death told after its dead (لقي 7 عناصر من داعش مصرعهم): the verb of meeting death, a count, من.
_MET_BEFORE = re.compile(rf"(?<![{_AR}])[وف]?(?:لقي|لقيت|لقوا)\s+(?:[^\s،,.؛:]+\s+){{0,4}}?من\s+(?:[{_AR}]+\s+)?$")
# Words that start the killing's cause or doer, never a count of its dead (في غارة، برصاص، من قبل، على يد).
_CAUSE = frozenset(
    {
        "في",
        "خلال",
        "جراء",
        "اثر",
        "بعد",
        "يد",
        "ايدي",
        "برصاص",
        "بنيران",
        "قبل",
        "جانب",
        "طرف",
        "كل",
        "مع",
        "شنه",
        "شنها",
    }
)
# A definite killing is killing in general (الحكم عليه بالقتل، المبالغة في القتل من داعش: من names the doer).
_GENERIC = re.compile(r"[وفبل]?ال")
_NEAR = 60  # how far after the death its dead's side may start
# A killing verb (not a death noun): قتل may be active, its subject told with a partitive (قتل عنصران من الشرطة مسلحا).
_VERB = re.compile(r"[وف]?قتل(?:ت|وا)?$")
# Between an active killing's partitive subject and its object: nothing, or the object's count (خمسة مسلحين من طالبان).
_OBJECT_GAP = re.compile(
    rf"\s*(?:(?:\d+|(?:اثن|احد|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|عشرات|عده|عدد)[{_AR}]*)\s+(?:[{_AR}]+\s+)?(?:من\s+)?)?"
)


def _generic(norm: str, t0: int, t1: int) -> bool:
    """Whether the killing at ``t0``..``t1`` is told with the definite article (القتل، بالقتل), inside or before it."""
    return norm[max(0, t0 - 2) : t0] == "ال" or bool(_GENERIC.match(norm, t0, t1))


def dead_side(norm: str, span: tuple[int, int], party: Party) -> bool:
    """Whether ``party`` is told as the dead of the killing at ``span`` (a partitive after it, or لقي ... من X
    before its مصرع)."""
    t0, t1 = span
    if party.start < 0 or not _DEATH.match(norm, t0, t1) or _generic(norm, t0, t1):
        return False
    if t1 <= party.start <= t1 + _NEAR:
        gap = _PARTITIVE_AFTER.fullmatch(norm, t1, party.start)
        return gap is not None and not _CAUSE & set(norm[t1 : party.start].split())
    if party.end <= t0 and not norm[party.end : t0].strip():
        before = _MET_BEFORE.search(norm, max(0, party.start - 60), party.start)
        return before is not None and not _CAUSE & set(before.group(0).split())
    return False


def dead_not_doer(
    norm: str, span: tuple[int, int], parties: Sequence[Party], found: tuple[Party, Party]
) -> tuple[Party, Party]:
    """Actor 1 and actor 2 of a killing with its dead's side moved to actor 2 when it was read as actor 1 (that
    mention, or another of the same side: سقوط قتلى من الحوثيين after مليشيات الحوثي); the other side found stays
    as actor 1 unless it is the same side or civilians."""
    actor1, actor2 = found
    same = [p for p in parties if p == actor1 or (p.name, p.english) == (actor1.name, actor1.english)]
    dead = next((p for p in same if actor1.name and dead_side(norm, span, p)), None)
    if dead is None or _object_after(norm, span, dead, actor2):
        return found
    return (actor2 if _other_side(norm, dead, actor2) else NOBODY), dead


def _object_after(norm: str, span: tuple[int, int], dead: Party, other: Party) -> bool:
    """Whether ``other`` is the object of an active killing verb right after its partitive subject ``dead`` (قتل
    عنصران من الشرطة المصرية مسلحا، قتل ثلاثة من جنود الجيش خمسة مسلحين من طالبان): then the partitive is the doer."""
    if not other.name or other.start < dead.end or not _VERB.match(norm[span[0] : span[1]]):
        return False
    return _OBJECT_GAP.fullmatch(norm, dead.end, other.start) is not None


def _other_side(norm: str, dead: Party, other: Party) -> bool:
    """Whether ``other`` may stay actor 1 of a killing whose dead are ``dead``'s: another side, not civilians, not
    a force of the same state (استشهد 12 من منسوبي قوات الطوارئ ... مقر القوات), and when told after the dead, brought
    in by the killing's cause (في اشتباكات مع، برصاص), not joined to them (قتل 9 من الحوثيين و6 من المقاومة)."""
    if not other.name or (other.name, other.english) == (dead.name, dead.english) or other.kind == "civilian":
        return False
    if _forces(other) and _forces(dead) and (not other.country or not dead.country or other.country == dead.country):
        return False
    return other.start < dead.start or bool(_CAUSE & set(norm[dead.end : other.start].split()))


def _forces(party: Party) -> bool:
    """A state's forces (army, police, security forces, government)."""
    return party.kind == "state" or party.actor_type in ("army", "government", "state", "police")
