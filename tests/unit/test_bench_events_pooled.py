from collections import Counter

import pytest

from benchmarks.bench_events_pooled import FRESH, spent_sets, tally


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
