"""The build of the report notebooks: execute them with papermill, export them to HTML, write an index."""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import re
import shutil
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from helpers import config
from helpers.report.html import escape

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class BuiltReport:
    """A report written to disk, with the title shown on the index page."""

    notebook: Path
    html_path: Path
    title: str
    question: str = ""  # the one-line question the report answers
    tables: list[Path] = field(default_factory=list)  # its tables, in full, as CSV files


def notebook_title(path: Path) -> str:
    """The first markdown heading of a notebook, or its file name."""
    cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
    for cell in cells:
        if cell.get("cell_type") == "markdown":
            for line in "".join(cell.get("source", [])).splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return path.stem


def notebook_question(path: Path) -> str:
    """The question a notebook answers: its "**السؤال:**" line, without the label, or ""."""
    cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
    for cell in cells:
        if cell.get("cell_type") == "markdown":
            for line in "".join(cell.get("source", [])).splitlines():
                if line.startswith("**السؤال:**"):
                    return line.removeprefix("**السؤال:**").strip()
    return ""


def list_notebooks(folder: Path | None = None) -> list[Path]:
    """The report notebooks in ``folder`` (default: the suite's), in order (files starting with two digits)."""
    return sorted(p for p in (folder or config.NOTEBOOKS_DIR).glob("[0-9][0-9]_*.ipynb"))


_PARAMETER = re.compile(r"^([A-Z][A-Z0-9_]*)\s*=", re.MULTILINE)


def notebook_parameters(path: Path) -> set[str]:
    """The names a notebook's ``parameters`` cell declares (CORPUS_PATH, TOP, TOPIC…)."""
    for cell in json.loads(path.read_text(encoding="utf-8")).get("cells", []):
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            return set(_PARAMETER.findall("".join(cell.get("source", []))))
    return set()


def parameters_for(notebook: Path, parameters: Mapping[str, Any]) -> dict[str, Any]:
    """The ``parameters`` this notebook declares: ``-p TOPIC الحديدة`` goes to the timelines notebook only, and
    the others do not warn "Passed unknown parameter: TOPIC"."""
    declared = notebook_parameters(notebook)
    if not declared:  # no parameters cell: papermill puts every parameter at the top, as it always did
        return dict(parameters)
    return {name: value for name, value in parameters.items() if name in declared}


def unknown_parameters(notebooks: Sequence[Path], parameters: Mapping[str, Any]) -> list[str]:
    """The names in ``parameters`` that no notebook declares (a misspelt ``-p TOPPIC``), to be said once."""
    each = [notebook_parameters(n) for n in notebooks]
    if not each or not all(each):  # a notebook without a parameters cell takes whatever it is given
        return []
    declared = set().union(*each)
    return sorted(name for name in parameters if name not in declared)


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
    script = tables_script()
    resources = {"ans_font_base64": _font_base64(), "ans_tables_js": script, "ans_script_hash": script_hash(script)}
    body, _ = exporter.from_notebook_node(nbformat.read(str(executed), as_version=4), resources=resources)
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_text(body, encoding="utf-8")


def tables_script() -> str:
    """The report's one script (interactive tables), exactly as it is inlined."""
    return (config.TEMPLATES_DIR / config.REPORT_TEMPLATE / "tables.js").read_text(encoding="utf-8")


def script_hash(script: str) -> str:
    """The CSP source that allows exactly ``script`` inline: 'sha256-' and the base64 of its UTF-8 digest."""
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


@functools.cache
def _font_base64() -> str:
    """The bundled Arabic font, base64-encoded, so reports read well on machines without it."""
    return base64.b64encode((config.FONTS_DIR / "NotoNaskhArabic-Regular.ttf").read_bytes()).decode("ascii")


INDEX_CSS = (
    'body{font-family:"Noto Naskh Arabic","Amiri","Noto Sans Arabic",Tahoma,sans-serif;max-width:960px;'
    "margin:2rem auto;line-height:1.8;padding:0 1rem}code{direction:ltr;unicode-bidi:isolate;color:#666}"
    "table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:0.2rem 0.6rem;text-align:right}"
    "li{margin:0.6rem 0}.q{color:#333}.csv{font-size:0.9rem}"
)


def actor_mentions(table: pd.DataFrame) -> int:
    """Actor mentions as the actors report counts them: social platforms (Facebook, Twitter) are not actors."""
    from helpers.report.actors import split_platforms

    return len(split_platforms(table)[0]) if not table.empty else 0


