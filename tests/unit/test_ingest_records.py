"""Tests for helpers.ingest.records, helpers.ingest.dates and helpers.resources.outlets."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from helpers import config
from helpers.ingest.dates import article_dates, parse_published, supplied_date
from helpers.ingest.records import Record, field_value, to_article
from helpers.resources.outlets import outlet_name

BODY = "أعلن الجيش الليبي إطلاق عملية عسكرية في درنة وقالت مصادر إن القوات تتقدم"
TODAY = date(2026, 11, 23)


def article(fields: dict, **kwargs) -> tuple[dict, list[str]]:
    rec = Record(fields, "dir/source.jsonl", "line 7", "utf-8")
    return to_article(rec, kwargs.get("column_map", {}), kwargs.get("default_dct"), TODAY)


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("skynews", "Sky News Arabia"),
        ("www.AlArabiya.net", "Al Arabiya"),
        ("", "unknown"),
        ("nowhere.ly", "nowhere.ly"),
    ],
)
def test_outlet_name(code, name):
    assert outlet_name(code) == name


def test_field_aliases_any_case_and_column_map_first():
    fields = {"Headline": "ع", "STORY": BODY, "text": "", "content_ar": "نص"}
    assert field_value(fields, "title", {}) == "ع"
    assert field_value(fields, "body", {}) == BODY  # the empty "text" is passed over
    assert field_value(fields, "body", {"body": "content_ar"}) == "نص"


def test_record_without_id_gets_one_from_file_and_record():
    row, warnings = article({"body": BODY, "url": "https://www.aljazeera.net/news/1"})
    assert row["article_id"] == "source:line7"
    assert row["outlet"] == "Al Jazeera"
    assert row["body_start"] == 0
    assert warnings == ["no date in the source: relative times cannot be resolved"]


def test_missing_body_names_the_columns_there():
    with pytest.raises(ValueError, match=r"missing body.*columns: head, when"):
        article({"head": "ع", "when": "2018-05-08"})


def test_settings_are_read_when_loading_not_at_import(monkeypatch):
    row, _ = article({"body": BODY + " The army said the operation began today in the east."})
    assert row["n_chars"] > 0
    monkeypatch.setattr(config, "loading_settings", lambda: config.LoadingSettings(min_arabic_share=0.99))
    with pytest.raises(ValueError, match="not Arabic"):
        article({"body": BODY + " The army said the operation began today in the east."})


def test_future_date_tolerance_comes_from_the_settings(monkeypatch):
    assert article_dates("2026-11-25", None, TODAY)[3] is None  # two days ahead: tolerated
    monkeypatch.setattr(config, "loading_settings", lambda: config.LoadingSettings(future_date_tolerance_days=0))
    assert "future date" in article_dates("2026-11-25", None, TODAY)[3]


def test_article_dates_forms():
    published, dct, source, problem = article_dates("2018-05-08T23:30:00-05:00", None, TODAY)
    assert published.utcoffset().total_seconds() == -5 * 3600
    assert dct == datetime(2018, 5, 8)  # the local calendar day, not the UTC one
    assert (source, problem) == ("article", None)
    assert article_dates("  ", date(2018, 5, 1), TODAY)[1:3] == (datetime(2018, 5, 1), "supplied")
    assert article_dates("yesterday", None, TODAY)[2:] == ("missing", "unparseable date 'yesterday'")


def test_parse_published_epoch_seconds():
    assert parse_published("1526400000") == datetime(2018, 5, 15, 16, 0, tzinfo=timezone.utc)


def test_supplied_date_refuses_a_non_date():
    assert supplied_date("2018-05-08") == date(2018, 5, 8)
    with pytest.raises(ValueError, match="not a date"):
        supplied_date("soon")
