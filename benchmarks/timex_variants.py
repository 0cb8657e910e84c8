"""The hand-written variants of the temporal tagger (``tests/data/timex_variants.tsv``): accuracy by category.

``python -m benchmarks.timex_variants`` prints, for each category and in all, how many phrases the tagger gets
right: an expression overlapping the expected surface with exactly the expected value (strict: the same span too).
``--failures`` lists the phrases it gets wrong. The phrases were written before the tagger was first run on them
(first score: /work/notes/20t_variants_before.txt); the rules fixed from them make any later score in-sample.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from helpers.extract.timex.tagger import tag

VARIANTS = Path(__file__).resolve().parents[1] / "tests" / "data" / "timex_variants.tsv"


@dataclass(frozen=True)
class Variant:
    """One phrase, its DCT and the expression it must contain."""

    category: str
    dct: date
    text: str
    surface: str
    value: str


def _dct(text: str) -> date:
    """A date, or a datetime when the DCT carries a clock (2018-06-18T14:36)."""
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def read_variants(path: Path = VARIANTS) -> list[Variant]:
    """The rows of the variants file (comment lines and the header skipped)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("category\t"):
            continue
        category, dct, text, surface, value = line.split("\t")
        rows.append(Variant(category, _dct(dct), text, surface, value))
    return rows


def judge(variant: Variant) -> tuple[bool, bool, list[tuple[str, str | None]]]:
    """(right, right with the exact span, what the tagger found) for one phrase."""
    start = variant.text.index(variant.surface)
    end = start + len(variant.surface)
    found = tag(variant.text, variant.dct)
    right = [t for t in found if t.start < end and t.end > start and t.value == variant.value]
    exact = any(t.start == start and t.end == end for t in right)
    return bool(right), exact, [(variant.text[t.start : t.end], t.value) for t in found]


def _round(category: str) -> str:
    """The round a category was written in: r2-date -> round 2; the first round has no prefix."""
    prefix = re.match(r"r(\d)-", category)
    return f"round {prefix.group(1) if prefix else 1}"


def main() -> None:
    """Print the accuracy by category (and the failures with --failures)."""
    variants = read_variants()
    total: Counter = Counter()
    right: Counter = Counter()
    exact: Counter = Counter()
    failures = []
    for variant in variants:
        ok, same_span, found = judge(variant)
        for key in (variant.category, _round(variant.category), "all"):
            total[key] += 1
            right[key] += ok
            exact[key] += same_span
        if not ok:
            failures.append((variant, found))
    print(f"== Hand-written variants ({VARIANTS.name}): right value / right value and span")
    rounds = sorted(k for k in total if k.startswith("round "))
    for key in [*sorted(k for k in total if k != "all" and k not in rounds), *rounds, "all"]:
        share, strict = right[key] / total[key], exact[key] / total[key]
        print(f"{key:>12}  {right[key]:3d}/{total[key]:<3d} {share:6.1%}   strict {strict:6.1%}")
    if "--failures" in sys.argv:
        for variant, found in failures:
            want = f"{variant.surface} = {variant.value}"
            print(f"{variant.category} | {variant.dct} | {variant.text} | want {want} | got {found}")


if __name__ == "__main__":
    main()
