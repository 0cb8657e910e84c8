"""Issue 18 for dates: a Hijri date is converted with a warning, a placeholder year is no date (with a warning),
and every valid date is read exactly as before."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pandas as pd
import pytest

from helpers.extract.article import Article
from helpers.extract.timex.tagger import dct_with_clock
from helpers.ingest.corpus import load_corpus
from helpers.ingest.dates import article_dates, parse_published, source_offset_minutes
from helpers.ingest.records import Record, to_article

BODY = "أعلن الجيش الليبي إطلاق عملية عسكرية في درنة وقالت مصادر إن القوات تتقدم"
TODAY = date(2026, 11, 23)


def test_hijri_iso_date_is_converted_with_a_warning():
    published, dct, source, problem = article_dates("1439-08-22", None, TODAY)
    assert dct == datetime(2018, 5, 8)
    assert published == datetime(2018, 5, 8, tzinfo=timezone.utc)
    assert source == "article"
    assert problem == "date read as Hijri 1439-08-22 → 2018-05-08"


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        ("22/08/1439", datetime(2018, 5, 8)),
        ("1439/8/22", datetime(2018, 5, 8)),
        ("١٤٣٩-٠٨-٢٢", datetime(2018, 5, 8)),
        ("1439-02-30", None),  # Safar 1439 has 29 days: not a Hijri date either
        ("1439-12-30T10:15:00+03:00", datetime(2018, 9, 10)),
    ],
)
def test_hijri_forms(text, dct):
    published, got, source, problem = article_dates(text, None, TODAY)
    assert got == dct
    if dct is None:
        assert (published, source) == (None, "missing")
        assert "implausible date" in problem or "unparseable date" in problem
    else:
        assert problem.startswith("date read as Hijri")
    if text.endswith("+03:00"):
        assert published.utcoffset() == timedelta(hours=3) and published.hour == 10


@pytest.mark.parametrize("text", ["0001-01-01", "0001-01-01T00:00:00Z", "1899-12-31", "1600-05-01", "1520-01-01"])
def test_placeholder_and_implausible_years_are_no_date(text):
    published, dct, source, problem = article_dates(text, None, TODAY)
    assert (published, dct, source) == (None, None, "missing")
    assert problem.startswith(f"implausible date {text[:10]} ignored")


def test_implausible_date_falls_back_to_the_supplied_date():
    published, dct, source, problem = article_dates("0001-01-01", date(2018, 5, 1), TODAY)
    assert (published, dct, source) == (None, datetime(2018, 5, 1), "supplied")
    assert "implausible date 0001-01-01 ignored" in problem


UTC = timezone.utc


@pytest.mark.parametrize(
    ("text", "expected"),  # the results before issue 18, unchanged
    [
        ("2018-05-08", (datetime(2018, 5, 8, tzinfo=UTC), datetime(2018, 5, 8), "article", None)),
        (
            "2018-05-08T23:30:00-05:00",
            (datetime(2018, 5, 8, 23, 30, tzinfo=timezone(timedelta(hours=-5))), datetime(2018, 5, 8), "article", None),
        ),
        (
            "Tue, 15 May 2018 15:46:12 GMT",
            (datetime(2018, 5, 15, 15, 46, 12, tzinfo=UTC), datetime(2018, 5, 15), "article", None),
        ),
        ("08/05/2018", (datetime(2018, 5, 8, tzinfo=UTC), datetime(2018, 5, 8), "article", None)),
        ("2018/05/08", (datetime(2018, 5, 8, tzinfo=UTC), datetime(2018, 5, 8), "article", None)),
        ("1526400000", (datetime(2018, 5, 15, 16, tzinfo=UTC), datetime(2018, 5, 15), "article", None)),
        ("1900-01-01", (datetime(1900, 1, 1, tzinfo=UTC), datetime(1900, 1, 1), "article", None)),
        (
            "2031-01-01",
            (
                datetime(2031, 1, 1, tzinfo=UTC),
                datetime(2031, 1, 1),
                "article",
                "future date 2031-01-01 (after 2026-11-23)",
            ),
        ),
        ("yesterday", (None, None, "missing", "unparseable date 'yesterday'")),
        ("", (None, None, "missing", "no date in the source: relative times cannot be resolved")),
        ("31/02/2018", (None, None, "missing", "unparseable date '31/02/2018'")),
        ("2018-02-30", (None, None, "missing", "unparseable date '2018-02-30'")),
    ],
)
def test_valid_and_other_dates_are_read_as_before(text, expected):
    assert article_dates(text, None, TODAY) == expected


def test_the_warning_reaches_the_article_and_the_corpus(tmp_path):
    row, warnings = to_article(Record({"body": BODY, "date": "1439-08-22"}, "f.jsonl", "line 1"), {}, None, TODAY)
    assert row["dct"] == datetime(2018, 5, 8) and row["dct_source"] == "article"
    assert warnings == ["date read as Hijri 1439-08-22 → 2018-05-08"]
    (tmp_path / "a.csv").write_text(f"id,body,date\n1,{BODY},0001-01-01\n2,{BODY},1439-08-22\n", encoding="utf-8")
    corpus = load_corpus(tmp_path, today=TODAY)
    articles = corpus.articles.set_index("article_id")
    assert articles.loc["1", "dct_source"] == "missing" and pd.isna(articles.loc["1", "published"])
    assert articles.loc["2", "dct"] == datetime(2018, 5, 8)
    assert sorted(corpus.warnings["warning"]) == [
        "date read as Hijri 1439-08-22 → 2018-05-08",
        "implausible date 0001-01-01 ignored",
    ]


def test_source_offset_is_kept_in_minutes():
    assert source_offset_minutes(parse_published("Tue, 06 Mar 2018 23:51:01 +0400")) == 240
    assert source_offset_minutes(parse_published("Fri, 29 Jun 2018 22:03:48 GMT")) == 0
    assert source_offset_minutes(None) is None


def test_timex_clock_is_the_sources_own_clock():
    record = {"article_id": "a", "text": "قتل قبل ساعتين", "dct": pd.Timestamp("2018-06-18"), "dct_source": "article",
              "published": pd.Timestamp("2018-06-17 22:10:00", tz="UTC"), "utc_offset_min": 240}  # fmt: skip
    assert dct_with_clock(Article.from_record(record)) == datetime(2018, 6, 18, 2, 10)
