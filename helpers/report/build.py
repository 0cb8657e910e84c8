"""The build of the report notebooks: execute them with papermill, export them to HTML, write an index."""

from __future__ import annotations

import base64
import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from helpers import config
from helpers.report.html import escape


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


def list_notebooks(folder: Path | None = None) -> list[Path]:
    """The report notebooks in ``folder`` (default: the suite's), in order (files starting with two digits)."""
    return sorted(p for p in (folder or config.NOTEBOOKS_DIR).glob("[0-9][0-9]_*.ipynb"))


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
    for notebook in notebooks or list_notebooks():
        executed = executed_dir / notebook.name
        execute_notebook(notebook, executed, params)
        destination = out_dir / f"{notebook.stem}.html"
        export_html(executed, destination, hide_code=hide_code)
        built.append(BuiltReport(notebook, destination, notebook_title(notebook)))
        print(f"wrote {destination}")
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "index.html").write_text(index_html(built, corpus_path), encoding="utf-8")
    print(f"wrote {out_dir / 'index.html'}")
    return built
