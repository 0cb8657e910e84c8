"""Page furniture removed in cleaning, on a seeded ANT sample: what was removed, by kind and outlet.

Loads the whole ANT corpus with the suite's loader (so the learned pass sees all of it), drops the ids found in
the ``--exclude`` files (held-out gold), picks ``--per-outlet`` articles per outlet with ``random.Random(seed)``
from the sorted ids, and prints the pieces removed by kind and outlet. For reading by hand it writes
``--out``/removed.tsv (50 removed pieces, ``random.Random(seed + 1)``) and ``--out``/articles.txt (20 BBC and CNN
articles of the sample as cleaned, ``random.Random(seed + 2)``). Precision and misses are what a reader finds
there; this script only prints counts.

Run: ``python -m benchmarks.bench_boilerplate --exclude IDS_FILE... [--seed 20261125] [--per-outlet 100]``.
"""

from __future__ import annotations

import argparse
import collections
import random
import re
from pathlib import Path

import pandas as pd

from benchmarks.common import config, require_shared
from helpers.ingest.corpus import load_corpus

ANT_ID = re.compile(r"\b[A-Z]{2}-[A-Za-z]+-\d+-\d{8}\b")


def sample(articles: pd.DataFrame, exclude: set[str], seed: int, per_outlet: int) -> pd.DataFrame:
    """``per_outlet`` articles per outlet (id prefix), drawn with ``random.Random(seed)``, excluded ids left out."""
    ids = sorted(set(articles["article_id"]) - exclude)
    by_outlet: dict[str, list[str]] = collections.defaultdict(list)
    for article_id in ids:
        by_outlet[article_id[:2]].append(article_id)
    rng = random.Random(seed)
    picked = {i for key in sorted(by_outlet) for i in rng.sample(by_outlet[key], min(per_outlet, len(by_outlet[key])))}
    return articles[articles["article_id"].isin(picked)].sort_values("article_id", ignore_index=True)


def main() -> None:
    """Print the counts and write the reading files."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--exclude", nargs="*", type=Path, default=[])
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--per-outlet", type=int, default=100)
    parser.add_argument("--out", type=Path, default=Path("/tmp/bench_boilerplate"))
    args = parser.parse_args()
    require_shared(config.ant_articles())
    exclude = {i for f in args.exclude for i in ANT_ID.findall(f.read_text(encoding="utf-8"))}
    chosen = sample(load_corpus(config.ant_articles()).articles, exclude, args.seed, args.per_outlet)
    pieces = [
        (a, o, r)
        for a, o, rem in zip(chosen["article_id"], chosen["outlet"], chosen["removed"], strict=True)
        for r in rem
    ]
    print(f"sample: {len(chosen)} articles (seed {args.seed}, {len(exclude)} ids excluded), "
          f"{chosen['removed'].map(bool).sum()} with furniture removed, {len(pieces)} pieces")  # fmt: skip
    counts = collections.Counter((r["kind"], outlet) for _, outlet, r in pieces)
    for (kind, outlet), n in sorted(counts.items()):
        print(f"  {kind:10s} {outlet:18s} {n:5d}")
    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "removed.tsv", "w", encoding="utf-8") as handle:
        for article_id, _, r in random.Random(args.seed + 1).sample(pieces, min(50, len(pieces))):
            handle.write(f"{article_id}\t{r['kind']}\t{r['text']}\n")
    readable = [i for i in chosen["article_id"] if i[:2] in ("BB", "CN")]
    texts = chosen.set_index("article_id")
    with open(args.out / "articles.txt", "w", encoding="utf-8") as handle:
        for article_id in random.Random(args.seed + 2).sample(readable, min(20, len(readable))):
            removed = [(r["kind"], r["text"][:60]) for r in texts.loc[article_id, "removed"]]
            handle.write(f"===== {article_id}\n{texts.loc[article_id, 'text']}\n--- removed: {removed}\n")
    print(f"for reading: {args.out / 'removed.tsv'}, {args.out / 'articles.txt'}")


if __name__ == "__main__":
    main()
