"""Pooled event figures over the spent event gold sets (in-sample): ``benchmarks.bench_events`` on each, summed.

Run: ``python -m benchmarks.bench_events_pooled`` (about 90 s). The sets are in-sample: rules were written while
reading them. The fresh sets of the current stop are left out (``FRESH``).

``--sets A B ...`` pools only the named sets and ``--skip A B ...`` leaves them out: a rule-writer can read the
errors of one part and keep another part as an inner development check whose texts it never reads.
``--save DIR`` keeps each set's printed report (``DIR/<set>.txt``); ``--compare OLD NEW`` reads two such folders and
prints the sets whose event-level F1 rose or fell, with the counts that moved: a change "fixes three sets" or not.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from helpers import config

FRESH: tuple[str, ...] = ("events102", "events103", "events104")  # the fresh sets of stop 53, scored at start and end
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


def set_f1(counts: Counter) -> float:
    """Event-level F1 of one set's counts (0 when it has neither rows nor gold events)."""
    return 2 * counts["right"] / max(counts["ours"] + counts["gold"], 1)


def compare(old: Path, new: Path) -> list[str]:
    """One line per set whose counts differ between two ``--save`` folders: ``+``/``-``/``=`` by event-level F1,
    the set and the counts that moved; then the number of sets better and worse."""
    lines, moved = [], Counter()
    for before_file in sorted(old.glob("*.txt"), key=lambda p: int(p.stem[6:] or 1)):
        after_file = new / before_file.name
        before, after = Counter(), Counter()
        if (
            not after_file.exists()
            or not tally(before_file.read_text(), before)
            or not tally(after_file.read_text(), after)
        ):
            continue
        changes = {key: after[key] - before[key] for key in before.keys() | after.keys() if after[key] != before[key]}
        if not changes:
            continue
        sign = "+" if set_f1(after) > set_f1(before) else "-" if set_f1(after) < set_f1(before) else "="
        moved[sign] += 1
        lines.append(f"{sign} {before_file.stem}: " + ", ".join(f"{k} {v:+d}" for k, v in sorted(changes.items())))
    return [*lines, f"sets better {moved['+']}, worse {moved['-']}, other changes {moved['=']}"]


def main(argv: list[str] | None = None) -> None:
    """Print the pooled figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="+", help="pool only these sets (e.g. events30 events31)")
    parser.add_argument("--skip", nargs="+", help="leave these sets out")
    parser.add_argument("--save", type=Path, help="keep each set's report in this folder (<set>.txt)")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"), help="compare two --save folders")
    args = parser.parse_args(argv)
    if args.compare:
        print("\n".join(compare(*args.compare)))
        return
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
    totals: Counter = Counter()
    names = spent_sets(args.sets, args.skip)
    for name in names:
        gold = str(config.PROJECT_ROOT / "tests" / "data" / "heldout" / name)
        command = [sys.executable, "-m", "benchmarks.bench_events", "--gold", gold]
        output = subprocess.run(command, capture_output=True, text=True, check=False).stdout
        if args.save:
            (args.save / f"{name}.txt").write_text(output, encoding="utf-8")
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
