"""What a report notebook starts with: its parameters turned into the store (or subset of it) it reads."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from helpers import config
from helpers.report.html import note_html
from helpers.store.read import Store, ensure_store

SUBSET_PARAMETERS = {"SUBSET_OUTLET": "outlet", "SUBSET_FROM": "from", "SUBSET_TO": "to", "SUBSET_TERM": "term"}


@dataclass
class ReportData:
    """The data of one report: the store limited to the subset asked for, and a note saying so."""

    store: Store
    subset_note: str | None = None  # HTML naming the subset, or None when the report covers the whole corpus

    @functools.cached_property
    def articles(self) -> pd.DataFrame:
        """The articles of the subset (read once, when first asked for)."""
        return self.store.table("articles")


def open_report(parameters: Mapping[str, Any]) -> ReportData:
    """The store for a notebook's parameters (pass ``globals()``; missing names count as None).

    Builds or updates the store for ``CORPUS_PATH`` (default ``config.corpus_dir()``) in ``STORE_DIR``
    (default ``config.store_dir()``) unless ``STORE_READY``, with ``DEFAULT_DCT`` for undated articles, then
    limits it to ``SUBSET_OUTLET``, ``SUBSET_FROM``, ``SUBSET_TO`` and ``SUBSET_TERM``.
    """
    corpus = parameters.get("CORPUS_PATH") or config.corpus_dir()
    store_dir = parameters.get("STORE_DIR")
    full = ensure_store(
        corpus,
        Path(store_dir) if store_dir else None,
        default_dct=parameters.get("DEFAULT_DCT"),
        rebuild=not parameters.get("STORE_READY"),
    )
    store = full.subset(
        outlet=parameters.get("SUBSET_OUTLET"),
        date_from=parameters.get("SUBSET_FROM"),
        date_to=parameters.get("SUBSET_TO"),
        term=parameters.get("SUBSET_TERM"),
    )
    note = None
    if store is not full:
        asked = ", ".join(
            f"{label}={parameters[name]}" for name, label in SUBSET_PARAMETERS.items() if parameters.get(name)
        )
        note = note_html("تقرير عن جزء من المدوّنة: " + asked)
    return ReportData(store, note)
