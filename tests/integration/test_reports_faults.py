"""Issue 18: one bad record, or no usable record at all, must still give every report (saying why)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from helpers import config
from helpers.report import build

NOTEBOOKS = build.list_notebooks()
NO_ARTICLES = "لا توجد مقالات"


def build_all(corpus: Path | str, tmp: Path, **parameters) -> Path:
    """Build every report on ``corpus`` into ``tmp/out``; check that each has no error output."""
    out = tmp / "out"
    build.build_reports(
        corpus,
        out_dir=out,
        executed_dir=out / "x",
        parameters={"STORE_DIR": str(tmp / "store"), **parameters},
    )
    for notebook in NOTEBOOKS:
        assert (out / f"{notebook.stem}.html").stat().st_size > 5_000, notebook.name
        executed = json.loads((out / "x" / notebook.name).read_text(encoding="utf-8"))
        errors = [o for c in executed["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
        assert not errors, (notebook.name, errors[:1])
    assert (out / "index.html").exists()
    return out


def text_of(page: Path) -> str:
    """The page's HTML (notes and tables are escaped text in it: Arabic and file names read as written)."""
    return page.read_text(encoding="utf-8")


@pytest.mark.slow
def test_reports_on_a_corpus_whose_every_file_is_rejected(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (corpus / "broken.txt").write_bytes(bytes(range(128, 256)) * 40 + b"\x00\xff\xfe\x00" * 50)
    out = build_all(corpus, tmp_path)
    overview = text_of(out / "00_corpus_overview.html")
    assert "scan.pdf" in overview and "broken.txt" in overview  # the rejected table names the files
    assert NO_ARTICLES in overview
    for notebook in NOTEBOOKS[1:]:
        assert NO_ARTICLES in text_of(out / f"{notebook.stem}.html"), notebook.name


@pytest.mark.slow
def test_reports_on_a_missing_path(tmp_path):
    out = build_all(tmp_path / "no such folder", tmp_path)
    for notebook in NOTEBOOKS:
        assert NO_ARTICLES in text_of(out / f"{notebook.stem}.html"), notebook.name


@pytest.mark.slow
def test_reports_on_a_subset_that_selects_nothing(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(config.corpus_dir() / "seed", corpus)
    out = build_all(corpus, tmp_path, SUBSET_TERM="كلمةلاتوجدابدا")
    for notebook in NOTEBOOKS:
        assert NO_ARTICLES in text_of(out / f"{notebook.stem}.html"), notebook.name


@pytest.mark.slow
def test_reports_on_an_article_with_a_maths_outlet_and_a_far_date(tmp_path, seed_text):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    record = {"outlet": "$x$ <b>news</b>", "date": "9999-12-31", "title": "خبر", "text": seed_text}
    (corpus / "one.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    out = build_all(corpus, tmp_path)
    overview = (out / "00_corpus_overview.html").read_text(encoding="utf-8")
    assert "$x$ &lt;b&gt;news&lt;/b&gt;" in overview  # the outlet shown as text, escaped
    assert "<b>news</b>" not in overview
    assert "9999-12-31" in overview  # the far date is kept in the tables (the sample article's date)
