"""Interactive report tables: escaped HTML for the first page, the rows as JSON data, the full table as CSV.

A table is a ``<figure class="ans-table">`` holding a caption, a server-rendered (escaped) first page, and a
``<script type="application/json">`` block with up to ``max_embedded_rows`` rows that the report's own script
(``helpers/templates/arabic_report/tables.js``) sorts, searches, filters, pages and exports. Text in the JSON
is data: the script writes it with ``textContent`` only, and every ``<`` is written as ``\\u003c`` so no cell can
close the block. Without the script (JupyterLab, a blocked script) the first page still reads as a table.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from helpers import config
from helpers.report.formatting import column_kind, csv_frame, display_value, raw_value
from helpers.report.html import escape, highlight
from helpers.report.labels import header
from helpers.report.language import choose, words

DATE_FILTER_COLUMNS = ("dct", "date", "stated_on", "published", "event_date", "week", "first_published")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9_-]+")


def json_for_script(payload: object) -> str:
    """JSON that is safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&`` left raw."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def safe_name(name: str) -> str:
    """A table name usable as a file name (letters, digits, - and _)."""
    return _SAFE_NAME.sub("_", name).strip("_") or "table"


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    """The whole table as UTF-8 CSV (with a BOM so spreadsheets read Arabic), formula-like text defused."""
    path.parent.mkdir(parents=True, exist_ok=True)
    csv_frame(frame).to_csv(path, index=False, encoding="utf-8-sig", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    return path


def _cells(frame: pd.DataFrame, kinds: Sequence[str]) -> list[list[object]]:
    """Rows as JSON cells: text as a string, other kinds as [shown, raw]."""
    columns = [str(c) for c in frame.columns]
    rows = []
    for record in frame.itertuples(index=False, name=None):
        row: list[object] = []
        for column, value, kind in zip(columns, record, kinds, strict=True):
            if kind == "text":
                raw = raw_value(value, kind)
                row.append("" if raw is None else raw)
            else:
                row.append([display_value(value, kind, column), raw_value(value, kind)])
        rows.append(row)
    return rows


def _add_marks(rows: list[list[object]], at: int, starts: Sequence[object], ends: Sequence[object]) -> None:
    """Turn cell ``at`` of each row into {t: text, m: [[start, end]]} (no mark when an offset is missing)."""
    for row, start, end in zip(rows, starts, ends, strict=True):
        whole = pd.notna(start) and pd.notna(end)
        row[at] = {"t": row[at], "m": [[int(start), int(end)]] if whole else []}


def _row_html(row: list[object], kinds: Sequence[str]) -> str:
    """One escaped table row from its JSON cells (the first page, shown before or without the script)."""
    cells = []
    for cell, kind in zip(row, kinds, strict=True):
        if isinstance(cell, dict):
            cells.append(f"<td>{highlight(str(cell['t']), [tuple(m) for m in cell['m']])}</td>")
        elif isinstance(cell, list):
            cells.append(f'<td class="ans-k-{kind}">{escape(cell[0])}</td>')
        else:
            cells.append(f"<td>{escape(cell)}</td>")
    return "<tr>" + "".join(cells) + "</tr>"


def interactive_table(
    frame: pd.DataFrame,
    caption: str = "",
    name: str = "table",
    csv_path: Path | None = None,
    csv_href: str | None = None,
    max_rows: int | None = None,
    mark: tuple[str, str, str] | None = None,
) -> str:
    """A table for a report page: caption, escaped first page, embedded rows (at most ``max_rows``) and, when
    ``csv_path`` is given, the whole table written there as CSV and linked as ``csv_href``.

    ``mark`` is (column, start, end): highlight characters start:end of that column's text (start and end are
    columns of ``frame``, left out of the table shown).
    """
    settings = config.report_settings()
    limit = settings.max_embedded_rows if max_rows is None else max_rows
    shown = frame.drop(columns=list(mark[1:]) if mark else [])
    if csv_path is not None:
        write_csv(shown, csv_path)
    embedded = frame.head(limit)
    kinds = [column_kind(c, shown[c]) for c in shown.columns]
    rows = _cells(embedded[shown.columns], kinds)
    if mark:
        _add_marks(rows, list(shown.columns).index(mark[0]), embedded[mark[1]].tolist(), embedded[mark[2]].tolist())
    columns = [{"name": str(c), "label": header(c), "kind": k} for c, k in zip(shown.columns, kinds, strict=True)]
    names = [str(c) for c in shown.columns]
    outlet = names.index("outlet") if "outlet" in names else -1
    dated = [i for i, (n, k) in enumerate(zip(names, kinds, strict=True)) if k == "date" and n in DATE_FILTER_COLUMNS]
    payload = {
        "name": safe_name(name),
        "columns": columns,
        "rows": rows,
        "total": len(frame),
        "outlet": outlet,
        "date": dated[0] if dated else -1,
        "page": settings.first_page_rows,
    }
    head = "".join(f'<th scope="col">{escape(c["label"])}</th>' for c in columns)
    body = "".join(_row_html(r, kinds) for r in rows[: settings.first_page_rows])
    return (
        f'<figure class="ans-table" dir="rtl" data-ans-table="{escape(safe_name(name))}">'
        f"{_caption(caption, len(rows), len(frame), csv_href if csv_path is not None else None)}"
        f'<div class="ans-scroll"><table class="dataframe"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>"
        f'<script type="application/json" class="ans-table-data">{json_for_script(payload)}</script></figure>'
    )


def _caption(caption: str, embedded: int, total: int, csv_href: str | None) -> str:
    """What one row is, how many rows there are, and where the full table is (all escaped), in the report's
    language."""
    parts = [f'<span class="ans-caption">{escape(choose(caption))}</span>'] if caption else []
    parts.append(f'<span class="ans-total">{escape(words((f"عدد الصفوف {total:,}", f"{total:,} rows")))}</span>')
    if embedded < total:
        cut = (
            f"هذه الصفحة تعرض أول {embedded:,} من {total:,} صف",
            f"this page holds the first {embedded:,} of {total:,} rows",
        )
        parts.append(f'<span class="ans-cut">{escape(words(cut))}</span>')
    if csv_href:
        link = escape(words(("الجدول كاملا CSV", "full table (CSV)")))
        parts.append(f'<a class="ans-csv" href="{escape(csv_href)}" download>{link}</a>')
    return f"<figcaption>{' · '.join(parts)}</figcaption>"


def table_html(
    frame: pd.DataFrame,
    caption: str = "",
    name: str = "table",
    csv_dir: Path | None = None,
    csv_prefix: str = "",
    max_rows: int | None = None,
) -> str:
    """A report table (see :func:`interactive_table`); with ``csv_dir`` the whole table is also written to
    ``csv_dir/<name>.csv`` and linked as ``csv_prefix + <name>.csv``."""
    file = f"{safe_name(name)}.csv"
    csv_path = Path(csv_dir) / file if csv_dir is not None else None
    return interactive_table(frame, caption, name, csv_path, csv_prefix + file, max_rows)


def drilldown_html(
    rows: pd.DataFrame,
    columns: Sequence[str],
    caption: str = "",
    name: str = "evidence",
    sentence: str = "sentence",
    sentence_start: str = "sentence_start",
    span: tuple[str, str] = ("time_start", "time_end"),
    csv_dir: Path | None = None,
    csv_prefix: str = "",
    max_rows: int | None = None,
) -> str:
    """Evidence: the chosen columns plus the sentence with the mention (``span``, article offsets) highlighted."""
    offset = pd.to_numeric(rows[sentence_start], errors="coerce")
    frame = rows[list(columns)].assign(
        **{
            sentence: rows[sentence].fillna("").astype(str),
            "_mark_start": pd.to_numeric(rows[span[0]], errors="coerce") - offset,
            "_mark_end": pd.to_numeric(rows[span[1]], errors="coerce") - offset,
        }
    )
    file = f"{safe_name(name)}.csv"
    csv_path = Path(csv_dir) / file if csv_dir is not None else None
    return interactive_table(
        frame, caption, name, csv_path, csv_prefix + file, max_rows, mark=(sentence, "_mark_start", "_mark_end")
    )
