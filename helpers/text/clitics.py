"""Proclitics (و ف ب ل ك and the article ال): every way the extractors take them off a word or a name.

Each function answers a different question, so they differ on purpose: ``stem`` peels everything for the
tagger's features; ``clitic_variants`` lists every reading for a look-up; ``strip_clitics`` takes them off
a name only when what remains is still a name; ``clitic_name`` finds which reading is a known name;
``bare_forms`` gives the forms a role head may be matched by.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Container, Mapping
from typing import Any

from helpers.text.normalize import name_key


def stem(word: str) -> str:
    """The word with its proclitics peeled off: و/ف, then ب/ل/ك, then ال (وبالجيش → جيش, للقوات → قوات)."""
    w = word
    if w[:1] in ("و", "ف") and len(w) > 3:
        w = w[1:]
    if w.startswith("لل") and len(w) > 4:
        w = w[2:]
    elif w[:1] in ("ب", "ل", "ك") and len(w) > 3:
        w = w[1:]
    if w.startswith("ال") and len(w) >= 5:
        w = w[2:]
    return w


@functools.lru_cache(maxsize=200_000)
def clitic_variants(token: str) -> tuple[str, ...]:
    """The token and what remains after taking off و ف ب ل ك (لل → ال), longest first."""
    variants = [token]
    for prefix in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك"):
        rest = token[len(prefix) :]
        if token.startswith(prefix) and len(rest) >= 2:
            variants.append(rest)
            if prefix.endswith("ل") and rest.startswith("ل"):
                variants.append("ا" + rest)
    return tuple(dict.fromkeys(variants))


def strip_clitics(surface: str, key: Callable[[str], str], known: Container[str] = frozenset()) -> str:
    """The name without the clitics attached to its first word: للجيش الليبي → الجيش الليبي, وحفتر → حفتر.

    و ف ب ل ك come off a word that then starts with ال (لل → ال); before other words they come off only
    when what remains is a name in ``known`` (compared by its ``key``), so وليد stays وليد.
    """
    surface = surface.strip().lstrip("#").replace("_", " ")
    first, sep, rest = surface.partition(" ")
    first_key = key(first)
    if first_key.startswith("لل") and len(first_key) > 4:
        return "ال" + first[2:] + sep + rest
    for n in (2, 1):
        prefix, remainder = first_key[:n], first_key[n:]
        if n == 2 and prefix not in ("وب", "ول", "فب", "فل", "وك", "فك"):
            continue
        if n == 1 and prefix not in ("و", "ف", "ب", "ل", "ك"):
            continue
        if len(remainder) >= 3 and (remainder.startswith("ال") or key(remainder + sep + rest) in known):
            return first[n:] + sep + rest
    return surface


def clitic_name(word: str, names: Mapping[str, Any]) -> str | None:
    """The name ``word`` is once a proclitic (و/ف, then ب/ل) is taken off, tried in the order of the regex
    ``[وف]?[بل]?(name)``: both clitics, و/ف alone, ب/ل alone, none; ل before ال drops the alef
    (للغرياني is ل + الغرياني). None when no name fits."""
    head, second = word[:1], word[1:2]
    candidates = []
    if head and head in "وف":
        if second and second in "بل":
            candidates.append(word[2:])
            if word[1:3] == "لل":
                candidates.append("ا" + word[2:])
        candidates.append(word[1:])
    if head and head in "بل":
        candidates.append(word[1:])
        if word[:2] == "لل":
            candidates.append("ا" + word[1:])
    candidates.append(word)
    return next((c for c in candidates if c in names), None)


def bare_forms(word: str) -> set[str]:
    """The word and its forms without a leading و/ف, ب/ل and ال (بالمبعوث → مبعوث), to match role heads."""
    forms = {word, word.removeprefix("ال")}
    if word[:1] and word[:1] in "وف":
        forms |= bare_forms(word[1:])
    if word[:1] and word[:1] in "بل" and word[1:3] == "ال":
        forms |= {word[1:], word[3:]}
    return forms


def rule_clitic_forms(surface: str) -> frozenset[str]:
    """The keys of ``surface`` once one or two of the clitics a group or unit rule reads before its head word
    (و ف ب ل, then ل) come off: وكتائب → كتائب, but كتائب keeps its ك (تائب is no name)."""
    forms = set()
    for k in (1, 2):
        if len(surface) > k and all(c in "وفبل" for c in surface[:k]):
            forms.add(name_key(surface[k:]))
    return frozenset(forms)
