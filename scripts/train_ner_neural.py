"""Train the neural NER model (BiLSTM-CRF, character CNN, frozen news embeddings, name-list features) on
ANERcorp's CAMeL train split, select on a dev split carved from it, and export it for the numpy runtime.

The code is in ``scripts/ner_train/`` (``model``: the tagger; ``data``: train/dev, vocabulary, per-word inputs;
``train``: one seed's training; ``lm``: the language-model parts; ``lexicon``: the news-induced name lexicon;
``cli``: options, export); its package docstring describes the options. This file keeps the command line and
the names other scripts and tests use.

Shipped model: ``python scripts/train_ner_neural.py --dev-tail --full --epochs 34 --ema 0.995 --seeds 1 --export``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ner_train.cli import conv_arrays, export, main, parser
from ner_train.data import (
    FIXTURE,
    TRAIN,
    VECTORS,
    Encoder,
    epoch_batches,
    fixture_sentences,
    load,
    load_script,
    prepare,
    vocabulary_of,
)
from ner_train.lm import lm_loss, lm_targets, load_encoder, with_news
from ner_train.model import Tagger
from ner_train.train import f1, per_type, plan, predict, train_seed

from helpers.extract.ner.neural import N_FEATURES

__all__ = ["FIXTURE", "N_FEATURES", "TRAIN", "VECTORS", "Encoder", "Tagger", "conv_arrays", "epoch_batches",
           "export", "f1", "fixture_sentences", "lm_loss", "lm_targets", "load", "load_encoder", "load_script",
           "main", "parser", "per_type", "plan", "predict", "prepare", "train_seed", "vocabulary_of",
           "with_news"]  # fmt: skip

if __name__ == "__main__":
    main()
