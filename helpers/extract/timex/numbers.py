"""Numbers written in Arabic words, in normalised spelling: cardinals up to the thousands (ألفين وثمانية عشر ->
2018), years read as two pairs (تسعة عشر وثمانية وسبعين -> 1978), and fractions of a unit (نصف، ربع، ثلث)."""

from __future__ import annotations

import re

from helpers.extract.timex.vocabulary import NUMBER_WORDS
from helpers.text.patterns import alternation as _alt

_TEEN_UNITS = {
    "احد": 1, "احدي": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2, "ثلاثه": 3, "ثلاث": 3, "اربعه": 4,
    "اربع": 4, "خمسه": 5, "خمس": 5, "سته": 6, "ست": 6, "سبعه": 7, "سبع": 7, "ثمانيه": 8, "ثماني": 8,
    "ثمان": 8, "تسعه": 9, "تسع": 9,
}  # fmt: skip
HUNDREDS: dict[str, int] = {"مئه": 100, "مائه": 100, "مئتين": 200, "مائتين": 200, "مئتان": 200, "مائتان": 200}
for _word, _n in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("تسع", 9)):
    HUNDREDS[_word + "مئه"] = HUNDREDS[_word + "مائه"] = _n * 100
THOUSANDS: dict[str, int] = {"الف": 1000, "الفين": 2000, "الفان": 2000, "الفي": 2000}
FRACTIONS: dict[str, float] = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3, "ثلاثه ارباع": 0.75}

TEEN_WORD = rf"{_alt(_TEEN_UNITS)}\s+عشر[ه]?"
TERM = rf"(?:{TEEN_WORD}|{_alt(HUNDREDS)}|{_alt(THOUSANDS)}|{_alt(NUMBER_WORDS)})"
SPELLED = rf"(?:{TERM}(?:\s+و\s*{TERM})*)"
SPELLED_YEAR = rf"(?:{_alt(THOUSANDS)}(?:\s+و\s*{TERM})*)"  # a year in words opens with its thousands


_WHITE = re.compile(r"\s+")
_TEEN = re.compile(r"(\S+) عشر[ه]?")
_AND = re.compile(r"\s+و\s*")


def _term(word: str) -> int | None:
    """The value of one term: a unit, a ten, a teen, a hundred or a thousand."""
    word = _WHITE.sub(" ", word.strip())
    for table in (NUMBER_WORDS, HUNDREDS, THOUSANDS):
        if word in table:
            return table[word]
    teen = _TEEN.fullmatch(word)
    if teen and teen.group(1) in _TEEN_UNITS:
        return 10 + _TEEN_UNITS[teen.group(1)]
    return None


def spelled_value(text: str) -> int | None:
    """A cardinal written in words: terms joined by و add up (ألف وسبعمائة وتسعة وثمانين -> 1789)."""
    terms = [_term(t) for t in _AND.split(text.strip())]
    if not terms or any(t is None for t in terms):
        return None
    return sum(terms)  # type: ignore[arg-type]


def spelled_year(text: str) -> int | None:
    """A year in words: a cardinal (ألفين وثمانية عشر -> 2018) or two pairs, hundreds then the rest
    (تسعة عشر وثمانية وسبعين -> 1978)."""
    terms = [_term(t) for t in _AND.split(text.strip())]
    if not terms or any(t is None for t in terms):
        return None
    if len(terms) > 1 and 11 <= terms[0] <= 29 and sum(terms[1:]) < 100:  # type: ignore[operator]
        return terms[0] * 100 + sum(terms[1:])  # type: ignore[operator]
    return sum(terms)  # type: ignore[arg-type]
