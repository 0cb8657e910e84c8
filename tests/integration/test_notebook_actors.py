"""The actors notebook executes on the bundled corpus (plus hostile articles) and shows the ACLED-style types,
platforms apart, where English names come from, and quotes by kind of speaker, all escaped."""

import json

import pytest

from helpers import config
from helpers.report import build
from tests.conftest import PAYLOAD_SCRIPT

NOTEBOOK = config.NOTEBOOKS_DIR / "01_actors.ipynb"


@pytest.fixture(scope="module")
def executed(hostile_corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("actors_report")
    parameters = {"CORPUS_PATH": str(hostile_corpus), "STORE_DIR": str(out / "store"), "TABLES_DIR": str(out / "t")}
    build.execute_notebook(NOTEBOOK, out / "01_actors.ipynb", parameters)
    build.export_html(out / "01_actors.ipynb", out / "01_actors.html")
    return out


def outputs_text(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    outputs = [o for c in cells for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    return "\n".join("".join(o.get("text", "")) + "".join(o.get("data", {}).get("text/html", "")) for o in outputs)


@pytest.mark.slow
def test_actors_notebook_shows_types_english_sources_and_speaker_kinds(executed):
    text = outputs_text(executed / "01_actors.ipynb")
    assert "of person actors have a spelling from a table" in text
    for table in ("acled_types", "english_sources", "quotes_by_speaker_kind", "not_in_name_tables"):
        assert (executed / "t" / f"{table}.csv").exists(), table


@pytest.mark.slow
def test_actors_report_escapes_article_text(executed):
    html = (executed / "01_actors.html").read_text(encoding="utf-8")
    assert PAYLOAD_SCRIPT not in html
