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


def print_speed(systems: dict[str, Predictor], repeats: int = 5) -> None:
    """Per-article wall-clock and CPU time of each system, and ours against dateparser by both: the first pass
    over the articles (caches empty and one-time set-up included, as for a fresh corpus), then ``repeats`` more
    passes (caches filled, as deep in a long corpus run), each timing both systems one after the other; the
    median ratio and the range over those passes are printed, since other jobs on the machine make one pass noisy."""
    news = speed_articles()
    mean_chars = sum(len(text) for text, _ in news) / len(news)
    print(f"\n== Speed per article: {len(news)} bundled corpus articles (every one; mean {mean_chars:,.0f} characters)")
    passes = []
    for number in range(1 + repeats):
        label = "first pass" if number == 0 else f"pass {number + 1}"
        seconds = {name: per_article_seconds(news, predict) for name, predict in systems.items()}
        for name, (wall, cpu) in seconds.items():
            print(f"{name:>10}: {wall * 1000:8.2f} ms wall-clock, {cpu * 1000:8.2f} ms CPU per article ({label})")
        (ours_wall, ours_cpu), (dp_wall, dp_cpu) = seconds["ours"], seconds["dateparser"]
        ratios = f"{dp_wall / ours_wall:.1f}x by wall-clock, {dp_cpu / ours_cpu:.1f}x by CPU time"
        print(f"   {label}: ours is faster than dateparser: {ratios}")
        if number:
            passes.append((dp_wall / ours_wall, dp_cpu / ours_cpu, ours_cpu))
    if passes:
        wall_ratios, cpu_ratios, ours_cpus = (sorted(column) for column in zip(*passes, strict=True))
        middle = len(passes) // 2
        print(
            f"   passes 2-{repeats + 1} (caches filled): median {cpu_ratios[middle]:.1f}x by CPU time "
            f"(range {cpu_ratios[0]:.1f}-{cpu_ratios[-1]:.1f}x), median {wall_ratios[middle]:.1f}x by wall-clock "
            f"(range {wall_ratios[0]:.1f}-{wall_ratios[-1]:.1f}x); ours {ours_cpus[middle] * 1000:.2f} ms CPU"
        )
