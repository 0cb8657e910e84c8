"""Cell formatting for report tables: integers as integers, shares as percentages, dates as dates, no NaN.

Each column gets a kind (``int``, ``num``, ``pct``, ``date``, ``text``) from its name and values; a cell is
shown as text for the reader and keeps a raw value for sorting and for the CSV.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd

MISSING = "—"  # what an empty cell shows
GEO_PRECISION = {  # ACLED geo-precision codes
    1: "1 — المدينة نفسها / the town itself",
    2: "2 — قرب مدينة أو جزء منها / near or part of a town",
    3: "3 — إقليم أو دولة / a region or country",
}
TIME_PRECISION = {  # ACLED time-precision codes
    1: "1 — اليوم / the day",
    2: "2 — الأسبوع / within a week",
    3: "3 — الشهر / within a month",
}
CODED_COLUMNS = {"precision": GEO_PRECISION, "geo_precision": GEO_PRECISION, "time_precision": TIME_PRECISION}
COORDINATE_COLUMNS = {"lat", "lon", "latitude", "longitude"}


def is_missing(value: object) -> bool:
    """True for None, NaN (of any float type), NaT and pandas' NA; False for containers."""
    if isinstance(value, list | tuple | dict | set | np.ndarray):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


_SHARE = re.compile(r"(?:^|_)share(?:$|_)")


def column_kind(name: str, values: pd.Series) -> str:
    """How a column is shown: ``pct`` (a share), ``date``, ``int``, ``num``, ``code`` (ACLED precision) or ``text``."""
    lowered = str(name).lower()
    if lowered in CODED_COLUMNS:
        return "code"
    if pd.api.types.is_datetime64_any_dtype(values):
        return "date"
    if pd.api.types.is_bool_dtype(values):
        return "text"
    present = values.dropna()
    if pd.api.types.is_numeric_dtype(values):
        if _SHARE.search(lowered):  # first_share, anonymous_share; not shared_clusters (a count)
            return "pct"
        if lowered in COORDINATE_COLUMNS:
            return "num"
        numbers = present.to_numpy(dtype="float64")
        return "int" if np.all(np.isfinite(numbers)) and np.all(numbers == np.round(numbers)) else "num"
    if len(present) and all(isinstance(v, pd.Timestamp) for v in present):
        return "date"
    return "text"


def raw_value(value: object, kind: str) -> object:
    """The value kept for sorting and for the CSV: a number, an ISO date, a string, or None."""
    if isinstance(value, list | tuple | np.ndarray):
        return " | ".join(str(v) for v in value)
    if is_missing(value):
        return None
    if kind == "date":
        return pd.Timestamp(value).date().isoformat()
    if kind in ("int", "code"):
        return int(value) if isinstance(value, int | float | np.integer | np.floating) else str(value)
    if kind in ("num", "pct"):
        number = float(value)
        return number if math.isfinite(number) else None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return str(value)


def display_value(value: object, kind: str, column: str = "") -> str:
    """A cell as the reader sees it."""
    raw = raw_value(value, kind)
    if raw is None or raw == "":
        return MISSING if kind != "text" else ""
    if kind == "int":
        return f"{raw:,}" if isinstance(raw, int) else str(raw)
    if kind == "pct":
        return f"{100 * float(raw):.1f}%"
    if kind == "num":
        if column.lower() in COORDINATE_COLUMNS:
            return f"{float(raw):,.4f}"
        shown = f"{float(raw):,.2f}"  # 291 and 329.5, not 291.00 and 329.50
        return shown.rstrip("0").rstrip(".") if "." in shown else shown
    if kind == "code":
        return CODED_COLUMNS[column.lower()].get(raw, str(raw)) if isinstance(raw, int) else str(raw)
    return str(raw)


def format_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every cell as display text (for a static table)."""
    out = {}
    for column in frame.columns:
        kind = column_kind(column, frame[column])
        out[column] = [display_value(v, kind, str(column)) for v in frame[column].tolist()]
    return pd.DataFrame(out, index=frame.index, columns=frame.columns)


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def defuse(value: object) -> object:
    """A CSV cell a spreadsheet will not run: text starting with = + - @ (or a tab or carriage return) gets a
    leading apostrophe. Numbers are left alone (a negative number is not a formula)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


_FORMULA = r"^[=+\-@\t\r]"


def csv_column(values: pd.Series, kind: str) -> pd.Series:
    """One column ready for CSV, computed column-wise: dates ISO, integers as nullable integers, other numbers
    as they are, text with missing values empty and formula-like cells defused."""
    if kind == "date":
        return pd.to_datetime(values, errors="coerce").dt.strftime("%Y-%m-%d").fillna("")
    if kind in ("int", "code") and pd.api.types.is_numeric_dtype(values):
        return pd.to_numeric(values, errors="coerce").round().astype("Int64")
    if kind in ("num", "pct"):
        return pd.to_numeric(values, errors="coerce")
    if isinstance(values.dtype, pd.StringDtype):
        text = values.fillna("")
    elif pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty"):
        text = values.astype(object).where(values.notna(), "").astype(str)
    else:
        text = values.map(lambda v: "" if (raw := raw_value(v, "text")) is None else str(raw)).astype(str)
    formula = text.str.contains(_FORMULA, regex=True).fillna(False).astype(bool)
    if formula.any():  # only the few formula-like cells are rewritten, not every (long) text
        text = text.mask(formula, "'" + text[formula])
    return text


def csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with raw values ready for ``DataFrame.to_csv``: dates ISO, missing empty, text defused."""
    return pd.DataFrame(
        {column: csv_column(frame[column], column_kind(column, frame[column])) for column in frame.columns},
        columns=frame.columns,
    )
