"""English for actors: a name the table spells (whole, or word by word), else an approximate romanisation;
head words translated for units and groups."""

from __future__ import annotations

import functools

from helpers.extract.actors.vocabulary import GROUP_HEADS, UNIT_WORDS
from helpers.resources.actor_tables import nationalities
from helpers.resources.english_names import english_names
from helpers.text.normalize import name_key
from helpers.text.romanise import romanise_name, romanise_word

NAME_TABLE = "name table"
NAME_TABLE_WORDS = "name table (per word)"
ROMANISED = "romanised (approximate)"
GLOSS_SOURCES = (NAME_TABLE, NAME_TABLE_WORDS, ROMANISED)


@functools.lru_cache(maxsize=65536)  # names repeat across a corpus; the table is loaded once
def name_gloss(name: str) -> tuple[str, str]:
    """(English, how it was obtained) for a name: the table's spelling of the whole name, else each word (or run
    of words, عبد الله) from the table, else the romaniser for the words the table lacks (marked approximate)."""
    table = english_names()
    whole = table.names.get(name_key(name)) or (table.words.get(name_key(name)) if " " not in name.strip() else None)
    if whole:
        return whole, NAME_TABLE
    words = [w for w in name.split() if name_key(w)]
    if not words:
        return romanise_name(name), ROMANISED
    out: list[str] = []
    romanised = False
    i = 0
    while i < len(words):
        pair = name_key(" ".join(words[i : i + 2]))
        if pair.startswith("عبد ال") and pair not in table.words:  # عبد الباقي → Abdul Baqi
            rest = table.words.get(pair.removeprefix("عبد ال"))
            out.append("Abdul " + (rest or romanise_word(pair.removeprefix("عبد ال"))))
            romanised = romanised or rest is None
            i += 2
            continue
        found = _table_run(words, i, table.words, table.longest_word_run)
        if found:
            english, used = found
            out.append(english)
            i += used
            continue
        out.append(romanise_word(words[i]))
        romanised = True
        i += 1
    return " ".join(out), ROMANISED if romanised else NAME_TABLE_WORDS


def _table_run(words: list[str], i: int, table: dict[str, str], longest: int) -> tuple[str, int] | None:
    """(English, words used) for the longest run of words from ``i`` the table spells, or for one word with
    ال (الحسن → al-Hassan) or a conjunction و (ومحمد → Mohammed) before a form it spells."""
    for k in range(min(longest, len(words) - i), 0, -1):
        english = table.get(name_key(" ".join(words[i : i + k])))
        if english:
            return english, k
    key = name_key(words[i])
    bare = table.get(key[2:]) if key.startswith("ال") and len(key) > 3 else None
    if bare:
        return (bare if bare.lower().startswith("al") else "al-" + bare), 1
    if key.startswith("و") and len(key) > 3 and key[1:] in table:  # ومحمد: a conjunction the span took in
        return table[key[1:]], 1
    return None


def group_gloss(name: str) -> str:
    """English for a unit or armed group: head and unit words translated, the rest from ``romanize``.

    الكتيبة 210 مشاة → Infantry Battalion 210; مجلس شورى مجاهدي درنة → Shura Council of Majahdi Darna; a
    nationality adjective is translated before the head (الميليشيات الإيرانية → Iranian militias).
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
            rest = name.split()[len(head.split()) :]
            adjectives = [nationalities().get(name_key(w)) for w in rest]
            named = " ".join(w for w, a in zip(rest, adjectives, strict=True) if a is None)
            before = " ".join(a.english for a in adjectives if a is not None)
            return " ".join(part for part in (before, english, romanize(named) if named else "") if part)
    return romanize(name)


def romanize(name: str) -> str:
    """English for a name, for readers who do not read Arabic: ``name_gloss`` without its source."""
    return name_gloss(name)[0]
