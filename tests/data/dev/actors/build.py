"""Check the development gold: every surface occurs in its article's text at least ``occurrence`` times."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).parent


def check(name: str = "actors_gold.tsv") -> list[str]:
    """Problems found in one gold file (surface missing, occurrence too high, unknown article)."""
    problems = []
    with (HERE / name).open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle, delimiter="\t"), start=2):
            path = HERE / "texts" / f"{row['article_id']}.txt"
            if not path.exists():
                problems.append(f"{name}:{line}: no text for {row['article_id']}")
                continue
            found = path.read_text(encoding="utf-8").count(row["surface"])
            if found < int(row["occurrence"]):
                problems.append(f"{name}:{line}: {row['surface']!r} occurs {found} times")
    return problems


if __name__ == "__main__":
    errors = check(*sys.argv[1:])
    print("\n".join(errors) or "ok")
    sys.exit(bool(errors))
