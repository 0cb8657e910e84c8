"""Regex building blocks shared by the rule-based extractors."""

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
