"""Ambiguity-aware matching: a name that news mostly uses as an ordinary word (سلطات authorities, الخبر the news,
الخمس the five, البيضاء white) becomes a place only with evidence in its context.

A name is *ambiguous* when it is one word, not a country, a capital, a continent or a city of a million, and ANT news
puts it in a place slot (after في/من/إلى, مدينة, شرق... or with ب) in under a fifth of its uses while using
it often (20+ times), or in under a third of its uses while it is a common word (30+ articles). Evidence is
one of: a place word right before it (مدينة، قرية، بلدية، وادي، حدود...); a spatial preposition right before it
(في، من، إلى، ب...) together with its country named elsewhere in the article or by a nationality adjective
(الفلسطينيين), a known place of the article within 150
km, or (for a region of no one country: أوروبا، النيل) nothing more; or a known place coordinated with it
(درنة والقبة). A definite name right after a definite noun (العملية البيضاء) reads as an adjective and is
not a place.
"""

from __future__ import annotations

from helpers.resources.gazetteer import Place, common_words, haversine_km, place_rates
from helpers.text.clitics import clitic_variants

# Words after which a name is accepted as a place: مدينة X, قرية X, شرق X...
PLACE_CUES = {
    "مدينه", "بلده", "قريه", "منطقه", "حي", "ضاحيه", "محافظه", "ولايه", "اقليم", "جزيره", "ميناء", "مدن", "مناطق",
    "بلدات", "قري", "محور", "بوابه", "مدخل", "ضواحي", "مشارف", "اطراف", "تخوم", "بلديه", "مدينتي", "العاصمه", "واحه",
    "قضاء", "ناحيه", "مديريه", "مخيم", "قطاع", "وادي", "حدود", "مديريتي", "محافظتي", "مديريات", "محافظات",
}  # fmt: skip
# Dual and plural place words: the names listed after them with و or commas are places too (مديريتي التحيتا
# والدريهمي، محافظات الحديدة وصعدة والجوف).
LIST_CUES = {"مدينتي", "مديريتي", "محافظتي", "بلدتي", "قريتي", "مدن", "بلدات", "قري", "مناطق", "مديريات", "محافظات",
             "ولايات", "احياء", "مخيمات"}  # fmt: skip
SPATIAL = {"في", "من", "الي", "نحو", "داخل", "عبر", "حتي", "قرب", "بين", "وسط", "علي", "عن", "خارج"}
# A compass direction before a name places it as a preposition does (شمال بعقوبة، جنوب غربي الخليل).
DIRECTIONS = {"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"}
_DEFINITE_FUNCTION_WORDS = {"الي", "التي", "الذي", "الذين", "اللذين", "اللتين", "الان", "اليوم", "الا"}
SLOT_SHARE_RARE, SLOT_SHARE_COMMON = 0.2, 0.35
NEAR_KM = 150.0
BIG_CITY = 1_000_000
# Kinds named as subjects and objects as often as in a place slot (أوروبا تواجه، يريد كل أوروبا): never a word.
_NEVER_WORDS = frozenset({"country", "capital", "continent"})


def ambiguous(key: str, candidates: list[Place]) -> bool:
    """True when the name is more often an ordinary word than a place in news (see the module docstring)."""
    if " " in key or any(c.kind in _NEVER_WORDS or c.population >= BIG_CITY for c in candidates):
        return False  # countries, capitals, continents and cities of a million (دبي) are places before they are words
    seen, in_slot = place_rates().get(key, (0, 0))
    share = in_slot / seen if seen else 1.0
    if seen >= 20 and share < SLOT_SHARE_RARE:
        return True
    return common_words().get(key, 0) >= 30 and share < SLOT_SHARE_COMMON


def cue_before(words: list[str], i: int) -> bool:
    """True when the word before token ``i`` is a place word (مدينة، قرية، جنوب...)."""
    return i > 0 and any(v in PLACE_CUES for v in clitic_variants(words[i - 1]))


def preposition_before(words: list[str], i: int, attached: str) -> bool:
    """True when a spatial preposition or a compass direction stands right before token ``i``, or a preposition
    is attached to it: ``attached`` is what the written word has before the name (ب of بالقبة، ل of للقبة)."""
    before = words[i - 1] if i > 0 else ""
    toward = before.removeprefix("و").removeprefix("ب") in DIRECTIONS  # منطقة الحديد شمال غربي بعقوبة
    return before in SPATIAL or toward or attached.removeprefix("و").removeprefix("ف")[:1] in ("ب", "ل")


def near_known(candidate: Place, known: list[Place]) -> bool:
    """True when a known place of the article lies within ``NEAR_KM`` of the candidate."""
    return any(haversine_km(candidate.lat, candidate.lon, p.lat, p.lon) <= NEAR_KM for p in known)


def adjective_after_definite(words: list[str], i: int, key: str) -> bool:
    """العملية البيضاء، الدول الخمس: a definite name right after a definite noun reads as its adjective."""
    if i == 0 or not key.startswith("ال"):
        return False
    before = words[i - 1]
    if before in SPATIAL or before in _DEFINITE_FUNCTION_WORDS:
        return False  # إلى القبة، التي البيضاء: إلى and التي only look definite
    return before.startswith(("ال", "وال", "بال", "لل")) and not any(v in PLACE_CUES for v in clitic_variants(before))


def verb_cue(text: str, token: tuple[int, int, str]) -> bool:
    """Whether the place word before a name is the verb أدى (led to) written as وادي once normalised: «وأدى إلى
    مقتل» is no valley (the valley is written وادي, never with أ)."""
    start, end, key = token
    return key.endswith("ادي") and "أ" in text[start:end]
