"""Viterbi decoding in numpy over a batch of sentences, shared by the CRF and the neural tagger."""

from __future__ import annotations

from typing import Any


def viterbi(scores: Any, lengths: Any, transitions: Any, start: Any, end: Any) -> Any:
    """The best label path of each sentence (batch, width) under emission scores, transitions and start and
    end scores; positions past a sentence's end are 0."""
    import numpy as np

    count, width, _ = scores.shape
    back = np.zeros(scores.shape, dtype=np.intp)
    score = scores[:, 0] + start
    final = score + end
    for t in range(1, width):
        candidates = score[:, :, None] + transitions  # (sentences, previous label, label)
        back[:, t] = candidates.argmax(1)
        score = candidates.max(1) + scores[:, t]
        ends = lengths == t + 1
        final[ends] = score[ends] + end
    path = np.zeros((count, width), dtype=np.intp)
    y, rows = final.argmax(1), np.arange(count)
    for t in range(width - 1, -1, -1):
        active = lengths > t
        path[active, t] = y[active]
        if t:
            y = np.where(active, back[rows, t, y], y)
    return path
