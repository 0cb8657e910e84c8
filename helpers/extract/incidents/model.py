"""The event model: a logistic regression behind the rules that says how likely a candidate row is an event an
annotator would record (``signals`` gives its features). Its probability is the row's ``confidence``; the default
event table keeps the rows at or above the model's threshold (``incident_rows``), and ``--min-confidence`` of
``python -m helpers events`` sets another (0 keeps every row).

The weights are the readable JSON file ``helpers/data/event_model.json`` (feature names, weights, bias,
threshold, training date, the gold sets and the cross-validation figures), written by
``scripts/train_event_model.py``. Without it every row keeps the rule confidence (``sources.confidence``) and
none is dropped.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from helpers import config
from helpers.extract.incidents.scope import COLUMN
from helpers.extract.incidents.signals import article_features, feature_names

_CONFIDENCE = COLUMN["confidence"]


@dataclass(frozen=True)
class EventModel:
    """A logistic regression over named features: P(event) = 1 / (1 + exp(-(bias + Σ weight·feature)))."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    meta: dict = field(default_factory=dict, compare=False)

    def probability(self, vector: Sequence[float]) -> float:
        """The probability of one feature vector (in ``features`` order)."""
        z = self.bias + sum(w * x for w, x in zip(self.weights, vector, strict=True))
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


def model_path() -> Path:
    """The shipped weights file."""
    return config.DATA_DIR / "event_model.json"


def read_model(path: Path) -> EventModel:
    """A model from its JSON file; its features must be the ones ``signals`` computes, in the same order."""
    data = json.loads(path.read_text(encoding="utf-8"))
    names = tuple(data["features"])
    weights = tuple(float(data["weights"][name]) for name in names)
    if list(names) != feature_names():
        raise ValueError(f"{path}: its features are not those of helpers.extract.incidents.signals")
    meta = {k: v for k, v in data.items() if k not in ("features", "weights", "bias", "threshold")}
    return EventModel(names, weights, float(data["bias"]), float(data["threshold"]), meta)


@functools.cache
def shipped_model() -> EventModel | None:
    """The shipped model (read once), or None when the weights file is absent."""
    path = model_path()
    return read_model(path) if path.exists() else None


def scored(article: Any, rows: list[tuple], model: EventModel | None = None) -> list[tuple]:
    """The article's rows with the model's probability as their ``confidence`` (unchanged without a model)."""
    model = model or shipped_model()
    if model is None or not rows:
        return rows
    vectors = article_features(article, rows)
    return [_with_confidence(row, round(model.probability(v), 3)) for row, v in zip(rows, vectors, strict=True)]


def _with_confidence(row: tuple, value: float) -> tuple:
    return (*row[:_CONFIDENCE], value, *row[_CONFIDENCE + 1 :])


def default_threshold() -> float:
    """The default table's threshold: the shipped model's, 0 without one."""
    model = shipped_model()
    return model.threshold if model is not None else 0.0


def above(rows: Iterable[tuple], min_confidence: float | None = None) -> list[tuple]:
    """The rows whose confidence is at least ``min_confidence`` (None: ``default_threshold``; 0 keeps all)."""
    limit = default_threshold() if min_confidence is None else min_confidence
    return [row for row in rows if limit <= 0 or (row[_CONFIDENCE] or 0.0) >= limit]
