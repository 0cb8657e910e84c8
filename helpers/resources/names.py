"""Name lists the tagger and the rules use: personal names, the name lexicon (ANETAC, ANERGazet classes) and
word clusters learned from unlabelled news (``scripts/build_word_clusters.py``)."""

from __future__ import annotations

import functools
import gzip

from helpers import config


@functools.cache
def person_names() -> frozenset[str]:
    """Arabic personal names shipped in helpers/data/person_names.txt (normalised)."""
    return frozenset((config.DATA_DIR / "person_names.txt").read_text(encoding="utf-8").split())


@functools.cache
def word_clusters() -> dict[str, tuple[str, str]]:
    """Word → (cluster of 256, cluster of 1024), learned from unlabelled news."""
    with gzip.open(config.DATA_DIR / "word_clusters.tsv.gz", "rt", encoding="utf-8") as handle:
        return {w: (a, b) for w, a, b in (line.rstrip("\n").split("\t") for line in handle)}


@functools.cache
def name_lexicon() -> dict[str, tuple[str, ...]]:
    """Word → classes it has in name lists (e.g. PERB: first word of a person's name), see scripts/train_ner.py."""
    with gzip.open(config.DATA_DIR / "name_lexicon.tsv.gz", "rt", encoding="utf-8") as handle:
        return {w: tuple(c.split("|")) for w, c in (line.rstrip("\n").split("\t") for line in handle)}
