"""Run partitions: a local process pool, or a Dask distributed cluster. Either way an article that raises or
kills its worker is rejected with the reason and the others are kept.

The pool's workers start from a fork server, not by forking the driver: the driver reads the corpus in a
thread, and forking a process that runs threads can copy a held lock into the child and deadlock it.
``extract`` is the function a worker runs on a list of articles (importable by name, as workers import it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import pandas as pd

from helpers.store.partition import REJECTED_COLUMNS, TABLES, _concat, extract_partition

Extract = Callable[[list[dict[str, Any]]], dict[str, pd.DataFrame]]


def _pool_context():
    """The multiprocessing context of the pool: a bare fork server. Each worker imports the extraction code
    itself, at the same time as the others; preloading it in the server saved no time on two cores and kept a
    third copy of pandas and the extractors resident (about 135 MiB of the run's peak)."""
    import multiprocessing

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([])
    return context


def _pool_runner(workers: int, extract: Extract = extract_partition):
    """Run partitions in a process pool; a partition whose worker dies is retried article by article."""

    def run(batches: Iterator[list[dict[str, Any]]]) -> Iterator[tuple[list[dict[str, Any]], dict[str, pd.DataFrame]]]:
        if workers <= 1:
            for batch in batches:
                yield batch, extract(batch)
            return
        context = _pool_context()
        pool = ProcessPoolExecutor(workers, mp_context=context)
        try:
            pending: dict[Any, list[dict[str, Any]]] = {}
            for batch in batches:
                pending[pool.submit(extract, batch)] = batch
                if len(pending) >= 2 * workers:  # bounded: never more than a few partitions in flight
                    pool, results = _drain(pool, pending, workers, context, extract, first_only=True)
                    yield from results
            pool, results = _drain(pool, pending, workers, context, extract, first_only=False)
            yield from results
        finally:
            pool.shutdown(cancel_futures=True)

    return run


def _drain(pool, pending, workers, context, extract, first_only):
    """Collect finished partitions (one, or all); a broken pool is replaced and its partitions isolated."""
    results = []
    for future in as_completed(list(pending)):
        batch = pending.pop(future)
        try:
            results.append((batch, future.result()))
        except BrokenProcessPool:
            pool.shutdown(cancel_futures=True)
            lost = [batch, *pending.values()]
            pending.clear()
            pool = ProcessPoolExecutor(workers, mp_context=context)
            for item in lost:
                results.append((item, _isolate(item, context, extract)))
            break
        if first_only:
            break
    return pool, results


def _isolate(batch: list[dict[str, Any]], context, extract: Extract) -> dict[str, pd.DataFrame]:
    """Run each article of a partition in its own one-process pool; an article that kills it is rejected."""
    parts = []
    for article in batch:
        with ProcessPoolExecutor(1, mp_context=context) as single:
            try:
                parts.append(single.submit(extract, [article]).result())
            except BrokenProcessPool:
                reason = "worker crashed while extracting this article"
                parts.append({"rejected": pd.DataFrame([(article["article_id"], article["content_hash"], reason)],
                                                       columns=REJECTED_COLUMNS)})  # fmt: skip
    return {name: _concat([p[name] for p in parts if name in p]) for name in TABLES}


def _dask_runner(scheduler: str | Any, extract: Extract = extract_partition):
    """Run partitions on a Dask distributed cluster (the driver still writes the store)."""

    def run(batches: Iterator[list[dict[str, Any]]]) -> Iterator[tuple[list[dict[str, Any]], dict[str, pd.DataFrame]]]:
        from distributed import Client
        from distributed import as_completed as dask_completed

        client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
        try:
            futures = {}
            for batch in batches:
                futures[client.submit(extract, batch, pure=False)] = batch
            for future in dask_completed(list(futures)):
                batch = futures.pop(future)
                try:
                    yield batch, future.result()
                except Exception as err:  # a worker lost on this partition: isolate its articles
                    yield batch, _dask_isolate(client, batch, err, extract)
        finally:
            if not isinstance(scheduler, Client):
                client.close()

    return run


def _dask_isolate(client, batch: list[dict[str, Any]], err: Exception, extract: Extract) -> dict[str, pd.DataFrame]:
    """Rerun a failed partition one article per task; articles that fail again are rejected."""
    parts = []
    for article in batch:
        try:
            parts.append(client.submit(extract, [article], pure=False).result())
        except Exception as again:
            reason = f"worker failed while extracting this article: {again!r}"[:500]
            parts.append({"rejected": pd.DataFrame([(article["article_id"], article["content_hash"], reason)],
                                                   columns=REJECTED_COLUMNS)})  # fmt: skip
    return {name: _concat([p[name] for p in parts if name in p]) for name in TABLES}
