"""The document every component reads and writes: one article's text, computed once (sentences, normalised
letters, its date), and the mentions each component adds. Components talk to each other only through it."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from helpers.text.normalize import normalize_letters
from helpers.text.sentences import sentence_spans


def article_dct(record: Mapping[str, Any]) -> tuple[date | None, str]:
    """The DCT of an article as a date, and a flag when it is missing, supplied or in the future."""
    dct = record.get("dct")
    source = record.get("dct_source") or "missing"
    if dct is None or pd.isna(dct):
        return None, "no DCT: relative date left unresolved"
    flag = ""
    problem = str(record.get("date_problem") or "")
    if problem.startswith("future date"):
        flag = f"DCT is in the future ({pd.Timestamp(dct).date()}); relative dates may be wrong"
    elif source == "supplied":
        flag = "DCT supplied, not from the source"
    return pd.Timestamp(dct).date(), flag


@dataclass
class Article:
    """One article in the pipeline. Offsets everywhere index ``text`` (the display text); ``norm`` is its
    length-keeping normalisation, so the same offsets index it too. Each component fills its own fields,
    named in ``helpers.extract.pipeline.COMPONENTS`` (what it requires and what it assigns)."""

    article_id: str
    text: str
    record: Mapping[str, Any]
    norm: str
    sentences: tuple[tuple[int, int], ...]
    dct: date | None
    dct_flag: str
    # ner: the model's entities per sentence: (start, end, PERS/ORG/LOC/MISC)
    entities: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)
    # actors: per sentence, the merged rule + model mentions before canonical names, and the rule ones alone
    actor_candidates: dict[int, list[Any]] = field(default_factory=dict)
    rule_candidates: dict[int, list[Any]] = field(default_factory=dict)
    # actors: (sentence id, ActorMention) with canonical names
    actors: list[tuple[int, Any]] = field(default_factory=list)
    # places: resolved PlaceMentions (``reconcile`` drops those inside names and adds unknown names)
    places: list[Any] = field(default_factory=list)
    # times: Timex values resolved against the DCT
    times: list[Any] = field(default_factory=list)
    # attribution: per sentence, the attributed statements (Attribution) in order
    attributions: dict[int, list[Any]] = field(default_factory=dict)
    # reconcile: each attribution of the article with the actor it is linked to
    quotes: list[tuple[int, Any, tuple[str, str, str, str]]] = field(default_factory=list)
    # events: one row per time expression (see ``helpers.extract.events.EVENT_COLUMNS``)
    events: list[tuple] = field(default_factory=list)
    # signatures: (published, body key, MinHash bytes)
    signature: tuple | None = None
    # incidents: one row per event (see ``helpers.extract.incidents.component.INCIDENT_COLUMNS``)
    incidents: list[tuple] = field(default_factory=list)

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Article:
        """An article from a loaded record (a row of the corpus's articles table)."""
        text = str(record.get("text") or "")
        dct, flag = article_dct(record)
        return cls(
            article_id=record["article_id"],
            text=text,
            record=record,
            norm=normalize_letters(text),
            sentences=sentence_spans(text),
            dct=dct,
            dct_flag=flag if dct is not None else "",
        )

    @functools.cached_property
    def sentence_starts(self) -> list[int]:
        """Where each sentence starts (sorted: sentences never overlap)."""
        return [s for s, _ in self.sentences]

    def sentence_of(self, offset: int) -> int:
        """The number of the sentence that contains ``offset`` (0 when none does)."""
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        return i if i >= 0 and offset < self.sentences[i][1] else 0
