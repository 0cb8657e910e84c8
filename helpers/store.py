"""The annotation store: extraction results computed once and kept as Parquet.

Layout under ``config.STORE_DIR``::

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

import functools
import hashlib
import os
import shutil
import uuid
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from helpers import config

if TYPE_CHECKING:
    from helpers.loading import Corpus

TABLES = ("articles", "sentences", "actors", "places", "times", "quotes", "events", "signatures", "rejected")
REJECTED_COLUMNS = ["article_id", "content_hash", "reason"]
_CODE = (
    "actors", "attribution", "clean", "dedupe", "extract", "ner", "normalize",
    "patterns", "places", "sentences", "timelines", "timex",
)  # fmt: skip


@functools.cache
def extractor_version() -> str:
    """A hash of the extraction code and of every shipped data file it reads."""
    digest = hashlib.sha1()
    files = [config.PACKAGE_DIR / f"{name}.py" for name in _CODE] + sorted(config.DATA_DIR.glob("*"))
    for path in files:
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def content_hash(article: Mapping[str, Any]) -> str:
    """The key of one article: a hash of its id, text, date and outlet."""
    parts = (article.get("article_id"), article.get("text"), article.get("dct"), article.get("outlet"))
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:20]


# --------------------------------------------------------------------------- extraction of one partition


def extract_articles(frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Every table of some articles (articles, sentences, actors, places, times, quotes, events)."""
    from helpers import actors, places, timelines
    from helpers.dedupe import signature_table
    from helpers.sentences import sentence_table

    # the extractors read the articles row by row: plain Python strings make that faster than Arrow ones
    rows = frame.astype({c: object for c, t in frame.dtypes.items() if isinstance(t, pd.StringDtype)})
    actor_rows = actors.actor_table(rows, merge=False)  # the cross-article merge happens when read
    return {
        "articles": frame,
        "sentences": sentence_table(rows),
        "actors": actor_rows,
        "places": places.place_table(rows),
        "times": timelines.time_table(rows),
        "quotes": actors.quote_table(rows, actor_rows),
        "events": timelines.stated_events(rows),
        "signatures": signature_table(rows),  # for finding duplicates across the corpus without its texts
    }


def extract_partition(records: list[dict[str, Any]]) -> dict[str, pd.DataFrame]:
    """All tables of a list of articles, in one pass; if that raises, article by article, and an article
    whose extraction raises goes to ``rejected`` with the reason."""
    hashes = {r["article_id"]: r["content_hash"] for r in records}
    rejected = []
    try:
        tables = extract_articles(pd.DataFrame(records))
    except Exception:  # find the article at fault: one bad article must not stop the others
        parts: dict[str, list[pd.DataFrame]] = {name: [] for name in TABLES if name != "rejected"}
        for article in records:
            try:
                one = extract_articles(pd.DataFrame([article]))
            except Exception as err:
                rejected.append((article["article_id"], article["content_hash"], f"extraction failed: {err!r}"[:500]))
                continue
            for name, table in one.items():
                parts[name].append(table)
        tables = {name: _concat(frames) for name, frames in parts.items()}
    out = {name: t.assign(content_hash=t["article_id"].map(hashes)) if len(t) else t for name, t in tables.items()}
    out["rejected"] = pd.DataFrame(rejected, columns=REJECTED_COLUMNS)
    return out


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate, keeping an empty frame's columns when there is nothing."""
    frames = [f for f in frames if len(f)] or frames[:1]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


# --------------------------------------------------------------------------- building


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


def store_root(store_dir: Path | None = None) -> Path:
    """The folder of the current extractor version."""
    return Path(store_dir or config.STORE_DIR) / f"v{extractor_version()}"


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
) -> BuildReport:
    """Extract every article under ``paths`` that the store lacks, and record the corpus as built.

    ``workers``: processes for the local pool (default: all cores; 1 runs in this process).
    ``scheduler``: a Dask distributed address (``tcp://host:8786``) or ``Client``; overrides ``workers``.
    ``progress``: True for a tqdm bar, or a callable given the number of articles of each finished partition.
    """
    import time

    from helpers.loading import Corpus, iter_corpus

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

    runner = _dask_runner(scheduler) if scheduler is not None else _pool_runner(workers or os.cpu_count() or 1)
    bar = _progress(progress)
    for batch, tables in runner(_batches(todo(), partition_size)):
        _write_partition(root, [a["content_hash"] for a in batch], tables)
        report.partitions_written += 1
        report.extracted += len(batch)
        report.extraction_rejected += len(tables["rejected"])
        bar(len(batch))
    assert final is not None
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


