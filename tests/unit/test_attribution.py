"""Attribution: speakers, named vs anonymous, outlet spoken to, quotes."""

import pandas as pd

from helpers.extract import pipeline
from helpers.extract.attribution import QUOTE_ACTOR_COLUMNS, QUOTE_COLUMNS, attributions, source_kind


def test_named_speaker_with_outlet_and_quote():
    text = 'وقال صبره لـ"العربية نت" إن "العملية ستبدأ قريبا".'
    found = attributions(text)
    assert found[0].speaker == "صبره"
    assert found[0].source_kind == "named"
    assert found[0].spoken_to == "العربية نت"
    assert text[found[0].quote_start : found[0].quote_end] == "العملية ستبدأ قريبا"


def test_anonymous_sources():
    assert source_kind("مصدر عسكري") == "anonymous"
    assert source_kind("مصادر مطلعة") == "anonymous"
    assert source_kind("مسؤول عسكري") == "anonymous"
    assert source_kind("المسؤول الإعلامي لغرفة العمليات") == "named"
    assert source_kind("العميد أحمد المسماري") == "named"
    assert source_kind("") == "unknown"


def test_attribution_by_preposition():
    found = attributions("وبحسب مصدر عسكري فإن الخطط المطروحة حاليا تتمثل في تقدم نوعي.")
    assert (found[0].speaker, found[0].source_kind, found[0].verb) == ("مصدر عسكري", "anonymous", "بحسب")


def test_verb_without_a_statement_is_not_an_attribution():
    assert attributions("أعلن الجيش المصري حالة الاستنفار على طول الحدود.") == []


def test_continuation_inherits_the_previous_speaker():
    text = 'قال المتحدث إن القوات تتقدم.\nوأضاف "هناك عمليات نوعية".'
    table = pipeline.extract_tables(pd.DataFrame({"article_id": ["a"], "text": [text]}))["quotes"]
    assert list(table.columns) == [*QUOTE_COLUMNS, *QUOTE_ACTOR_COLUMNS, "outlet"]
    assert table["speaker"].tolist() == ["المتحدث", "المتحدث"]
    assert table["sentence_id"].tolist() == [0, 1]
    assert table["quote"].iloc[1] == "هناك عمليات نوعية"


def test_attributions_within_a_sentence_of_a_longer_text_index_the_text():
    text = 'عنوان\nوقال صبره لـ"العربية نت" إن "العملية ستبدأ قريبا".'
    start = text.index("وقال")
    found = attributions(text, start, len(text))
    assert text[found[0].start : found[0].end] == "صبره"
    assert text[found[0].quote_start : found[0].quote_end] == "العملية ستبدأ قريبا"
    assert attributions(text, 0, start) == []


def test_a_continuation_needs_a_previous_speaker():
    assert attributions("مضيفا أن القوات تتقدم.") == []
    found = attributions("مضيفا أن القوات تتقدم.", previous="مصدر عسكري")
    assert (found[0].speaker, found[0].source_kind, found[0].verb) == ("مصدر عسكري", "anonymous", "مضيفا")
