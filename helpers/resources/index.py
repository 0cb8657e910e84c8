"""The "first word → longest name" index both name matchers (aliases, gazetteer) start their look-ups with."""

from __future__ import annotations

from collections.abc import Iterable


def first_word_index(keys: Iterable[str], max_words: int | None = None) -> dict[str, int]:
    """For each first word of the (space-separated) keys, the most words a key starting with it has, capped
    at ``max_words`` when given."""
    longest: dict[str, int] = {}
    for key in keys:
        words = key.split()
        count = len(words) if max_words is None else min(len(words), max_words)
        longest[words[0]] = max(longest.get(words[0], 0), count)
    return longest
