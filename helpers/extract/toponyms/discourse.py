"""One sense per article for a homograph: a name the analyst's table reads as an ordinary word unless a spatial
preposition stands before it (``places_homographs.csv``, needs ``preposition``: أبين, I clarify, and Abyan) is
that place wherever else the article writes it bare, once the article names it as a place (محافظة أبين، في أبين,
a list after عدن ولحج): تطهير أبين، في شرق أبين، مع ابين، بـ"أبين". Not right after a verb's particle (أن أبين، لم
نجد) nor with ف attached, nor with ل before a name that opens like a verb (لأبين: so that I clarify; but لمالي:
to Mali)."""

from __future__ import annotations

import re

from helpers.extract.toponyms.evidence import PLACE_CUES
from helpers.extract.toponyms.mention import PlaceMention
from helpers.extract.toponyms.readings import ADJECTIVE, NOT_ADJECTIVES
from helpers.resources.gazetteer import homographs, place_key
from helpers.text.arabic import AR
from helpers.text.spans import SpanIndex

# Particles before a verb in the imperfect (أن أبين، لن نجد، كي أبين): the homograph is that verb.
# A subject pronoun before it is the verb's too (إننا نجد، نحن نجد، أنا أبين); و or ف attached changes nothing
# (ولم نجد، وأن أبين).
VERB_PARTICLES = frozenset({"ان", "لن", "لم", "كي", "لكي", "لا", "ما", "سوف", "قد", "اود", "اريد", "دعني",
                            "انا", "نحن", "اننا", "انني", "اني", "لاننا", "لانني"})  # fmt: skip
FLAG = "named as a place elsewhere in the article"
# Letters that open a verb in the imperfect (أبين، نجد، تبين، يبين): ل before such a name is a verb's particle.
_IMPERFECT = frozenset("اأيتن")


def homographs_named_elsewhere(mentions: list[PlaceMention], text: str, norm: str) -> list[PlaceMention]:
    """``mentions`` (resolved) and, sorted in, the bare occurrences of a preposition homograph the article names
    as a place somewhere, with that place."""
    placed = {
        _bare(m.key): m
        for m in mentions
        if m.place is not None and m.role != "in_name" and homographs().get(_bare(m.key)) == "preposition"
    }
    if not placed:
        return mentions
    taken = SpanIndex((m.start, m.end) for m in mentions)
    added = [
        found
        for key, known in placed.items()
        for found in _bare_occurrences(key, known, text, norm)
        if not taken.overlaps(found.start, found.end)
    ]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _particle(word: str) -> bool:
    """Whether ``word`` is a verb's particle or subject pronoun, with و or ف attached or not (ولم، فلن)."""
    return word in VERB_PARTICLES or (word[:1] in ("و", "ف") and word[1:] in VERB_PARTICLES)


def _bare(key: str) -> str:
    """A name without the place word the gazetteer's row keeps before it (محافظه ابين → ابين)."""
    words = key.split()
    return words[1] if len(words) == 2 and words[0] in PLACE_CUES else key


def _bare_occurrences(key: str, known: PlaceMention, text: str, norm: str) -> list[PlaceMention]:
    """The occurrences of ``key`` as a word (و or ب before it allowed, a tatweel or a quote between) that no verb's
    particle precedes, as mentions of ``known``'s place."""
    found = []
    clitics = "وب" if key[:1] in _IMPERFECT else "وبل"  # لأبين: so that I clarify; لمالي: to Mali
    for hit in re.finditer(rf"(?<![{AR}])(?:[{clitics}]\u0640?)?(?P<name>{re.escape(key)})(?![{AR}])", norm):
        before = norm[max(0, hit.start() - 12) : hit.start()].split()
        if before and _particle(before[-1].strip('"«“')):
            continue
        start, end = hit.span("name")
        if place_key(norm[start:end]) != key or (start > hit.start() and _adjective_after(norm, end)):
            continue
        place = known.place
        found.append(PlaceMention(start, end, text[start:end], key, [place], place=place, precision=known.precision))
        found[-1].lat, found[-1].lon, found[-1].confidence, found[-1].flag = known.lat, known.lon, 0.6, FLAG
    return found


def _adjective_after(norm: str, end: int) -> bool:
    """Whether an indefinite adjective follows the word ending at ``end``: after a clitic, لمشهد وطني، بمشهد مؤثر
    (for a national scene, with a moving scene) are the noun, not Mashhad (في مالي قتلى stays Mali)."""
    after = norm[end : end + 40].split()
    if not after or norm[end : end + 1] != " ":
        return False
    return bool(ADJECTIVE.match(after[0])) and after[0] not in NOT_ADJECTIVES
