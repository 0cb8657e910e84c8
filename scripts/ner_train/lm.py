"""The language-model parts (round 5): news batches, next/previous-word targets and loss, a pre-trained encoder."""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import torch
from torch import nn

from helpers.text.normalize import normalize_for_matching
from ner_train.data import epoch_batches
from ner_train.model import Tagger


def with_news(batches: list[tuple[list, bool]], data: dict, args: argparse.Namespace,
              rng: random.Random) -> list[tuple[list, bool | str]]:  # fmt: skip
    """With ``--lm-aux-weight``: batches of ``--lm-aux-ratio`` x train news sentences, drawn afresh, alternating
    with the epoch's batches (marked "lm"); without it the batches unchanged."""
    news = data.get("lm_news")
    if not news or not args.lm_aux_ratio:
        return list(batches)
    sample = rng.sample(news, min(len(news), int(args.lm_aux_ratio * len(data["train"]))))
    side = [([sample[i] for i in g], "lm") for g in epoch_batches([(s,) for s in sample], rng, args.batch)]
    out: list[tuple[list, bool | str]] = []
    for i in range(max(len(batches), len(side))):
        out += ([batches[i]] if i < len(batches) else []) + ([side[i]] if i < len(side) else [])
    return out


def lm_targets(sentences: list[list[str]], classes: dict[str, int]) -> torch.Tensor:
    """Language-model class ids (sentences, width): a word's rank among the frequent news words, 0 for any other
    word, -100 past each sentence's end."""
    width = max(map(len, sentences))
    out = torch.full((len(sentences), width), -100, dtype=torch.long)
    for b, s in enumerate(sentences):
        out[b, : len(s)] = torch.tensor([classes.get(normalize_for_matching(w), 0) for w in s])
    return out


def lm_loss(model: Tagger, h: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    """The forward state at t predicts word t + 1, the backward state at t + 1 word t (each side sees only its
    own context): mean cross-entropy over both."""
    h = model.dropout(h)
    hidden = h.shape[2] // 2
    nxt = model.lm_forward(h[:, :-1, :hidden])
    prev = model.lm_backward(h[:, 1:, hidden:])
    after = targets[:, 1:]
    before = torch.where(after == -100, torch.full_like(after, -100), targets[:, :-1])
    logits = torch.cat([nxt.reshape(-1, nxt.shape[2]), prev.reshape(-1, prev.shape[2])])
    return nn.functional.cross_entropy(logits, torch.cat([after.reshape(-1), before.reshape(-1)]), ignore_index=-100)


def load_encoder(model: Tagger, path: Path, chars: dict[str, int]) -> set[str]:
    """Copy a pre-trained encoder (``scripts/pretrain_ner_lm.py``: character CNN + BiLSTM) into the tagger.
    Character embedding rows are matched by character (padding and unknown by id); rows of characters the
    pre-training did not have keep their initial values. Returns the names of the parameters loaded."""
    kept = torch.load(path, weights_only=False)  # our own file
    state, theirs = kept["state"], {c: i for i, c in kept["chars"].items()}
    own = model.state_dict()
    with torch.no_grad():
        for key, value in state.items():
            if key == "char_emb.weight":
                rows = own[key]
                for i in (0, 1):
                    rows[i] = value[i]
                for c, i in chars.items():
                    if c in theirs:
                        rows[i] = value[theirs[c]]
            else:
                own[key].copy_(value)
    print(f"encoder from {path}: {len(state)} tensors, {kept.get('tokens', 0):,} news tokens; characters "
          f"matched {sum(c in theirs for c in chars)}/{len(chars)}", flush=True)  # fmt: skip
    return set(state)
