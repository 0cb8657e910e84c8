"""Open the built reports in headless Chromium, as a reader would.

Checks: Arabic blocks compute direction rtl, code computes ltr, every image
loads, the Arabic font is available, and no script from corpus text runs (the
payloads must show up as plain text instead).
"""

from __future__ import annotations

import pytest

from helpers.report.build import export_html
from tests.browser.conftest import open_page
from tests.conftest import PAYLOAD_IMG, PAYLOAD_SCRIPT

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def report_pages(built_reports):
    pages = sorted(built_reports.glob("[0-9][0-9]_*.html"))
    assert pages
    return pages


def test_arabic_blocks_are_rtl(browser, report_pages):
    for page in report_pages:
        open_page(browser, page)
        assert browser.execute_script("return document.documentElement.lang") == "ar"
        directions = browser.execute_script(
            "return [...document.querySelectorAll('.jp-RenderedMarkdown, .ans-table, .ans-article, table')]"
            ".map(e => getComputedStyle(e).direction)"
        )
        assert directions, f"{page.name}: no Arabic blocks found"
        assert set(directions) == {"rtl"}, f"{page.name}: {directions}"


def test_images_load(browser, report_pages):
    for page in report_pages:
        open_page(browser, page)
        images = browser.execute_script("return [...document.images].map(i => [i.complete, i.naturalWidth])")
        assert images, f"{page.name}: no charts"
        assert all(done and width > 0 for done, width in images), f"{page.name}: {images}"


def test_no_script_from_corpus_text_runs_and_payloads_show_as_text(browser, built_reports):
    page = built_reports / "00_corpus_overview.html"
    open_page(browser, page)
    assert browser.execute_script("return window.__ansPwned === undefined")
    assert browser.execute_script("return document.querySelectorAll('img[onerror], [onmouseover]').length") == 0
    text = browser.execute_script("return document.body.innerText")
    assert PAYLOAD_SCRIPT in text
    assert PAYLOAD_IMG in text


def test_every_report_is_free_of_injected_handlers(browser, report_pages):
    for page in report_pages:
        open_page(browser, page)
        assert browser.execute_script("return window.__ansPwned === undefined"), page.name
        assert (
            browser.execute_script("return document.querySelectorAll('[onerror], [onmouseover], [onload]').length") == 0
        )


def test_arabic_font_is_available(browser, report_pages):
    open_page(browser, report_pages[0])
    assert browser.execute_script("return document.fonts.check('16px \"Noto Naskh Arabic\"', 'درنة')")


def test_code_reads_left_to_right_when_shown(browser, built_reports, tmp_path):
    executed = built_reports / "executed" / "00_corpus_overview.ipynb"
    with_code = tmp_path / "with_code.html"
    export_html(executed, with_code, hide_code=False)
    open_page(browser, with_code)
    directions = browser.execute_script(
        "return [...document.querySelectorAll('.jp-InputArea pre')].map(e => getComputedStyle(e).direction)"
    )
    assert directions and set(directions) == {"ltr"}
