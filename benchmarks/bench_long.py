"""Extraction time of one very long article: is it linear in the article's length?

For 100k, 200k, 400k, 800k and 1.6M characters, one article is made by joining different real ANT articles
with newlines (``join``: many ordinary sentences), and one by joining them with spaces after taking out their
punctuation and line breaks (``dump``: the sentence splitter gives one huge sentence). Each is extracted in a
fresh child process (so no cache carries over) and the time of every pipeline component is printed, with the
total, the time per 100k characters and the child's peak resident memory. Growth is linear when the time per
100k characters of the longest article is about that of the shortest (quadratic would multiply it by 16).

Articles: the ANT multi-source corpus (``../shared/datasets/ant_multisource``), else the bundled corpus (it has
only 182k characters, so long articles repeat its sentences and the caches make them look faster).

Run: ``make bench-long`` (or ``python -m benchmarks.bench_long [--sizes 100000,200000] [--mode join|dump|both]``).
"""

from __future__ import annotations

import argparse
import gc
import gzip
import itertools
import json
import re
import time
from collections.abc import Iterator

from benchmarks.common import config, measure

ANT = config.shared_datasets() / "ant_multisource" / "articles.jsonl.gz"
SIZES = (100_000, 200_000, 400_000, 800_000, 1_600_000)
_PUNCTUATION = re.compile(r"[.!?\u061f\u061b\u06d4\u2026\n]+")


def article_texts() -> Iterator[str]:
    """Article texts, endlessly: ANT's when it is here, else the bundled corpus's."""
    if ANT.exists():
        with gzip.open(ANT, "rt", encoding="utf-8") as lines:
            texts = [t for t in (json.loads(line).get("text") or "" for line in itertools.islice(lines, 12_000)) if t]
    else:
        from helpers.ingest.corpus import load_corpus

        texts = [t for t in load_corpus().articles["text"] if t]
    return itertools.cycle(texts)


def long_text(texts: Iterator[str], size: int, mode: str) -> str:
    """``size`` characters of articles joined by newlines (``join``) or, punctuation out, by spaces (``dump``)."""
    parts, total = [], 0
    while total < size:
        text = next(texts)
        if mode == "dump":
            text = _PUNCTUATION.sub(" ", text)
        parts.append(text)
        total += len(text) + 1
    return ("\n" if mode == "join" else " ").join(parts)[:size]


def extract(text: str) -> dict[str, float]:
    """Seconds each pipeline component takes on one article of ``text`` (run in the child)."""
    import pandas as pd

    from helpers.extract import pipeline
    from helpers.extract.article import Article

    day = pd.Timestamp("2018-06-01")
    record = {"article_id": "long", "text": text, "dct": day, "dct_source": "article", "published": day}
    warm = Article.from_record({**record, "text": text[:5_000]})  # load the models and tables first
    for component in pipeline.COMPONENTS:
        component.run([warm] if component.batch else warm)
    gc.disable()
    start = time.perf_counter()
    article = Article.from_record(record)
    seconds = {"article": time.perf_counter() - start}
    for component in pipeline.COMPONENTS:
        start = time.perf_counter()
        component.run([article] if component.batch else article)
        seconds[component.name] = time.perf_counter() - start
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="article lengths in characters")
    parser.add_argument("--mode", choices=("join", "dump", "both"), default="both")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    texts = article_texts()
    source = "ANT multi-source" if ANT.exists() else "the bundled corpus (sentences repeat: caches help)"
    print(f"One long article, from {source}; each length extracted in a fresh process.\n")
    for mode in ("join", "dump") if args.mode == "both" else (args.mode,):
        per_100k: list[float] = []
        header = None
        for size in sizes:
            text = long_text(texts, size, mode)
            seconds, _, peak = measure(lambda text=text: extract(text))
            total = sum(seconds.values())
            if header is None:
                header = f"{'mode':<5} {'chars':>9} " + " ".join(f"{name:>11}" for name in seconds)
                print(header + f" {'total s':>8} {'s/100k':>7} {'peak MiB':>9}")
            per_100k.append(total / (size / 100_000))
            cells = " ".join(f"{seconds[name]:>11.2f}" for name in seconds)
            print(f"{mode:<5} {size:>9,} {cells} {total:>8.2f} {per_100k[-1]:>7.3f} {peak:>9.0f}", flush=True)
        ratio = per_100k[-1] / per_100k[0]
        verdict = "linear" if ratio < 2.0 else "super-linear" if ratio < 4.0 else "quadratic-looking"
        growth = sizes[-1] / sizes[0]
        print(
            f"{mode}: time per 100k characters, longest / shortest = {ratio:.2f} over a {growth:.0f}x longer article"
            f" ({verdict}; linear gives about 1, quadratic {growth:.0f})\n"
        )


if __name__ == "__main__":
    main()
