"""Tests for the "what cleaning removed" tables of helpers.report.overview."""

import json

import pandas as pd

from helpers.report import overview, tables


def articles() -> pd.DataFrame:
    """Three articles: two with furniture (one as the store's JSON text), one without."""
    share = {"kind": "share", "text": "شارك", "raw_start": 0, "raw_end": 4}
    teaser = {"kind": "teaser", "text": "<script>alert(1)</script>", "raw_start": 5, "raw_end": 30}
    return pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "outlet": ["BBC Arabic", "CNN Arabic", "BBC Arabic"],
            "removed": [[share, share], json.dumps([share, teaser]), []],
        }
    )


def test_removed_table_counts_by_kind_and_outlet():
    table = overview.removed_table(articles()).set_index(["kind", "outlet"])
    assert table.loc[("share", "BBC Arabic"), "removed"] == 2
    assert table.loc[("share", "BBC Arabic"), "articles"] == 1
    assert table.loc[("teaser", "CNN Arabic"), "removed"] == 1


def test_removed_lines_most_frequent_first():
    lines = overview.removed_lines(articles())
    assert lines.iloc[0]["text"] == "شارك" and lines.iloc[0]["removed"] == 3
    assert lines.iloc[0]["outlets"] == "BBC Arabic | CNN Arabic"


def test_removed_lines_are_escaped_in_the_report():
    html = tables.table_html(overview.removed_lines(articles()), name="removed_lines")
    assert "<script>alert(1)" not in html


def test_no_removal_gives_empty_tables_with_their_columns():
    empty = pd.DataFrame({"article_id": ["a"], "outlet": ["x"], "removed": [[]]})
    assert list(overview.removed_table(empty).columns) == ["الصنف", "kind", "outlet", "articles", "removed"]
    assert overview.removed_lines(empty).empty
