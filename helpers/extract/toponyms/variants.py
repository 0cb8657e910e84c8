"""Big cities written with other long vowels than the gazetteer's: شنغهاي (شانغهاي), كولالمبور (كوالالمبور),
بوجمبورا (بوجومبورا). Arabic news spells foreign names by ear, and the vowel letters ا و ي inside a name are
what varies most; the consonants stay.

A word that is no gazetteer name and no common word of news (in fewer than 30 ANT articles), of five letters or
more, is looked up by its vowel skeleton (``vowel_skeleton``: the letters ا و ي ى inside the word dropped, the
first and the last kept) among the capitals and the cities of ``BIG`` people or more; a clitic (و ب ل ف) may
stand before it. Only one place may share that skeleton, and the word must be one of its names with one inner
vowel letter more or less (``one_vowel_apart``): a vowel changed for another (مولان، ميلان) is another word.
"""

from __future__ import annotations

import functools
import re

from helpers.extract.toponyms.mention import PlaceMention
from helpers.resources.gazetteer import Place, common_words, gazetteer
from helpers.text.arabic import AR, MARK_CHARS, MARKS
from helpers.text.clitics import clitic_variants
from helpers.text.spans import SpanIndex

BIG = 1_000_000  # people: a city this big is named in foreign news, under more than one spelling
SHORTEST = 5  # letters: a shorter word's skeleton is shared by too many words
_TOKEN = re.compile(f"[{AR}{MARK_CHARS}]+")
_INNER_VOWELS = re.compile("(?<=.)[اويى](?=.)")


def vowel_skeleton(word: str) -> str:
    """A word without the long vowels inside it (first and last letters kept): شانغهاي and شنغهاي are both
    شنغهي."""
    return _INNER_VOWELS.sub("", word.replace(" ", ""))


def one_vowel_apart(word: str, name: str) -> bool:
    """Whether one of two words is the other with one more vowel letter inside it (كولالمبور، كوالالمبور)."""
    short, long = sorted((word, name.replace(" ", "")), key=len)
    if len(long) != len(short) + 1:
        return False
    return any(long[i] in "اويى" and long[:i] + long[i + 1 :] == short for i in range(1, len(long) - 1))


@functools.cache
def big_city_skeletons() -> dict[str, tuple[Place, tuple[str, ...]]]:
    """Vowel skeleton → the one capital or city of ``BIG`` people or more that has it, with its names of that
    skeleton (skeletons shared by two places left out), from the gazetteer's keys of ``SHORTEST`` letters or
    more."""
    found: dict[str, dict[tuple[str, str], Place]] = {}
    names: dict[str, set[str]] = {}
    for key, places in gazetteer().items():
        if len(key.replace(" ", "")) < SHORTEST:
            continue
        for p in places:
            if p.kind == "capital" or (p.kind == "city" and p.population >= BIG):
                found.setdefault(vowel_skeleton(key), {})[(p.source, p.source_id)] = p
                names.setdefault(vowel_skeleton(key), set()).add(key)
    return {
        skeleton: (next(iter(ps.values())), tuple(sorted(names[skeleton])))
        for skeleton, ps in found.items()
        if len(ps) == 1
    }


@functools.lru_cache(maxsize=65_536)
def _variant_of(word: str) -> tuple[int, Place] | None:
    """(length of the clitics before it, the big city) when ``word`` is another spelling of one, else None."""
    if word in gazetteer() or word in common_words():
        return None
    skeletons = big_city_skeletons()
    for rest in clitic_variants(word):
        if len(rest) >= SHORTEST and rest not in gazetteer() and rest not in common_words():
            place, names = skeletons.get(vowel_skeleton(rest), (None, ()))
            if place is not None and any(one_vowel_apart(rest, name) for name in names):
                return len(word) - len(rest), place
    return None


_SLOT_BEFORE = frozenset({"في", "الي", "من", "قرب", "نحو", "مدينه", "العاصمه", "عاصمه", "وفي", "والي"})


def _in_slot(norm: str, start: int, clitics: str) -> bool:
    """Whether a word at ``start`` stands where a place does: ب or ل written onto it, or a place preposition or
    a word for a town right before it (في بوجمبورا، العاصمة كولالمبور)."""
    if "ب" in clitics or "ل" in clitics:
        return True
    before = norm[max(0, start - 20) : start].split()
    return bool(before) and before[-1] in _SLOT_BEFORE


def spelling_variants(text: str, norm: str, known: list[PlaceMention]) -> list[PlaceMention]:
    """Mentions of big cities written with other inner vowels than the gazetteer's (see the module), outside the
    spans of ``known``."""
    taken = SpanIndex((m.start, m.end) for m in known)
    named = {m.place.country for m in known if m.place is not None and m.place.country}
    found = []
    for token in _TOKEN.finditer(norm):
        match = _variant_of(MARKS.sub("", token.group(0)))
        if match is None or taken.overlaps(*token.span()):
            continue
        offset, place = match
        # A word of news one vowel from a city (أدانوا Adana, هاربين Harbin, موارده Merida, المصل Mosul) stands
        # in no place slot: the variant must follow a place preposition or word, and a city that is no capital
        # must be in a country the article names.
        if not _in_slot(norm, token.start(), token.group(0)[:offset]):
            continue
        if place.kind != "capital" and place.country not in named:
            continue
        start, end = token.start() + offset, token.end()
        mention = PlaceMention(start, end, text[start:end], norm[start:end], [place], role="location")
        mention.place, mention.lat, mention.lon, mention.precision = place, place.lat, place.lon, place.precision
        mention.confidence, mention.flag = 0.6, f"another spelling of {place.name}"
        found.append(mention)
    return found
