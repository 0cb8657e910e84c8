"""Tests for helpers.extract: the mention schema, sentence numbers and exact surfaces."""

import pandas as pd
import pytest

from helpers.extract import mentions as extract


@pytest.fixture
def fake_time_extractor(monkeypatch):
    """A stand-in extractor that marks every occurrence of one word."""

    def find(article):
        start = article["text"].find("أمس")
        while start >= 0:
            yield {"start": start, "end": start + 3, "type": "DATE", "value": "2018-05-07", "confidence": 0.9}
            start = article["text"].find("أمس", start + 1)

    monkeypatch.setitem(extract.EXTRACTORS, "time", find)


def test_mentions_carry_provenance_and_sentence(fake_time_extractor):
    articles = pd.DataFrame({"article_id": ["a"], "text": ["عنوان\n\nوقع أمس. وقال إن أمس كان هادئا."]})
    table = extract.mention_table(articles, ["time"])
    assert list(table.columns) == extract.MENTION_COLUMNS
    assert table["sentence_id"].tolist() == [1, 2]
    assert (table["text"] == "أمس").all()
    assert (table["kind"] == "time").all()


def test_register_refuses_unknown_kinds():
    with pytest.raises(ValueError, match="unknown mention kind"):
        extract.register("weather")


def test_json_ready_turns_nan_into_null():
    assert extract.json_ready({"lat": float("nan"), "text": "x"}) == {"lat": None, "text": "x"}