def _pool_runner(workers: int):
    """Run partitions in a process pool; a partition whose worker dies is retried article by article."""

    def run(batches: Iterator[list[dict[str, Any]]]) -> Iterator[tuple[list[dict[str, Any]], dict[str, pd.DataFrame]]]:
        if workers <= 1:
            for batch in batches:
                yield batch, extract_partition(batch)
            return
        import multiprocessing

        context = multiprocessing.get_context("fork")
        pool = ProcessPoolExecutor(workers, mp_context=context)
        try:
            pending: dict[Any, list[dict[str, Any]]] = {}
            for batch in batches:
                pending[pool.submit(extract_partition, batch)] = batch
                if len(pending) >= 2 * workers:  # bounded: never more than a few partitions in flight
                    pool, results = _drain(pool, pending, workers, context, first_only=True)
                    yield from results
            pool, results = _drain(pool, pending, workers, context, first_only=False)
            yield from results
        finally:
            pool.shutdown(cancel_futures=True)

    return run


def _drain(pool, pending, workers, context, first_only):
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
                results.append((item, _isolate(item, context)))
            break
        if first_only:
            break
    return pool, results


def _isolate(batch: list[dict[str, Any]], context) -> dict[str, pd.DataFrame]:
    """Run each article of a partition in its own one-process pool; an article that kills it is rejected."""
    parts = []
    for article in batch:
        with ProcessPoolExecutor(1, mp_context=context) as single:
            try:
                parts.append(single.submit(extract_partition, [article]).result())
            except BrokenProcessPool:
                reason = "worker crashed while extracting this article"
                parts.append({"rejected": pd.DataFrame([(article["article_id"], article["content_hash"], reason)],
                                                       columns=REJECTED_COLUMNS)})  # fmt: skip
    return {name: _concat([p[name] for p in parts if name in p]) for name in TABLES}


def _dask_runner(scheduler: str | Any):
    """Run partitions on a Dask distributed cluster (the driver still writes the store)."""

    def run(batches: Iterator[list[dict[str, Any]]]) -> Iterator[tuple[list[dict[str, Any]], dict[str, pd.DataFrame]]]:
        from distributed import Client
        from distributed import as_completed as dask_completed

        client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
        try:
            futures = {}
            for batch in batches:
                futures[client.submit(extract_partition, batch, pure=False)] = batch
            for future in dask_completed(list(futures)):
                batch = futures.pop(future)
                try:
                    yield batch, future.result()
                except Exception as err:  # a worker lost on this partition: isolate its articles
                    yield batch, _dask_isolate(client, batch, err)
        finally:
            if not isinstance(scheduler, Client):
                client.close()

    return run


def _dask_isolate(client, batch: list[dict[str, Any]], err: Exception) -> dict[str, pd.DataFrame]:
    """Rerun a failed partition one article per task; articles that fail again are rejected."""
    parts = []
    for article in batch:
        try:
            parts.append(client.submit(extract_partition, [article], pure=False).result())
        except Exception as again:
            reason = f"worker failed while extracting this article: {again!r}"[:500]
            parts.append({"rejected": pd.DataFrame([(article["article_id"], article["content_hash"], reason)],
                                                   columns=REJECTED_COLUMNS)})  # fmt: skip
    return {name: _concat([p[name] for p in parts if name in p]) for name in TABLES}


# --------------------------------------------------------------------------- reading


