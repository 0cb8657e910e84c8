"""Per-word features from the news-induced name lexicon (``scripts/build_ner_lexicon.py``): for a word seen at
least ``MIN_COUNT`` times in the tagged news, the smoothed share of its occurrences that were B-/I- of each
entity type, (k + ALPHA) / (n + 5 ALPHA), and a one-hot bucket of its count; zeros for a word not in the table.
The word is looked up by its normalised form, else by its readings without clitics (``clitic_variants``)."""

from __future__ import annotations

import gzip
from pathlib import Path

from helpers.text.clitics import clitic_variants
from helpers.text.normalize import normalize_for_matching

COLUMNS = ("B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
BUCKETS = (20, 100, 1000)  # count buckets: < 20, < 100, < 1000, more
N_LEXICON = len(COLUMNS) + len(BUCKETS) + 1
ALPHA = 1.0
MIN_COUNT = 5


def read_lexicon(path: Path, min_count: int = MIN_COUNT) -> dict[str, tuple[float, ...]]:
    """The table's words seen >= ``min_count`` times → (n, expected counts in ``COLUMNS`` order)."""
    out: dict[str, tuple[float, ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            word, *values = line.rstrip("\n").split("\t")
            if float(values[0]) >= min_count:
                out[word] = tuple(map(float, values))
    return out


def lexicon_features(word: str, table: dict[str, tuple[float, ...]], alpha: float = ALPHA) -> list[float]:
    """The word's ``N_LEXICON`` lexicon features (all zeros when neither it nor a clitic reading is known)."""
    n_form = normalize_for_matching(word)
    row = table.get(n_form)
    if row is None:
        row = next((table[v] for v in clitic_variants(n_form) if v in table), None)
    if row is None:
        return [0.0] * N_LEXICON
    n, *k = row
    shares = [(x + alpha) / (n + 5 * alpha) for x in k]
    bucket = sum(n >= b for b in BUCKETS)
    return [*shares, *(float(i == bucket) for i in range(len(BUCKETS) + 1))]
