"""Pooled event figures over the spent event gold sets (in-sample): ``benchmarks.bench_events`` on each, summed.

Run: ``python -m benchmarks.bench_events_pooled`` (about 90 s). The sets are in-sample: rules were written while
reading them. The fresh sets of the current stop are left out (``FRESH``).

``--sets A B ...`` pools only the named sets and ``--skip A B ...`` leaves them out: a rule-writer can read the
errors of one part and keep another part as an inner development check whose texts it never reads.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter

from helpers import config

FRESH: tuple[str, ...] = ("events57", "events58", "events59")  # the fresh sets of stop 38, scored at its start and end
KEYS = ("event type", "actor 1", "actor 2", "place, most specific", "date, within the gold's precision", "fatalities")
_LEVEL = re.compile(r"event level: P\s+[\d.]+ \((\d+)/(\d+)\)\s+R\s+[\d.]+ \((\d+)/(\d+)\)")
_DEAD = re.compile(r"found with that number:\s+[\d.]+% \((\d+)/(\d+)\)")


def spent_sets(only: list[str] | None = None, skip: list[str] | None = None) -> list[str]:
    """The event gold folders under tests/data/heldout, in number order, without the fresh ones.

    ``only`` keeps just those names, ``skip`` leaves those out; a name that is no spent set is an error.
    """
    root = config.PROJECT_ROOT / "tests" / "data" / "heldout"
    names = [p.name for p in root.glob("events*") if (p / "events_gold.tsv").exists() and p.name not in FRESH]
    unknown = sorted((set(only or []) | set(skip or [])) - set(names))
    if unknown:
        raise SystemExit(f"bench_events_pooled: not a spent event set under {root}: {', '.join(unknown)}")
    names = [n for n in names if (not only or n in only) and n not in (skip or [])]
    return sorted(names, key=lambda n: int(n[6:] or 1))


def tally(output: str, totals: Counter) -> bool:
    """Add one set's printed counts to ``totals``; False when the output has no event-level line."""
    level = _LEVEL.search(output)
    if not level:
        return False
    for key, group in (("right", 1), ("ours", 2), ("found", 3), ("gold", 4)):
        totals[key] += int(level[group])
    for key in KEYS:
        field = re.search(re.escape(key) + r"\s+[\d.]+% \((\d+)/(\d+)\)", output)
        if field:
            totals[key] += int(field[1])
            totals["matched"] += int(field[2]) if key == "event type" else 0
    dead = _DEAD.search(output)
    if dead:
        totals["dead found"] += int(dead[1])
        totals["dead stated"] += int(dead[2])
    return True


def main(argv: list[str] | None = None) -> None:
    """Print the pooled figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="+", help="pool only these sets (e.g. events30 events31)")
    parser.add_argument("--skip", nargs="+", help="leave these sets out")
    args = parser.parse_args(argv)
    totals: Counter = Counter()
    names = spent_sets(args.sets, args.skip)
    for name in names:
        gold = str(config.PROJECT_ROOT / "tests" / "data" / "heldout" / name)
        command = [sys.executable, "-m", "benchmarks.bench_events", "--gold", gold]
        output = subprocess.run(command, capture_output=True, text=True, check=False).stdout
        if not tally(output, totals):
            print(f"{name}: no event-level line (skipped)")
    precision = totals["right"] / max(totals["ours"], 1)
    recall = totals["found"] / max(totals["gold"], 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    print(f"IN-SAMPLE, {len(names)} spent sets, {totals['gold']} gold events, {totals['ours']} rows")
    print(f"  event level: P {100 * precision:.1f}  R {100 * recall:.1f}  F1 {100 * f1:.1f}")
    given = ", ".join(f"{key} {totals[key]}" for key in KEYS)
    print(f"  given a match ({totals['matched']}): {given}")
    print(f"  stated dead found with their number: {totals['dead found']}/{totals['dead stated']}")


if __name__ == "__main__":
    main()
