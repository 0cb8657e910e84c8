"""``--subword-vectors``: fastText vectors (``scripts/train_fasttext.py``) for the words the word2vec table does
not know (``oov``), or for every word (``all``), quantised as the table is."""

from __future__ import annotations

import argparse

import numpy as np

from helpers.extract.ner.neural import word_key
from helpers.text.normalize import normalize_for_matching


def quantise(vectors: np.ndarray, int8: bool) -> np.ndarray:
    """The values the runtime would read: int8 with a scale per row, or float16."""
    if not int8:
        return vectors.astype(np.float16).astype(np.float32)
    scale = (np.abs(vectors).max(1) / 127).astype(np.float32)
    scale[scale == 0] = 1.0
    return np.round(vectors / scale[:, None]).astype(np.float32) * scale[:, None]


def linear_map(source: np.ndarray, target: np.ndarray) -> np.ndarray:
    """Least-squares affine map (rows: [source, 1] @ map ≈ target)."""
    x = np.hstack([source, np.ones((len(source), 1), dtype=source.dtype)])
    return np.linalg.lstsq(x, target, rcond=None)[0]


def apply_map(vectors: np.ndarray, mapping: np.ndarray) -> np.ndarray:
    return (np.hstack([vectors, np.ones((len(vectors), 1), dtype=vectors.dtype)]) @ mapping).astype(np.float32)


def add_subword_vectors(
    args: argparse.Namespace, words: list[str], vectors: np.ndarray, tokens: list[str]
) -> tuple[np.ndarray, dict[str, int]]:
    """The model's vector table with fastText rows, and the rows of the words word2vec does not know
    (normalised form → row). ``oov``: those words' fastText vectors mapped into word2vec's space (a linear map
    fitted on up to ``--subword-fit`` of the most frequent words both know), appended; ``all``: every row
    replaced by the word's fastText vector, and those words appended unmapped."""
    from gensim.models import FastText

    ft = FastText.load(str(args.subword_vectors)).wv
    vocabulary = {w: i + 1 for i, w in enumerate(words)}
    unknown = sorted({normalize_for_matching(t) for t in tokens if word_key(t, vocabulary)[1] == 2} - {""})
    int8 = not args.float16
    new = np.array([ft.get_vector(w) for w in unknown], dtype=np.float32).reshape(len(unknown), -1)
    if args.subword_mode == "all":
        table = np.zeros_like(vectors)
        table[1:] = np.array([ft.get_vector(w) for w in words], dtype=np.float32)
        vectors = quantise(table, int8)
    else:
        raw = np.load(args.vectors)
        raw_index = {str(w): i for i, w in enumerate(raw["words"][: 10 * args.subword_fit])}
        common = [w for w in ft.index_to_key if w in raw_index][: args.subword_fit]
        mapping = linear_map(np.array([ft.get_vector(w) for w in common], dtype=np.float32),
                             raw["vectors"][[raw_index[w] for w in common]].astype(np.float32))  # fmt: skip
        new = apply_map(new, mapping) if len(new) else new
        fit = apply_map(np.array([ft.get_vector(w) for w in common[:2000]], dtype=np.float32), mapping)
        gold = raw["vectors"][[raw_index[w] for w in common[:2000]]]
        cos = (fit * gold).sum(1) / (np.linalg.norm(fit, axis=1) * np.linalg.norm(gold, axis=1) + 1e-9)
        print(f"  subword map fitted on {len(common):,} words; cosine to word2vec on the first 2,000: "
              f"{cos.mean():.3f}")  # fmt: skip
    rows = {w: len(vectors) + i for i, w in enumerate(unknown)}
    return np.vstack([vectors, quantise(new, int8)]) if len(new) else vectors, rows
