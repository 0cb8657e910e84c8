"""Small pure functions that normalise Arabic text for matching.

Display text is never normalised: these functions feed look-ups, deduplication
and comparisons. Functions that keep the string's length (one character in,
one character out) say so, because their output shares offsets with the input.
"""

from __future__ import annotations

import functools
import re

from helpers.text.arabic import AR, MARKS

_TATWEEL_CHAR = "\u0640"
# Harakat, tanween, shadda, sukun, superscript alef and Quranic marks.
_DIACRITIC_CHARS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
_ZERO_WIDTH_CHARS = "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff"
_TATWEEL = re.compile(_TATWEEL_CHAR)
_DIACRITICS = re.compile(f"[{_DIACRITIC_CHARS}]")
_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_CHARS}]")
# What ``normalize_for_matching`` drops, in one pass (each character is dropped alone, so the order is no matter).
_DROPPED = re.compile(f"[{_ZERO_WIDTH_CHARS}{_TATWEEL_CHAR}{_DIACRITIC_CHARS}]")
_WHITESPACE = re.compile(r"[^\S\n]+")
_ARABIC_LETTERS = re.compile(f"[{AR}\u0671-\u06d3\u06fa-\u06ff]+")
_LATIN_LETTERS = re.compile("[A-Za-z\u00c0-\u024f]+")

_ALEF_TABLE = str.maketrans({"\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627"})
# Alef maqsura and the Persian/Urdu yeh (ی) to yeh; the Persian keheh (ک) to kaf: web text mixes them in.
_YEH_TABLE = str.maketrans({"\u0649": "\u064a", "\u06cc": "\u064a", "\u06a9": "\u0643"})
_TEH_MARBUTA_TABLE = str.maketrans({"\u0629": "\u0647"})
_DIGIT_TABLE = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_QUOTE_TABLE = str.maketrans(
    {
        "\u00ab": '"',
        "\u00bb": '"',
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2032": "'",
    }
)


def strip_tatweel(text: str) -> str:
    """Remove the tatweel (kashida) used to stretch words: الجـيش -> الجيش."""
    return _TATWEEL.sub("", text)


def strip_diacritics(text: str) -> str:
    """Remove harakat, tanween, shadda and Quranic marks: مُحَمَّد -> محمد."""
    return _DIACRITICS.sub("", text)


def strip_zero_width(text: str) -> str:
    """Remove zero-width joiners, direction marks and stray byte-order marks."""
    return _ZERO_WIDTH.sub("", text)


def normalize_alef(text: str) -> str:
    """Map hamzated and madda alef forms (أ إ آ ٱ) to bare alef. Keeps length."""
    return text.translate(_ALEF_TABLE)


def normalize_yeh(text: str) -> str:
    """Map alef maqsura (ى) and Persian yeh (ی) to yeh (ي), Persian keheh (ک) to kaf (ك): Egyptian spelling
    swaps ى and ي, and text typed on Persian keyboards carries ی and ک. Keeps length."""
    return text.translate(_YEH_TABLE)


def normalize_teh_marbuta(text: str) -> str:
    """Map teh marbuta (ة) to heh (ه): درنة and درنه match. Keeps length."""
    return text.translate(_TEH_MARBUTA_TABLE)


def normalize_digits(text: str) -> str:
    """Map Arabic-Indic and Persian digits to ASCII digits: ٢٠١٨ -> 2018. Keeps length."""
    return text.translate(_DIGIT_TABLE)


def normalize_quotes(text: str) -> str:
    """Map guillemets and typographic quotes to ASCII quotes. Keeps length."""
    return text.translate(_QUOTE_TABLE)


def normalize_whitespace(text: str) -> str:
    """Collapse runs of spaces and tabs to one space, keep newlines, trim the ends."""
    return _WHITESPACE.sub(" ", text).strip()


_LETTERS_TABLE = {**_ALEF_TABLE, **_YEH_TABLE, **_TEH_MARBUTA_TABLE, **_DIGIT_TABLE, **_QUOTE_TABLE}


def normalize_letters(text: str) -> str:
    """Apply every length-keeping normalisation: alef, yeh, teh marbuta, digits, quotes (in one pass; cached,
    as every extractor normalises the same article and the same words)."""
    return _normalize_word(text) if len(text) <= 40 else _normalize_text(text)


@functools.lru_cache(maxsize=65_536)
def _normalize_word(text: str) -> str:
    """``normalize_letters`` of a word or name (many of them cached)."""
    return text.translate(_LETTERS_TABLE)


@functools.lru_cache(maxsize=512)
def _normalize_text(text: str) -> str:
    """``normalize_letters`` of a sentence or article (the last few hundred cached). Long texts go through a
    numpy look-up table over their code points, several times faster than ``str.translate``."""
    if len(text) < 200:
        return text.translate(_LETTERS_TABLE)
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return _letters_lut()[codes].tobytes().decode("utf-32-le", "surrogatepass")


@functools.lru_cache(maxsize=1)
def _letters_lut():
    """``_LETTERS_TABLE`` as an array over every code point (code point -> code point; 4.4 MB)."""
    import numpy as np

    lut = np.arange(0x110000, dtype=np.uint32)
    for source, target in _LETTERS_TABLE.items():
        lut[source] = target if isinstance(target, int) else ord(target)
    return lut


def normalize_for_matching(text: str) -> str:
    """The full matching key: no marks, no tatweel, normalised letters and spaces (cached for words)."""
    return _match_word(text) if len(text) <= 40 else _matching_key(text)


@functools.lru_cache(maxsize=65_536)
def _match_word(text: str) -> str:
    """``normalize_for_matching`` of a word or name (many of them cached)."""
    return _matching_key(text)


def _matching_key(text: str) -> str:
    """``normalize_for_matching`` uncached: zero-width characters, tatweel and marks dropped (what
    ``strip_zero_width``, ``strip_tatweel`` and ``strip_diacritics`` drop, in one pass), letters and white
    space normalised."""
    return normalize_whitespace(normalize_letters(_DROPPED.sub("", text)))


_NON_NAME = re.compile(f"[^{AR}0-9 ]+")


@functools.lru_cache(maxsize=65_536)
def name_key(text: str) -> str:
    """The matching key of a name (an actor's or a place's): normalised letters, no marks, hashtag marks and
    punctuation as spaces, single spaces (#الجيش_الليبي → الجيش الليبي)."""
    norm = MARKS.sub("", normalize_for_matching(text.replace("_", " ").replace("#", " ")))
    return " ".join(_NON_NAME.sub(" ", norm).split())


def arabic_share(text: str) -> float:
    """Share of letters in ``text`` that are Arabic (0.0 when it has no letters)."""
    arabic = sum(map(len, _ARABIC_LETTERS.findall(text)))
    latin = sum(map(len, _LATIN_LETTERS.findall(text)))
    total = arabic + latin
    return arabic / total if total else 0.0
