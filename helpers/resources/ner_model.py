"""The shipped NER models: a CRF (``helpers/data/ner_crf.model``, ``scripts/train_ner.py``) and a BiLSTM-CRF
(``helpers/data/ner_neural.npz``, ``scripts/train_ner_neural.py``)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from helpers import config


def model_path() -> Path:
    """Where the shipped CRF model lies."""
    return config.DATA_DIR / "ner_crf.model"


@functools.cache
def crf_tagger() -> Any:
    """The shipped CRF model, opened once (a ``pycrfsuite.Tagger``)."""
    import pycrfsuite

    path = model_path()
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: run `make ner-model` to train it")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def neural_path() -> Path:
    """Where the shipped neural model's weights lie (``scripts/train_ner_neural.py`` writes them)."""
    return config.DATA_DIR / "ner_neural.npz"


@functools.cache
def neural_weights() -> dict[str, Any]:
    """The shipped neural model's arrays, loaded once."""
    import numpy as np

    path = neural_path()
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: run `make ner-model` to train it")
    with np.load(path) as archive:
        return {name: archive[name] for name in archive.files}


def name_spans_path() -> Path:
    """Where the multiword name list of the neural model's span features lies (``scripts/build_ner_name_spans.py``)."""
    return config.DATA_DIR / "ner_name_spans.tsv.gz"


@functools.cache
def name_spans() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Multiword names (normalised words) → their classes (PER, LOC, ORG), loaded once."""
    import gzip

    with gzip.open(name_spans_path(), "rt", encoding="utf-8") as handle:
        rows = (line.rstrip("\n").split("\t") for line in handle)
        return {tuple(name.split()): tuple(classes.split("|")) for name, classes in rows}
