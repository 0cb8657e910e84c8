"""Facilities and sub-city places: HEAD + name (مطار معيتيقة، فندق تيبستي، سجن الكويفية، معسكر الصاعقة،
القنصلية السعودية في إسطنبول، ساحة الشهداء، شارع الحشيشة، حي المغار).

A facility is resolved to its own point when the named OpenStreetMap facilities (``places_facilities.tsv.gz``)
or the curated tables have its name; otherwise to the town named right after it (في/ب + town, within a few
words), else to the town its name is (ميناء طرابلس), with precision 2 and the facility's name kept; else, when its
name is a name (no figurative or mission head, no common word with an ending), to the nearest town or province of
its paragraph (قاعدة العند in an article on Lahj), as ACLED codes a site it cannot find; else it is listed
unresolved for review. A place name inside the facility's name (تيبستي in فندق تيبستي) is not a place of
its own.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from helpers.extract.toponyms import namesakes
from helpers.extract.toponyms.evidence import ambiguous, near_known
from helpers.extract.toponyms.mention import PlaceMention
from helpers.resources.gazetteer import Place, common_words, facilities, gazetteer
from helpers.text.arabic import AR, MARK_CHARS, MARKS

# Head word → type of the mention (normalised letters, without ال unless written so).
HEADS = {
    "معسكر": "facility", "فندق": "facility", "بوابه": "facility", "كليه": "facility", "سجن": "facility",
    "ميناء": "facility", "قاعده": "facility", "مرفا": "facility", "مطار": "facility", "مستشفي": "facility",
    "جامعه": "facility",
    "مسجد": "facility", "قنصليه": "facility", "القنصليه": "facility", "السفاره": "facility", "سفاره": "facility",
    "نقطه": "facility", "ساحه": "facility", "ميدان": "facility", "ملعب": "facility", "معبر": "facility",
    "جسر": "facility",
    # camps, museums, parks, mosques, shrines, hospitals, stadiums (not محطة: radio and power stations; not منفذ:
    # the perpetrator of an attack)
    "مخيم": "facility", "متحف": "facility", "حديقه": "facility", "متنزه": "facility", "جامع": "facility",
    "مرقد": "facility", "مشفي": "facility", "استاد": "facility",
    "شارع": "street", "حي": "district", "منطقه": "district",
    # heads that are part of the name (ACLED writes Jabal Barad, Hawd al-Ashraf): a mountain, a hillock, a basin
    "جبل": "district", "تبه": "district", "حوض": "district",
}  # fmt: skip
NAME_HEADS = frozenset({"جبل", "تبه", "حوض"})
# Words that describe a facility after its name (الشهير، الدولي, قاعدة العند الجوية، جبل يسوف الاستراتيجي): not
# part of its name.
DESCRIPTIVE = frozenset({
    "الشهير", "الشهيره", "الدولي", "الجديد", "الجديده", "القديم", "القديمه", "الرئيسي", "الرئيسيه", "المركزي",
    "المركزيه", "العسكري", "العسكريه", "الجوي", "الجويه", "الكبير", "الكبري", "الصغير", "السابق", "الحربي",
    "الاستراتيجي", "الاستراتيجيه", "الحيوي", "الحيويه",
})  # fmt: skip
# Head words that also name towns (معسكر is Mascara): alone they are places only after مدينة and the like.
HEAD_WORDS = frozenset(h.removeprefix("ال") for h in HEADS)
TOWN_KINDS = {"capital", "city", "town", "village"}
_PROVINCE_KINDS = {"region"}  # a province (curated: عسير، لحج، أبين) placing a facility named after no town
# Words that end a facility's name: prepositions, conjunctions, verbs of the sentence.
_NAME_PARTICLES = {"ابو", "بن", "ام", "عين", "بئر", "راس", "سيدي", "بني", "عبد", "سان", "سانت"}
_STOP = {"في", "من", "الي", "علي", "عن", "مع", "بعد", "قبل", "منذ", "حيث", "التي", "الذي", "الذين", "وسط", "داخل",
         "قرب", "بين", "عند", "لدي", "حتي", "او", "ثم", "ان", "انه", "كما", "هو", "هي", "امس", "اليوم",
         # descriptions, not names (مسجد تابع لقوات الطوارئ، معسكر واقع شمال المدينة، معسكر الحمزة الموالي للحوثيين)
         "تابع", "تابعه", "التابع", "التابعه", "واقع", "واقعه", "الواقع", "الواقعه", "مجاور", "المجاور",
         "الموالي", "المواليه", "موالي", "مواليه"}  # fmt: skip
# Heads of an organisation's name more than of a site's (كلية التربية، جامعة نايف): news names the institution (its
# staff, its studies), and the place golds never count it as a place; a town in its name stays a place.
INSTITUTION_HEADS = frozenset({"جامعه", "كليه"})
# Heads that news also uses figuratively (الساحة السياسية، ساحة داعش): their names must be names, not words.
_FIGURATIVE = {"ساحه", "ميدان", "نقطه"}
# Of them, a square told in a town (ساحة التحرير وسط بغداد، ميدان الشهداء في طرابلس) is a place whatever its word.
SQUARES = frozenset({"ساحه", "ميدان"})
# Unless its word is a fight's (ساحة المعركة في حلب، ميدان القتال): an arena, not a square.
_ARENAS = frozenset({"معركه", "معارك", "قتال", "حرب", "صراع", "مواجهه", "مواجهات", "جهاد", "نزاع", "عمليات", "شرف"})
# A mission stands in the capital of the country that hosts it, not at the nearest place the article names.
_MISSIONS = {"سفاره", "السفاره", "قنصليه", "القنصليه"}
_IN_TOWN = re.compile(rf"(?<![{AR}])(?:(?:في|داخل|قرب|وسط)(?![{AR}])|ب)")
_WORD = re.compile(f"[{AR}][{AR}{MARK_CHARS}]*")
_QUOTES = ('"', "«", "“")
_HEAD = re.compile(rf"(?<![{AR}])[وفبل]?(?P<head>{'|'.join(sorted(HEADS, key=len, reverse=True))})(?![{AR}])")


def _words_after(norm: str, start: int, n: int) -> list[tuple[int, int, str]]:
    """Up to ``n`` Arabic words after ``start``, stopping at punctuation."""
    words = []
    pos = start
    for match in _WORD.finditer(norm, start):
        gap = MARKS.sub("", norm[pos : match.start()]).strip(" \u0640")
        if gap and not (not words and gap in _QUOTES):
            break  # punctuation ends the name; an opening quote may stand before it (جسر "الشلال")
        words.append((match.start(), match.end(), MARKS.sub("", match.group(0))))
        pos = match.end()
        if len(words) == n:
            break
    return words


def _name_words(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The words of a facility's name: one, or two when the second is definite (ساحه الشهداء، كليه الشرطه
    العسكريه) and not a stop word."""
    first = words[0][2] if words else ""
    if not first or first in _STOP or len(first) < 2 or first in HEADS or first.startswith("لل"):
        return []  # السفارة حي...، مرفأ للرسو: no name follows the head
    if first.startswith("و") and common_words().get(first[1:], 0) >= 30:
        return []  # مستشفى وطواقم: a list, not a name
    if first.startswith("ب") and first not in gazetteer() and first[1:] in gazetteer():
        return []  # فندق بنيويورك: a hotel in New York, not one named after it
    name = [words[0]]
    second = len(words) > 1 and words[1][2] not in _STOP
    if second and (words[1][2].startswith("ال") or words[0][2] in _NAME_PARTICLES):
        name.append(words[1])  # ساحة الشهداء، سجن أبو سليم
    return name


