"""Tests for the furniture pass of helpers.ingest.clean: display text, the removed list and offsets back."""

import dataclasses
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import config
from helpers.ingest.clean import clean_body, reclean
from helpers.ingest.corpus import load_corpus

RAW = "<p>قال المتحدث إن الجيش دخل درنة.</p>اقرأ أيضاً:\nمن هم الأكراد؟\n-----\nوتقدمت القوات (صورة أرشيفية) نحو البحر."


def test_furniture_is_dropped_from_the_display_text():
    assert clean_body(RAW).text == "قال المتحدث إن الجيش دخل درنة.\nوتقدمت القوات نحو البحر."


def test_display_offsets_map_back_into_the_raw_body():
    cleaned = clean_body(RAW)
    start = cleaned.text.index("البحر")
    assert RAW[cleaned.to_raw(start) : cleaned.to_raw(start) + 5] == "البحر"


def test_removed_offsets_slice_the_raw_body():
    for item in clean_body(RAW).removed:
        assert RAW[item["raw_start"] : item["raw_end"]].strip() == item["text"]


def test_boilerplate_edits_are_counted():
    assert clean_body(RAW).edits["boilerplate"] == 4


def test_reclean_rebuilds_a_learned_removal():
    raw = "خبر عن درنة.\nتذييل الموقع\nخبر آخر."
    first = clean_body(raw, ["تذييل الموقع"])
    again = reclean(raw, first.removed)
    assert again.text == first.text == "خبر عن درنة.\nخبر آخر."


LINES = ["خبر عن درنة.", "اقرأ أيضاً:", "من هم الأكراد؟", "------", "شارك", "قال (صورة أرشيفية) المتحدث.", "  "]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=12), st.sampled_from(["\n", "., ", "<br>", "\n\n"]))
def test_every_display_character_maps_back_to_itself(lines, joint):
    raw = joint.join(lines)
    cleaned = clean_body(raw)
    for i, char in enumerate(cleaned.text):
        if not char.isspace():
            assert raw[cleaned.to_raw(i)] == char


def test_loader_learns_a_footer_repeated_across_an_outlet(tmp_path):
    rows = [{"id": f"BB-{i}", "src": "BBC", "text": f"خبر رقم {i} عن درنة.\nتذييل يتكرر في الموقع"} for i in range(6)]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    articles = load_corpus(path).articles
    assert "تذييل" not in articles["text"].iloc[0]
    footer = {"kind": "learned", "text": "تذييل يتكرر في الموقع", "raw_start": 19, "raw_end": 40}
    assert articles["removed"].iloc[0] == [footer]


def test_loader_keeps_repeated_lines_when_learning_is_off(tmp_path, monkeypatch):
    off = dataclasses.replace(config.BoilerplateSettings(), learn=False)
    monkeypatch.setattr(config, "boilerplate_settings", lambda: off)
    rows = [{"id": f"BB-{i}", "src": "BBC", "text": f"خبر رقم {i} عن درنة.\nتذييل يتكرر في الموقع"} for i in range(6)]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    assert "تذييل" in load_corpus(path).articles["text"].iloc[0]


def test_title_keeps_what_would_be_furniture_in_a_body():
    assert clean_body("شارك", furniture=False).text == "شارك"


def test_streamed_corpus_learns_the_same_footer(tmp_path):
    from helpers.ingest.corpus import iter_corpus

    rows = [{"id": f"BB-{i}", "src": "BBC", "text": f"خبر رقم {i} عن درنة.\nتذييل يتكرر في الموقع"} for i in range(6)]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    batches = [b for b in iter_corpus(path, batch_size=2) if hasattr(b, "columns")]
    assert batches and all("تذييل" not in text for batch in batches for text in batch["text"])
