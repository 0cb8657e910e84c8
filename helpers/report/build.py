"""Safe HTML for notebook outputs, and the build of notebooks into HTML reports.

Article text is untrusted web text: everything here escapes it before it
reaches HTML, and the report template forbids scripts altogether.
"""

from __future__ import annotations

import base64
import functools
import html
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from helpers import config


def escape(value: object) -> str:
    """HTML-escape any value for text or attribute context (None becomes '')."""
    return html.escape("" if value is None else str(value), quote=True)


def highlight(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Escaped ``text`` with each (start, end) span wrapped in ``<mark>``; overlaps are merged."""
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out: list[str] = []
    last = 0
    for start, end in merged:
        out.append(escape(text[last:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        last = end
    out.append(escape(text[last:]))
    return "".join(out)


def article_html(article: Mapping[str, Any], spans: Iterable[tuple[int, int]] = ()) -> str:
    """One article as a right-to-left block: title, metadata, paragraphs; spans highlighted."""
    text = str(article["text"])
    start = int(article.get("body_start", 0) or 0)
    body = text[start:]
    shifted = [(s - start, e - start) for s, e in spans if e > start]
    paragraphs = highlight(body, shifted).split("\n")
    dct = article.get("dct")
    date = "بلا تاريخ" if dct is None or pd.isna(dct) else pd.Timestamp(dct).date().isoformat()
    if article.get("dct_source") == "supplied":
        date += " (تاريخ مُدخَل، لا من المصدر)"
    meta = " · ".join(f"<bdi>{escape(v)}</bdi>" for v in (article.get("outlet"), date, article.get("article_id")) if v)
    url = str(article.get("url") or "")
    link = (
        f' · <a href="{escape(url)}" rel="noopener noreferrer">الرابط</a>'
        if url.startswith(("http://", "https://"))
        else ""
    )
    paras = "".join(f"<p>{p}</p>" for p in paragraphs if p.strip())
    return (
        f'<article class="ans-article" dir="rtl" lang="ar"><h3>{escape(article.get("title") or "")}</h3>'
        f'<div class="ans-meta">{meta}{link}</div>{paras}</article>'
    )


def table_html(frame: pd.DataFrame, max_rows: int = 50) -> str:
    """A DataFrame as an escaped right-to-left HTML table (at most ``max_rows`` rows)."""
    shown = frame.head(max_rows)
    return f'<div class="ans-table" dir="rtl">{shown.to_html(escape=True, index=False, border=0)}</div>'


def drilldown_html(
    rows: pd.DataFrame,
    columns: Sequence[str],
    sentence: str = "sentence",
    sentence_start: str = "sentence_start",
    span: tuple[str, str] = ("time_start", "time_end"),
    max_rows: int = 40,
) -> str:
    """An escaped table of evidence: chosen columns plus the sentence with the mention highlighted."""
    head = "".join(f"<th>{escape(c)}</th>" for c in (*columns, sentence))
    body = []
    for row in rows.head(max_rows).to_dict("records"):
        offset = int(row[sentence_start])
        marked = highlight(str(row[sentence]), [(int(row[span[0]]) - offset, int(row[span[1]]) - offset)])
        cells = "".join(f"<td>{escape(_cell(row[c]))}</td>" for c in columns)
        body.append(f"<tr>{cells}<td>{marked}</td></tr>")
    return (
        f'<div class="ans-table" dir="rtl"><table class="dataframe"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div>"
    )


def _cell(value: object) -> str:
    """A table cell's text: dates without midnight times, missing values empty."""
    if value is None or (isinstance(value, float) and value != value) or value is pd.NaT:
        return ""
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return str(value)


def note_html(message: str) -> str:
    """A highlighted note for the reader (escaped)."""
    return f'<div class="ans-note" dir="rtl">{escape(message)}</div>'


@dataclass
class BuiltReport:
    """A report written to disk, with the title shown on the index page."""

    notebook: Path
    html_path: Path
    title: str


def notebook_title(path: Path) -> str:
    """The first markdown heading of a notebook, or its file name."""
    cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
    for cell in cells:
        if cell.get("cell_type") == "markdown":
            for line in "".join(cell.get("source", [])).splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return path.stem


def list_notebooks(folder: Path = config.NOTEBOOKS_DIR) -> list[Path]:
    """The report notebooks, in order (files starting with two digits)."""
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))