def _town_after(
    end: int, known: list[PlaceMention], starts: list[int], norm: str, regions: bool = False
) -> PlaceMention | None:
    """The town named right after a facility: في/ب + town within six words of the same line (القنصلية السعودية
    في إسطنبول), or with ``regions`` a province (مسجد قوات الطوارئ الخاصة بعسير، قاعدة العند الجوية في لحج: a
    facility named after no town, placed by its province as ACLED places a site it cannot find); None when the
    next place is not such a place or is further. ``starts`` are the sorted starts of ``known``."""
    i = bisect.bisect_left(starts, end)
    after = known[i] if i < len(known) else None
    if after is None or after.place.kind not in (TOWN_KINDS | _PROVINCE_KINDS if regions else TOWN_KINDS):
        return None
    gap = norm[end : after.start]
    if len(gap.split()) <= 6 and _IN_TOWN.search(gap) and not any(ch in gap for ch in ".\n"):
        return after
    return None


def find_facilities(text: str, norm: str, known: list[PlaceMention]) -> list[PlaceMention]:
    """Facility, district and street mentions (HEAD + name); ``known`` are the article's resolved places."""
    found = []
    known = sorted((m for m in known if m.place is not None), key=lambda m: m.start)
    starts = [m.start for m in known]
    countries = functools.cache(lambda: {m.place.country for m in known if m.place.country})  # named towns' look-up
    # A facility's country may be named by its adjective only (السلطات المصرية، الأطراف الليبية): not a namesake.
    told = functools.cache(lambda: countries() | set(namesakes.adjective_countries(norm)))
    for head in _HEAD.finditer(norm):
        kind = HEADS[head.group("head")]
        name = _name_words(_words_after(norm, head.end(), 2))
        if not name:
            continue
        near = known[bisect.bisect_left(starts, head.start()) : bisect.bisect_left(starts, name[-1][1])]
        first_place = next((m for m in near if m.start == name[0][0]), None)
        start, end = head.start("head"), max(name[0][1], first_place.end) if first_place else name[-1][1]
        name = [w for w in name if w[1] <= end]  # ميناء طرابلس الليبية: the town's name ends the facility's
        if any(m.start <= start and end <= m.end and " " in m.key for m in _around(known, starts, start)):
            continue  # the whole name is a gazetteer place already (حي المغار، منطقة الهلال النفطي)
        key = " ".join([head.group("head"), *(w for _, _, w in name)])
        inner = [m for m in near if start <= m.start and m.end <= end]
        inner = [m for m in inner if m.place.kind != "country"]  # القنصلية السعودية: the country stays named
        if kind == "district" and inner and not any(_word_here(m, head.group("head"), known) for m in inner):
            continue  # منطقة الظهر الحمر، منطقة الدريهمي (by الحديدة): the district is the place itself
        towns = [m for m in inner if not ambiguous(m.key, m.candidates)]  # حي السوق: a district, not a town
        surface = text[start:end]
        at = _town_after(end, known, starts, norm) or next((m for m in towns if m.place.kind in TOWN_KINDS), None)
        at = at or (_town_after(end, known, starts, norm, regions=True) if kind == "facility" and not inner else None)
        place = _resolve(key, surface, kind, towns, at, told())
        own_words = [w for _, _, w in name]
        while len(own_words) > 1 and own_words[-1] in DESCRIPTIVE:
            own_words.pop()  # قاعدة العند الجوية: the name is العند; الجوية describes the base
        ordinary = any(common_words().get(w, 0) >= 30 for w in own_words)  # ساحة المعركة، منطقة عسكرية
        own_point = place is not None and place.source != "facility"
        first = name[0][2]
        descriptive = ordinary and (not first.startswith("ال") or first.endswith(("يه", "يين", "يون")))
        square = head.group("head") in SQUARES and _town_after(end, known, starts, norm) is not None
        square = square and not _ARENAS.intersection(w.removeprefix("ال") for _, _, w in name)
        figurative = not own_point and (
            (head.group("head") in _FIGURATIVE and ordinary and not square) or (kind != "facility" and descriptive)
        )  # ساحة المعركة؛ منطقة سكنية، شارع رئيسي (but حي السوق is a name; ساحة التحرير وسط بغداد, a square)
        named_head = head.group("head") in NAME_HEADS  # تبة الكشار: a hillock's name, kept unresolved
        if figurative or (place is None and ((kind != "facility" and not named_head) or ordinary)):
            continue  # منطقة سكنية، شارع رئيسي، ساحة المعركة: an ordinary noun phrase, not a name
        fallback = head.group("head") not in _FIGURATIVE | _MISSIONS and not any(map(derived_word, own_words))
        if place is None and not inner and fallback and (near := nearest_place(start, end, known, norm)) is not None:
            place = _resolve(key, surface, kind, [], near, told())  # قاعدة العند on Lahj: at Lahj (no namesake abroad)
        mention = PlaceMention(start, end, surface, key, [], role="location")
        if place is None:
            mention.flag = f"{kind}: town not named"
        else:
            mention.place, mention.lat, mention.lon = place, place.lat, place.lon
            mention.precision = place.precision
            mention.anchor = place.note if place.source == "facility" else ""
            mention.confidence = 0.7
        mention.extra["inner"] = inner
        if head.group("head") in INSTITUTION_HEADS and place is not None:  # كلية الصيدلة: an organisation; the
            mention.role, mention.extra["inner"] = "in_name", []  # town of جامعة صنعاء stays the place it names
        if place is not None and place.source == "facility" and at is not None:
            mention.extra["town"] = at  # مطار الحديدة: the town the facility is coded at (ACLED precision 2)
        elif place is None and not inner and (named := _named_town(name, countries(), text)) is not None:
            mention.extra["town"] = named  # جامعة غاريسا: unresolved here, coded at Garissa by an event row
        found.append(mention)
    return found


