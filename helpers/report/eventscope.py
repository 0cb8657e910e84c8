"""What the events report draws: the five ACLED event types apart from statements (``Statement`` is not an
ACLED event type), and the events of the articles' window apart from those dated outside it or told as history
(the event's sentence states a year older than the article's year - 1: «عام 2014», «في 2013»), which stay in
the events table but are kept out of the charts and the deaths tables, with their count shown."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from helpers.report.events import in_window
from helpers.report.evidence import SentenceIndex, attach_sentences

STATEMENT = "Statement"  # our type for statements and announcements: not one of ACLED's event types
_YEAR = re.compile(r"(?<![\d٠-٩])([12][09][\d]{2}|[١٢][٠٩][٠-٩]{2})(?![\d٠-٩])")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_BORN = re.compile(r"(?:مواليد|مولود|ولد|المولود)\s+(?:عام|سنة|في)?\s*$")  # «من مواليد 1991»: a birth year


def split_statements(incidents: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events of ACLED's types, statements): statements are shown in their own table, not among ACLED types."""
    statement = incidents["event_type"].fillna("").astype(str).eq(STATEMENT)
    return incidents[~statement], incidents[statement]


def stated_years(sentence: object) -> list[int]:
    """The years written in a sentence (Western or Arabic-Indic digits, 1900-2099), birth years left out."""
    if not isinstance(sentence, str):
        return []
    return [
        int(m.group(1).translate(_DIGITS))
        for m in _YEAR.finditer(sentence)
        if not _BORN.search(sentence[max(0, m.start() - 20) : m.start()])
    ]


def told_as_history(sentences: pd.Series, article_years: pd.Series) -> pd.Series:
    """Whether each event's sentence states a year older than its article's year - 1 (a past event told as
    background: the table may still date it at the article)."""
    flags = [
        pd.notna(year) and any(y < int(year) - 1 for y in stated_years(sentence))
        for sentence, year in zip(sentences, article_years, strict=True)
    ]
    return pd.Series(flags, index=sentences.index, dtype=bool)


@dataclass
class Scope:
    """The events drawn (``shown``), and how many were left out of the charts: dated outside the articles'
    window (``outside``) or inside it but told as history (``history``)."""

    shown: pd.DataFrame
    outside: int
    history: int

    @property
    def left_out(self) -> int:
        """Every event not drawn: outside the window or told as history."""
        return self.outside + self.history


def scope(incidents: pd.DataFrame, articles: pd.DataFrame, sentences: SentenceIndex | None = None) -> Scope:
    """The events of the articles' window that are not told as history (``articles``: article_id, dct, text;
    ``sentences``: the report's sentence index, when it has one)."""
    inside, outside = in_window(incidents, articles["dct"])
    if inside.empty:
        return Scope(inside, outside, 0)
    located = attach_sentences(inside, sentences if sentences is not None else articles)
    dates = pd.to_datetime(articles.set_index("article_id")["dct"], utc=True, errors="coerce")
    years = inside["article_id"].map(dates.dt.year)
    history = told_as_history(located["sentence"], years)
    return Scope(inside[~history], outside, int(history.sum()))
