"""The side ranker: a learned choice of actor 1 and actor 2 among a row's candidates (``ranker``).

Each slot has its own weights over ``ranker.FEATURES``; a candidate's score is their dot product with its
features and a softmax over the row's candidates gives its probability. The ranker's best candidate replaces the
rules' side when its probability exceeds that of the rules' side by at least the file's ``margin`` (with its
``fill_only``, only a side the rules leave empty); actor 2 never repeats actor 1 (the next best is taken).

The weights are the readable JSON file ``helpers/data/event_actor_ranker.json`` (feature names, both slots'
weights, the margin, training date, the gold sets and the cross-validation figures), written by
``scripts/train_actor_model.py``. Its ``use`` field says whether the event table applies it by default (the
training script sets it only when the cross-validated accuracy beat the rules); without the file the rules'
sides stand.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from helpers import config
from helpers.extract.incidents.ranker import FEATURES, Candidate, candidates, features
from helpers.extract.incidents.scope import COLUMN


@dataclass(frozen=True)
class SideRanker:
    """Both slots' weights (``FEATURES`` order), the margin over the rules' side, whether it is on by default, and
    whether it only fills the sides the rules leave empty."""

    weights: tuple[tuple[float, ...], tuple[float, ...]]
    margin: float
    use: bool = False
    fill_only: bool = False  # only fill a side the rules leave empty, never replace one they name
    meta: dict = field(default_factory=dict, compare=False)

    def probabilities(self, slot: int, vectors: Sequence[Sequence[float]]) -> list[float]:
        """The softmax over one row's candidates for ``slot``."""
        w = self.weights[slot - 1]
        scores = [sum(a * b for a, b in zip(w, v, strict=True)) for v in vectors]
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return [e / total for e in exp]


def ranker_path() -> Path:
    """The shipped weights file."""
    return config.DATA_DIR / "event_actor_ranker.json"


def read_ranker(path: Path) -> SideRanker:
    """A ranker from its JSON file; its features must be those ``ranker`` computes, in the same order."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{path}: its features are not those of helpers.extract.incidents.ranker")
    weights = tuple(tuple(float(data[f"actor{k}"][name]) for name in FEATURES) for k in (1, 2))
    meta = {k: v for k, v in data.items() if k not in ("features", "actor1", "actor2", "margin", "use", "fill_only")}
    use, fill = bool(data.get("use", False)), bool(data.get("fill_only", False))
    return SideRanker((weights[0], weights[1]), float(data["margin"]), use, fill, meta)


@functools.cache
def shipped_ranker() -> SideRanker | None:
    """The shipped ranker (read once), or None when its file is absent."""
    path = ranker_path()
    return read_ranker(path) if path.exists() else None


def use_ranker() -> bool:
    """Whether the event table applies the shipped ranker by default."""
    ranker = shipped_ranker()
    return ranker is not None and ranker.use


def choose(
    probs: Sequence[float], found: Sequence[Candidate], slot: int, margin: float, fill_only: bool = False
) -> int:
    """The index of the chosen candidate: the likeliest when it beats the rules' side by ``margin`` (with
    ``fill_only``, only where the rules name nobody), else the rules' side."""
    rules = next((i for i, c in enumerate(found) if c.rules[slot - 1]), len(found) - 1)
    if fill_only and found[rules].origin != "nobody":
        return rules
    best = max(range(len(probs)), key=lambda i: probs[i])
    return best if probs[best] - probs[rules] >= margin and best != rules else rules


def ranked(article: Any, context: Any, rows: list[tuple], ranker: SideRanker | None = None) -> list[tuple]:
    """The rows with actor 1 and actor 2 as the ranker chooses them (unchanged without a ranker)."""
    ranker = ranker or shipped_ranker()
    if ranker is None:
        return rows
    out = []
    for row in rows:
        if row[COLUMN["event_id"]] not in context.rows:
            out.append(row)
            continue
        picked = []
        for slot in (1, 2):
            found = candidates(article, context, row, slot)
            probs = ranker.probabilities(slot, features(article, context, row, slot, found))
            picked.append((found, probs, choose(probs, found, slot, ranker.margin, ranker.fill_only)))
        out.append(with_sides(row, *picked_sides(picked)))
    return out


def picked_sides(picked: list[tuple[list[Candidate], list[float], int]]) -> tuple[Candidate, Candidate]:
    """Actor 1 and actor 2 from each slot's candidates, probabilities and choice: actor 2 never names actor 1
    again (its next likeliest other candidate instead)."""
    (found1, _, i1), (found2, probs2, i2) = picked
    first, second = found1[i1], found2[i2]
    key = first.english or first.name
    if key and (second.english or second.name) == key:
        order = sorted(range(len(found2)), key=lambda i: -probs2[i])
        second = next(found2[i] for i in order if (found2[i].english or found2[i].name) != key)
    return first, second


def with_sides(row: tuple, actor1: Candidate, actor2: Candidate) -> tuple:
    """A row with its actor 1 and actor 2 (Arabic and English) replaced."""
    out = list(row)
    for k, c in ((1, actor1), (2, actor2)):
        out[COLUMN[f"actor{k}"]], out[COLUMN[f"actor{k}_en"]] = c.name, c.english
    return tuple(out)
