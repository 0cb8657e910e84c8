"""Every notebook executes on the bundled corpus (plus hostile articles) and becomes a report."""

import json

import pytest

from helpers import config
from helpers.report import build as reports
from tests.conftest import HOSTILE_ID

NOTEBOOKS = reports.list_notebooks()


def test_there_are_notebooks():
    assert NOTEBOOKS, "no report notebooks found"


@pytest.mark.slow
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_executes_without_errors(built_reports, notebook):
    executed = json.loads((built_reports / "executed" / notebook.name).read_text(encoding="utf-8"))
    errors = [o for c in executed["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    assert (built_reports / f"{notebook.stem}.html").stat().st_size > 10_000


@pytest.mark.slow
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_notebooks_are_clean_and_thin(notebook):
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    assert cells[0]["cell_type"] == "markdown" and "".join(cells[0]["source"]).startswith("# ")
    assert "parameters" in cells[1].get("metadata", {}).get("tags", [])
    assert all(not c.get("outputs") for c in cells if c["cell_type"] == "code")
    assert all("".join(c["source"]).count("\n") <= 40 for c in cells)


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


def test_reports_folder_is_configured():
    assert config.reports_dir().name == "reports" or config.reports_dir().exists()
