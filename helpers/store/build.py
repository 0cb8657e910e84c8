"""Building the annotation store: extraction results computed once and kept as Parquet.

Layout under ``config.store_dir()``::

    v<extractor version>/
        part-<key>/<table>.parquet   one folder per partition of articles (written whole, then renamed);
                                     shared by every corpus built here (keyed by content, only ever added)
        corpora/<corpus key>/        one view per corpus (its resolved paths and default date)
            corpus.parquet           article_id + content_hash of that corpus as last built
            loading-<build>.parquet  what the loader rejected or flagged in that build (named by corpus.parquet)
        latest                       the corpus key of the view built last (``open_store`` without a corpus)
        .build.lock                  advisory lock (flock) held by the build running here: its pid, start time

Each article is keyed by a content hash (its id, text, date and outlet); the extractor version is a hash
of the extraction code and its data files, so changing either starts a new store. Building again
processes only articles whose hash is not in a finished partition: new articles, or all of them after a
code change. A killed build leaves no half partition (a folder only gets its final name once every table
is written), so the next run resumes where it stopped, without duplicating or losing rows.

Concurrency: one build at a time per version folder (a second one waits for the lock, then finds the
partitions done). Every file a reader opens is written under a temporary name in its folder, synced, then
renamed over the old one, so a failed write (disk full) leaves the previous good file; ``corpus.parquet`` is
the commit point of a view, written last. Temporary names carry their build's pid and are removed only
once that process is gone, so a build never deletes another's work in progress. Readers take no lock: a
view is read once when opened, and the partitions it names are never changed or removed.

Partitions run in a process pool (all cores, tqdm progress) or, given ``scheduler``, on a Dask
distributed cluster; the driver writes the Parquet either way, so the output is the same. An article
whose extraction raises, or kills its worker, is recorded in the ``rejected`` table with the reason.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sys
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from helpers.store.fingerprint import corpus_fingerprint, current_view
from helpers.store.partition import TABLES, extract_partition
from helpers.store.runners import _dask_runner, _pool_runner
from helpers.store.version import content_hash, corpora_dir, corpus_key, store_root

LOCK_NAME = ".build.lock"
LATEST_NAME = "latest"
VIEW_NAME = "corpus.parquet"
# a temporary name: ``.tmp-<pid>-<random>-<partition key>`` (a partition folder) or ``.<file>.tmp-<pid>-<random>``
_TMP_OWNER = re.compile(r"\.tmp-(\d{1,10})-[0-9a-f]{8}(?:-|$)")
_LEGACY_TMP = re.compile(r"^\.tmp-[0-9a-f]{16}-[0-9a-f]{8}$")  # named by builds before the pid was added


@dataclass
class BuildReport:
    """What a build did: counts in and out, and where the store is."""

    root: Path
    view: Path | None = None  # corpora/<corpus key>/ of the corpus built
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
    """Write every table to a temporary folder of this build, sync it, then give it its final name (atomic
    on one file system). A failed write removes the temporary folder and leaves the store as it was."""
    key = hashlib.sha1("".join(sorted(hashes)).encode()).hexdigest()[:16]
    final = root / f"part-{key}"
    tmp = root / f"{_tmp_prefix()}-{key}"
    tmp.mkdir(parents=True)
    try:
        for name in TABLES:
            path = tmp / f"{name}.parquet"
            _parquet_ready(tables.get(name, pd.DataFrame())).to_parquet(path, index=False)
            _fsync(path)
        _fsync(tmp)
        if final.exists():  # the same articles were finished by an earlier, interrupted run
            shutil.rmtree(tmp)
            return final
        try:
            os.rename(tmp, final)
        except OSError:
            if not final.exists():  # only "already there" (written meanwhile) is not a failure
                raise
            shutil.rmtree(tmp)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _fsync(root)
    return final


def _tmp_prefix() -> str:
    """The start of a temporary name owned by this process: ``.tmp-<pid>-<random>``."""
    return f".tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"


def _fsync(path: Path) -> None:
    """Flush a file or folder to disk (a folder's sync makes a rename in it durable)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some file systems refuse to sync a folder; the rename is still atomic
        pass
    finally:
        os.close(fd)


def replace_atomically(path: Path, write: Callable[[Path], Any]) -> None:
    """Write ``path`` whole or not at all: ``write(tmp)`` to a temporary name in the same folder, sync, then
    rename over ``path``. If anything fails the temporary file goes and ``path`` keeps its previous content."""
    tmp = path.with_name(f".{path.name}{_tmp_prefix()}")
    try:
        write(tmp)
        _fsync(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync(path.parent)


def _pid_alive(pid: int) -> bool:
    """Whether a process with this id exists (on this machine)."""
    if pid <= 0 or pid > 2**22:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    except OSError:
        return False
    return True


def _remove_stale_temporaries(root: Path, legacy_age: float = 3600.0) -> list[Path]:
    """Remove temporary folders and files whose build is gone (its pid no longer runs). Those of a live
    build, even another one, are left alone; a name without a pid (older builds) only once it is old."""
    removed = []
    folders = [root, *(p for p in corpora_dir(root).glob("*") if p.is_dir())]
    for folder in folders:
        for entry in folder.glob(".*"):
            owner = _TMP_OWNER.search(entry.name)
            if owner:
                stale = not _pid_alive(int(owner.group(1)))
            elif _LEGACY_TMP.match(entry.name):
                try:
                    stale = time.time() - entry.stat().st_mtime > legacy_age
                except FileNotFoundError:
                    continue
            else:
                continue
            if stale:
                if entry.is_dir():
                    shutil.rmtree(entry, ignore_errors=True)
                else:
                    entry.unlink(missing_ok=True)
                removed.append(entry)
    return removed


class BuildLock:
    """One build at a time in a version folder: ``fcntl.flock`` on ``.build.lock``, which holds the owner's
    pid and start time. A second build waits (saying so once) and goes on when the first ends; the OS
    releases the lock of a process that dies, even by SIGKILL. A lock still held although the pid written in
    it is dead (a descriptor inherited by an outliving child) is taken over once that has lasted ``stale``
    seconds. Where ``flock`` is not supported, builds go on unlocked, with a warning."""

    def __init__(self, root: Path, poll: float = 0.2, stale: float = 2.0, out=None):
        self.path = root / LOCK_NAME
        self.poll, self.stale = poll, stale
        self.out = out
        self.fd: int | None = None
        self.waited = 0.0
        self.waited_for: int | None = None

    def __enter__(self) -> BuildLock:
        import fcntl

        began = time.monotonic()
        told = False
        dead_since: tuple[str, float] | None = None
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                text = _read_fd(fd)
                inode = os.fstat(fd).st_ino
                os.close(fd)
                pid = _owner_pid(text)
                if pid is not None and not _pid_alive(pid):
                    if dead_since is None or dead_since[0] != text:
                        dead_since = (text, time.monotonic())
                    elif time.monotonic() - dead_since[1] >= self.stale:
                        _unlink_if(self.path, inode)  # take it over: the next round locks a new file
                        dead_since = None
                        continue
                else:
                    dead_since = None
                if not told and (pid is not None or time.monotonic() - began > 1.0):
                    self.waited_for = pid
                    print(f"waiting for another build (pid {pid if pid is not None else '?'}) of this store…",
                          file=self.out or sys.stderr, flush=True)  # fmt: skip
                    told = True
                time.sleep(self.poll)
                continue
            except OSError as err:  # no flock here (some network file systems)
                os.close(fd)
                print(f"warning: cannot lock {self.path} ({err}); building without a lock", file=sys.stderr)
                return self
            try:
                current = os.stat(self.path).st_ino
            except FileNotFoundError:
                current = None
            if current != os.fstat(fd).st_ino:  # taken over meanwhile: lock the file now at that name
                os.close(fd)
                continue
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()} {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}\n".encode(), 0)
            os.fsync(fd)
            self.fd = fd
            self.waited = time.monotonic() - began
            return self

    def __exit__(self, *exc) -> None:
        import fcntl

        if self.fd is None:
            return
        try:
            os.ftruncate(self.fd, 0)  # no owner: a pid left in the file means its build was killed
        finally:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None


def _read_fd(fd: int) -> str:
    """What a small file holds (the lock's owner line)."""
    try:
        return os.pread(fd, 200, 0).decode("utf-8", "replace")
    except OSError:
        return ""


def _owner_pid(text: str) -> int | None:
    """The pid written in a lock file, or None."""
    first = text.split(maxsplit=1)[:1]
    return int(first[0]) if first and first[0].isdigit() else None


def _unlink_if(path: Path, inode: int) -> None:
    """Remove ``path`` if it is still the file with this inode."""
    try:
        if os.stat(path).st_ino == inode:
            path.unlink()
    except FileNotFoundError:
        pass


def _write_view(root: Path, key: str, corpus_rows: list[tuple[str, str]], loading: pd.DataFrame, about: dict) -> Path:
    """Write a corpus's view: its loading table under a name of this build, then ``corpus.parquet`` naming
    it (the commit point), then ``latest``. A failure at any step leaves the previous view whole."""
    import json

    view = corpora_dir(root) / key
    view.mkdir(parents=True, exist_ok=True)
    build_id = f"{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
    loading_name = f"loading-{build_id}.parquet"
    previous = _loading_name(view / VIEW_NAME)
    replace_atomically(view / loading_name, lambda tmp: loading.to_parquet(tmp, index=False))
    frame = pd.DataFrame(corpus_rows, columns=["article_id", "content_hash"])
    frame.attrs = {"loading": loading_name, "build": build_id, **{k: json.dumps(v) for k, v in about.items()}}
    try:
        replace_atomically(view / VIEW_NAME, lambda tmp: frame.to_parquet(tmp, index=False))
    except BaseException:
        (view / loading_name).unlink(missing_ok=True)
        raise
    replace_atomically(root / LATEST_NAME, lambda tmp: tmp.write_text(key + "\n", encoding="utf-8"))
    for old in view.glob("loading-*.parquet"):  # a reader that has just read the previous view still finds its
        if old.name not in (loading_name, previous):  # loading file; older ones go
            old.unlink(missing_ok=True)
    return view


def _loading_name(corpus_file: Path) -> str | None:
    """The loading file a view's ``corpus.parquet`` names, or None."""
    import pyarrow.parquet as pq

    try:
        meta = pq.read_schema(corpus_file).metadata or {}
    except (FileNotFoundError, OSError):
        return None
    import json

    attrs = json.loads(meta.get(b"PANDAS_ATTRS", b"{}"))
    return attrs.get("loading")


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
    """Extract every article under ``paths`` that the store lacks, and write the corpus's view
    (``corpora/<corpus key>/``) as built. Waits while another build of this store folder runs.

    ``workers``: processes for the local pool (default: all cores; 1 runs in this process).
    ``scheduler``: a Dask distributed address (``tcp://host:8786``) or ``Client``; overrides ``workers``.
    ``extract``: what a worker runs on a partition (a function importable by name; tests inject faults here).
    ``progress``: True for a tqdm bar, or a callable given the number of articles of each finished partition.

    The pool's workers start from a fork server, which imports the calling script again: a script that calls
    this must keep its top-level code under ``if __name__ == "__main__":`` (notebooks and the CLI do).
    """
    start = time.perf_counter()
    root = store_root(store_dir)
    root.mkdir(parents=True, exist_ok=True)
    key = corpus_key(paths, default_dct)
    report = BuildReport(root=root, view=corpora_dir(root) / key)
    with BuildLock(root) as lock:
        if lock.waited_for is not None or lock.waited > 1.0:
            report.notes.append(f"waited {lock.waited:.1f} s for another build (pid {lock.waited_for})")
        _remove_stale_temporaries(root)  # left by killed builds; a live build's are its own
        _build_locked(root, key, paths, default_dct, report, workers, scheduler, partition_size, progress, extract)
    report.seconds = time.perf_counter() - start
    return report


def _build_locked(root, key, paths, default_dct, report, workers, scheduler, partition_size, progress, extract):
    """The build proper, run while holding the lock: extract what is missing, then write the corpus's view."""
    from helpers.ingest.corpus import Corpus, iter_corpus

    done = _done_hashes(root)
    fingerprint = corpus_fingerprint(_path_list(paths), default_dct)
    if fingerprint is not None and _view_is_current(root, key, fingerprint, done, report):
        return
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
    loading = pd.concat(
        [
            final.rejected.assign(kind="rejected"),
            final.warnings.rename(columns={"warning": "reason"}).assign(kind="warning"),
        ],
        ignore_index=True,
    )
    about = {
        "paths": _path_list(paths),
        "default_dct": None if default_dct is None else str(default_dct),
        "read": final.n_read,
        "fingerprint": fingerprint,
    }
    _write_view(root, key, corpus_rows, loading.astype(str), about)


def _view_is_current(root: Path, key: str, fingerprint: str, done: set[str], report: BuildReport) -> bool:
    """Whether the corpus's view was built from these very files with every article in the store; if so the
    report is filled from the view and ``latest`` names it again, with nothing read."""
    counts = current_view(corpora_dir(root) / key / VIEW_NAME, fingerprint, done)
    if counts is None:
        return False
    report.read, report.loader_rejected, report.already_done = counts
    report.notes.append("the corpus files are unchanged since this view was built: not read again")
    replace_atomically(root / LATEST_NAME, lambda tmp: tmp.write_text(key + "\n", encoding="utf-8"))
    return True


def _path_list(paths) -> list[str]:
    """The corpus paths as given, resolved (recorded in the view, for people)."""
    from helpers import config

    if paths is None:
        paths = [config.corpus_dir()]
    elif isinstance(paths, (str, Path)):
        paths = [paths]
    return sorted(str(Path(p).expanduser().resolve()) for p in paths)


def _progress(enabled: bool | Any):
    """A callback advancing a tqdm bar (or doing nothing); a callable given instead is used as is."""
    if callable(enabled):
        return enabled
    if not enabled:
        return lambda n: None
    from tqdm import tqdm

    bar = tqdm(unit="article", desc="extracting")
    return bar.update
