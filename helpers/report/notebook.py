"""What a report notebook starts with: its parameters turned into the store (or subset of it) it reads."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from helpers import config
from helpers.report import tables
from helpers.report.chartaxis import register_figure_html
from helpers.report.evidence import SentenceIndex
from helpers.report.html import note_html
from helpers.report.valuewords import asked_country, in_words
from helpers.store.read import Store, ensure_store

SUBSET_PARAMETERS = {
    "SUBSET_OUTLET": "outlet",
    "SUBSET_FROM": "from",
    "SUBSET_TO": "to",
    "SUBSET_TERM": "term",
    "SUBSET_COUNTRY": "country",
}
NO_ARTICLES = "لا توجد مقالات"  # how every report's note about an empty corpus or subset begins
REASONS_SHOWN = 3  # rejected files named in that note (the overview lists them all)


@dataclass
class ReportData:
    """The data of one report: the store limited to the subset asked for, and a note saying so."""

    store: Store
    subset_note: str | None = None  # HTML naming the subset, or None when the report covers the whole corpus
    full: Store | None = None  # the whole corpus, when ``store`` is a subset of it
    subset_asked: str = ""  # the subset, as asked ("term=...")
    tables_dir: Path | None = None  # where the full tables are written as CSV (None: not written)
    country: str = ""  # SUBSET_COUNTRY: only events placed in this country (and the articles telling them)

    def in_country(self, frame: pd.DataFrame) -> pd.DataFrame:
        """The rows of an events table placed in ``country`` (all rows when no country was asked for)."""
        if not self.country or frame.empty or "country" not in frame.columns:
            return frame if not self.country else frame.iloc[0:0]
        return frame[_same_country(frame["country"], self.country)]

    @property
    def tables_href(self) -> str:
        """The link from the report page to its CSV folder (``tables/<report>/``), or "" when none is written."""
        return f"tables/{self.tables_dir.name}/" if self.tables_dir is not None else ""

    def table(self, frame: pd.DataFrame, name: str, caption: str = "") -> str:
        """An interactive table of ``frame`` (codes in words, each code kept in a column beside them); the whole
        table is also written as CSV when the build asks."""
        frame, columns = in_words(frame)
        return tables.table_html(frame[columns], caption, name, self.tables_dir, self.tables_href)

    def evidence(self, rows: pd.DataFrame, columns: list[str], name: str, caption: str = "", **spans: Any) -> str:
        """An evidence table (each row with its sentence, the mention highlighted; codes in words, each code
        kept in a column beside them), all rows, paged."""
        rows, columns = in_words(rows, columns)
        return tables.drilldown_html(
            rows, columns, caption, name, csv_dir=self.tables_dir, csv_prefix=self.tables_href, **spans
        )

    @functools.cached_property
    def articles(self) -> pd.DataFrame:
        """The articles of the subset (read once, when first asked for)."""
        return self.store.table("articles")

    @functools.cached_property
    def sentences(self) -> SentenceIndex:
        """The subset's articles with their sentences as extraction split them (the store's sentences table), for
        :func:`helpers.report.evidence.attach_sentences`; read once, when first asked for."""
        return SentenceIndex.from_table(
            self.articles, self.store.table("sentences", columns=["article_id", "start", "end"])
        )

    @property
    def has_articles(self) -> bool:
        """Whether the report has any article to show (if not, its charts are skipped and ``empty_note`` says why)."""
        return not self.articles.empty

    @functools.cached_property
    def empty_reason(self) -> str | None:
        """Why the report has no article (the subset selects none, every file was rejected, ...), or None."""
        if self.has_articles:
            return None
        if self.full is not None and not self.full.table("articles", columns=["article_id"]).empty:
            asked = self.subset_asked
            return (
                f"{NO_ARTICLES} في هذا الجزء من المدوّنة: لا تطابق أي مقالة الشرط {asked} (no articles in this subset)."
            )
        rejected = (self.full or self.store).corpus().rejected
        if rejected.empty:
            return f"{NO_ARTICLES} في هذه المدوّنة: لم يُعثر على أي ملف مقالات (no articles in this corpus)."
        files = rejected.assign(name=rejected["source_file"].map(lambda f: Path(str(f)).name or str(f)))
        shown = "؛ ".join(f"{row.name}: {row.reason}" for row in files.head(REASONS_SHOWN).itertuples())
        more = f"؛ و{len(files) - REASONS_SHOWN} غيرها في تقرير النظرة العامة" if len(files) > REASONS_SHOWN else ""
        return (
            f"{NO_ARTICLES} في هذه المدوّنة: رُفض كل ما قُرئ ({len(files)}) — {shown}{more} "
            "(no articles in this corpus: everything read was rejected)."
        )

    @property
    def empty_note(self) -> str | None:
        """The HTML note saying the report has no article and why, or None when it has some."""
        reason = self.empty_reason
        return None if reason is None else note_html(reason)


def open_report(parameters: Mapping[str, Any]) -> ReportData:
    """The store for a notebook's parameters (pass ``globals()``; missing names count as None).

    Builds or updates the store for ``CORPUS_PATH`` (default ``config.corpus_dir()``) in ``STORE_DIR``
    (default ``config.store_dir()``) unless ``STORE_READY``, with ``DEFAULT_DCT`` for undated articles, then
    limits it to ``SUBSET_OUTLET``, ``SUBSET_FROM``, ``SUBSET_TO``, ``SUBSET_TERM`` and ``SUBSET_COUNTRY`` (the
    articles telling an event placed in that country). ``TABLES_DIR`` (set by the
    build) is where the report's full tables are written as CSV.
    """
    register_figure_html()  # in a notebook, every chart is shown as an <img> whose alt text is its title
    tables_dir = Path(parameters["TABLES_DIR"]) if parameters.get("TABLES_DIR") else None
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
    country = str(parameters.get("SUBSET_COUNTRY") or "").strip()
    if country:
        store = _telling_events_in(store, country)
    if store is full:
        return ReportData(store, tables_dir=tables_dir)
    asked = ", ".join(
        f"{label}={parameters[name]}" for name, label in SUBSET_PARAMETERS.items() if parameters.get(name)
    )
    return ReportData(store, note_html("تقرير عن جزء من المدوّنة: " + asked), full, asked, tables_dir, country)


def _same_country(countries: pd.Series, country: str) -> pd.Series:
    """Whether each value of an events table's ``country`` column is ``country`` (case and spaces aside; an ISO
    code or an Arabic name is read as the English name the table writes)."""
    return countries.fillna("").astype(str).str.strip().str.casefold() == asked_country(country).casefold()


def _telling_events_in(store: Store, country: str) -> Store:
    """The store limited to the articles that tell at least one event placed in ``country`` (the events table's
    country column): the events report then keeps only those events (``ReportData.in_country``)."""
    events = store.incidents()
    ids = set(events.loc[_same_country(events["country"], country), "article_id"]) if not events.empty else set()
    articles = store.table("articles", columns=["article_id", "content_hash"])
    hashes = frozenset(articles.loc[articles["article_id"].isin(ids), "content_hash"])
    return Store(store.root, hashes, store.view)
