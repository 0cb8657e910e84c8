"""Speed of the temporal tagger against dateparser, per article on the bundled corpus: wall-clock and CPU time.

Both systems are timed in the same process, one after the other. The CPU time (``time.process_time``) counts only
this process, so it varies less than the wall clock when other jobs share the machine."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

from benchmarks.common import config

Predictor = Callable[[str, date], list]


def speed_articles() -> list[tuple[str, date]]:
    """The bundled corpus articles (text, DCT; 2018-06-01 when an article has none): the speed benchmark's news."""
    from helpers.ingest.corpus import load_corpus

    articles = load_corpus(config.corpus_dir()).articles
    cases = []
    for _, row in articles.iterrows():
        day = row["dct"].date() if row["dct"] is not None and str(row["dct"]) != "NaT" else None
        cases.append((row["text"], day or date(2018, 6, 1)))
    return cases


def per_article_seconds(cases: list[tuple[str, date]], predict: Predictor) -> tuple[float, float]:
    """Mean wall-clock and CPU seconds per article over one pass."""
    wall, cpu = time.perf_counter(), time.process_time()
    for text, dct in cases:
        predict(text, dct)
    return (time.perf_counter() - wall) / len(cases), (time.process_time() - cpu) / len(cases)


def print_speed(systems: dict[str, Predictor]) -> None:
    """Per-article wall-clock and CPU time of each system, and ours against dateparser by both: the first pass
    over the articles (caches empty, as for a fresh corpus) and a second pass (caches filled, as deep in a long
    corpus run)."""
    news = speed_articles()
    mean_chars = sum(len(text) for text, _ in news) / len(news)
    print(f"\n== Speed per article: {len(news)} bundled corpus articles (every one; mean {mean_chars:,.0f} characters)")
    for label in ("first pass", "second pass"):
        seconds = {name: per_article_seconds(news, predict) for name, predict in systems.items()}
        for name, (wall, cpu) in seconds.items():
            print(f"{name:>10}: {wall * 1000:8.2f} ms wall-clock, {cpu * 1000:8.2f} ms CPU per article ({label})")
        (ours_wall, ours_cpu), (dp_wall, dp_cpu) = seconds["ours"], seconds["dateparser"]
        ratios = f"{dp_wall / ours_wall:.1f}x by wall-clock, {dp_cpu / ours_cpu:.1f}x by CPU time"
        print(f"   {label}: ours is faster than dateparser: {ratios}")
