"""Tests for helpers.report.evidence: each mention beside the sentence it was found in."""

import pandas as pd

from helpers.report.evidence import attach_sentences

ARTICLES = pd.DataFrame({"article_id": ["a", "b"], "text": ["عنوان\n\nالجملة الأولى. ثم درنة هنا.", "نص آخر"]})


def test_each_mention_gets_its_sentence_and_offset():
    text = ARTICLES.loc[0, "text"]
    start = text.index("درنة")
    mentions = pd.DataFrame({"article_id": ["a", "a"], "start": [start, 0], "sentence": ["old", "old"]})
    out = attach_sentences(mentions, ARTICLES)
    assert out["sentence"].tolist() == ["ثم درنة هنا.", "عنوان"]
    assert out["sentence_id"].tolist() == [2, 0]
    assert out.loc[0, "sentence_start"] == text.index("ثم")
    assert out.columns.tolist().count("sentence") == 1


def test_a_mention_outside_any_sentence_keeps_its_row():
    out = attach_sentences(pd.DataFrame({"article_id": ["zz"], "time_start": [4]}), ARTICLES, start="time_start")
    assert out.loc[0, "sentence"] == "" and out.loc[0, "sentence_start"] == 4


def test_no_mentions_give_an_empty_table_with_the_sentence_columns():
    out = attach_sentences(pd.DataFrame(columns=["article_id", "start"]), ARTICLES)
    assert out.empty and out.columns.tolist() == ["article_id", "start", "sentence_id", "sentence", "sentence_start"]


def test_a_sentence_index_splits_each_article_once_across_calls():
    from helpers.report.evidence import SentenceIndex

    index = SentenceIndex(ARTICLES)
    first = attach_sentences(pd.DataFrame({"article_id": ["a"], "start": [0]}), index)
    spans = index.spans("a")
    second = attach_sentences(pd.DataFrame({"article_id": ["a"], "start": [0]}), index)
    assert index.spans("a") is spans and first.equals(second)


def test_a_sentence_index_from_a_sentences_table_uses_its_spans():
    from helpers.report.evidence import SentenceIndex

    sentences = pd.DataFrame({"article_id": ["a", "a"], "start": [9, 0], "end": [20, 5]})
    index = SentenceIndex.from_table(ARTICLES, sentences)
    assert index.spans("a") == ((0, 5), (9, 20))


def test_a_sentence_index_from_a_table_splits_an_article_it_lacks():
    from helpers.report.evidence import SentenceIndex

    index = SentenceIndex.from_table(ARTICLES, pd.DataFrame({"article_id": ["a"], "start": [0], "end": [5]}))
    assert index.spans("b") == SentenceIndex(ARTICLES).spans("b")
