"""Settings: every path and tunable limit of the suite, and nowhere else.

Paths inside the package are fixed. Paths a user may move (corpus, reports, cache, store, shared datasets)
are read from the environment when asked for, never at import time, so ``ANS_STORE_DIR=... python -m helpers``
and a test's ``monkeypatch.setenv`` both work. ``ExtractionSettings`` and ``LoadingSettings`` hold the limits
that change what extraction writes: they are part of the store's version hash.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
PACKAGE_DIR = PROJECT_ROOT / "helpers"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
TEMPLATES_DIR = PACKAGE_DIR / "templates"
REPORT_TEMPLATE = "arabic_report"
FONTS_DIR = PACKAGE_DIR / "fonts"
DATA_DIR = PACKAGE_DIR / "data"


def _env_path(name: str, default: Path) -> Path:
    """A path from the environment variable ``name``, else ``default``."""
    value = os.environ.get(name)
    return Path(value) if value else default


def corpus_dir() -> Path:
    """The bundled corpus (``ANS_CORPUS_DIR`` overrides)."""
    return _env_path("ANS_CORPUS_DIR", PROJECT_ROOT / "corpus")


def reports_dir() -> Path:
    """Where the HTML reports are written (``ANS_REPORTS_DIR``)."""
    return _env_path("ANS_REPORTS_DIR", PROJECT_ROOT / "reports")


def cache_dir() -> Path:
    """Derived files git ignores (``ANS_CACHE_DIR``)."""
    return _env_path("ANS_CACHE_DIR", PROJECT_ROOT / ".cache")


def executed_dir() -> Path:
    """Executed notebooks, before they are exported to HTML."""
    return cache_dir() / "executed"


def store_dir() -> Path:
    """The Parquet annotation store (``ANS_STORE_DIR``)."""
    return _env_path("ANS_STORE_DIR", cache_dir() / "store")


def shared_datasets() -> Path:
    """The shared datasets: used only by benchmarks and tests, never at run time (``ANS_SHARED_DIR``)."""
    return _env_path("ANS_SHARED_DIR", PROJECT_ROOT.parent / "shared") / "datasets"


def ant_articles() -> Path:
    """The ANT multi-source corpus (31.5k articles, 2018) in the shared datasets."""
    return shared_datasets() / "ant_multisource" / "articles.jsonl.gz"


@dataclass(frozen=True)
class LoadingSettings:
    """Loader limits. Files or articles past them are rejected with the reason, never dropped."""

    max_file_bytes: int = 200 * 1024 * 1024  # a single container file (JSONL, CSV, zip member...)
    max_article_chars: int = 2_000_000  # one article body; a 50 MB "article" is a dump, not news
    min_arabic_share: float = 0.2  # share of letters that must be Arabic for an article to be kept
    future_date_tolerance_days: int = 2  # dates further ahead than this are flagged as future
    max_archive_depth: int = 10  # archives inside archives are opened this deep, no deeper


@dataclass(frozen=True)
class ExtractionSettings:
    """Limits of the extractors."""

    max_sentence_tokens: int = 120  # longer "sentences" (lists, dumps) are tagged in windows of this many tokens
    canonical_batch_mentions: int = 5_000  # a huge article's actor mentions are canonicalised in batches
    small_place_population: int = 100_000  # below this a place needs its country named in the article
    country_weight: int = 10_000_000  # countries carry no population in the gazetteer; scored as this large
    max_place_words: int = 4  # the longest place name matched, in words
    ner_model: str = "neural"  # the NER tagger: "neural" (BiLSTM-CRF in numpy, helpers/data/ner_neural.npz) or "crf"


def loading_settings() -> LoadingSettings:
    """The loader's limits."""
    return LoadingSettings()


def extraction_settings() -> ExtractionSettings:
    """The extractors' limits."""
    return ExtractionSettings()


@dataclass(frozen=True)
class ReportSettings:
    """What the HTML reports embed and how they speak."""

    max_embedded_rows: int = 3_000  # rows of one table embedded in a report page; the full table goes to CSV
    first_page_rows: int = 25  # rows per page of an interactive table (also the rows shown without script)
    language: str = "both"  # chart text: "ar", "en" or "both" (Arabic first, then English)


def report_settings() -> ReportSettings:
    """The reports' settings."""
    return ReportSettings()


@dataclass(frozen=True)
class BoilerplateSettings:
    """Page furniture removed in cleaning (listed patterns: ``helpers/data/boilerplate.csv``)."""

    learn: bool = True  # learn furniture from the corpus being loaded (a first pass counting lines per outlet)
    min_articles: int = 5  # a learned line occurs in at least this many articles, after as many different lines
    min_share: float = 0.002  # ... and in at least this share of its outlet's articles
    max_learned_chars: int = 300  # longer lines are never learned
    max_teaser_lines: int = 6  # teaser lines taken under one "اقرأ أيضاً" heading
    max_teaser_words: int = 15  # a teaser line is a title: this many words at most, no final full stop


def boilerplate_settings() -> BoilerplateSettings:
    """The furniture settings."""
    return BoilerplateSettings()


@dataclass(frozen=True)
class IncidentSettings:
    """The event table: its notes and the cross-article deduplication."""

    notes_chars: int = 500  # the sentence kept in ``notes``, at most this many characters
    dedupe_days: int = 2  # two reports of one event: dates at most this many days apart
    dedupe_km: float = 25.0  # ... and places at most this far apart (or the same name)


def incident_settings() -> IncidentSettings:
    """The event table's settings."""
    return IncidentSettings()
