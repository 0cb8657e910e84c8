"""REPORT_LANGUAGE governs table headers and captions as well as charts: ar, en, both."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from helpers.report import language, tables

CAPTION = "كل صف مقالة / one row per article"


@pytest.fixture
def page():
    """A table rendered in a given language (the language is reset to both afterwards)."""

    def render(chosen: str) -> str:
        language.set_language(chosen)
        frame = pd.DataFrame({"outlet": ["أ", "ب"], "mentions": [3, 1]})
        return tables.interactive_table(frame, CAPTION, "t", max_rows=1)

    yield render
    language.set_language("both")


def headers(html: str) -> list[str]:
    return re.findall(r'<th scope="col">(.*?)</th>', html)


def caption(html: str) -> str:
    return re.search(r'<span class="ans-caption">(.*?)</span>', html).group(1)


def test_arabic_reports_have_arabic_headers_and_captions(page):
    html = page("ar")
    assert headers(html) == ["الوسيلة", "مرات الذكر"]
    assert caption(html) == "كل صف مقالة"
    assert "rows" not in html.split("<table")[0]


def test_english_reports_have_english_headers_and_captions(page):
    html = page("en")
    assert headers(html) == ["outlet", "mentions"]
    assert caption(html) == "one row per article"
    assert "first 1 of 2 rows" in html and "عدد الصفوف" not in html


def test_bilingual_reports_have_both(page):
    html = page("both")
    assert headers(html) == ["الوسيلة / outlet", "مرات الذكر / mentions"]
    assert caption(html) == CAPTION


def test_a_caption_with_a_slash_inside_its_arabic_keeps_it():
    assert language.split_bilingual("نسبة أ / ب / share of a / b") == ("نسبة أ / ب", "share of a / b")


def test_a_string_that_is_not_bilingual_stays_as_it_is():
    language.set_language("en")
    try:
        assert language.choose("كل صف مقالة") == "كل صف مقالة"
        assert language.choose("a / b") == "a / b"
    finally:
        language.set_language("both")


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError):
        language.set_language("fr")
