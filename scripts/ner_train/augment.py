"""Mention replacement (Dai & Adel 2020): train sentences whose name spans are swapped for other names of the
same type, drawn afresh each epoch, so that the model learns the contexts of names rather than their strings."""

from __future__ import annotations

import random

Span = tuple[str, ...]


def spans_of(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) of the IOB2 spans of a tag sequence (an I- without its B- starts a span)."""
    out: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        inside = tag.startswith("I-") and tag[2:] == kind and start >= 0
        if inside:
            continue
        if start >= 0:
            out.append((start, i, kind))
            start, kind = -1, ""
        if tag != "O":
            start, kind = i, tag[2:]
    return out


def mention_pool(sentences: list[tuple[list[str], list[str]]], types: set[str]) -> dict[str, list[Span]]:
    """The spans of each wanted type in some tagged sentences (with repeats: frequent names drawn more often)."""
    pool: dict[str, list[Span]] = {t: [] for t in types}
    for tokens, tags in sentences:
        for s, e, kind in spans_of(tags):
            if kind in pool:
                pool[kind].append(tuple(tokens[s:e]))
    return pool


def replace_mentions(
    tokens: list[str], tags: list[str], pool: dict[str, list[Span]], rng: random.Random
) -> tuple[list[str], list[str]]:
    """The sentence with every span of a pooled type replaced by a span of that type drawn from the pool
    (B- then I- tags for the new length); other tokens and spans unchanged."""
    out_tokens: list[str] = []
    out_tags: list[str] = []
    last = 0
    for s, e, kind in spans_of(tags):
        if not pool.get(kind):
            continue
        new = rng.choice(pool[kind])
        out_tokens += tokens[last:s] + list(new)
        out_tags += tags[last:s] + [f"B-{kind}"] + [f"I-{kind}"] * (len(new) - 1)
        last = e
    return out_tokens + tokens[last:], out_tags + tags[last:]


def augment(
    sentences: list[tuple[list[str], list[str]]], pool: dict[str, list[Span]], share: float, rng: random.Random
) -> list[tuple[list[str], list[str]]]:
    """Each sentence holding a pooled span rewritten by ``replace_mentions`` with probability ``share``."""
    out = []
    for tokens, tags in sentences:
        has = any(kind in pool and pool[kind] for _, _, kind in spans_of(tags))
        out.append(replace_mentions(tokens, tags, pool, rng) if has and rng.random() < share else (tokens, tags))
    return out