def corpus_facts(corpus: str, store_dir: Path, default_dct: Any = None) -> dict[str, str]:
    """What the index says about the corpus: articles, outlets, the dates they span, mentions found."""
    from helpers.store.read import ensure_store

    store = ensure_store(corpus, store_dir, default_dct=default_dct, rebuild=False)
    articles = store.table("articles", columns=["article_id", "outlet", "dct"])
    dates = articles["dct"].dropna()
    facts = {
        "المقالات / articles": f"{len(articles):,}",
        "وسائل الإعلام / outlets": f"{articles['outlet'].nunique():,}",
        "التواريخ / dates": f"{dates.min().date()} → {dates.max().date()}" if len(dates) else "—",
    }
    facts["ذكر الفاعلين / actor mentions"] = f"{actor_mentions(store.table('actors')):,}"
    facts["ذكر الأماكن / place mentions"] = f"{len(store.table('places', columns=['article_id'])):,}"
    facts["التعابير الزمنية / time expressions"] = f"{len(store.table('events', columns=['article_id'])):,}"
    return facts


def index_html(reports: Sequence[BuiltReport], corpus_label: str, facts: Mapping[str, str] | None = None) -> str:
    """The index page: the corpus, its counts, the build date and version, each report with its question and
    its downloadable tables (all text escaped)."""
    from helpers import __version__

    built_on = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    rows = "".join(
        f'<tr><th>{escape(k)}</th><td><bdi dir="ltr">{escape(v)}</bdi></td></tr>' for k, v in (facts or {}).items()
    )
    items = []
    for r in reports:
        links = " · ".join(
            f'<a href="{escape(t.relative_to(r.html_path.parent).as_posix())}" download>{escape(t.stem)}</a>'
            for t in r.tables
            if t.is_relative_to(r.html_path.parent)
        )
        csv = f'<div class="csv">الجداول كاملة CSV / full tables: {links}</div>' if links else ""
        question = f'<div class="q">{escape(r.question)}</div>' if r.question else ""
        items.append(
            f'<li><a href="{escape(r.html_path.name)}">{escape(r.title)}</a> <code>{escape(r.notebook.name)}</code>'
            f"{question}{csv}</li>"
        )
    return (
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>تقارير الأخبار العربية</title><style>{INDEX_CSS}</style></head><body>"
        "<h1>تقارير الأخبار العربية / Arabic news reports</h1>"
        f"<p>المدوَّنة / corpus: <code>{escape(corpus_label)}</code><br>"
        f"بُنيت في / built: <bdi>{escape(built_on)}</bdi> · الإصدار / version: <code>{escape(__version__)}</code></p>"
        f"<table>{rows}</table><ul>{''.join(items)}</ul></body></html>\n"
    )


def build_reports(
    corpus: str | Path | None = None,
    out_dir: Path | None = None,
    executed_dir: Path | None = None,
    notebooks: Sequence[Path] | None = None,
    hide_code: bool = True,
    parameters: Mapping[str, Any] | None = None,
) -> list[BuiltReport]:
    """Execute every report notebook on ``corpus`` and write ``out_dir/*.html`` plus ``index.html``.

    ``out_dir`` defaults to ``config.reports_dir()`` and ``executed_dir`` to ``config.executed_dir()``, both
    read when called. The annotation store is brought up to date first (only new articles are extracted),
    and the notebooks read it instead of extracting again.
    """
    from helpers.store.build import build_store

    out_dir = Path(out_dir) if out_dir is not None else config.reports_dir()
    executed_dir = Path(executed_dir) if executed_dir is not None else config.executed_dir()
    corpus_path = str(Path(corpus).resolve()) if corpus else str(config.corpus_dir())
    store_dir = Path((parameters or {}).get("STORE_DIR") or config.store_dir())
    built_store = build_store(corpus_path, store_dir, default_dct=(parameters or {}).get("DEFAULT_DCT"))
    print(f"store {built_store.root}: {built_store.extracted} extracted, {built_store.already_done} already there")
    params = {"CORPUS_PATH": corpus_path, "STORE_DIR": str(store_dir), "STORE_READY": True, **(parameters or {})}
    built: list[BuiltReport] = []
    notebooks = list(notebooks or list_notebooks())
    for name in unknown_parameters(notebooks, params):
        print(f"parameter {name} is declared by no notebook: ignored", file=sys.stderr)
    for notebook in notebooks:
        executed = executed_dir / notebook.name
        tables_dir = out_dir / "tables" / notebook.stem
        shutil.rmtree(tables_dir, ignore_errors=True)  # no CSV left from an earlier build
        execute_notebook(notebook, executed, parameters_for(notebook, {"TABLES_DIR": str(tables_dir), **params}))
        destination = out_dir / f"{notebook.stem}.html"
        export_html(executed, destination, hide_code=hide_code)
        csv_files = sorted(tables_dir.glob("*.csv")) if tables_dir.exists() else []
        built.append(
            BuiltReport(notebook, destination, notebook_title(notebook), notebook_question(notebook), csv_files)
        )
        print(f"wrote {destination}")
    out_dir.mkdir(parents=True, exist_ok=True)
    facts = corpus_facts(corpus_path, store_dir, (parameters or {}).get("DEFAULT_DCT"))
    (out_dir / "index.html").write_text(index_html(built, corpus_path, facts), encoding="utf-8")
    print(f"wrote {out_dir / 'index.html'}")
    return built
