"""Issue 18 for text input: adversarial markup and TREC files are read in linear time, and characters that
cannot be written (lone surrogates) are replaced with a warning instead of crashing the store later."""

from __future__ import annotations

import io
import json
import re
import time
from datetime import date

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.ingest import clean
from helpers.ingest.clean import clean_body
from helpers.ingest.collector import Collector
from helpers.ingest.corpus import load_corpus
from helpers.ingest.read_text import read_text, trec_fields
from helpers.ingest.records import Record, to_article

BODY = "أعلن الجيش الليبي إطلاق عملية عسكرية في درنة وقالت مصادر إن القوات تتقدم"
TODAY = date(2026, 11, 23)
N = 200_000
BOUND = 10.0  # seconds: the quadratic versions took 15-50 s at 100,000 characters (4x that here); the linear ones
# take well under 1 s, so a busy machine (2 cores shared by other jobs) does not fail a linear scan


def timed(func, *args):
    start = time.perf_counter()
    result = func(*args)
    return result, time.perf_counter() - start


def read_trec(text: str) -> Collector:
    out = Collector(None, {}, TODAY)
    read_text(io.BytesIO(text.encode("utf-8")), "f.txt", "dir/f.txt", out)
    return out


def test_unclosed_trec_fields_are_read_in_linear_time():
    text = "<DOC>" + "<A>" * (N // 3)
    out, seconds = timed(read_trec, text)
    assert seconds < BOUND, f"{seconds:.1f} s for {len(text):,} characters"
    assert out.n_read == 1  # one document, rejected (no body) but not lost


def test_trec_fields_unchanged_by_the_linear_scan():
    text = (
        "<DOC>\n<DOCNO>d1</DOCNO>\n<title>عنوان</TITLE>\n<X>a<X>b</x>\n<TEXT>\n<P>" + BODY + "</P>\n</TEXT>\n"
        "<AUTHOR>غير مغلق\n</DOC>\n<DOC><DOCNO>d2</DOCNO><TEXT>" + BODY + "</TEXT></DOC>"
    )
    out = read_trec(text)
    assert [r["article_id"] for r in out.rows] == ["d1", "d2"]
    first = out.rows[0]
    assert first["title"] == "عنوان"
    assert first["raw_body"] == "<P>" + BODY + "</P>"
    assert first["author"] == ""  # an unclosed field is not a field


def test_unclosed_html_comments_are_cleaned_in_linear_time():
    raw = "نص " + "<!--" * (N // 4)
    clean, seconds = timed(clean_body, raw)
    assert seconds < BOUND, f"{seconds:.1f} s for {len(raw):,} characters"
    assert clean.text == raw  # an unclosed comment is text, as before


def test_unclosed_script_and_style_blocks_are_cleaned_in_linear_time():
    for unit in ("<script>", "<style>", "<script "):
        raw = "نص " + unit * (N // len(unit)) + "</script>"
        _, seconds = timed(clean_body, raw)
        assert seconds < BOUND, f"{unit}: {seconds:.1f} s for {len(raw):,} characters"


def test_long_inner_white_space_runs_are_cleaned_in_linear_time():
    raw = "نص" + " " * N + "هنا "
    clean, seconds = timed(clean_body, raw)
    assert seconds < BOUND, f"{seconds:.1f} s for {len(raw):,} characters"
    assert clean.text == "نص هنا"


def test_markup_cleaning_unchanged_by_the_linear_scan():
    raw = "أ<!-- x --> ب<!---->ج<!--->د<!-- <b> --> <SCRIPT a='>'>x</script >هـ<style>y</STYLE>و<b>ز</b><!-- ح"
    assert clean_body(raw).text == "أ ب ج هـ و ز <!-- ح"  # "<!--->" closes at the next "-->"
    assert clean_body("<script>ا</scriptx><b>ب").text == "ا ب"  # no closing tag: the tags go, the text stays
    assert clean_body("ا<script>ب").text == "ا ب"


def test_lone_surrogate_is_replaced_with_a_warning(tmp_path):
    line = json.dumps({"id": "x", "body": f"نص عربي \ud800 هنا {BODY}"}, ensure_ascii=True)
    assert "\\ud800" in line
    (tmp_path / "a.jsonl").write_text(line + "\n", encoding="ascii")
    corpus = load_corpus(tmp_path, today=TODAY)
    assert corpus.n_kept == 1
    assert "\ufffd" in corpus.articles["text"][0] and "\ud800" not in corpus.articles["raw_body"][0]
    assert corpus.warnings["warning"].str.contains(r"replaced 1 invalid character \(lone surrogates\)").any()
    pa.Table.from_pandas(corpus.articles)  # raised UnicodeEncodeError before


def test_surrogates_in_every_text_field_are_replaced():
    fields = {"id": "a\udc80", "title": "ع\ud800", "body": BODY + "\udfff", "author": "\ud83d", "url": "u\ud800"}
    row, warnings = to_article(Record(fields, "f.jsonl", "line 1"), {}, None, TODAY)
    for name in ("article_id", "title", "text", "raw_body", "author", "url", "outlet"):
        row[name].encode("utf-8")
    assert any(w.startswith("replaced 5 invalid characters (lone surrogates)") for w in warnings)


_OLD_TREC_FIELD = re.compile(r"<([A-Z]+)>(.*?)</\1>", re.DOTALL | re.IGNORECASE)  # quadratic, fine when short
_trec_pieces = st.sampled_from(["<A>", "</A>", "<a>", "</a>", "<AB>", "</ab>", "<B>", "</B>", "x", "<", ">", "/", "A"])
_markup_pieces = st.sampled_from(
    ["<!--", "-->", "-", "<", ">", "!", "<script>", "</script>", "</SCRIPT >", "<style a='>'>", "</style>", "<script",
     " ", "x", "ب", "<b>", "</b>", "&amp;", "#", "_", ".,", "\u200b", "\n", '"', "'", "/", "<Style>", "</sCript\n>"]
)  # fmt: skip


@settings(max_examples=500)
@given(st.lists(_trec_pieces, max_size=14).map("".join))
def test_trec_fields_equal_the_old_regex(doc):
    assert trec_fields(doc) == _OLD_TREC_FIELD.findall(doc)


@settings(max_examples=500)
@given(st.lists(_markup_pieces, max_size=16).map("".join))
def test_markup_matches_equal_the_old_single_regex_scan(raw):
    old = clean._triggered(clean._MARKUP_TRIGGER, clean._MARKUP, raw)  # quadratic, fine when short
    assert [m.span() for m in clean._markup_matches(raw)] == [m.span() for m in old]