def execute_notebook(notebook: Path, output: Path, parameters: Mapping[str, Any]) -> None:
    """Run a notebook with papermill, injecting ``parameters`` into its parameters cell."""
    import papermill

    output.parent.mkdir(parents=True, exist_ok=True)
    papermill.execute_notebook(
        str(notebook),
        str(output),
        parameters=dict(parameters),
        cwd=str(notebook.parent),
        progress_bar=False,
        kernel_name="python3",
    )


def export_html(executed: Path, destination: Path, hide_code: bool = True) -> None:
    """Convert an executed notebook to HTML with the Arabic report template."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name=config.REPORT_TEMPLATE,
        extra_template_basedirs=[str(config.TEMPLATES_DIR)],
        exclude_input=hide_code,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    exporter.language_code = "ar"
    resources = {"ans_font_base64": _font_base64()}
    body, _ = exporter.from_notebook_node(nbformat.read(str(executed), as_version=4), resources=resources)
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_text(body, encoding="utf-8")


@functools.cache
def _font_base64() -> str:
    """The bundled Arabic font, base64-encoded, so reports read well on machines without it."""
    return base64.b64encode((config.FONTS_DIR / "NotoNaskhArabic-Regular.ttf").read_bytes()).decode("ascii")


def index_html(reports: Sequence[BuiltReport], corpus_label: str) -> str:
    """The index page linking every report (all text escaped)."""
    items = "".join(
        f'<li><a href="{escape(r.html_path.name)}">{escape(r.title)}</a> <code>{escape(r.notebook.name)}</code></li>'
        for r in reports
    )
    return (
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        "<title>تقارير الأخبار العربية</title><style>"
        'body{font-family:"Noto Naskh Arabic","Amiri","Noto Sans Arabic",Tahoma,sans-serif;max-width:900px;'
        "margin:2rem auto;line-height:1.8;padding:0 1rem}code{direction:ltr;unicode-bidi:isolate;color:#666}"
        "</style></head><body><h1>تقارير الأخبار العربية</h1>"
        f"<p>المدوَّنة: <code>{escape(corpus_label)}</code></p><ul>{items}</ul></body></html>\n"
    )


def build_reports(
    corpus: str | Path | None = None,
    out_dir: Path = config.reports_dir(),
    executed_dir: Path = config.executed_dir(),
    notebooks: Sequence[Path] | None = None,
    hide_code: bool = True,
    parameters: Mapping[str, Any] | None = None,
) -> list[BuiltReport]:
    """Execute every report notebook on ``corpus`` and write ``out_dir/*.html`` plus ``index.html``.

    The annotation store is brought up to date first (only new articles are extracted), and the
    notebooks read it instead of extracting again.
    """
    from helpers.store.build import build_store

    corpus_path = str(Path(corpus).resolve()) if corpus else str(config.corpus_dir())
    store_dir = Path((parameters or {}).get("STORE_DIR") or config.store_dir())
    built_store = build_store(corpus_path, store_dir, default_dct=(parameters or {}).get("DEFAULT_DCT"))
    print(f"store {built_store.root}: {built_store.extracted} extracted, {built_store.already_done} already there")
    params = {"CORPUS_PATH": corpus_path, "STORE_DIR": str(store_dir), "STORE_READY": True, **(parameters or {})}
    built: list[BuiltReport] = []
    for notebook in notebooks or list_notebooks():
        executed = executed_dir / notebook.name
        execute_notebook(notebook, executed, params)
        destination = out_dir / f"{notebook.stem}.html"
        export_html(executed, destination, hide_code=hide_code)
        built.append(BuiltReport(notebook, destination, notebook_title(notebook)))
        print(f"wrote {destination}")
    (out_dir / "index.html").write_text(index_html(built, corpus_path), encoding="utf-8")
    print(f"wrote {out_dir / 'index.html'}")
    return built