@dataclass
class Store:
    """Read access to a built store, limited to the corpus of its last build and an optional subset."""

    root: Path
    hashes: frozenset[str] | None = None

    def table(self, name: str, columns: list[str] | None = None) -> pd.DataFrame:
        """One table, filtered in Parquet (pushed down by pyarrow) to the corpus and the subset."""
        import pyarrow.parquet as pq

        files = sorted(str(p) for p in self.root.glob(f"part-*/{name}.parquet"))
        wanted = sorted(self.hashes if self.hashes is not None else self.corpus_hashes())
        frames = []
        for path in files:  # file by file: partitions may type a column differently (all-null, far dates)
            if not _has_rows(path) or not wanted:
                continue
            table = pq.read_table(path, columns=columns, filters=[("content_hash", "in", wanted)])
            if table.num_rows:
                frames.append(_microseconds(table.to_pandas()))
        if not frames:  # no rows: the columns still come from the table's schema
            names = next((pq.read_schema(f).names for f in files if pq.read_schema(f).names), [])
            return pd.DataFrame(columns=columns or names)
        frame = pd.concat(frames, ignore_index=True)
        order = [c for c in ("article_id", "sentence_id", "start") if c in frame]
        return frame.sort_values(order, kind="stable", ignore_index=True) if order else frame

    def corpus(self) -> Corpus:
        """The corpus as loaded for this store: its articles (edits and tags parsed back), what the loader
        rejected or flagged, and the articles extraction rejected. ``read == kept + rejected`` holds."""
        import json

        from helpers.loading import REJECT_COLUMNS, WARNING_COLUMNS, Corpus

        articles = self.table("articles")
        for column in ("edits", "tags"):
            if column in articles:
                articles[column] = articles[column].map(lambda v: json.loads(v) if isinstance(v, str) else v)
        loading = self.loading().replace({"None": None, "nan": None})
        failed = self.table("rejected")
        failed = pd.DataFrame(
            {"source_file": "(extraction)", "record": failed["article_id"], "reason": failed["reason"]},
            columns=REJECT_COLUMNS,
        )
        rejected = pd.concat([loading.loc[loading["kind"] == "rejected", REJECT_COLUMNS], failed], ignore_index=True)
        warnings = loading.loc[loading["kind"] == "warning"].rename(columns={"reason": "warning"})[WARNING_COLUMNS]
        return Corpus(articles, rejected, warnings.reset_index(drop=True), len(articles) + len(rejected))

    def duplicates(self, threshold: float = 0.8) -> pd.DataFrame:
        """Exact and near duplicates among the articles (``dedupe.find_duplicates``), from the stored
        signatures; only the candidates' texts are read, to confirm them."""
        import pyarrow.parquet as pq

        from helpers.dedupe import duplicates_from_signatures

        signatures = self.table("signatures")
        position = {
            h: i for i, h in enumerate(pq.read_table(self.root / "corpus.parquet").column("content_hash").to_pylist())
        }
        signatures = signatures.assign(_pos=signatures["content_hash"].map(position))
        signatures = signatures.sort_values("_pos", kind="stable", ignore_index=True)  # load order breaks ties

        def bodies(ids: list[str]) -> dict[str, str]:
            wanted = set(ids)
            hashes = frozenset(signatures.loc[signatures["article_id"].isin(wanted), "content_hash"])
            frame = Store(self.root, hashes).table("articles", columns=["article_id", "text", "body_start"])
            return {
                a: t[int(s) :] for a, t, s in zip(frame["article_id"], frame["text"], frame["body_start"], strict=True)
            }

        return duplicates_from_signatures(signatures, bodies, threshold)

    def corpus_hashes(self) -> frozenset[str]:
        """Content hashes of the corpus as last built."""
        return frozenset(pd.read_parquet(self.root / "corpus.parquet")["content_hash"])

    def loading(self) -> pd.DataFrame:
        """What the loader rejected or flagged in the last build."""
        return pd.read_parquet(self.root / "loading.parquet")

    def subset(
        self,
        outlet: str | Iterable[str] | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        term: str | None = None,
    ) -> Store:
        """A view limited to articles from ``outlet``, dated within the range, or containing ``term``."""
        if outlet is None and date_from is None and date_to is None and not term:
            return self
        articles = self.table("articles", columns=["article_id", "content_hash", "outlet", "dct", "text"])
        keep = pd.Series(True, index=articles.index)
        if outlet is not None:
            keep &= articles["outlet"].isin([outlet] if isinstance(outlet, str) else list(outlet))
        dct = pd.to_datetime(articles["dct"])
        if date_from is not None:
            keep &= dct >= pd.Timestamp(date_from)
        if date_to is not None:
            keep &= dct <= pd.Timestamp(date_to)
        if term:
            from helpers.normalize import normalize_for_matching

            needle = normalize_for_matching(term)
            keep &= articles["text"].map(lambda t: needle in normalize_for_matching(str(t)))
        return Store(self.root, frozenset(articles.loc[keep, "content_hash"]))


def _microseconds(frame: pd.DataFrame) -> pd.DataFrame:
    """Datetime columns in microseconds, so that partitions concatenate without overflowing nanoseconds."""
    for column in frame.columns:
        if isinstance(frame[column].dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_dtype(frame[column]):
            frame[column] = frame[column].dt.as_unit("us")
    return frame


def _has_rows(path: str) -> bool:
    """Whether a Parquet file holds any row (empty tables are written without a schema)."""
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows > 0


def open_store(store_dir: Path | None = None) -> Store:
    """The store of the current extractor version (built by ``build_store``)."""
    root = store_root(store_dir)
    if not (root / "corpus.parquet").exists():
        raise FileNotFoundError(f"{root}: no store built by this version; run `python -m helpers store build PATH`")
    return Store(root)


def ensure_store(
    paths: str | Path | Iterable[str | Path] | None = None,
    store_dir: Path | None = None,
    *,
    default_dct: str | None = None,
    rebuild: bool = True,
) -> Store:
    """The store for ``paths``: brought up to date first (only new articles are extracted) unless
    ``rebuild`` is false and a store of this version exists."""
    root = store_root(store_dir)
    if rebuild or not (root / "corpus.parquet").exists():
        build_store(paths, store_dir, default_dct=default_dct)
    return open_store(store_dir)
