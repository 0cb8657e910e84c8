"""Relative locations: جنوب درنة, على بعد 70 كلم شرقي درنة, على بعد عشرات الكيلومترات من بنغازي.

The anchor, the compass direction and the distance (digits or Arabic number words; km, كلم، كم، كيلومتر، ميل)
are kept; the point is moved by the distance towards the direction, and the precision becomes 2 (near a town).
A vague distance (عشرات، بضعة، مئات الكيلومترات) keeps a round figure and a flag saying so.
"""

from __future__ import annotations

import math
import re

from helpers.extract.toponyms.mention import PlaceMention
from helpers.text.arabic import AR, MARKS

DIRECTIONS = {"شمال": "N", "جنوب": "S", "شرق": "E", "غرب": "W", "شمالي": "N", "جنوبي": "S", "شرقي": "E", "غربي": "W"}
NUMBER_WORDS = {
    "واحد": 1, "اثنين": 2, "اثنان": 2, "ثلاثه": 3, "ثلاث": 3, "اربعه": 4, "اربع": 4, "خمسه": 5, "خمس": 5, "سته": 6,
    "ست": 6, "سبعه": 7, "سبع": 7, "ثمانيه": 8, "ثماني": 8, "تسعه": 9, "تسع": 9, "عشره": 10, "عشر": 10, "عشرين": 20,
    "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "اربعين": 40, "اربعون": 40, "خمسين": 50, "خمسون": 50, "ستين": 60,
    "ستون": 60, "سبعين": 70, "سبعون": 70, "ثمانين": 80, "ثمانون": 80, "تسعين": 90, "تسعون": 90, "مئه": 100,
    "مائه": 100, "مئتي": 200, "مائتي": 200, "مئتين": 200, "مائتين": 200, "ثلاثمئه": 300, "ثلاثمائه": 300,
}  # fmt: skip
# Vague amounts of kilometres: a round figure, flagged as approximate.
VAGUE = {"عشرات": 30.0, "بضعه": 5.0, "بضع": 5.0, "مئات": 300.0, "مات": 300.0}
KM_PER_MILE = 1.609
_DIR = "(?:شمال|جنوب|شرق|غرب)(?:ي)?"
_KM_UNIT = "(?:كيلومترا|كيلومترات|كيلومتر|كيلو\\s+مترا|كيلو\\s+متر|كلم|كم)"
_MILE_UNIT = "(?:ميلا|ميل|اميال)"
_NUMBER = "(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_AMOUNT = (
    rf"(?:(?P<digits>\d+(?:[.,]\d+)?)|(?P<number>{_NUMBER}(?:\s+و{_NUMBER})?))\s*(?P<unit>{_KM_UNIT}|{_MILE_UNIT})"
    rf"|(?P<vague>عشرات|بضعه|بضع|مئات)\s+(?:ال)?(?P<vague_unit>كيلومترات|الكيلومترات|اميال|الاميال)"
    rf"|(?P<dual>كيلومترين|ميلين)"
)
_RELATIVE = re.compile(
    rf"(?<![{AR}])(?:(?:علي\s+)?(?:بعد|مسافه)\s+(?:(?:نحو|حوالي|قرابه|اكثر\s+من|اقل\s+من)\s+)?(?:{_AMOUNT})\s+"
    rf"(?:(?:الي\s+)?(?:ال)?(?P<dir_far>{_DIR}(?:\s+{_DIR})?)\s+)?(?:(?:من|ل|عن)\s*)?"
    rf"|(?<![{AR}])(?P<dir>{_DIR}(?:\s+{_DIR})?)\s+(?:(?:من|ل)\s*)?)"
    rf"(?:(?:مدينه|بلده|قريه|العاصمه)\s+)?$"
)


def _without_marks(text: str) -> tuple[str, list[int]]:
    """``text`` without its marks, and for each kept character its offset in ``text``."""
    if not MARKS.search(text):  # most text has no marks
        return text, list(range(len(text)))
    where = [i for i, ch in enumerate(text) if not MARKS.fullmatch(ch)]
    return "".join(text[i] for i in where), where


def compass(words: str) -> str:
    """شمال شرق → NE; جنوب غربي → SW."""
    letters = "".join(DIRECTIONS[w] for w in words.split() if w in DIRECTIONS)
    return {"ES": "SE", "WS": "SW", "EN": "NE", "WN": "NW"}.get(letters, letters)


def distance_km(match: re.Match) -> tuple[float | None, bool]:
    """The distance in km of a relative expression, and whether it is vague (عشرات الكيلومترات)."""
    if match.group("vague"):
        km = VAGUE[match.group("vague")]
        return (km * KM_PER_MILE if "اميال" in match.group("vague_unit") else km), True
    if match.group("dual"):
        return (2 * KM_PER_MILE if match.group("dual") == "ميلين" else 2.0), False
    if match.group("digits"):
        value = float(match.group("digits").replace(",", "."))
    elif match.group("number"):
        value = float(sum(NUMBER_WORDS[w.removeprefix("و")] for w in match.group("number").split()))
    else:
        return None, False
    return (value * KM_PER_MILE if re.fullmatch(_MILE_UNIT, match.group("unit")) else value), False


def relative_location(m: PlaceMention, norm: str, text: str) -> None:
    """Keep the anchor, direction and distance of a relative location before ``m``; move its point."""
    if m.place is None:
        return
    left_raw = norm[max(0, m.start - 90) : m.start]
    rel = _RELATIVE.search(MARKS.sub("", left_raw))
    if not rel:
        return
    left, where = _without_marks(left_raw)
    rel = _RELATIVE.search(left)
    direction = compass(rel.group("dir") or rel.group("dir_far") or "")
    km, vague = distance_km(rel)
    if not direction and km is None:
        return
    m.anchor = m.place.name
    m.direction = direction
    m.extra.setdefault("own_start", m.start)
    m.start = m.start - len(left_raw) + where[rel.start()]
    m.surface = text[m.start : m.end]
    m.precision = max(2, m.place.precision)
    if km is not None:
        m.distance_km = round(km, 1)
        if vague:
            m.flag = "approximate distance"
        if direction:
            m.lat, m.lon = offset(m.place.lat, m.place.lon, direction, km)


def offset(lat: float, lon: float, direction: str, km: float) -> tuple[float, float]:
    """Move a point ``km`` towards a compass direction (N, S, E, W, NE...)."""
    dy = (("N" in direction) - ("S" in direction)) * km
    dx = (("E" in direction) - ("W" in direction)) * km
    if dx and dy:
        dx, dy = dx / math.sqrt(2), dy / math.sqrt(2)
    return round(lat + dy / 111.0, 4), round(lon + dx / (111.0 * math.cos(math.radians(lat))), 4)
