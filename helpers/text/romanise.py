"""A readable, approximate romanisation of an Arabic name no table spells: long vowels read from the letters
(و → ou, ي → i, ا → a, final ة/ى → a), a short "a" where a bare skeleton has no vowel at all (حفتر → Haftar),
ال → al-, عبد ال → Abdul. Arabic does not write short vowels, so this is a reading aid, not a spelling."""

from __future__ import annotations

import re

from helpers.text.arabic import MARKS

_CONSONANTS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z",
    "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "gh", "ف": "f", "ق": "q", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g", "ژ": "zh",
}  # fmt: skip
_HAMZA_ALEF = re.compile("[\u0622\u0623\u0625\u0671]")  # آ أ إ ٱ
_GLOTTAL = "ءئؤ"
_LONG = "اوي"  # letters that may write a long vowel
_AYN = "\u02bf"  # ayn as a consonant until the short vowels are placed: then an "a", or nothing before an "a"
_PARTICLES = {
    "بن": "bin", "ابن": "ibn", "بنت": "bint", "ابو": "Abu", "عبد": "Abd", "ابي": "Abi", "ام": "Umm", "ال": "Al",
}  # fmt: skip


def _plain(word: str) -> str:
    """The word without marks or tatweel, hamzated alefs as bare alef."""
    return _HAMZA_ALEF.sub("ا", MARKS.sub("", word).replace("\u0640", ""))


def _is_consonant(letter: str | None, first: bool = False) -> bool:
    """A letter read as a consonant (و and ي too when they open the word)."""
    if letter is None:
        return False
    return letter in _CONSONANTS or letter in "عة" or letter in _GLOTTAL or (first and letter in "وي")


def _weak_letter(w: str, i: int) -> tuple[str, bool]:
    """و or ي at ``i``: a long vowel between consonants (ou, i; final و → o, final ي → i, final يو → io),
    else the consonant (w, y)."""
    ch, prev = w[i], w[i - 1] if i else None
    nxt = w[i + 1] if i + 1 < len(w) else None
    after_consonant = i > 0 and _is_consonant(prev, i == 1)
    if after_consonant and (nxt is None or _is_consonant(nxt)):
        return (("o" if nxt is None else "ou") if ch == "و" else "i"), True
    if ch == "ي" and (nxt is None or (after_consonant and w[i + 1 :] == "و")):  # كوتينيو → Koutinio
        return "i", True
    if ch == "و" and nxt is None and prev == "ي" and i >= 2 and _is_consonant(w[i - 2]):
        return "o", True
    return ("w" if ch == "و" else "y"), False


def _sounds(w: str) -> list[tuple[str, bool]]:
    """(Latin, is a vowel) for each letter of a bare word, read from its neighbours."""
    out: list[tuple[str, bool]] = []
    i = 0
    while i < len(w):
        ch, nxt = w[i], w[i + 1] if i + 1 < len(w) else None
        if i == 0 and ch == "ا" and nxt in ("و", "ي"):  # اوباما → O-, ايلون → I-
            out.append(("o" if nxt == "و" else "i", True))
            i += 2
            continue
        if ch == "ا":
            out.append(("a", True))
        elif ch in "وي":
            out.append(_weak_letter(w, i))
        elif ch in "ىة":
            out.append(("a", True))
        elif ch == "ع":  # ayn: dropped at the start before a written vowel, a mark after a vowel, else a consonant
            if i == 0 and not _is_consonant(nxt) and nxt is not None:
                out.append(("", True))
            elif out and out[-1][1] and out[-1][0] and nxt is not None:
                out.append(("'", True))
            else:
                out.append((_AYN, False))
        elif ch in _GLOTTAL:
            out.append(("'" if 0 < i < len(w) - 1 else "", False))
        else:
            out.append((_CONSONANTS.get(ch, ch), False))
        i += 1
    return [s for s in out if s[0]]


def _with_short_vowels(sounds: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Short "a"s where no vowel is written: before the last consonant of a bare skeleton or of three final
    consonants (حفتر → Haftar, بولسن → Boulsan), and after the first consonant of a bare skeleton or of a
    word opening with consonants that are no onset of foreign names (Tr-, Bl-, St- stay): حسن → Hasan."""
    if len(sounds) < 2:
        return sounds
    bare = not any(vowel for _, vowel in sounds)
    out = list(sounds)
    if (bare and len(out) >= 3) or (len(out) >= 4 and not any(v for _, v in out[-3:])):
        out.insert(len(out) - 1, ("a", True))
    starts_cluster = len(out) >= 3 and not any(v for _, v in out[:3])
    onset = out[1][0] in ("r", "l", "w", "y") or (out[0][0] in ("s", "sh") and out[1][0] in "tkpmn")
    if (bare or starts_cluster or not onset) and not out[0][1] and not out[1][1]:
        out.insert(1, ("a", True))
    return out


def _ayn_as_a(sounds: list[tuple[str, bool]]) -> str:
    """The sounds joined, each consonantal ayn read as an "a" that merges with a vowel next to it (سعد → Saad,
    العند → al-Anad, صعدة → Saada, سعيد → Said)."""
    out = []
    for i, (latin, _) in enumerate(sounds):
        if latin == _AYN:
            nxt = sounds[i + 1] if i + 1 < len(sounds) else ("", False)
            after_a = i > 0 and sounds[i - 1][0].endswith("a")
            latin = "" if nxt[0].startswith("a") or (after_a and nxt[1]) else "a"
        out.append(latin)
    return "".join(out)


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def romanise_word(word: str) -> str:
    """One Arabic name word in Latin letters, capitalised (ال → al-; عبدال... → Abdul...)."""
    w = _plain(word)
    if w.isdigit():  # سيناء 2018: a number stays a number (its digits in Latin)
        return w.translate(_DIGITS)
    if w in _PARTICLES:
        return _PARTICLES[w]
    if w.startswith("عبدال") and len(w) > 6:
        return "Abdul" + romanise_word(w[5:]).lower()
    bare = MARKS.sub("", word).lstrip("\u0640")
    if bare.startswith("وال") and len(w) > 4:  # a conjunction the name's span took in: والقحطاني → al-Qahtani
        return romanise_word(bare[1:])
    if bare.startswith("ال") and len(w) > 3:  # the article is written with a bare alef (not أليكس)
        return "al-" + romanise_word(w[2:])
    sounds = _sounds(w)
    if len(w) == 4 and w[1] == "ا" and _is_consonant(w[0], True) and _is_consonant(w[2]) and _is_consonant(w[3]):
        sounds.insert(3, ("i", True))  # the pattern of ياسر، سامح، حامد: Yasir, Samih, Hamid
    text = _ayn_as_a(_with_short_vowels(sounds))
    if text.endswith("ngh"):  # يونغ → Young, not Youngh
        text = text[:-1]
    return text[:1].upper() + text[1:]


def romanise_name(name: str) -> str:
    """A whole name word by word; عبد before an ال-word reads Abdul (عبد الحكيم → Abdul Hakim)."""
    words = name.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        if _plain(words[i]) == "عبد" and i + 1 < len(words) and _plain(words[i + 1]).startswith("ال"):
            out.append("Abdul " + romanise_word(_plain(words[i + 1])[2:]))
            i += 2
            continue
        out.append(romanise_word(words[i]))
        i += 1
    return " ".join(out)
