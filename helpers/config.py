"""Every path and tunable limit of the suite lives here, and nowhere else."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
PACKAGE_DIR = PROJECT_ROOT / "helpers"

CORPUS_DIR = Path(os.environ.get("ANS_CORPUS_DIR", PROJECT_ROOT / "corpus"))
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
REPORTS_DIR = Path(os.environ.get("ANS_REPORTS_DIR", PROJECT_ROOT / "reports"))
CACHE_DIR = Path(os.environ.get("ANS_CACHE_DIR", PROJECT_ROOT / ".cache"))
EXECUTED_DIR = CACHE_DIR / "executed"
STORE_DIR = Path(os.environ.get("ANS_STORE_DIR", CACHE_DIR / "store"))  # the Parquet annotation store

TEMPLATES_DIR = PACKAGE_DIR / "templates"
REPORT_TEMPLATE = "arabic_report"
FONTS_DIR = PACKAGE_DIR / "fonts"
DATA_DIR = PACKAGE_DIR / "data"

# Shared datasets: used only by benchmarks and tests, never at run time.
SHARED_DIR = Path(os.environ.get("ANS_SHARED_DIR", PROJECT_ROOT.parent / "shared"))
SHARED_DATASETS = SHARED_DIR / "datasets"
ANT_ARTICLES = SHARED_DATASETS / "ant_multisource" / "articles.jsonl.gz"

# Loading limits. Files or articles past them are rejected with the reason, never dropped.
MAX_FILE_BYTES = 200 * 1024 * 1024  # a single container file (JSONL, CSV, zip member...)
MAX_ARTICLE_CHARS = 2_000_000  # one article body; a 50 MB "article" is a dump, not news
MIN_ARABIC_SHARE = 0.2  # share of letters that must be Arabic for an article to be kept
FUTURE_DATE_TOLERANCE_DAYS = 2  # dates further ahead than this are flagged as future
