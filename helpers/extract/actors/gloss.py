"""English for actors: head words translated, names transliterated approximately."""

from __future__ import annotations

import re

from helpers.extract.actors.vocabulary import GROUP_HEADS, UNIT_WORDS
from helpers.text.arabic import MARKS
from helpers.text.normalize import name_key


def _romanize_word(word: str) -> str:
    """A rough reading of one unvowelled Arabic word in Latin letters (consonants plus long vowels)."""
    table = {
        "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
        "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f",
        "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ء": "'", "ئ": "'",
        "ؤ": "'", "ة": "a", "ى": "a",
    }  # fmt: skip
    w = normalize_alef_only(word)
    prefix = ""
    if w.startswith("ال") and len(w) > 3:
        prefix, w = "al-", w[2:]
    out = []
    for i, ch in enumerate(w):
        last = i == len(w) - 1
        if (ch == "ي" and i > 0 and not last and w[i - 1] not in "اوي") or (ch == "ي" and last and i > 0):
            out.append("i")
        elif ch == "و" and i > 0 and not last and w[i - 1] not in "اوي":
            out.append("u")
        elif ch == "ا" and i == 0:
            out.append("a")
        else:
            out.append(table.get(ch, ch))
    text = prefix + "".join(out)
    return text[:1].upper() + text[1:] if text else text


def normalize_alef_only(word: str) -> str:
    """Hamzated alefs to bare alef (a helper of the romaniser)."""
    return re.sub("[أإآٱ]", "ا", MARKS.sub("", word))


def group_gloss(name: str) -> str:
    """English for a unit or armed group: head and unit words translated, the rest transliterated.

    الكتيبة 210 مشاة → Infantry Battalion 210; مجلس شورى مجاهدي درنة → Shura Council of Mjahdi Drna.
    """
    key = name_key(name)
    words = [w.removeprefix("ال") if w.removeprefix("ال") in UNIT_WORDS else w for w in key.split()]
    number = next((w for w in words if w.isdigit()), "")
    if number and words[0] in UNIT_WORDS:
        kinds = [UNIT_WORDS[w] for w in words[1:] if w in UNIT_WORDS]
        return " ".join([*kinds, UNIT_WORDS[words[0]], number])
    plain = " ".join(w.removeprefix("ال") for w in key.split())
    for head, english in sorted(GROUP_HEADS.items(), key=lambda kv: -len(kv[0])):
        if plain.startswith(head + " "):
            return f"{english} {romanize(' '.join(name.split()[len(head.split()) :]))}"
    return romanize(name)


def romanize(name: str) -> str:
    """An approximate Latin transliteration of an Arabic name, for readers who do not read Arabic."""
    return " ".join(_romanize_word(w) for w in name.split())
