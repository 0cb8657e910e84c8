"""Every notebook executes on the bundled corpus (plus hostile articles) and becomes a report."""

import json
import re

import pytest

from helpers import config
from helpers.report import build
from tests.conftest import HOSTILE_ID

NOTEBOOKS = build.list_notebooks()
ARABIC = re.compile("[\u0600-\u06ff]")


def cell_text(cell):
    return "".join(cell["source"])


def cells_of(notebook):
    return json.loads(notebook.read_text(encoding="utf-8"))["cells"]


def test_there_are_notebooks():
    assert NOTEBOOKS, "no report notebooks found"


@pytest.mark.slow
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_executes_without_errors(built_reports, notebook):
    executed = json.loads((built_reports / "executed" / notebook.name).read_text(encoding="utf-8"))
    errors = [o for c in executed["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    assert (built_reports / f"{notebook.stem}.html").stat().st_size > 10_000


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_notebooks_are_clean_and_thin(notebook):
    cells = cells_of(notebook)
    assert cells[0]["cell_type"] == "markdown"
    assert cell_text(cells[0]).removeprefix('<div dir="rtl">\n\n').startswith("# ")
    assert "parameters" in cells[1].get("metadata", {}).get("tags", [])
    assert cells[2]["cell_type"] == "code" and "open_report(globals())" in cell_text(cells[2])
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in cells if c["cell_type"] == "code")
    assert all(cell_text(c).count("\n") <= 40 for c in cells)
    code = "\n".join(cell_text(c) for c in cells if c["cell_type"] == "code")
    imported = re.findall(r"^(?:from|import) (helpers\S*)", code, flags=re.MULTILINE)
    assert imported and all(m == "helpers.config" or m.startswith("helpers.report") for m in imported), imported
    assert "open_report" not in code.replace("from helpers.report.notebook import open_report", "").replace(
        "open_report(globals())", ""
    ), "open_report is called once, in the setup cell"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_arabic_markdown_reads_right_to_left_and_still_renders(notebook, tmp_path):
    markdown = [cell_text(c) for c in cells_of(notebook) if c["cell_type"] == "markdown"]
    for text in markdown:
        if ARABIC.search(text):  # blank lines around the content: markdown inside an HTML block still renders
            assert text.startswith('<div dir="rtl">\n\n') and text.endswith("\n\n</div>"), text[:60]
    page = tmp_path / "page.html"
    build.export_html(notebook, page)  # the committed notebook has no outputs: only its markdown is shown
    html = page.read_text(encoding="utf-8")
    body = html[html.index("<main>") :]
    headings = [line for text in markdown for line in text.splitlines() if line.startswith("#")]
    assert body.count("<h1") == sum(h.startswith("# ") for h in headings) == 1
    assert body.count("<h2") == sum(h.startswith("## ") for h in headings)
    assert body.count("<strong>") == sum(text.count("**") for text in markdown) // 2 > 0
    assert body.count('<div dir="rtl">') == sum(bool(ARABIC.search(text)) for text in markdown)
    rendered = re.sub(r"<[^>]+>", "", body)
    assert "**" not in rendered and not re.search(r"^\s*#+ ", rendered, flags=re.MULTILINE)


@pytest.mark.slow
def test_overview_report_accounts_for_every_file(built_reports):
    html = (built_reports / "00_corpus_overview.html").read_text(encoding="utf-8")
    assert "unsupported file type" in html  # the hostile .pdf is listed as rejected
    assert HOSTILE_ID in html  # the requested sample article is shown
    assert '<html lang="ar">' in html


@pytest.mark.slow
def test_index_links_every_report(built_reports):
    index = (built_reports / "index.html").read_text(encoding="utf-8")
    for notebook in NOTEBOOKS:
        assert f'href="{notebook.stem}.html"' in index


TINY = {
    "cells": [
        {"cell_type": "markdown", "id": "title", "metadata": {}, "source": ["# A tiny report"]},
        {
            "cell_type": "code",
            "execution_count": None,
            "id": "parameters",
            "metadata": {"tags": ["parameters"]},
            "outputs": [],
            "source": ["CORPUS_PATH = None\n", "STORE_DIR = None\n", "STORE_READY = False"],
        },
        {
            "cell_type": "code",
            "execution_count": None,
            "id": "setup",
            "metadata": {},
            "outputs": [],
            "source": [
                "from helpers.report.notebook import open_report\n",
                "\n",
                "data = open_report(globals())\n",
                'print(f"tiny report: {len(data.articles)} articles")',
            ],
        },
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4,
    "nbformat_minor": 5,
}


@pytest.fixture
def tiny_build(tmp_path, monkeypatch):
    """A one-cell report notebook, and every movable folder pointed into ``tmp_path``."""
    notebook = tmp_path / "notebooks" / "00_tiny.ipynb"
    notebook.parent.mkdir()
    notebook.write_text(json.dumps(TINY), encoding="utf-8")
    monkeypatch.setenv("ANS_REPORTS_DIR", str(tmp_path / "configured_reports"))
    monkeypatch.setenv("ANS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("ANS_STORE_DIR", str(tmp_path / "store"))
    monkeypatch.setattr(build, "list_notebooks", lambda folder=None: [notebook])
    return notebook


def written(folder):
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.mark.slow
def test_reports_go_to_the_folder_asked_for_and_nowhere_else(tiny_build, tmp_path):
    from helpers.cli.main import main

    shipped = config.PROJECT_ROOT / "reports"
    before = {p.name: p.stat().st_mtime_ns for p in shipped.glob("*")} if shipped.exists() else {}
    asked = tmp_path / "asked" / "reports"
    assert main(["reports", "--corpus", str(config.corpus_dir() / "seed"), "--out", str(asked)]) == 0
    assert written(asked) == ["00_tiny.html", "index.html"]
    assert "tiny report: 1 articles" in (asked / "00_tiny.html").read_text(encoding="utf-8")
    assert 'href="00_tiny.html"' in (asked / "index.html").read_text(encoding="utf-8")
    assert not (tmp_path / "configured_reports").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["asked", "cache", "notebooks", "store"]
    assert written(tmp_path / "cache") == ["executed"]
    assert written(tiny_build.parent) == ["00_tiny.ipynb"]
    after = {p.name: p.stat().st_mtime_ns for p in shipped.glob("*")} if shipped.exists() else {}
    assert after == before, "the repository's reports/ folder was touched"


@pytest.mark.slow
def test_reports_default_to_the_configured_folder_read_when_called(tiny_build, tmp_path):
    build.build_reports(config.corpus_dir() / "seed")
    assert written(tmp_path / "configured_reports") == ["00_tiny.html", "index.html"]
    assert written(tmp_path / "cache" / "executed") == ["00_tiny.ipynb"]
