"""Tests for helpers.reports: escaping of untrusted text, the template, the index page."""

import pandas as pd

from helpers.report import build as reports
from tests.conftest import PAYLOAD_IMG, PAYLOAD_SCRIPT


def test_escape_neutralises_markup_and_quotes():
    assert reports.escape('<a href="x">') == "&lt;a href=&quot;x&quot;&gt;"
    assert reports.escape(None) == ""


def test_highlight_escapes_inside_and_outside_marks():
    text = f"قبل {PAYLOAD_SCRIPT} درنة"
    start = text.index("درنة")
    out = reports.highlight(text, [(start, start + 4), (0, 3)])
    assert "<script>" not in out
    assert out.count("<mark>") == 2
    assert "<mark>درنة</mark>" in out


def test_highlight_merges_overlaps_and_clips_bad_spans():
    assert reports.highlight("أبجد", [(0, 2), (1, 3), (3, 99), (-5, 0)]) == "<mark>أبجد</mark>"


def test_article_html_is_rtl_and_inert():
    article = {
        "article_id": "x",
        "title": PAYLOAD_IMG,
        "text": f"عنوان\n\nفقرة {PAYLOAD_SCRIPT}\nفقرة ثانية",
        "body_start": 7,
        "outlet": "<b>o</b>",
        "dct": pd.Timestamp("2018-05-08"),
        "dct_source": "article",
        "url": "javascript:alert(1)",
    }
    html = reports.article_html(article)
    assert 'dir="rtl"' in html and 'lang="ar"' in html
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "javascript:" not in html
    assert html.count("<p>") == 2


def test_article_html_says_when_the_date_was_supplied():
    article = {"text": "نص", "dct": pd.Timestamp("2018-05-08"), "dct_source": "supplied"}
    assert "تاريخ مُدخَل" in reports.article_html(article)


def test_table_html_escapes_cells():
    html = reports.table_html(pd.DataFrame({"title": [PAYLOAD_SCRIPT]}))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'dir="rtl"' in html


def test_index_links_every_report_and_escapes_titles(tmp_path):
    built = [reports.BuiltReport(tmp_path / "00_x.ipynb", tmp_path / "00_x.html", PAYLOAD_SCRIPT)]
    html = reports.index_html(built, "<corpus>")
    assert 'href="00_x.html"' in html
    assert "<script>" not in html and 'lang="ar"' in html


def test_notebook_title_is_the_first_heading():
    from helpers import config

    assert "Corpus overview" in reports.notebook_title(config.NOTEBOOKS_DIR / "00_corpus_overview.ipynb")
