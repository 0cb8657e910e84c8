"""Tests for helpers.report.tables: escaped first page, safe embedded JSON, caps, full CSV beside the report."""

import csv
import json
import re

import pandas as pd

from helpers.report import tables
from tests.conftest import PAYLOAD_SCRIPT


def embedded(page: str) -> dict:
    """The JSON block of a table."""
    block = re.search(r'<script type="application/json" class="ans-table-data">(.*?)</script>', page, re.S)
    return json.loads(block.group(1))


def test_json_cannot_close_its_script_block():
    text = tables.json_for_script({"t": "</script><script>x()</script>&"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"t": "</script><script>x()</script>&"}


def test_a_table_embeds_all_rows_up_to_the_cap_and_shows_one_page():
    frame = pd.DataFrame({"n": range(60)})
    page = tables.interactive_table(frame, "كل صف رقم", "numbers", max_rows=50)
    assert len(embedded(page)["rows"]) == 50 and embedded(page)["total"] == 60
    assert page.count("<tr>") == 1 + 25  # header and the first page
    assert "first 50 of 60 rows" in page


def test_a_table_written_as_csv_holds_every_row_and_links_it(tmp_path):
    frame = pd.DataFrame({"title": [PAYLOAD_SCRIPT, "=cmd()"], "n": [1, 2]})
    page = tables.table_html(frame, "", "titles", tmp_path, "tables/r/", max_rows=1)
    rows = list(csv.reader((tmp_path / "titles.csv").open(encoding="utf-8-sig")))
    assert rows == [["title", "n"], [PAYLOAD_SCRIPT, "1"], ["'=cmd()", "2"]]
    assert 'href="tables/r/titles.csv"' in page


def test_headers_are_words_in_arabic_and_english():
    page = tables.interactive_table(pd.DataFrame({"anonymous_share": [0.5]}))
    assert "حصة المجهول / anonymous share" in page and "50.0%" in page


def test_outlet_and_date_columns_get_filters():
    frame = pd.DataFrame({"dct": pd.to_datetime(["2018-05-08"]), "outlet": ["BBC"], "n": [1]})
    data = embedded(tables.interactive_table(frame))
    assert (data["outlet"], data["date"]) == (1, 0)
    assert embedded(tables.interactive_table(frame[["n"]]))["outlet"] == -1


def test_evidence_marks_the_mention_in_its_sentence():
    rows = pd.DataFrame(
        {"article_id": ["a"], "sentence": ["قال درنة"], "sentence_start": [10], "start": [14], "end": [18]}
    )
    page = tables.drilldown_html(rows, ["article_id"], span=("start", "end"))
    assert "<mark>درنة</mark>" in page
    assert embedded(page)["rows"][0][1] == {"t": "قال درنة", "m": [[4, 8]]}
    assert "_mark_start" not in page


def test_caption_says_what_one_row_is():
    page = tables.interactive_table(pd.DataFrame({"n": [1]}), "كل صف مقالة / one row per article")
    assert "<figcaption>" in page and "one row per article" in page
