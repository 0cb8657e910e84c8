"""The mention rows of ``python -m helpers extract``: schema, sentence numbers, exact surfaces, and only the
components the wanted kinds need."""

import dataclasses
import subprocess
import sys

import pandas as pd
import pytest

from helpers import config
from helpers.extract import mentions, pipeline
from helpers.extract.timex.values import Timex


def replace_components(monkeypatch, **runs):
    """The pipeline with some components' ``run`` replaced (by name)."""
    components = tuple(dataclasses.replace(c, run=runs[c.name]) if c.name in runs else c for c in pipeline.COMPONENTS)
    monkeypatch.setattr(pipeline, "COMPONENTS", components)


@pytest.fixture
def fake_time_component(monkeypatch):
    """A stand-in times component that marks every occurrence of one word."""

    def find(article):
        start = article.text.find("أمس")
        while start >= 0:
            article.times.append(Timex(start, start + 3, "DATE", "2018-05-07", confidence=0.9))
            start = article.text.find("أمس", start + 1)

    replace_components(monkeypatch, times=find)


def test_mentions_carry_provenance_and_sentence(fake_time_component):
    records = [{"article_id": "a", "text": "عنوان\n\nوقع أمس. وقال إن أمس كان هادئا."}]
    table = pd.DataFrame(list(mentions.iter_mentions(records, ["time"])))
    assert list(table.columns[: len(mentions.MENTION_COLUMNS)]) == mentions.MENTION_COLUMNS
    assert table["sentence_id"].tolist() == [1, 2]
    assert (table["text"] == "أمس").all()
    assert (table["kind"] == "time").all()
    assert (table["value"] == "2018-05-07").all() and (table["article_id"] == "a").all()


def test_only_the_components_the_kinds_need_run(monkeypatch):
    def refuse(_):
        raise AssertionError("a component the times do not need ran")

    replace_components(monkeypatch, **{c.name: refuse for c in pipeline.COMPONENTS if c.name != "times"})
    rows = list(mentions.iter_mentions([{"article_id": "a", "text": "وقع الانفجار أمس في درنة."}], ["time"]))
    assert [r["text"] for r in rows] == ["أمس"]


def test_kinds_come_out_in_the_order_asked_and_unknown_ones_are_ignored():
    records = [{"article_id": "a", "text": "وقال أحمد المسماري أمس إن القوات دخلت درنة."}]
    kinds = [r["kind"] for r in mentions.iter_mentions(records, ["time", "place", "weather", "time"])]
    assert kinds == ["time", "place"]
    assert list(mentions.iter_mentions(records, ["weather"])) == []
    every = {r["kind"] for r in mentions.iter_mentions(records)}
    assert every == set(mentions.KINDS)


def test_extract_cli_refuses_unknown_kinds():
    done = subprocess.run(
        [sys.executable, "-m", "helpers", "extract", str(config.corpus_dir() / "seed"), "--kinds", "time,weather"],
        capture_output=True, text=True, cwd=config.PROJECT_ROOT,
    )  # fmt: skip
    assert done.returncode == 2
    assert "unknown kinds ['weather']" in done.stderr
    assert done.stdout == ""


def test_json_ready_turns_nan_into_null():
    assert mentions.json_ready({"lat": float("nan"), "text": "x"}) == {"lat": None, "text": "x"}
