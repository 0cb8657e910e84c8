"""The event benchmark's gold plumbing (benchmarks/bench_events.py): the ids it reads and the date columns."""

import pandas as pd

from benchmarks.bench_events import _with_date_columns, event_level, gold_folder, listed_ids


def test_listed_ids_take_the_first_field_and_skip_notes_and_header(tmp_path):
    path = tmp_path / "ids.txt"
    path.write_text("# notes\narticle_id\tseed\nA-1\t16\nB-2\n\n", encoding="utf-8")
    assert listed_ids(path) == {"A-1", "B-2"}
    assert listed_ids(tmp_path / "absent.txt") == set()


def test_a_stated_day_month_or_year_gives_its_precision():
    assert _with_date_columns({"date": "2018-05-30"})["time_precision"] == "1"
    assert _with_date_columns({"date": "2018-05"})["time_precision"] == "2"
    assert _with_date_columns({"date": ""})["time_precision"] == "3"
    assert _with_date_columns({"event_date": "2018-05-30", "time_precision": "2"})["time_precision"] == "2"


def test_a_gold_folder_is_read_with_its_one_tsv(tmp_path):
    (tmp_path / "mine.tsv").write_text("article_id\n", encoding="utf-8")
    assert gold_folder(str(tmp_path)) == (tmp_path, "mine.tsv")


def _gold(kind: str, day: str, precision: str = "1") -> dict[str, str]:
    return {"article_id": "a", "event_type": kind, "event_date": day, "time_precision": precision}


def test_event_level_matches_the_same_event_told_in_another_sentence():
    ours = pd.DataFrame({"article_id": ["a", "a"], "event_type": ["Protests", "Battles"],
                         "event_date": [pd.Timestamp("2018-06-01"), pd.Timestamp("2018-06-03")]})  # fmt: skip
    assert event_level([_gold("Battles", "2018-06-03")], ours, {}) == {0: 1}


def test_event_level_needs_the_date_within_the_gold_precision():
    ours = pd.DataFrame({"article_id": ["a"], "event_type": ["Battles"], "event_date": [pd.Timestamp("2018-06-05")]})
    assert event_level([_gold("Battles", "2018-06-03")], ours, {}) == {}
    assert event_level([_gold("Battles", "2018-06-03", "2")], ours, {}) == {0: 0}
