"""Regex building blocks shared by the rule-based extractors: word alternations written as tries, and the
prefilter engine that names strings every match of a pattern must contain."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first, with internal spaces made flexible.

    Written as a trie (يوم|يوما|يومين -> يوم(?:ين|ا)?), so that the regex engine tries one branch per letter
    instead of every word at every position. It matches what the flat alternation matches: the words that
    fit the text at one position are prefixes of one another, and both forms try the longest first.
    """
    trie: dict = {}
    for word in sorted(set(words)):
        node = trie
        for piece in re.split(r"( +)", word):
            for token in [r"\s+"] if piece.startswith(" ") else [re.escape(c) for c in piece]:
                node = node.setdefault(token, {})
        node[""] = {}  # a word ends here
    return "(?:" + _trie_regex(trie) + ")"


def _trie_regex(node: dict) -> str:
    """The regex of a trie node: its branches, longest first, then the empty word if one ends here."""

    def depth(n: dict) -> int:
        return max((depth(child) + 1 for child in n.values()), default=0)

    branches = sorted((k for k in node if k), key=lambda k: (-depth(node[k]), k))
    parts = [token + _trie_regex(node[token]) for token in branches]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if "" in node else body


# --------------------------------------------------------------------------- the regex prefilter
# Most rules cannot match most articles: a Hijri date needs a Hijri month name, a clock time a colon.
# From each rule's parsed pattern we derive strings of which every match must contain one; a rule whose
# strings are all absent from a text is not run on it. The result is the same, only faster
# (tests/unit/test_timex.py runs the tagger both ways).
try:
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # Python < 3.11
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_EXACT_LIMIT = 256  # the most strings tracked for one piece of a pattern


def _exact(item: tuple) -> frozenset[str] | None:
    """Every string one parsed pattern item can match, when that is a small finite set (else None)."""
    op, av = item
    if op is _sre.LITERAL:
        return frozenset({chr(av)})
    if op is _sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _sre.LITERAL:
                chars.add(chr(value))
            elif kind is _sre.RANGE and value[1] - value[0] < 32:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:  # a category, a negation or a wide range
                return None
        return frozenset(chars)
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return frozenset({""})  # zero width
    if op is _sre.SUBPATTERN:
        return _exact_sequence(list(av[-1]))
    if op is _sre.BRANCH:
        options: set[str] = set()
        for branch in av[1]:
            found = _exact_sequence(list(branch))
            if found is None or len(options) + len(found) > _EXACT_LIMIT:
                return None
            options |= found
        return frozenset(options)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[1] <= 1:
        found = _exact_sequence(list(av[2]))
        return None if found is None else found | ({""} if av[0] == 0 else set())
    return None


def _exact_sequence(items: list) -> frozenset[str] | None:
    """``_exact`` of items one after another (the product of their sets)."""
    out = frozenset({""})
    for item in items:
        found = _exact(item)
        if found is None or len(out) * len(found) > _EXACT_LIMIT:
            return None
        out = frozenset(a + b for a in out for b in found)
    return out


def _needed(items: list) -> frozenset[str] | None:
    """Strings of which every match of a sequence of items contains one (None when none can be named).
    Of the candidates (a run of items with exact sets, or what one item needs) the one whose shortest
    string is longest wins."""
    candidates = []
    exact = [_exact(item) for item in items]
    for i in range(len(items)):
        run = frozenset({""})
        for j in range(i, len(items)):
            if exact[j] is None or len(run) * len(exact[j]) > _EXACT_LIMIT:
                break
            run = frozenset(a + b for a in run for b in exact[j])
            if "" not in run:
                candidates.append(run)
        op, av = items[i]
        inner = None
        if op is _sre.SUBPATTERN:
            inner = _needed(list(av[-1]))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            inner = _needed(list(av[2]))
        elif op is _sre.BRANCH:
            branches = [_needed(list(b)) for b in av[1]]
            if all(b is not None for b in branches):
                inner = frozenset().union(*branches)
        if inner:
            candidates.append(inner)
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def required_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings of which every match of ``pattern`` contains at least one (None: no such set was found)."""
    if pattern.flags & re.IGNORECASE:
        return None
    return _needed(list(_sre_parse.parse(pattern.pattern, pattern.flags)))


def cue_strings(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """``required_strings`` without those that hold a shorter one (which a text holding them holds too): the
    fewest strings to look for before scanning a text with ``pattern`` (None when none can be named)."""
    needs = required_strings(pattern)
    if not needs:
        return None
    ordered = sorted(needs, key=lambda s: (len(s), s))
    return tuple(s for i, s in enumerate(ordered) if not any(shorter in s for shorter in ordered[:i]))


def holds_any(text: str, start: int, end: int, cues: tuple[str, ...] | None) -> bool:
    """Whether ``text[start:end]`` holds one of ``cues`` (always True when there are none to look for)."""
    return cues is None or any(text.find(cue, start, end) >= 0 for cue in cues)
