"""The shipped NER model: a CRF trained by ``scripts/train_ner.py`` (``helpers/data/ner_crf.model``)."""

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
