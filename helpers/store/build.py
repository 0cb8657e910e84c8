"""Building the annotation store: extraction results computed once and kept as Parquet.

Layout under ``config.store_dir()``::

    v<extractor version>/
        part-<key>/<table>.parquet   one folder per partition of articles (written whole, then renamed)
        corpus.parquet               article_id + content_hash of the corpus as last built
        loading.parquet              what the loader rejected or flagged in that build

Each article is keyed by a content hash (its id, text, date and outlet); the extractor version is a hash
of the extraction code and its data files, so changing either starts a new store. Building again
processes only articles whose hash is not in a finished partition: new articles, or all of them after a
code change. A killed build leaves no half partition (a folder only gets its final name once every table
is written), so the next run resumes where it stopped, without duplicating or losing rows.

Partitions run in a process pool (all cores, tqdm progress) or, given ``scheduler``, on a Dask
distributed cluster; the driver writes the Parquet either way, so the output is the same. An article
whose extraction raises, or kills its worker, is recorded in the ``rejected`` table with the reason.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from helpers.store.partition import TABLES, extract_partition
from helpers.store.runners import _dask_runner, _pool_runner
from helpers.store.version import content_hash, store_root


@dataclass
class BuildReport:
    """What a build did: counts in and out, and where the store is."""

    root: Path
    read: int = 0
    loader_rejected: int = 0
    already_done: int = 0
    extracted: int = 0
    extraction_rejected: int = 0
    partitions_written: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def kept(self) -> int:
        """Articles in the store for this corpus."""
        return self.already_done + self.extracted - self.extraction_rejected


def _done_hashes(root: Path) -> set[str]:
    """Content hashes already in a finished partition (articles or rejected)."""
    import pyarrow.parquet as pq

    done: set[str] = set()
    for part in root.glob("part-*"):
        for name in ("articles", "rejected"):
            path = part / f"{name}.parquet"
            if path.exists():
                done.update(pq.read_table(path, columns=["content_hash"]).column(0).to_pylist())
    return done


def _write_partition(root: Path, hashes: list[str], tables: Mapping[str, pd.DataFrame]) -> Path:
    """Write every table to a temporary folder, then give it its final name (atomic on one file system)."""
    key = hashlib.sha1("".join(sorted(hashes)).encode()).hexdigest()[:16]
    final = root / f"part-{key}"
    tmp = root / f".tmp-{key}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir(parents=True)
    for name in TABLES:
        _parquet_ready(tables.get(name, pd.DataFrame())).to_parquet(tmp / f"{name}.parquet", index=False)
    if final.exists():  # the same articles were finished by an earlier, interrupted run
        shutil.rmtree(tmp)
    else:
        os.rename(tmp, final)
    return final


def _parquet_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """Nested values (the cleaning ``edits``, tag lists) as JSON text, so that every column is flat."""
    import json

    out = frame
    for column, dtype in frame.dtypes.items():
        if isinstance(dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_dtype(dtype):
            out = out.copy() if out is frame else out
            out[column] = frame[column].dt.as_unit("us")  # one unit in every partition
        elif pd.api.types.is_object_dtype(dtype) and _may_nest(values := frame[column]) and values.map(_nested).any():
            out = out.copy() if out is frame else out
            out[column] = values.map(lambda v: json.dumps(v, ensure_ascii=False, default=str))
    return out


_FLAT_KINDS = frozenset({"string", "empty", "integer", "floating", "boolean", "bytes", "datetime", "date"})


def _may_nest(column: pd.Series) -> bool:
    """False when pandas' fast type inference shows a column holds only flat values (strings, numbers)."""
    return pd.api.types.infer_dtype(column, skipna=True) not in _FLAT_KINDS


def _nested(value: Any) -> bool:
    """True for a value Parquet would need a nested type for (a list, dict or tuple)."""
    return isinstance(value, (list, dict, tuple))


def _batches(records: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    """Lists of up to ``size`` records."""
    batch: list[dict[str, Any]] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def build_store(
    paths: str | Path | Iterable[str | Path] | None = None,
    store_dir: Path | None = None,
    *,
    default_dct: str | None = None,
    workers: int | None = None,
    scheduler: str | Any | None = None,
    partition_size: int = 200,
    progress: bool | Any = False,
    extract: Callable[[list[dict[str, Any]]], dict[str, pd.DataFrame]] = extract_partition,
) -> BuildReport:
    """Extract every article under ``paths`` that the store lacks, and record the corpus as built.

    ``workers``: processes for the local pool (default: all cores; 1 runs in this process).
    ``scheduler``: a Dask distributed address (``tcp://host:8786``) or ``Client``; overrides ``workers``.
    ``extract``: what a worker runs on a partition (a function importable by name; tests inject faults here).
    ``progress``: True for a tqdm bar, or a callable given the number of articles of each finished partition.

    The pool's workers start from a fork server, which imports the calling script again: a script that calls
    this must keep its top-level code under ``if __name__ == "__main__":`` (notebooks and the CLI do).
    """
    import time

    from helpers.ingest.corpus import Corpus, iter_corpus

    start = time.perf_counter()
    root = store_root(store_dir)
    root.mkdir(parents=True, exist_ok=True)
    for stale in root.glob(".tmp-*"):  # left by a killed run
        shutil.rmtree(stale, ignore_errors=True)
    done = _done_hashes(root)
    report = BuildReport(root=root)
    corpus_rows: list[tuple[str, str]] = []
    final: Corpus | None = None

    def todo() -> Iterator[dict[str, Any]]:
        nonlocal final
        for item in iter_corpus(paths, default_dct=default_dct, batch_size=1000):
            if isinstance(item, Corpus):
                final = item
                continue
            for article in item.to_dict("records"):
                article["content_hash"] = content_hash(article)
                corpus_rows.append((article["article_id"], article["content_hash"]))
                if article["content_hash"] in done:
                    report.already_done += 1
                    continue
                yield article

    cores = workers or os.cpu_count() or 1
    runner = _dask_runner(scheduler, extract) if scheduler is not None else _pool_runner(cores, extract)
    bar = _progress(progress)
    for batch, tables in runner(_batches(todo(), partition_size)):
        _write_partition(root, [a["content_hash"] for a in batch], tables)
        report.partitions_written += 1
        report.extracted += len(batch)
        report.extraction_rejected += len(tables["rejected"])
        bar(len(batch))
    if final is None:
        raise RuntimeError("the corpus reader ended without its summary")
    report.read = final.n_read
    report.loader_rejected = len(final.rejected)
    pd.DataFrame(corpus_rows, columns=["article_id", "content_hash"]).to_parquet(root / "corpus.parquet", index=False)
    loading = pd.concat(
        [
            final.rejected.assign(kind="rejected"),
            final.warnings.rename(columns={"warning": "reason"}).assign(kind="warning"),
        ],
        ignore_index=True,
    )
    loading.astype(str).to_parquet(root / "loading.parquet", index=False)
    report.seconds = time.perf_counter() - start
    return report


def _progress(enabled: bool | Any):
    """A callback advancing a tqdm bar (or doing nothing); a callable given instead is used as is."""
    if callable(enabled):
        return enabled
    if not enabled:
        return lambda n: None
    from tqdm import tqdm

    bar = tqdm(unit="article", desc="extracting")
    return bar.update
