from collections import Counter

import pytest

from benchmarks.bench_events_pooled import FRESH, compare, spent_sets, tally


def test_tally_sums_the_printed_counts():
    output = (
        "  event level: P  50.0 (5/10)  R  62.5 (5/8)  F1  55.6  (also ...)\n"
        "  event type                            80.0% (4/5)\n"
        "  actor 1                               40.0% (2/5)\n"
        "  gold events with a stated number of dead, found with that number:  50.0% (1/2)\n"
    )
    totals: Counter = Counter()
    assert tally(output, totals)
    assert (totals["right"], totals["ours"], totals["gold"], totals["matched"]) == (5, 10, 8, 5)
    assert (totals["actor 1"], totals["dead found"], totals["dead stated"]) == (2, 1, 2)
    assert not tally("no figures", Counter())


def test_the_fresh_sets_are_not_pooled():
    names = spent_sets()
    assert "events" in names and "events19" in names
    assert not set(FRESH) & set(names)


def test_sets_and_skip_choose_the_pooled_sets():
    assert spent_sets(only=["events19", "events2"]) == ["events2", "events19"]
    skipped = spent_sets(skip=["events19"])
    assert "events19" not in skipped and "events2" in skipped
    with pytest.raises(SystemExit, match="events999"):
        spent_sets(only=["events999"])


def _report(right: int, ours: int, found: int, gold: int) -> str:
    return f"  event level: P  1.0 ({right}/{ours})  R  1.0 ({found}/{gold})  F1  1.0\n"


def test_compare_names_the_sets_whose_f1_rose_or_fell(tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir(), new.mkdir()
    for name, before, after in (
        ("events2", (5, 10, 5, 8), (6, 11, 6, 8)),  # one more right row: better
        ("events3", (5, 10, 5, 8), (5, 11, 5, 8)),  # one more wrong row: worse
        ("events4", (5, 10, 5, 8), (5, 10, 5, 8)),  # unchanged: not listed
    ):
        (old / f"{name}.txt").write_text(_report(*before))
        (new / f"{name}.txt").write_text(_report(*after))
    lines = compare(old, new)
    assert lines[0].startswith("+ events2:") and "right +1" in lines[0]
    assert lines[1].startswith("- events3:") and "ours +1" in lines[1]
    assert lines[-1] == "sets better 1, worse 1, other changes 0" and len(lines) == 3
