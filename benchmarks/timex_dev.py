"""Development-only timex figures and the classification of the Recognizers development failures.

``python -m benchmarks.timex_dev`` prints, for our tagger only and without reading any held-out case: the
Recognizers development part per file, the extractor files' development span F1 and the Derna development gold.
``--breakdown`` prints the development failures by class from ``benchmarks/timex_dev_failures.tsv`` (one row per
failing development case, classified by reading it: a = a real error of ours, b = a Recognizers convention that
contradicts the news gold, c = too risky for news precision), and lists any failure not classified yet; then the
same for the 30% part (``benchmarks/timex_neverread_failures.tsv``), never read until session 18t.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from benchmarks import bench_timex as bench

FAILURES = Path(__file__).with_name("timex_dev_failures.tsv")
NEVER_READ = Path(__file__).with_name("timex_neverread_failures.tsv")  # the 30% part, read from session 18t on
CLASSES = {
    "a": "a real error of ours",
    "b": "a Recognizers convention that contradicts the news gold",
    "c": "too risky for news precision",
}


def dev_failures(part: str = "dev") -> list[bench.Case]:
    """The Recognizers cases of one part (``dev``, or ``held``: the 30% never read before session 18t) our tagger
    gets wrong."""
    dev, held = bench.split_cases(bench.ms_cases())
    return [case for case in (dev if part == "dev" else held) if not _right(case)]


def _right(case: bench.Case) -> bool:
    predicted = bench.ours(case.text, case.dct)
    return all(
        any(ps < g.end and pe > g.start and bench._value_ok(pv, g.values) for ps, pe, pv in predicted)
        for g in case.gold
    )


def read_classes(path: Path = FAILURES) -> dict[tuple[str, str], tuple[str, str, str]]:
    """(file, text) -> (class, convention, note) from the classification table."""
    rows: dict[tuple[str, str], tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        source, text, klass, convention, note = [*line.split("\t"), "", "", ""][:5]
        if source != "file":
            rows[(source, text)] = (klass, convention, note)
    return rows


def print_breakdown() -> None:
    """The failures of both parts by class and convention; unclassified ones are listed."""
    for part, label, table in (("dev", "development", FAILURES), ("held", "never-read (read from 18t on)", NEVER_READ)):
        _print_part(label, dev_failures(part), read_classes(table))


def _print_part(label: str, failures: list[bench.Case], classes: dict[tuple[str, str], tuple[str, str, str]]) -> None:
    by_class: Counter = Counter()
    by_convention: Counter = Counter()
    missing = []
    for case in failures:
        row = classes.get((case.source, case.text))
        if row is None:
            missing.append(case)
            continue
        by_class[row[0]] += 1
        by_convention[(row[0], row[1])] += 1
    print(f"== Recognizers {label} failures: {len(failures)} (classified {len(failures) - len(missing)})")
    for klass, name in CLASSES.items():
        print(f"   ({klass}) {name}: {by_class[klass]}")
        for (k, convention), n in sorted(by_convention.items(), key=lambda kv: -kv[1]):
            if k == klass:
                print(f"        {n:>3}  {convention}")
    for case in missing:
        print(f"   unclassified: {case.source} | {case.text}")


def print_failures(part: str = "dev", source: str = "") -> None:
    """Our failures on one part of the Recognizers cases: ``dev`` (70%), ``held`` (the 30% never read until
    session 18t; in-sample from then on) or ``all``; ``source`` keeps the files whose name contains it."""
    dev, held = bench.split_cases(bench.ms_cases())
    group = {"dev": dev, "held": held, "all": dev + held}[part]
    for case in group:
        if source and source not in case.source:
            continue
        if _right(case):
            continue
        predicted = bench.ours(case.text, case.dct)
        gold = [(case.text[g.start : g.end], sorted(g.values)) for g in case.gold]
        found = [(case.text[ps:pe], pv) for ps, pe, pv in predicted]
        print(f"{case.source} | {case.text} | {case.dct} | gold {gold} | ours {found}")


def print_dev_only() -> None:
    """Our development figures only: Recognizers dev part per file, extractor dev span F1, Derna."""
    dev, _ = bench.split_cases(bench.ms_cases())
    share, right, _ = bench.score_cases(dev, bench.ours)
    sizes = Counter(c.source for c in dev)
    print(f"== Recognizers development part: {share:.1%} of {len(dev)} cases")
    for src in sorted(sizes):
        print(f"   {src:<26}{right[src]:>4}/{sizes[src]}")
    ext_dev, _ = bench.split_cases(bench.extractor_cases())
    lenient, strict = bench.span_f1(ext_dev, bench.ours)
    print(f"== Recognizers extractor files, development: span F1 lenient {lenient:.1%} / strict {strict:.1%}")
    bench.print_news({"ours": bench.ours_news}, "development", bench.gold_articles(bench.GOLD), bench.GOLD)


def main() -> None:
    bench.require_shared(bench.MS_DIR)
    if "--breakdown" in sys.argv:
        print_breakdown()
    else:
        print_dev_only()


if __name__ == "__main__":
    main()
