"""Load and clean every article of the ANT corpus; print articles/s and peak memory.

The floor is a bare read of the same file: decompress, parse each JSON line and
split its text on white space. Both run on one core, each in its own process.
Run: ``make bench-load`` (or ``python -m benchmarks.bench_load [PATH]``).
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

from benchmarks.common import config, measure, require_shared
from helpers.ingest.corpus import load_corpus


def bare_read(path: Path) -> tuple[int, int]:
    """Read, parse and tokenise every line: (articles, tokens)."""
    articles = tokens = 0
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            obj = json.loads(line)
            tokens += len((obj.get("text") or "").split())
            articles += 1
    return articles, tokens


def full_load(path: Path) -> tuple[dict[str, int], dict[str, int]]:
    """Load and clean with the suite's loader: (summary, rejection reasons)."""
    corpus = load_corpus(path)
    reasons = corpus.rejected["reason"].str.split(":").str[0].value_counts().to_dict()
    return corpus.summary(), reasons


def main() -> None:
    """Measure both phases and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", default=str(config.ant_articles()))
    path = Path(parser.parse_args().path)
    require_shared(path)
    (n_floor, n_tokens), floor_s, floor_rss = measure(lambda: bare_read(path))
    (summary, reasons), load_s, load_rss = measure(lambda: full_load(path))
    print(f"corpus: {path}")
    print(
        f"bare read+tokenise: {n_floor} articles, {n_tokens} tokens in {floor_s:.1f} s = "
        f"{n_floor / floor_s:,.0f} articles/s, peak RSS {floor_rss:,.0f} MiB"
    )
    print(
        f"load+clean:         {summary['read']} read, {summary['kept']} kept, {summary['rejected']} rejected, "
        f"{summary['warnings']} warnings in {load_s:.1f} s = {summary['read'] / load_s:,.0f} articles/s, "
        f"peak RSS {load_rss:,.0f} MiB"
    )
    print(f"load+clean vs floor: {load_s / floor_s:.1f}x the bare read time")
    for reason, count in sorted(reasons.items(), key=lambda kv: -kv[1]):
        print(f"  rejected {count:>5}  {reason}")


if __name__ == "__main__":
    main()
