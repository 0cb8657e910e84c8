"""The tagger: a BiLSTM-CRF over [frozen word embedding, character CNN, per-word features] (torch)."""

from __future__ import annotations

import argparse

import numpy as np
import torch
from torch import nn

from helpers.extract.ner.neural import N_FEATURES
from helpers.extract.ner.spans import N_SPAN_FEATURES
from ner_train.lexicon import N_LEXICON


class Tagger(nn.Module):
    """BiLSTM-CRF over [frozen word embedding, character CNN, features]."""

    def __init__(
        self, embeddings: np.ndarray, n_chars: int, n_labels: int, args: argparse.Namespace, n_aux: int = 0
    ) -> None:
        super().__init__()
        self.emb = nn.Embedding.from_pretrained(torch.tensor(embeddings), freeze=True)
        self.char_emb = nn.Embedding(n_chars, args.char_dim, padding_idx=0)
        widths = getattr(args, "widths", [3])
        self.convs = nn.ModuleList(nn.Conv1d(args.char_dim, args.filters, k, padding=k // 2) for k in widths)
        size = embeddings.shape[1] + args.filters * len(widths) + N_FEATURES
        size += N_SPAN_FEATURES if getattr(args, "span_features", False) else 0
        size += N_LEXICON if getattr(args, "name_lexicon", None) else 0
        self.dropout = nn.Dropout(args.dropout)
        self.lstm = nn.LSTM(size, args.hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * args.hidden, n_labels)
        self.transitions = nn.Parameter(torch.zeros(n_labels, n_labels))
        self.start = nn.Parameter(torch.zeros(n_labels))
        self.end = nn.Parameter(torch.zeros(n_labels))
        if getattr(args, "lm_aux_weight", 0.0):  # language-model heads (next / previous word; never exported)
            self.lm_forward = nn.Linear(args.hidden, args.lm_top + 1)
            self.lm_backward = nn.Linear(args.hidden, args.lm_top + 1)
        if n_aux:  # multitask: a second output layer and CRF for the auxiliary set's labels (never exported)
            self.aux_out = nn.Linear(2 * args.hidden, n_aux)
            self.aux_transitions = nn.Parameter(torch.zeros(n_aux, n_aux))
            self.aux_start = nn.Parameter(torch.zeros(n_aux))
            self.aux_end = nn.Parameter(torch.zeros(n_aux))

    def crf(self, aux: bool = False) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """The transitions, start and end scores of the main (ANERcorp) or the auxiliary head."""
        if aux:
            return self.aux_transitions, self.aux_start, self.aux_end
        return self.transitions, self.start, self.end

    def chars(self, ids: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """Character CNN of words (words, max chars) → (words, filters × widths): for each filter width, max
        over the positions that start inside the word (padding k // 2 each side), then relu."""
        x = self.char_emb(ids).transpose(1, 2)
        pooled = []
        for conv in self.convs:
            out = conv(x)  # (words, filters, positions)
            mask = torch.arange(out.shape[2])[None, :] >= lengths[:, None]
            pooled.append(torch.relu(out.masked_fill(mask[:, None, :], float("-inf")).max(2).values))
        return torch.cat(pooled, dim=1)

    def emissions(self, batch: dict[str, torch.Tensor], aux: bool = False) -> torch.Tensor:
        """Label scores (sentences, width, labels) of the main head (or the auxiliary one)."""
        return (self.aux_out if aux else self.out)(self.dropout(self.states(batch)))

    def states(self, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        """The BiLSTM's outputs (sentences, width, 2 x hidden): forward half, then backward half."""
        words = torch.cat([self.emb(batch["rows"]), self.chars(batch["chars"], batch["char_lengths"]),
                           batch["features"]], dim=1)  # fmt: skip
        x = words[batch["types"]]  # (sentences, width, input)
        if "spans" in batch:  # name-list span features, per token
            x = torch.cat([x, batch["spans"]], dim=2)
        x = self.dropout(x)
        packed = nn.utils.rnn.pack_padded_sequence(x, batch["lengths"], batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
        return h

    def loss(self, scores: torch.Tensor, tags: torch.Tensor, lengths: torch.Tensor, aux: bool = False) -> torch.Tensor:
        """Mean negative log-likelihood of the gold paths under the CRF (of the main or the auxiliary head)."""
        transitions, start, end = self.crf(aux)
        count, width, _ = scores.shape
        mask = torch.arange(width)[None, :] < lengths[:, None]
        rows = torch.arange(count)
        gold = start[tags[:, 0]] + scores[rows, 0, tags[:, 0]]
        alpha = start + scores[:, 0]
        for t in range(1, width):
            m = mask[:, t]
            step = transitions[tags[:, t - 1], tags[:, t]] + scores[rows, t, tags[:, t]]
            gold = gold + step * m
            nxt = torch.logsumexp(alpha[:, :, None] + transitions[None] + scores[:, t, None, :], dim=1)
            alpha = torch.where(m[:, None], nxt, alpha)
        gold = gold + end[tags[rows, lengths - 1]]
        return (torch.logsumexp(alpha + end, dim=1) - gold).mean()

    def decode(self, scores: torch.Tensor, lengths: torch.Tensor) -> list[list[int]]:
        """Viterbi in torch (the reference the numpy runtime is checked against)."""
        count, width, _ = scores.shape
        score = self.start + scores[:, 0]
        final = score + self.end
        back = []
        for t in range(1, width):
            candidates = score[:, :, None] + self.transitions[None]
            best, arg = candidates.max(1)
            back.append(arg)
            score = best + scores[:, t]
            ends = lengths == t + 1
            final = torch.where(ends[:, None], score + self.end, final)
        paths = []
        for b in range(count):
            y = int(final[b].argmax())
            path = [y]
            for t in range(int(lengths[b]) - 1, 0, -1):
                y = int(back[t - 1][b, y])
                path.append(y)
            paths.append(path[::-1])
        return paths
