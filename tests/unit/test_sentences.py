"""Sentences: Arabic punctuation, offsets, no empty sentences."""

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from helpers.text.sentences import _BOUNDARY, _boundaries, sentence_spans, sentence_table, split_sentences


def test_splits_on_arabic_question_mark_and_full_stop():
    assert split_sentences("هل بدأت العملية؟ نعم. بدأت") == ["هل بدأت العملية؟", "نعم.", "بدأت"]


def test_closing_quote_stays_with_its_sentence():
    assert split_sentences('قال: "انتهى". ثم غادر') == ['قال: "انتهى".', "ثم غادر"]


def test_decimal_point_is_not_a_boundary():
    assert split_sentences("بلغ 3.5 مليون دولار.") == ["بلغ 3.5 مليون دولار."]


def test_line_break_ends_a_sentence():
    assert split_sentences("العنوان\nالنص الأول") == ["العنوان", "النص الأول"]


def test_sentence_table_offsets_index_the_text():
    articles = pd.DataFrame({"article_id": ["a"], "text": ["أ. ب؟ ج"]})
    table = sentence_table(articles)
    assert table["sentence_id"].tolist() == [0, 1, 2]
    for row in table.itertuples():
        assert articles.loc[0, "text"][row.start : row.end] == row.text


def test_pipeline_sentences_table_is_the_sentence_table():
    from helpers.extract import pipeline

    articles = pd.DataFrame({"article_id": ["a", "b"], "text": ["عنوان\n\nأ. ب؟ ج", ""]})
    pd.testing.assert_frame_equal(pipeline.extract_tables(articles)["sentences"], sentence_table(articles))


def test_sentence_spans_are_a_tuple_of_offsets_the_same_each_time():
    text = "أ. ب؟ ج"
    first, second = sentence_spans(text), sentence_spans(text)
    assert first == second == ((0, 2), (3, 5), (6, 7))
    assert isinstance(first, tuple)


@given(st.text(max_size=300))
def test_spans_are_ordered_non_empty_and_trimmed(text):
    last_end = 0
    for start, end in sentence_spans(text):
        assert last_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        last_end = end


def test_a_boundary_after_a_number_is_judged_by_the_digit_before_it():
    assert [m.span() for m in _boundaries("عام 2020. ثم 3.5 مليون؟ نعم")] == [(8, 10), (22, 24)]
    assert split_sentences("بلغ 3.5 مليون. وقال") == ["بلغ 3.5 مليون.", "وقال"]
    assert split_sentences("البند 3. 5 مواد") == ["البند 3. 5 مواد"]  # a dot after a digit, a digit next


@given(st.text(alphabet='ب3.!?\u061f\u061b\u2026\n "»)', max_size=40))
def test_boundaries_are_those_the_pattern_finds_scanning_every_position(text):
    assert [m.span() for m in _boundaries(text)] == [m.span() for m in _BOUNDARY.finditer(text)]
