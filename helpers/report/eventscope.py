"""What the events report draws: the five ACLED event types apart from statements (``Statement`` is not an
ACLED event type), and the events of the articles' window apart from those dated outside it or told as history
(the event's sentence states a year older than the article's year - 1: «عام 2014», «في 2013»), which stay in
the events table but are kept out of the charts and the deaths tables, with their count shown. So are running
totals: a death toll counted since a war, battle or year began («قتل أكثر من 3 آلاف مدني منذ اندلاع الحرب»,
«قتل نحو 10 آلاف شخص في الحرب»), which is no one event of the day its article dates it to."""

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
# a count since a start: منذ بدء الحرب، منذ اندلاع المعارك، منذ انطلاق عملية تحرير الحديدة، منذ مطلع العام
_SINCE_START = re.compile(r"منذ\s+(?:بدء|بدأ|بداية|بدايه|اندلاع|انطلاق|انطلاقة|مطلع|تفجر|تفجّر)(?!\S)")
# «الأعنف منذ بدء الحرب»: an event compared with the whole war is still one event
_SUPERLATIVE = re.compile(
    r"(?:^|\s)(?:ال)?(?:أعنف|اعنف|أكبر|اكبر|أسوأ|اسوأ|أول|الأولى|أكثر\s+دموية)(?:\s+\S+){0,3}\s*$"
)
# a toll of the whole war: قتل نحو 10 آلاف شخص في الحرب (only with a stated toll of a thousand or more)
_IN_THE_WAR = re.compile(r"(?:في|خلال|جراء|جرّاء|بسبب)\s+(?:هذه\s+)?(?:الحرب|النزاع|الصراع)(?!\S)")
WAR_TOLL = 1000  # «في الحرب» marks a running total only for a stated toll this large


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


def running_totals(sentences: pd.Series, fatalities: pd.Series) -> pd.Series:
    """Whether each event with stated deaths is a running total: its sentence counts since a start (منذ بدء،
    منذ اندلاع، منذ مطلع, not «الأعنف منذ بدء الحرب») or, for a toll of ``WAR_TOLL`` or more, over the war
    (في الحرب، خلال النزاع)."""
    dead = pd.to_numeric(fatalities, errors="coerce")
    flags = []
    for sentence, count in zip(sentences, dead, strict=True):
        if not isinstance(sentence, str) or pd.isna(count) or count <= 0:
            flags.append(False)
            continue
        since = any(not _SUPERLATIVE.search(sentence[: m.start()]) for m in _SINCE_START.finditer(sentence))
        flags.append(since or (count >= WAR_TOLL and bool(_IN_THE_WAR.search(sentence))))
    return pd.Series(flags, index=sentences.index, dtype=bool)


@dataclass
class Scope:
    """The events drawn (``shown``), and how many were left out of the charts: dated outside the articles'
    window (``outside``), or inside it but told as history (``history``) or a running total (``totals``)."""

    shown: pd.DataFrame
    outside: int
    history: int
    totals: int = 0

    @property
    def left_out(self) -> int:
        """Every event not drawn: outside the window, told as history or a running total."""
        return self.outside + self.history + self.totals


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
    fatalities = inside["fatalities"] if "fatalities" in inside.columns else pd.Series(pd.NA, index=inside.index)
    totals = running_totals(located["sentence"], fatalities) & ~history
    return Scope(inside[~history & ~totals], outside, int(history.sum()), int(totals.sum()))