def nearest_place(start: int, end: int, known: list[PlaceMention], norm: str) -> PlaceMention | None:
    """The town or province nearest a facility named after no place the article names, in its paragraph and
    within ``_NEAR_CHARS`` (before or after: وسيطرت المقاومة في لحج على قاعدة العند), as ACLED codes a site it
    cannot find at the nearest named location; None when the paragraph names none. A place someone came from
    (قادما من الرياض) is not where the facility is."""
    best, gap = None, _NEAR_CHARS + 1
    for m in known:
        if m.place.kind not in TOWN_KINDS | _PROVINCE_KINDS or m.role == "in_name" or start <= m.start < end:
            continue
        if _ORIGIN.search(norm[max(0, m.start - 30) : m.start]):
            continue  # وصل إلى مطار هيثرو قادما من الرياض: Riyadh is where he came from
        lo, hi = (m.end, start) if m.end <= start else (end, m.start)
        if hi - lo < gap and "\n" not in norm[lo:hi]:
            best, gap = m, hi - lo
    return best


_NEAR_CHARS = 300  # about fifty words: the sentence or the next
# A place of origin: «قادما من»، «القادمة من»، «عائدا من»، «آتيا من» right before the name.
_ORIGIN = re.compile(r"(?:^|\s)(?:ال)?(?:قادم|عائد|[اآ]ت)[اةهي]?[ني]?\s+من\s*$")
# Endings that make a word of a common stem: a relative adjective (تدريبي، الحقوقيين), a feminine, an attached
# pronoun (يستقبله، عائداتها).
_DERIVING_ENDINGS = ("يين", "يون", "يه", "هما", "هم", "ها", "ي", "ه")


