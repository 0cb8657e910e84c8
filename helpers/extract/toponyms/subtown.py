"""Places finer than the gazetteer (a district, a village, a wadi, a camp, a facility with no English name): which
words can be their names, and the romanised name an event row codes them by (ACLED writes a location finer than its
gazetteer by its own name, at the point of a place it is in).

The romaniser is a text normaliser shared with the actors' glosses (``helpers.text.romanise``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from helpers.extract.toponyms import evidence
from helpers.extract.toponyms.facilities import DESCRIPTIVE, HEADS, NAME_HEADS, SQUARES
from helpers.extract.toponyms.mention import PlaceMention
from helpers.resources.gazetteer import common_words, place_key
from helpers.text.arabic import AR, MARK_CHARS, MARKS
from helpers.text.clitics import clitic_variants
from helpers.text.normalize import normalize_letters
from helpers.text.romanise import romanise_name
from helpers.text.spans import SpanIndex

_PLURAL_PRONOUN = re.compile("(?:هم|هن|كم|هما)$")
_PRONOUN = re.compile("(?:ها|هم|هما|هن|كم|نا)$")


def ordinary_word(word: str, rare_below: int = 30) -> bool:
    """Whether a word is an ordinary word of news: in ``rare_below`` articles or more, or such a word under a
    proclitic (وجبال، بأنحاء) or with a pronoun attached (مناطق سيطرتهم، اجتاحتها، قنصلية بلاده)."""
    counts = common_words()
    if counts.get(word, 0) >= rare_below:
        return True
    bare = word[1:] if word[:1] in "وفبل" and len(word) > 3 else word
    stem = _PRONOUN.sub("", bare)
    forms = {bare, stem, stem[:-1] + "ه" if stem.endswith("ت") else stem} - {word}
    if len(word) > 4 and _PLURAL_PRONOUN.search(word):
        return True  # قضاء حاجاتهم: a noun with "their"; no name ends so (نهم is short)
    return any(len(f) >= 3 and counts.get(f, 0) >= 30 for f in forms)


def own_name(m: Any) -> str:
    """The romanised name of a place finer than any gazetteer entry (a district, a village, a facility the
    gazetteer cannot name in English: منطقة فضحة، قرية الذنبة، معسكر الصاعقة → Fadha, al-Dhanba, al-Sa'qa), or "".

    Not for a place the gazetteer names in English, nor for a facility named after a town or a country (مطار
    الحديدة، القنصلية السعودية: coded at that town by the row). Arabic writes no short vowels: the
    romanisation is approximate (``helpers.text.romanise``)."""
    p = m.place
    if p is not None and (p.name_en or p.source != "facility"):
        return ""
    words = _WORD.findall(m.surface)  # quotes off: جسر "الشلال"
    head = MARKS.sub("", words[0]).removeprefix("ال") if words else ""
    name = words[1:] if len(words) > 1 and normalize_letters(head) in _HEADS else words
    while len(name) > 1 and _key(name[-1]) in DESCRIPTIVE:
        name = name[:-1]  # سجن ليفورتوفو الشهير، قاعدة العند العسكرية: the famous Lefortovo prison, the Anad base
    if p is not None and name and _key(name[-1]) in _TITLES:
        return ""  # مطار الملك (خالد): a name cut after a title
    town = getattr(m, "extra", {}).get("town")
    inside = town is not None and m.start <= town.start and town.end <= m.end
    if not name or inside or _key(name[-1]).endswith("يه"):
        return ""  # ميناء طرابلس، القنصلية السعودية: a town's name, a country's adjective
    square = town is not None and normalize_letters(head) in SQUARES  # ساحة التحرير وسط بغداد: a square's name
    if p is not None and not square and all(ordinary_word(_key(w), _ORDINARY) for w in name):
        return ""  # ملعب المباراة، قنصلية بلاده، فندق بالقرب: no name, a description
    if p is not None and _nisba(name):
        return ""  # مسجد شيعي، سجن مركزي: an adjective agreeing with the head, not its name
    return romanise_name(" ".join(MARKS.sub("", w) for w in name))


_HEADS = frozenset(h.removeprefix("ال") for h in HEADS) - NAME_HEADS
_ORDINARY = 200  # news articles: a facility's name made of words this common is a description (ملعب المباراة)
_TITLES = frozenset({"الملك", "الامير", "الشيخ", "الشهيد", "الرئيس", "الامام", "ابو", "بن", "ام", "عبد", "سيدي"})


_WORD = re.compile(f"[{AR}][{AR}{MARK_CHARS}]*")


def _key(word: str) -> str:
    return MARKS.sub("", normalize_letters(word))


def _nisba(name: list[str]) -> bool:
    """Whether a facility's one-word name is an indefinite adjective in ي whose feminine is a news word (مسجد
    شيعي: الشيعية، سجن مركزي: مركزية), not a name (ملعب ويمبلي)."""
    if len(name) != 1:
        return False
    word = _key(name[0])
    if word.startswith("ال") or not word.endswith("ي"):
        return False
    counts = common_words()
    return any(counts.get(form, 0) >= 30 for form in (word + "ه", "ال" + word + "ه"))


def unknown_places(text: str, norm: str, known: list[PlaceMention]) -> list[PlaceMention]:
    """Names the gazetteer lacks after a place word (مدينة، بلدة، قرية; a district's: منطقة، حي، مديرية، عزلة،
    وادي، ناحية، قضاء، مخيم; a word of the land: سهل، جبال، عقبة، ضاحية، قطاع; a junction's: مثلث، مفرق; a front's, a
    mountain's or a hill's, quoted only: جبهة «عكد»), a quote allowed between (منطقة "شيحة"): listed unresolved,
    never dropped. A word
    found in 30+ news articles is no unknown name (منطقة عسكرية، مدينة إلى); a quoted name keeps its words
    (منطقة "أبواب الحديد"), an unquoted one its first; after a district word a name may be in up to
    ``RARE_AFTER_DISTRICT`` articles (مديرية الملاجم)."""
    taken = SpanIndex((m.start, m.end) for m in known)
    found = []
    at = functools.cache(lambda: {m.start: m for m in known})  # the known mentions by start, for a bracket
    for cue in _UNKNOWN_CUE.finditer(norm):
        if cue.group("cue") in _QUOTED_ONLY and not cue.group("quote"):
            continue  # جبهة النصرة، جبل من الديون: a front, a mountain only with a quoted name (جبهة «عكد»)
        start = cue.start("name")
        close = _CLOSING.search(norm, start, start + 40) if cue.group("quote") else None
        words = list(_NAME_WORD.finditer(norm, start, close.start() if close else cue.end("name")))
        if cue.group("cue") == "جبهه" and (not close or len(words) > 1):
            continue  # جبهة «فتح الشام»، جبهة «تحرير الشام»: a group's name; a front's place is one quoted word
        words = words if close and len(words) <= 3 else words[:1]
        first = MARKS.sub("", words[0].group(0))
        second = _NAME_WORD.match(norm, words[-1].end() + 1) if not close else None
        # A word after و is the next place of a list (منطقة الحصبة وصوفان شمالي صنعاء), not the name's second word.
        joint = second is not None and second.group(0).startswith("و") and second.group(0) not in NAME_PARTICLES
        if second and not joint and norm[words[-1].end()] == " " and _located(norm, second.end()):
            pair = (first, MARKS.sub("", second.group(0)))
            if not ordinary_word(pair[1]) and not any(w.endswith(("ي", "يه")) for w in pair):  # حي شعبي مكتظ
                words.append(second)  # حي عرب جبور التابع لمنطقة الدورة: a rare second word, then what places it
        following = _NAME_WORD.match(norm, words[-1].end() + 1) if not close else None
        if first in NAME_PARTICLES and following and norm[words[-1].end()] == " ":
            second = MARKS.sub("", following.group(0))
            if first in _INSTITUTION_PARTICLES and _institution(second) and not _located(norm, following.end()):
                continue  # سوق شعبي، قصر الرئاسة، دار الأيتام: an institution, not a district's name
            words.append(following)  # مديرية جبل حبشي، قرية كفر سجنة: a particle begins a two-word name
            third = _NAME_WORD.match(norm, following.end() + 1) if second in _FILIATION else None
            if third and norm[following.end()] == " ":
                words.append(third)  # منطقة قصر بن غشير، حي باب أبو حسن: بن/أبو take the next word along
        if len(first) < 3 or first.endswith(("يه", "يين", "يون")) or first.startswith(("لل", "ال" + "ت")):
            continue  # المدينة الساحلية، مدينة ليبية: an adjective, not a name
        end = words[-1].end()
        named = len(words) > 1 or not ordinary_word(first, _rare_below(cue.group("cue") or "حي", first))
        junction = cue.group("cue") in ("مثلث", "مفرق")  # مثلث الموت جنوب بغداد: a nickname, no place
        named = named or (first.startswith("ال") and not junction and _located(norm, words[-1].end()))
        named = named and not any(v in evidence.PLACE_CUES for v in clitic_variants(first))  # مناطق مديريتي
        if not named or taken.overlaps(start, end):
            continue  # مدينة إلى، بلده خارج، مديرية الصحة: common words are not unknown names
        key = place_key(MARKS.sub("", norm[start:end]))
        mention = PlaceMention(start, end, text[start:end], key, [], flag="not in gazetteer")
        found.append(_named_again(mention, norm, at))
    return found


def _named_again(m: PlaceMention, norm: str, known_at: Callable[[], dict[int, PlaceMention]]) -> PlaceMention:
    """An unknown name followed by another name of the same town in brackets (مدينة كوباني السورية (عين العرب),
    a nationality adjective allowed between) takes that town's place: the name the gazetteer knows
    (``known_at()``: the article's known mentions by their start)."""
    bracket = _BRACKET_AFTER.match(norm, m.end)
    if bracket is None:
        return m
    town = known_at().get(bracket.end())
    if town is None or town.place is None or town.place.kind not in _BRACKET_KINDS:
        return m
    if not _BRACKET_CLOSE.match(norm, town.end):
        return m
    m.place, m.lat, m.lon, m.precision = town.place, town.lat, town.lon, town.precision
    m.candidates, m.flag, m.confidence = [town.place], f"named again in brackets: {town.surface}", 0.7
    return m


_BRACKET_AFTER = re.compile(rf"\s*(?:[{AR}]+يه\s*)?\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")
# Not a city or a capital: a village's or a district's governorate seat in brackets (بلدة معرشمارين (إدلب)،
# مديرية الحيمة (صنعاء)) is where it lies, not another name of it.
_BRACKET_KINDS = frozenset({"town", "village"})


# Words of the battlefield (a front, a mountain, a hill) that head a place's name only when it is quoted.
_QUOTED_ONLY = frozenset({"جبهه", "جبل", "تبه"})
# A definite name after a district word may be as frequent as this (الملاجم، الفازة: in 40-50 news articles),
# since news writes those words before names; any other, fewer than 30 (common_words).
_DISTRICT_CUES = frozenset(
    {"منطقه", "مناطق", "مديريه", "عزله", "ناحيه", "قضاء", "منطقتي", "مديريتي", "مديريات", "ناحيتي"}
)
RARE_AFTER_DISTRICT = 100


def _rare_below(cue: str, word: str) -> int:
    """How many news articles a word may be in and still be taken as an unknown name after ``cue``: more for a
    definite word after a district word (مديرية الملاجم), or any after مديرية/عزلة (مديرية نهم: Yemen's districts), than
    for an indefinite one (منطقة نيران, a fire zone)."""
    loose = cue in _DISTRICT_CUES and (word.startswith("ال") or cue in ("مديريه", "عزله", "مديريتي"))
    return RARE_AFTER_DISTRICT if loose else 30


# Words that begin a two-word place name (جبل حبشي، وادي عيان، عين عيسى، كفر نبل، دار سعد، سوق الطلح).
NAME_PARTICLES = frozenset(
    {"جبل", "وادي", "عين", "بئر", "راس", "ابو", "بني", "بيت", "كفر", "دير", "تل", "ام", "دار", "سوق", "باب", "قصر"}
)
# Particles that also begin an institution's name (سوق شعبي، قصر الرئاسة، دار الأيتام): their second word must be rare.
_INSTITUTION_PARTICLES = frozenset({"دار", "سوق", "قصر"})


def _institution(second: str) -> bool:
    """Whether the word after دار/سوق/قصر makes an institution: a common definite word (قصر الرئاسة، دار الضيافة)
    or a common adjective in ـي (سوق شعبي); a person's name stays a district (دار سعد، قصر بن غشير)."""
    return (second.startswith("ال") or second.endswith("ي")) and ordinary_word(second)


# Words of filiation inside a name: a third word belongs to it (قصر بن غشير، باب أبو حسن).
_FILIATION = frozenset({"بن", "ابن", "بنت", "ابو", "ام"})
# What follows a name to place it (مدينة الصدر الواقعة شرقي بغداد): then even a common word is a name.
_LOCATED = re.compile(
    r"\s*[،,]?\s*(?:(?:ال)?(?:واقع|تابع)[ةه]?|(?:ب?ال)?قرب|(?:شمال|جنوب|شرق|غرب)(?:ي|ي?\s+(?:شرق|غرب)ي?)?)\s"
)


def _located(norm: str, end: int) -> bool:
    """Whether the words after a name place it (الواقعة شرقي، التابعة ل، قرب، جنوب غربي; not the adjective
    الشمالي: بلدات الريف الشمالي)."""
    return bool(_LOCATED.match(norm, end))


_NAME_WORD = re.compile(f"[{AR}][{AR}{MARK_CHARS}]*")
_CLOSING = re.compile('["»”]')
# Dual place words (منطقتي السدة وحزم العديد): the first name after them; ``members`` finds the second.
_DUALS = "منطقتي|حيي|جبهتي|موقعي|ناحيتي|عزلتي|مخيمي|مديريتي|بلدتي|قريتي|مدينتي|مديريات|احياء"
# Words of the land that head a place's name as a district word does (قطاع باجوات، عقبة ثرة، جبال القلمون، سهل
# الغاب، ضاحية السيدة زينب): a plain, a mountain range, a pass, a suburb, a sector of a front.
_TERRAIN = "سهل|جبال|عقبه|ضاحيه|قطاع"
_UNKNOWN_CUE = re.compile(
    rf"(?<![{AR}])(?:[وفبل]?(?P<cue>مدينه|بلده|قريه|بلدات|قري|منطقه|مناطق|مديريه|عزله|وادي|ناحيه|قضاء|مخيم|مثلث"
    rf"|مفرق|جبهه|جبل|تبه|{_TERRAIN}|{_DUALS})|(?P<hay>[بل]?حي))"
    rf"\s+(?P<quote>[\"«“]\s*)?(?P<name>[{AR}][{AR}{MARK_CHARS}]*)"
)
