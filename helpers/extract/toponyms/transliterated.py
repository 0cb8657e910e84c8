"""Towns the Arabic gazetteer lacks, found by the consonants of their Latin names: ميناكا (Ménaka), مدينة ماسايا
(Masaya), مدينة بانو (Bannu), مديرية التحيتا (At Tuhayta), مدينة البوكمال (Albu Kamal), العاصمة جاكرتا.

A word is looked up in a town's slot, right after a word for a town (مدينة، بلدة، قرية، مديرية، ناحية، قضاء،
مخيم، العاصمة and their duals and plurals; a quote, or a nationality adjective and a comma, may stand between:
العاصمة الإندونيسية، جاكرتا); never after a word for a province (محافظة، ولاية، إقليم: GeoNames towns are not
provinces), except a province named after its seat (ولاية بالكسير، إقليم شرناق: coded at the seat, a GeoNames
administrative seat or a city of 100,000, never a smaller town); never when it is a gazetteer name, an adjective
(مدينة ليبية) or a common word of news (البلدة الصغيرة).
Its consonant skeleton (``resources.gazetteer_latin``) must be a GeoNames town's, its spelling with its written
vowels like that town's Latin name (``spelling_likeness`` at least ``LIKENESS``: ماسايا is Masaya, not Mesa),
and the town in a country its sentence names (a country, a place of it, its nationality adjective) or in the
country the article names most; in another country the article names, only when spelt alike at ``LIKENESS_FAR``
(مدينة ماسايا in a story that names the United States more than Nicaragua); the capital or the largest first.
A two-word name is tried before its first word.
Right after a spatial preposition (في، إلى، قرب، نحو; ب written onto a definite name: بالخفجي) a word is looked
up too, more strictly: a rarer word (in fewer than ``COMMON_AFTER_PREPOSITION`` articles, and in more than
``RARE`` only with a direction word after it: في البوكمال وحميمية شرق سوريا), four consonants or more, spelt
alike at ``LIKENESS_FAR``, in a country its sentence names by a place, not by a nationality adjective alone (في
سديروت جنوب إسرائيل; not في الكرتونة, Kurten, nor في موقعين, Mokena, nor اللاعب اليمني في الحسم, Al Hazm); three
consonants do for a word news never uses with a direction or قرب after it (في سيلوبي قرب الحدود مع العراق).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from helpers.extract.toponyms import evidence, namesakes
from helpers.extract.toponyms.mention import PlaceMention
from helpers.resources.gazetteer import Place, common_words, gazetteer
from helpers.resources.gazetteer_latin import arabic_skeleton, heard_as, latin_places, spelling_likeness
from helpers.text.arabic import AR, MARKS
from helpers.text.spans import SpanIndex

# Place words after which a name is a place (normalised letters; the dual and plural forms too).
SLOT_WORDS = (
    "مدينه", "مدينتي", "بلده", "بلدتي", "قريه", "قريتي", "مديريه", "مديريتي", "ناحيه", "قضاء", "العاصمه", "مخيم",
    "بلدات", "قري", "مدن", "مديريات",
)  # fmt: skip
_NAME = rf"\s+[\"«]?(?P<first>[{AR}]{{3,}})(?:\s+(?P<second>ال[{AR}]{{3,}}))?(?![{AR}])"
_SLOT = re.compile(rf"(?<![{AR}])[وفبل]?(?:ال)?(?P<cue>{'|'.join(SLOT_WORDS)})(?:\s+[{AR}]+يه\s*،)?{_NAME}")
# A province named after its seat (ولاية بالكسير، إقليم شرناق، محافظة قونية): only a seat or a city matches.
PROVINCE_WORDS = ("ولايه", "اقليم", "محافظه")
_PROVINCE_SLOT = re.compile(rf"(?<![{AR}])[وفبل]?(?:ال)?(?P<cue>{'|'.join(PROVINCE_WORDS)}){_NAME}")
_PREPOSITION_SLOT = re.compile(rf"(?<![{AR}])[وف]?(?P<prep>في|الي|قرب|نحو){_NAME}")
# ب written onto a definite name (في مداهمة بالخفجي): a preposition slot too, under the same strict tests.
_ATTACHED_SLOT = re.compile(
    rf"(?<![{AR}])[وف]?(?P<prep>ب)(?P<first>ال[{AR}]{{3,}})(?:\s+(?P<second>ال[{AR}]{{3,}}))?(?![{AR}])"
)
_ADJECTIVE_ENDINGS = ("يه", "يين", "يون")
# Slot words that are ordinary nouns too (a judiciary, a side, one's country, a summer camp): spelt alike at
# ``LIKENESS_FAR`` only.
_LOOSE_SLOT_WORDS = {"قضاء", "ناحيه", "بلده", "مخيم"}
_SLOT_WORDS = set(SLOT_WORDS)
LIKENESS, LIKENESS_FAR = 0.82, 0.9
COMMON_AFTER_PREPOSITION = 100
MIN_PREPOSITION_SKELETON = 4  # consonants of a name after في/إلى/قرب/نحو (في موقعين: "in two sites", not Mokena)
RARE = 2  # articles: a word after a preposition in no more is no word of news (سديروت is in none)
COMMON = 200  # a word in this many ANT articles is a word of news, not a town's name (التحيتا is in 150)


def transliterated_places(text: str, norm: str, known: list[PlaceMention]) -> list[PlaceMention]:
    """Mentions of towns found by their Latin skeleton (see the module docstring); ``known`` are the article's
    resolved mentions, whose spans are not looked up again and whose countries (with the article's nationality
    adjectives) are the countries a match may be in."""
    taken = SpanIndex((m.start, m.end) for m in known)
    slots = [
        s for pattern in (_SLOT, _PROVINCE_SLOT, _PREPOSITION_SLOT, _ATTACHED_SLOT) for s in pattern.finditer(norm)
    ]
    slots = [s for s in slots if not taken.overlaps(*s.span("first")) and s.group("first") not in _SLOT_WORDS]
    slots = [s for s in slots if _name_like(MARKS.sub("", s.group("first")), "prep" in s.groupdict())]
    slots = [s for s in slots if "prep" not in s.groupdict() or _placed(MARKS.sub("", s.group("first")), norm, s)]
    if not slots:
        return []
    countries = Counter(m.place.country for m in known if m.place is not None and m.place.country)
    countries.update(namesakes.adjective_countries(norm))
    if not countries:
        return []
    top = max(countries.values())
    bounds, named = _sentence_bounds(norm), {}
    ordered = sorted(known, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    found: list[PlaceMention] = []
    for slot in slots:
        first = MARKS.sub("", slot.group("first"))
        names = []
        if slot.group("second"):
            names.append((slot.span("first")[0], slot.span("second")[1], f"{first} {slot.group('second')}"))
        names.append((*slot.span("first"), first))
        span = bounds(slot.start())
        if span not in named:  # one look per sentence: a long sentence has many slots
            named[span] = _named_in(norm, span, ordered, starts)
        after_preposition = "prep" in slot.groupdict()
        places_here, adjectives_here = named[span]
        here = places_here if after_preposition else places_here | adjectives_here
        allowed = _allowed(here, countries, top, after_preposition)
        if not after_preposition and slot.group("cue") in _LOOSE_SLOT_WORDS:  # من ناحية ثانية، قضاء الوقت
            allowed = {c: LIKENESS_FAR for c in allowed}
        shortest = MIN_PREPOSITION_SKELETON if after_preposition else 2
        if after_preposition and _unheard_and_placed(first, norm, slot):
            shortest = MIN_PREPOSITION_SKELETON - 1  # في سيلوبي قرب الحدود: a word news never uses, placed
        seat = not after_preposition and slot.group("cue") in PROVINCE_WORDS
        for start, end, key in names:
            place = _match(key, allowed, shortest, not after_preposition, seat)
            if place is not None:
                mention = PlaceMention(start, end, text[start:end], key, [place], role="location")
                mention.place, mention.lat, mention.lon, mention.precision = place, place.lat, place.lon, 1
                mention.confidence, mention.flag = 0.6, "matched by its Latin name"
                found.append(mention)
                break
    return found


def _name_like(word: str, after_preposition: bool = False) -> bool:
    """Whether a word may be a town's name: not a gazetteer name (the places layer decided on it), not an
    adjective, not a common word of news."""
    bare = word.removeprefix("ال")
    if word in gazetteer() or bare.endswith(_ADJECTIVE_ENDINGS) or word.startswith("لل"):
        return False
    return common_words().get(word, 0) < (COMMON_AFTER_PREPOSITION if after_preposition else COMMON)


def _placed(word: str, norm: str, slot: re.Match) -> bool:
    """Whether a word after a preposition stands as a town: a word news never uses (in at most ``RARE``
    articles: في سديروت), or one with a direction, قرب or a place word among the next two words (في البوكمال
    وحميمية شرق سوريا، في البوكمال وحميمية، بمحافظة دير الزور; not في الحسم أمام منافسه, في الكواليس قبل الحفل)."""
    if common_words().get(word, 0) <= RARE:
        return True
    following = re.findall(rf"[{AR}]+", MARKS.sub("", norm[slot.end() : slot.end() + 40]))[:2]
    return any(w.removeprefix("و").removeprefix("ب") in _DIRECTIONS | evidence.PLACE_CUES for w in following)


def _unheard_and_placed(word: str, norm: str, slot: re.Match) -> bool:
    """Whether a word after a preposition is in at most ``RARE`` news articles and a direction or قرب follows it
    among the next two words (في سيلوبي قرب الحدود مع العراق): then three consonants are enough."""
    if common_words().get(word, 0) > RARE:
        return False
    following = re.findall(rf"[{AR}]+", MARKS.sub("", norm[slot.end() : slot.end() + 40]))[:2]
    return any(w.removeprefix("و").removeprefix("ب") in _DIRECTIONS for w in following)


_DIRECTIONS = {"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "قرب", "بالقرب"}


def _sentence_bounds(norm: str) -> Callable[[int], tuple[int, int]]:
    """A function giving the (start, end) of the sentence (full stops, line breaks, ؟ and !) around an offset."""
    stops = [m.start() for m in _STOPS.finditer(norm)]

    def bounds(at: int) -> tuple[int, int]:
        i = bisect.bisect_left(stops, at)
        return (stops[i - 1] + 1 if i else 0), (stops[i] if i < len(stops) else len(norm))

    return bounds


_STOPS = re.compile(r"[.\n؟!]")  # full stops, line breaks, question and exclamation marks


def _named_in(
    norm: str, span: tuple[int, int], known: list[PlaceMention], starts: list[int]
) -> tuple[set[str], set[str]]:
    """The countries a sentence names: its places' and its nationality adjectives'; ``known`` sorted by its
    ``starts``."""
    start, end = span
    inside = known[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
    here = {m.place.country for m in inside if m.place is not None}
    return here, set(namesakes.adjective_countries(norm[start:end]))


def _allowed(here: set[str], countries: Counter, top: int, after_preposition: bool) -> dict[str, float]:
    """The countries a town may be in, each with the spelling likeness it needs: those its sentence names and
    the one the article names most at ``LIKENESS``, the article's other countries at ``LIKENESS_FAR``; after a
    preposition only those its sentence names by a place (``here`` then holds no adjective's country), at
    ``LIKENESS_FAR``."""
    if after_preposition:
        return {c: LIKENESS_FAR for c in countries if c in here}
    return {c: LIKENESS if c in here or n == top else LIKENESS_FAR for c, n in countries.items()}


def _match(
    key: str, countries: dict[str, float], shortest: int = 2, bare: bool = True, seat: bool = False
) -> Place | None:
    """The GeoNames town of one of ``countries`` whose skeleton is the name's (with or without its article, or
    only with it when not ``bare``: after a preposition a definite noun is no town whose Latin name lacks it) and
    whose Latin name is spelt like it (at the likeness its country needs); with ``seat``, a province's seat or a
    city only (``kind`` city or capital)."""
    words = [key, key[2:]] if key.startswith("ال") and bare else [key]
    index = latin_places()
    for word in words:
        skeleton = arabic_skeleton(word)
        if len(skeleton) < shortest:
            continue
        here = [
            (countries[p.country] == LIKENESS, p)
            for p in index.get(skeleton, ())
            if p.country in countries
            and spelling_likeness(key, heard_as(p)) >= countries[p.country]
            and (not seat or p.kind in ("city", "capital"))
        ]
        if here:
            _, best = max(here, key=lambda x: (x[0], x[1].kind == "capital", x[1].kind == "city", x[1].population))
            return replace(best, name=key, note="matched by its Latin name")
    return None