def derived_word(word: str) -> bool:
    """Whether a word is a common word with an ending (معسكر تدريبي، سجن الحقوقيين، قاعدة عائداتها), not a name:
    without ال and the ending it is a word of 30+ news articles, bare or definite (سنغاليين: السنغال)."""
    bare = word.removeprefix("ال")
    stems = [bare[: -len(end)] for end in _DERIVING_ENDINGS if bare.endswith(end) and len(bare) - len(end) >= 3]
    return any(max(common_words().get(s, 0), common_words().get("ال" + s, 0)) >= _RARE_NAME for s in stems)


def _named_town(name: list[tuple[int, int, str]], countries: set[str], text: str) -> PlaceMention | None:
    """The town a facility is named after when the places layer left that name out (a far town needs a cue on
    its own: جامعة غاريسا in an article on Kenya): a word of the name, rare in news, that names a town of a
    country the article names (``countries``; the most populous such town); else None. The facility stays
    unresolved in the places table (its name is a facility's, not a place of the text); an event at it is
    coded at that town."""
    for start, end, word in name:
        if common_words().get(word, 0) >= _RARE_NAME:
            continue  # مستشفى الثورة، سجن الحرية: a word, whatever town shares it
        towns = [c for c in gazetteer().get(word, ()) if c.kind in TOWN_KINDS and c.country in countries]
        if towns:
            town = max(towns, key=lambda c: c.population)
            mention = PlaceMention(start, end, text[start:end], word, [town], role="location")
            mention.place, mention.lat, mention.lon, mention.precision = town, town.lat, town.lon, 1
            return mention
    return None


_RARE_NAME = 30  # news articles: a word in fewer is a name, not an ordinary word


def _word_here(m: PlaceMention, head: str, known: list[PlaceMention]) -> bool:
    """Whether a place inside a district's name (منطقة X) is a word there rather than the town X: an ambiguous
    name (حي السوق, the market), unless the head is منطقة and the town lies within ``evidence.NEAR_KM`` of another
    place of the article that is not ambiguous (منطقة الدريهمي with الحديدة named)."""
    if not ambiguous(m.key, m.candidates):
        return False
    others = [k.place for k in known if k is not m and k.place.kind != "country" and not ambiguous(k.key, k.candidates)]
    return head != "منطقه" or not near_known(m.place, others)


def _around(known: list[PlaceMention], starts: list[int], offset: int) -> list[PlaceMention]:
    """The mentions that start at most eight words' worth of characters before ``offset``, or at it."""
    return known[bisect.bisect_left(starts, offset - 60) : bisect.bisect_right(starts, offset)]


def _resolve(
    key: str,
    surface: str,
    kind: str,
    inner: list[PlaceMention],
    town: PlaceMention | None,
    countries: set[str] | frozenset[str] = frozenset(),
) -> Place | None:
    """The facility's own point (OSM or curated), else the town it is in or named after, at precision 2. A listed
    facility of a country the article does not name (``countries``: its places' countries; none named, any)
    is a namesake: مسجد الروضة in an article on Sinai is not the Libyan mosque of that name."""
    for index in (facilities(), gazetteer()):
        own = index.get(key) or index.get(key.replace(" ال", " ", 1))
        if own and countries:
            own = [p for p in own if not p.country or p.country in countries]
        if own:
            best = own[0]
            return replace(best, kind=kind, precision=1 if best.source == "osm" else best.precision)
    at = town or next((m for m in inner if m.place.kind in TOWN_KINDS), None)
    if at is None:
        return None
    city = at.place
    precision = 2 if city.kind in TOWN_KINDS else max(2, city.precision)  # at a province's point: a region's
    return Place(surface, "", city.lat, city.lon, kind, city.country, 0, "facility", f"{city.source}:{city.source_id}",
                 precision=precision, note=city.name)  # fmt: skip
