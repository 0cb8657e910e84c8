"""The corpus: load every article under some paths, all at once (``load_corpus``) or in batches (``iter_corpus``).

Every unit read ends up either in ``Corpus.articles`` or in ``Corpus.rejected`` with the file, the record and the
reason; problems that do not cost the article (an unparseable date, a repaired encoding) go to ``Corpus.warnings``.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from helpers import config
from helpers.ingest.archives import (
    DOC_FILES,
    SIDECAR,
    SKIP_DOC,
    SKIP_HIDDEN,
    SKIP_HIDDEN_FOLDER,
    SKIP_LINK,
    file_kind,
    printable,
    read_file,
)
from helpers.ingest.boilerplate import merge_learned
from helpers.ingest.collector import Collector, CountingCollector
from helpers.ingest.dates import supplied_date
from helpers.ingest.records import ARTICLE_COLUMNS

__all__ = [
    "ARTICLE_COLUMNS",
    "REJECT_COLUMNS",
    "WARNING_COLUMNS",
    "Corpus",
    "iter_corpus",
    "load_corpus",
]

REJECT_COLUMNS = ["source_file", "record", "reason"]
WARNING_COLUMNS = ["source_file", "record", "article_id", "warning"]
READER_THREAD_NAME = "ingest-iter_corpus-reader"  # the name of iter_corpus's reader thread

Paths = str | Path | Iterable[str | Path] | None


@dataclass
class Corpus:
    """Loaded articles plus everything that was rejected or flagged on the way."""

    articles: pd.DataFrame
    rejected: pd.DataFrame
    warnings: pd.DataFrame
    n_read: int

    @property
    def n_kept(self) -> int:
        """Number of articles kept."""
        return len(self.articles)

    def summary(self) -> dict[str, int]:
        """Counts in and out; ``read == kept + rejected`` always holds."""
        return {
            "read": self.n_read,
            "kept": self.n_kept,
            "rejected": len(self.rejected),
            "warnings": len(self.warnings),
        }


def load_corpus(
    paths: Paths = None,
    *,
    default_dct: str | date | None = None,
    column_map: Mapping[str, str] | None = None,
    today: date | None = None,
) -> Corpus:
    """Load every article under ``paths`` (files or folders; default: the bundled corpus).

    ``default_dct`` is the date given to articles that carry none; they are marked
    ``dct_source='supplied'``. ``column_map`` maps our field names (id, title, body,
    published, outlet, url, author) to a table's column names.
    """
    collector = _new_collector(default_dct, column_map, today)
    _learn(paths, collector)
    _collect(paths, collector)
    return _finish(collector)


def iter_corpus(
    paths: Paths = None,
    *,
    batch_size: int = 1000,
    default_dct: str | date | None = None,
    column_map: Mapping[str, str] | None = None,
    today: date | None = None,
) -> Iterator[pd.DataFrame | Corpus]:
    """Stream the corpus: DataFrames of up to ``batch_size`` articles, then one ``Corpus`` whose
    ``articles`` is empty and which carries the rejected records, the warnings and the count read.

    Memory stays bounded by the batch (a reader thread fills a two-batch queue). Stopping early
    (``break``, ``close()``) stops the reader thread too.
    """
    batches: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def put(item: tuple[str, Any]) -> None:
        """Queue ``item``, waiting while the queue is full; give up (raise _Stopped) once the consumer has gone."""
        while not stop.is_set():
            try:
                batches.put(item, timeout=0.1)
                return
            except queue.Full:
                continue
        raise _Stopped

    collector = _new_collector(default_dct, column_map, today)
    collector.batch_size = batch_size
    collector.sink = lambda rows: put(("batch", rows))

    def read() -> None:
        try:
            _learn(paths, collector, stop)
            _collect(paths, collector, stop)
            put(("batch", collector.rows))
            collector.rows = []
            put(("done", None))
        except _Stopped:
            return
        except BaseException as err:  # hand any failure to the consumer
            try:
                put(("error", err))
            except _Stopped:
                return

    reader = threading.Thread(target=read, name=READER_THREAD_NAME, daemon=True)
    reader.start()
    try:
        while True:
            kind, payload = batches.get()
            if kind == "error":
                raise payload
            if kind == "done":
                yield _finish(collector)
                return
            if payload:
                yield _articles_frame(payload)
    finally:
        stop.set()


class _Stopped(Exception):
    """The consumer of ``iter_corpus`` stopped early: the reader thread unwinds and ends."""


def _new_collector(
    default_dct: str | date | None, column_map: Mapping[str, str] | None, today: date | None
) -> Collector:
    """A collector with the loading options."""
    return Collector(
        default_dct=supplied_date(default_dct) if default_dct is not None else None,
        column_map=dict(column_map or {}),
        today=today or datetime.now(timezone.utc).date(),
    )


def _learn(paths: Paths, collector: Collector, stop: threading.Event | None = None) -> None:
    """First pass: count every line per outlet and add the furniture lines learned from them to ``collector``'s
    (those shipped from ANT; ``BoilerplateSettings``, nothing added when ``learn`` is off). Memory: one integer
    per distinct line."""
    if not config.boilerplate_settings().learn:
        return
    counting = CountingCollector(default_dct=None, column_map=collector.column_map, today=collector.today)
    _collect(paths, counting, stop)
    counter = counting.counter
    collector.learned = merge_learned(collector.learned, counter.furniture(), counter.repeated())


def _collect(paths: Paths, collector: Collector, stop: threading.Event | None = None) -> None:
    """Read every file under ``paths`` into ``collector``; raise _Stopped between files once ``stop`` is set."""
    if paths is None:
        paths = [config.corpus_dir()]
    elif isinstance(paths, (str, Path)):
        paths = [paths]
    for path in paths:
        path = Path(path)
        if not path.exists():
            collector.reject(printable(path), "", "no such file or folder")
            continue
        if not path.is_dir():
            read_file(path, collector)  # a path named explicitly: read, or rejected with the reason
            continue
        try:
            entries = _entries(path)
        except OSError as err:
            collector.reject(printable(path), "", f"cannot read folder: {err.strerror}")
            continue
        for file in _walk(path, entries, collector):
            if stop is not None and stop.is_set():
                raise _Stopped
            read_file(file, collector)


def _entries(folder: Path) -> list[os.DirEntry[str]]:
    """The entries of ``folder`` sorted by name (raises OSError when it cannot be listed)."""
    with os.scandir(folder) as it:
        return sorted(it, key=lambda e: e.name)


def _walk(folder: Path, entries: list[os.DirEntry[str]], out: Collector) -> Iterator[Path]:
    """Yield the files under ``folder`` in a stable order (that of ``sorted(folder.rglob('*'))``).

    What is not read is listed as a ``skipped: ...`` warning: hidden and documentation files, hidden folders,
    symbolic links to folders (not followed), FIFOs and other special files, folders that cannot be listed.
    A symbolic link to a file is read like the file.
    """
    stems = {Path(e.name).stem for e in entries if not SIDECAR.search(e.name)}
    for entry in entries:
        path = folder / entry.name
        name = printable(path)
        is_link = entry.is_symlink()
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            target_dir = is_link and entry.is_dir()
            is_file = entry.is_file()
        except OSError as err:
            what = f"{SKIP_LINK} whose target is missing or unreachable" if is_link else "skipped: cannot inspect"
            out.note(name, f"{what}: {err.strerror}")
            continue
        if entry.name.startswith((".", "_")):
            out.note(name, SKIP_HIDDEN_FOLDER if is_dir or target_dir else SKIP_HIDDEN)
        elif is_dir:
            try:
                children = _entries(path)
            except OSError as err:
                out.note(name, f"skipped: unreadable folder: {err.strerror}")
                continue
            yield from _walk(path, children, out)
        elif target_dir:
            out.note(name, f"{SKIP_LINK} to a folder (not followed)")
        elif not is_file:
            try:
                out.note(name, f"skipped: not a regular file ({file_kind(path.stat().st_mode)})")
            except OSError as err:
                what = f"{SKIP_LINK} whose target is missing or unreachable" if is_link else "skipped: cannot inspect"
                out.note(name, f"{what}: {err.strerror}")
        elif SIDECAR.search(entry.name):
            if SIDECAR.sub("", entry.name) not in stems:
                out.note(name, "skipped: metadata sidecar without its article file")
        elif DOC_FILES.search(entry.name):
            out.note(name, SKIP_DOC)
        else:
            yield path


def _articles_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The articles DataFrame of some rows, with typed dates."""
    articles = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    articles["published"] = pd.to_datetime(articles["published"], utc=True)
    articles["utc_offset_min"] = articles["utc_offset_min"].astype("Int16")
    articles["dct"] = pd.to_datetime(articles["dct"])
    return articles


def _finish(collector: Collector) -> Corpus:
    """Assemble the DataFrames from the collector."""
    articles = _articles_frame(collector.rows)
    rejected = pd.DataFrame([vars(r) for r in collector.rejected], columns=REJECT_COLUMNS)
    warnings = pd.DataFrame(collector.warnings, columns=WARNING_COLUMNS)
    return Corpus(articles=articles, rejected=rejected, warnings=warnings, n_read=collector.n_read)
