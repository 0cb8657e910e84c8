"""CPU seconds of each extraction component on the same ANT articles, one process: where extraction time goes.

Run: ``python -m benchmarks.bench_stages [N]`` (default 800 articles, after a 100-article warm-up). Run it twice,
interleaved with the code it is compared with: one run moves by a few percent on this machine.
"""

from __future__ import annotations

import gc
import sys
import time

from benchmarks.common import config, require_shared
from helpers.extract import pipeline
from helpers.extract.article import Article
from helpers.ingest.corpus import Corpus, iter_corpus

WARM_UP = 100


def records(limit: int) -> list[dict]:
    """The first ``limit`` loaded ANT records (cleaned, as extraction receives them)."""
    found: list[dict] = []
    for item in iter_corpus(config.ant_articles(), batch_size=1000):
        if isinstance(item, Corpus) or len(found) >= limit:
            break
        found.extend(item.to_dict("records"))
    return found[:limit]


def stage_seconds(batch: list[dict]) -> dict[str, float]:
    """CPU seconds of each component run over the whole batch, in pipeline order."""
    seconds = {}
    articles = [Article.from_record(record) for record in batch]
    for component in pipeline.COMPONENTS:
        start = time.process_time()
        if component.batch:
            component.run(articles)
        else:
            for article in articles:
                component.run(article)
        seconds[component.name] = time.process_time() - start
    return seconds


def main(argv: list[str]) -> None:
    require_shared(config.ant_articles())
    n = int(argv[0]) if argv else 800
    batch = records(n + WARM_UP)
    pipeline.run(batch[:WARM_UP])  # resources loaded, caches warm
    gc.disable()  # as the pipeline runs
    seconds = stage_seconds(batch[WARM_UP:])
    print(f"{len(batch) - WARM_UP} ANT articles, CPU seconds per component:")
    print(" ".join(f"{name}={value:.2f}" for name, value in seconds.items()), f"total={sum(seconds.values()):.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
