"""Tests for helpers.overview: the tables behind the overview report."""

import pandas as pd

from helpers.report import overview
from helpers.ingest.loading import load_corpus


def test_counts_table_balances(tmp_path):
    (tmp_path / "a.txt").write_text("عنوان\n\nخبر عربي عن درنة.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    corpus = load_corpus(tmp_path)
    counts = dict(overview.counts_table(corpus).values.tolist())
    assert counts["مقالات مقروءة (read)"] == 2
    assert counts["مقالات محفوظة (kept)"] + counts["مقالات مرفوضة (rejected)"] == 2
    assert counts["بلا تاريخ"] == 1


def test_cleaning_table_counts_articles_and_edits():
    articles = pd.DataFrame({"edits": [{"hashtag": 2}, {"hashtag": 1, "html_tag": 4}, {}]})
    table = overview.cleaning_table(articles).set_index("edit")
    assert table.loc["hashtag", "articles"] == 2 and table.loc["hashtag", "edits"] == 3
    assert table.loc["html_tag", "edits"] == 4


def test_top_tags_counts_each_article_once():
    articles = pd.DataFrame({"tags": [["درنة", "درنة"], ["درنة", "ليبيا"], []]})
    assert overview.top_tags(articles).to_dict() == {"درنة": 2, "ليبيا": 1}


def test_undated_note_names_supplied_and_missing():
    articles = pd.DataFrame({"dct_source": ["article", "supplied", "missing", "missing"]})
    note = overview.undated_note(articles)
    assert "1 مقالة تاريخها مُدخَل" in note and "2 مقالة بلا تاريخ" in note
    assert overview.undated_note(pd.DataFrame({"dct_source": ["article"]})) is None


def test_pick_sample_prefers_the_requested_article():
    articles = pd.DataFrame({"article_id": ["a", "b", "c"], "n_chars": [10, 500, 90]})
    assert overview.pick_sample(articles, "b")["article_id"] == "b"
    assert overview.pick_sample(articles)["article_id"] == "c"
