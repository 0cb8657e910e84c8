"""Members of a list of places the gazetteer lacks: after a dual or plural place word (منطقتي السدة وحزم العديد،
بلدتي الفوعة وكفريا، مديريتي رازح وكتاف، مناطق الجفينة والسائلة والسد القديم) every name joined to the first by و
(a comma allowed before it: مناطق المعاين، والطلح، ومران) is a place of its own, listed unresolved like the names
``subtown.unknown_places`` finds after a singular place word. ACLED codes one event per place, so an event told of
such a list becomes one row per member (``incidents.places.per_place``); until now only the first member, found
after the place word, was a place.

A member is one word (two when it opens with a name particle: وجبل المنعم، ودير العصافير), or two when a definite word
ends it before the next joint (والتباب السود); not a word found in ``ORDINARY_BELOW`` news articles or more
(واجزاء، والمنطقة، وقوات end the list), nor an adjective (الشرقية); the second of a dual may be a commoner word. A dual
place word has two members; a plural one at most ``MAX_MEMBERS``. A name the gazetteer knows may be a member too
(it stays as it was found, and the list goes on after it).
"""

from __future__ import annotations

import re

from helpers.extract.toponyms.evidence import LIST_CUES
from helpers.extract.toponyms.mention import PlaceMention
from helpers.extract.toponyms.subtown import NAME_PARTICLES, ordinary_word
from helpers.resources.gazetteer import place_key
from helpers.text.arabic import AR, MARK_CHARS, MARKS
from helpers.text.clitics import clitic_variants

# Dual place words of a district, a quarter, a front or a position (منطقتي، حيي، جبهتي، موقعي) besides the
# ``evidence.LIST_CUES`` of towns and provinces; a dual names exactly two places.
DUALS = frozenset({"منطقتي", "حيي", "جبهتي", "موقعي", "ناحيتي", "عزلتي", "مخيمي", "مدينتي", "مديريتي", "محافظتي",
                   "بلدتي", "قريتي"})  # fmt: skip
CUES = DUALS | frozenset(LIST_CUES)
MAX_MEMBERS = 10
ORDINARY_BELOW = 200  # a member may be in this many news articles (مران، التحيتا: towns named often in the war)
DUAL_ORDINARY_BELOW = 1000  # the second of a dual, more (منطقتي السدة وحزم العديد), never a word of every story
_CUE = re.compile(rf"(?<![{AR}])(?P<cue>[{AR}]+)\s+[\"«“]?\s*")
# What joins the next member: و, a comma before it allowed, and a singular place word (ومنطقة ماس).
_JOIN = re.compile(rf"\s*(?:[،,]\s*)?و(?:(?:منطقه|مديريه|بلده|قريه|حي|مدينه|ناحيه|عزله)\s+)?(?=[{AR}])")
_WORD = re.compile(f"[{AR}][{AR}{MARK_CHARS}]*")


def list_members(text: str, norm: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The members, after the first, of each list of places opened by a dual or plural place word that the
    gazetteer lacks (see the module): new unresolved mentions, flagged ``not in gazetteer; listed``."""
    by_start = {m.start: m for m in mentions}
    taken = [(m.start, m.end) for m in mentions]
    found: list[PlaceMention] = []
    for cue in _CUE.finditer(norm):
        word = next((v for v in clitic_variants(cue.group("cue")) if v in CUES), "")
        if not word or cue.end() not in by_start:
            continue
        last, dual = by_start[cue.end()], word in DUALS
        room = 1 if dual else MAX_MEMBERS - 1
        while room > 0:
            join = _JOIN.match(norm, last.end)
            if join is None:
                break
            start = join.end()
            known = by_start.get(start)
            if known is None:
                end = _member_end(norm, start, dual)
                if end is None or any(a < end and start < b for a, b in taken):
                    break
                known = PlaceMention(start, end, text[start:end], place_key(MARKS.sub("", norm[start:end])), [],
                                     flag="not in gazetteer; listed")  # fmt: skip
                found.append(known)
            last, room = known, room - 1
    return found


def _member_end(norm: str, start: int, dual: bool = False) -> int | None:
    """Where a member name that starts at ``start`` ends, or None when the word there is no name (see the
    module)."""
    word = _WORD.match(norm, start)
    if word is None:
        return None
    first = MARKS.sub("", word.group(0))
    if len(first) < 3 or first.endswith(("يه", "يين", "يون")) or first in CUES:
        return None
    following = _WORD.match(norm, word.end() + 1) if norm[word.end() : word.end() + 1] == " " else None
    if first in NAME_PARTICLES:
        return following.end() if following else None
    if first.startswith(("غير", "سوا")) or ordinary_word(first, DUAL_ORDINARY_BELOW if dual else ORDINARY_BELOW):
        return None  # مناطق عدة وغيرها: no member
    second = MARKS.sub("", following.group(0)) if following else ""
    if (
        following
        and second.startswith("ال")
        and not second.endswith(_ADJECTIVE_ENDS)
        and _JOIN_OR_END.match(norm, following.end())
    ):
        return following.end()  # والتباب السود والسد القديم: a name of two words, the second definite
    return word.end()  # وشدا الحدودية، والساحل الغربي: a definite adjective (a nisba) is no part of the name


# After a member: the next member's joint, or the end of the clause.
_JOIN_OR_END = re.compile(r"\s*(?:[،,.؛]|و|$)")
# How a definite adjective of relation ends (الحدودية، الغربي، السوريتين), which no two-word member ends with.
_ADJECTIVE_ENDS = ("يه", "ي", "يين", "يتين", "يون")
