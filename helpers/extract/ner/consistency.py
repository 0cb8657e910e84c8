"""Document-level label consistency after decoding: a name the tagger found twice nearby is found everywhere
nearby.

An entity the tagger found (a word sequence with a type) at least ``VOTES`` times within +-``WINDOW`` sentences
of a sentence is also tagged where it occurs untagged in that sentence: every word of the occurrence O, and the
words on either side not continuing an entity. Its first word may carry a proclitic (وليون for ليون: ANERcorp
keeps clitics attached). A sequence found with two types takes the type found more often (a tie: neither); a
one-word entity of two letters or fewer is never copied. Chosen on the ANERcorp dev tail (docs/methods.md, NER
section, sixth round); the pipeline applies it within each article (``ner.tag_entities``).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence

from helpers.text.clitics import clitic_variants
from helpers.text.normalize import normalize_for_matching

WINDOW = 5
VOTES = 2
MIN_CHARS = 2

Span = tuple[int, int, str]  # first token, last token + 1, type


@functools.lru_cache(maxsize=65_536)
def _norm(word: str) -> str:
    return normalize_for_matching(word)


@functools.lru_cache(maxsize=65_536)
def _readings(word: str) -> tuple[str, ...]:
    """The normalised word and its readings without proclitics."""
    return clitic_variants(_norm(word))


def _keys(words: Sequence[str], spans: Sequence[Span]) -> Counter:
    """(normalised words, type) of each entity of a sentence, counted."""
    return Counter((tuple(_norm(w) for w in words[a:b]), kind) for a, b, kind in spans)


def _chosen(found: Counter, votes: int) -> dict[tuple[str, ...], str]:
    """The word sequences found at least ``votes`` times, with their most frequent type (ties dropped)."""
    by_key: dict[tuple[str, ...], Counter] = {}
    for (key, kind), n in found.items():
        by_key.setdefault(key, Counter())[kind] = n
    out = {}
    for key, kinds in by_key.items():
        (kind, n), *rest = kinds.most_common()
        if n < votes or (rest and rest[0][1] == n) or (len(key) == 1 and len(key[0]) <= MIN_CHARS):
            continue
        out[key] = kind
    return out


def _fill(words: Sequence[str], spans: list[Span], chosen: dict[tuple[str, ...], str]) -> list[Span]:
    """The sentence's spans plus the untagged occurrences of the chosen sequences (longest match first, left to
    right; a match that cannot be tagged is skipped whole)."""
    tagged = [False] * (len(words) + 1)
    for a, b, _ in spans:
        tagged[a:b] = [True] * (b - a)
    firsts = {key[0] for key in chosen}
    longest = max(map(len, chosen))
    added: list[Span] = []
    i = 0
    while i < len(words):
        readings = [r for r in _readings(words[i]) if r in firsts]
        hit = None
        for size in range(min(longest, len(words) - i), 0, -1) if readings else ():
            rest = tuple(_norm(w) for w in words[i + 1 : i + size])
            kind = next((chosen[k] for k in ((r, *rest) for r in readings) if k in chosen), None)
            if kind:
                hit = (size, kind)
                break
        if hit is None:
            i += 1
            continue
        size, kind = hit
        if not any(tagged[i - 1 if i else 0 : i + size]):  # untagged, and not right after an entity
            added.append((i, i + size, kind))
            tagged[i : i + size] = [True] * size
        i += size
    return sorted(spans + added) if added else spans


def consistent_spans(
    sentences: Sequence[Sequence[str]], spans: Sequence[list[Span]], window: int = WINDOW, votes: int = VOTES
) -> list[list[Span]]:
    """The entity spans of running text (sentences in order, one document) with the nearby entities copied to
    their untagged occurrences."""
    keys = [_keys(words, s) if s else Counter() for words, s in zip(sentences, spans, strict=True)]
    out = [list(s) for s in spans]
    for i, words in enumerate(sentences):
        found: Counter = Counter()
        for k in keys[max(0, i - window) : i + window + 1]:
            found.update(k)
        if not found or max(found.values()) < votes:
            continue
        chosen = _chosen(found, votes)
        if chosen:
            out[i] = _fill(words, out[i], chosen)
    return out


def consistent_tags(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], window: int = WINDOW, votes: int = VOTES
) -> list[list[str]]:
    """``consistent_spans`` on IOB2 tags."""
    from helpers.extract.ner import entities

    spans = [entities(words, t) for words, t in zip(sentences, tags, strict=True)]
    out = []
    for words, t, before, after in zip(sentences, tags, spans, consistent_spans(sentences, spans, window, votes),
                                       strict=True):  # fmt: skip
        if before == after:
            out.append(list(t))
            continue
        new = ["O"] * len(words)
        for a, b, kind in after:
            new[a:b] = [f"B-{kind}"] + [f"I-{kind}"] * (b - a - 1)
        out.append(new)
    return out
