"""Name-list span features of the neural tagger: the multiword names of people, places and organisations in
``helpers/data/ner_name_spans.tsv.gz`` (``scripts/build_ner_name_spans.py``) matched over a sentence, longest
match first, left to right, as B/I marks per token and class. A name's first word may carry clitics
(وفايز السراج matches فايز السراج); the other words are compared normalised.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from helpers.resources.ner_model import name_spans
from helpers.text.clitics import clitic_variants
from helpers.text.normalize import normalize_for_matching

SPAN_CLASSES = ("PER", "LOC", "ORG")
N_SPAN_FEATURES = 2 * len(SPAN_CLASSES)  # B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG
MAX_SPAN = 6


@functools.cache
def _first_words() -> frozenset[str]:
    return frozenset(name[0] for name in name_spans())


def span_matches(tokens: Sequence[str]) -> list[tuple[int, int, tuple[str, ...]]]:
    """The names found: (first token, last token + 1, classes), longest first, not overlapping."""
    names, firsts = name_spans(), _first_words()
    keys = [normalize_for_matching(t) for t in tokens]
    out = []
    i = 0
    while i < len(keys) - 1:
        found = None
        for first in clitic_variants(keys[i]) if keys[i] else ():
            if first not in firsts:
                continue
            for end in range(min(len(keys), i + MAX_SPAN), i + 1, -1):
                classes = names.get((first, *keys[i + 1 : end]))
                if classes and (found is None or end > found[1]):
                    found = (i, end, classes)
                    break
        if found:
            out.append(found)
            i = found[1]
        else:
            i += 1
    return out


def span_features(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """The span features that are on: (token, feature) pairs, feature 2k for B and 2k + 1 for I of class k."""
    out = []
    for start, end, classes in span_matches(tokens):
        for c in classes:
            k = 2 * SPAN_CLASSES.index(c)
            out.append((start, k))
            out.extend((j, k + 1) for j in range(start + 1, end))
    return out
