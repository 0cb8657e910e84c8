"""Tests for helpers.report.overview: the tables behind the overview report."""

import pandas as pd

from helpers.ingest.corpus import load_corpus
from helpers.report import overview


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


def articles_frame(rows=()):
    """Articles as the store gives them (the columns the overview tables read)."""
    columns = ["article_id", "outlet", "title", "text", "n_chars", "encoding", "edits", "tags", "dct_source"]
    return pd.DataFrame(list(rows), columns=columns)


ONE = ("a", "o", "t", "خبر عن درنة", 11, "utf-8", {"hashtag": 1}, ["درنة"], "article")


def test_empty_corpus_tables_keep_their_columns(tmp_path):
    empty, one = articles_frame(), articles_frame([ONE])
    for table in (overview.length_table, overview.cleaning_table, overview.encoding_table):
        assert table(empty).columns.tolist() == table(one).columns.tolist(), table.__name__
    assert overview.top_tags(empty).empty
    assert overview.undated_note(empty) is None
    assert overview.pick_sample(empty) is None
    counts = overview.counts_table(load_corpus(tmp_path))
    assert counts.columns.tolist() == ["البند", "العدد"] and counts["العدد"].sum() == 0


def test_duplicate_table_has_the_same_columns_with_and_without_duplicates():
    articles = articles_frame([ONE, ("b", *ONE[1:])])
    duplicates = pd.DataFrame(
        {"article_id": ["b"], "group_id": ["dup0001"], "kind": ["exact"], "kept_id": ["a"], "similarity": [1.0]}
    )
    full = overview.duplicate_table(articles, duplicates)
    empty = overview.duplicate_table(articles, duplicates.iloc[0:0])
    assert full.columns.tolist() == empty.columns.tolist() == overview.DUPLICATE_TABLE_COLUMNS
    assert full.loc[0, "kept_id"] == "a" and full.loc[0, "kept_outlet"] == "o"


def test_collapse_duplicates_keeps_one_article_per_group():
    articles = articles_frame([ONE, ("b", *ONE[1:]), ("c", *ONE[1:])])
    duplicates = pd.DataFrame({"article_id": ["b", "c"], "kept_id": ["a", "a"]})
    assert overview.collapse_duplicates(articles, duplicates)["article_id"].tolist() == ["a"]
    assert overview.collapse_duplicates(articles, duplicates.iloc[0:0])["article_id"].tolist() == ["a", "b", "c"]


def test_the_duplicates_note_says_in_words_whether_the_charts_count_them():
    """The overview printed 'collapsed: False', a Python value, to analysts."""
    dups = pd.DataFrame({"article_id": ["a2", "b2"], "group_id": ["dup0001", "dup0002"]})
    note = overview.duplicates_note(dups, collapsed=False)
    assert "collapsed: False" not in note and "2 duplicates in 2 groups" in note and "counted in the charts" in note
    assert "left out of the charts" in overview.duplicates_note(dups, collapsed=True)
