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
PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك")  # as clitic_variants

Span = tuple[int, int, str]  # first token, last token + 1, type


@functools.lru_cache(maxsize=65_536)
def _norm(word: str) -> str:
    return normalize_for_matching(word)


@functools.lru_cache(maxsize=65_536)
def _surfaces(first: str) -> frozenset[str]:
    """The normalised words that have ``first`` among their readings (``clitic_variants``): itself, with a
    proclitic, and لل for ال."""
    out = {first}
    if len(first) >= 2:
        out.update(p + first for p in PROCLITICS)
    if first.startswith("ال") and len(first) >= 3:
        out.update(p + first[1:] for p in PROCLITICS if p.endswith("ل"))
    return frozenset(out)


def _keys(words: Sequence[str], spans: Sequence[Span]) -> Counter:
    """(normalised words, type) of each entity of a sentence, counted."""
    return Counter((tuple(_norm(w) for w in words[a:b]), kind) for a, b, kind in spans)


def _chosen(found: dict[tuple[tuple[str, ...], str], int], votes: int) -> dict[tuple[str, ...], str]:
    """The word sequences found at least ``votes`` times, with their most frequent type (ties dropped)."""
    best: dict[tuple[str, ...], tuple[int, str, bool]] = {}  # key -> (count, type, tied)
    for (key, kind), n in found.items():
        old = best.get(key)
        if old is None or n > old[0]:
            best[key] = (n, kind, False)
        elif n == old[0]:
            best[key] = (n, old[1], True)
    return {key: kind for key, (n, kind, tied) in best.items()
            if n >= votes and not tied and (len(key) > 1 or len(key[0]) > MIN_CHARS)}  # fmt: skip


def _fill(normed: list[str], spans: list[Span], chosen: dict[tuple[str, ...], str], starts: list[int]) -> list[Span]:
    """The sentence's spans plus the untagged occurrences of the chosen sequences (longest match first, left to
    right; a match that cannot be tagged is skipped whole), looked for at ``starts``."""
    firsts = {key[0] for key in chosen}
    tagged = [False] * (len(normed) + 1)
    for a, b, _ in spans:
        tagged[a:b] = [True] * (b - a)
    longest = max(map(len, chosen))
    added: list[Span] = []
    scanned = 0  # words before this one are inside a match already
    for i in starts:
        if i < scanned:
            continue
        readings = [r for r in clitic_variants(normed[i]) if r in firsts]
        if not readings:
            continue
        for size in range(min(longest, len(normed) - i), 0, -1):
            rest = tuple(normed[i + 1 : i + size])
            kind = next((chosen[k] for k in ((r, *rest) for r in readings) if k in chosen), None)
            if kind:
                break
        else:
            continue
        if not any(tagged[i - 1 if i else 0 : i + size]):  # untagged, and not right after an entity
            added.append((i, i + size, kind))
            tagged[i : i + size] = [True] * size
        scanned = i + size
    return sorted(spans + added) if added else spans


def consistent_spans(
    sentences: Sequence[Sequence[str]], spans: Sequence[list[Span]], window: int = WINDOW, votes: int = VOTES
) -> list[list[Span]]:
    """The entity spans of running text (sentences in order, one document) with the nearby entities copied to
    their untagged occurrences."""
    keys = [_keys(words, s) if s else None for words, s in zip(sentences, spans, strict=True)]
    total: Counter = Counter()
    for k in keys:
        if k:
            total.update(k)
    repeated = {pair for pair, n in total.items() if n >= votes}
    out = [list(s) for s in spans]
    if not repeated:  # no entity found twice in the whole text: nothing to copy
        return out
    surface = set().union(*(_surfaces(key[0]) for key, _ in repeated))
    keys = [[(pair, n) for pair, n in k.items() if pair in repeated] if k else None for k in keys]
    for i, words in enumerate(sentences):
        normed = list(map(_norm, words))
        if surface.isdisjoint(normed):
            continue
        starts = [t for t, n in enumerate(normed) if n in surface]
        inside = {t for a, b, _ in spans[i] for t in range(a, b)}
        if inside.issuperset(starts):  # every word that could start a repeated name is inside an entity already
            continue
        found: dict[tuple[tuple[str, ...], str], int] = {}
        for k in keys[max(0, i - window) : i + window + 1]:
            for pair, n in k or ():
                found[pair] = found.get(pair, 0) + n
        chosen = _chosen(found, votes) if found else None
        if chosen:
            out[i] = _fill(normed, out[i], chosen, starts)
    return out


def consistent_tags(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], window: int = WINDOW, votes: int = VOTES
) -> list[list[str]]:
    """``consistent_spans`` on IOB2 tags."""
    spans = [_spans(t) for t in tags]
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


def _spans(tags: Sequence[str]) -> list[Span]:
    """The entity spans of IOB2 tags (as ``ner.entities``: a stray I- starts an entity)."""
    out: list[Span] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        inside = tag.startswith("I-") and start >= 0 and tag[2:] == kind
        if start >= 0 and not inside:
            out.append((start, i, kind))
            start = -1
        if tag.startswith("B-") or (tag.startswith("I-") and not inside):
            start, kind = i, tag[2:]
    return out
