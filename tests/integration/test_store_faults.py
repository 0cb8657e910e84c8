"""The store under concurrency and faults (issue 18): one view per corpus in a shared store folder, builds
that do not delete each other's work, files replaced atomically, one build at a time, readers that keep
the corpus they opened."""

import errno
import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from helpers import config
from helpers.store import build, read, version
from helpers.store.partition import extract_partition
from tests.integration.test_store import all_tables, assert_same_tables, small_corpus

ENV = {**os.environ, "PYTHONPATH": str(config.PROJECT_ROOT)}


def slow_extract(records):
    """``extract_partition`` that takes ``ANS_TEST_SLOW`` seconds more per partition (default 1)."""
    time.sleep(float(os.environ.get("ANS_TEST_SLOW", "1")))
    return extract_partition(records)


BUILD_SCRIPT = """
import sys
from pathlib import Path
from helpers.store.build import build_store
from helpers.store.version import store_root
from tests.integration.test_store_faults import slow_extract
print(store_root(Path(sys.argv[2])), flush=True)
report = build_store(sys.argv[1], Path(sys.argv[2]), workers=1, partition_size=2, extract=slow_extract)
print("extracted", report.extracted, "already", report.already_done, flush=True)
"""


def start_build(corpus, store, slow="1"):
    """A build of ``corpus`` into ``store`` in another process, slowed down to be caught midway; it has
    said which version folder it builds (the same as this process's, unless the code changed meanwhile)."""
    version.extractor_version.cache_clear()
    proc = subprocess.Popen(
        [sys.executable, "-c", BUILD_SCRIPT, str(corpus), str(store)],
        env={**ENV, "ANS_TEST_SLOW": slow},
        cwd=config.PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    root = proc.stdout.readline().strip()
    assert root == str(version.store_root(store)), "the extraction code changed while the test ran"
    return proc


def wait_for_parts(root, n, proc, timeout=120):
    deadline = time.time() + timeout
    while time.time() < deadline and len(list(root.glob("part-*"))) < n:
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    assert len(list(root.glob("part-*"))) >= n, "the other build did not get going"


def two_corpora(tmp_path, n=6):
    """Two corpora of bundled articles that share none."""
    a = small_corpus(tmp_path / "a", n=n, start=0)
    b = small_corpus(tmp_path / "b", n=n, start=n)
    return a.parent, b.parent


def ids(store):
    return sorted(store.table("articles")["article_id"])


# 1. one view per corpus


def test_each_corpus_keeps_its_own_view_of_a_shared_store_folder(tmp_path):
    a, b = two_corpora(tmp_path)
    st = tmp_path / "st"
    build.build_store(a, st, workers=1)
    expected_a = ids(read.open_store(st))
    report_b = build.build_store(b, st, workers=1)
    assert report_b.extracted == 6
    assert ids(read.ensure_store(a, st, rebuild=False)) == expected_a  # what a notebook with STORE_READY opens
    assert ids(read.open_store(st, corpus=a)) == expected_a  # B built last, A still reads A
    assert ids(read.open_store(st)) == ids(read.open_store(st, corpus=b)) != expected_a  # no corpus: the latest
    assert read.open_store(st, corpus=a).corpus().summary()["read"] == 6
    both = build.build_store([a, b], st, workers=1)  # partitions are shared: nothing to extract again
    assert (both.extracted, both.already_done) == (0, 12)
    assert len(ids(read.open_store(st, corpus=[b, a]))) == 12


def test_a_corpus_named_another_way_opens_the_same_view(tmp_path, monkeypatch):
    a, b = two_corpora(tmp_path)
    assert version.corpus_key([a, b]) == version.corpus_key([tmp_path / "b" / ".." / "b", a])
    monkeypatch.chdir(tmp_path)
    assert version.corpus_key("a") == version.corpus_key(a) != version.corpus_key(a, "2018-05-08")
    assert version.corpus_key(a, "2018-05-08") == version.corpus_key(a, pd.Timestamp("2018-05-08").date())
    monkeypatch.setenv("ANS_CORPUS_DIR", str(a))
    assert version.corpus_key(None) == version.corpus_key(a)


def test_a_corpus_built_with_another_default_date_has_its_own_view(tmp_path):
    a, _ = two_corpora(tmp_path)
    st = tmp_path / "st"
    build.build_store(a, st, workers=1)
    with pytest.raises(FileNotFoundError, match="no view"):
        read.open_store(st, corpus=a, default_dct="2018-05-08")
    assert ids(read.ensure_store(a, st, default_dct="2018-05-08", rebuild=False)) == ids(read.open_store(st))


# 2. temporary folders belong to their build


def test_a_build_removes_only_the_temporaries_of_dead_builds(tmp_path):
    a, st, root, dead_pid = corpus_and_dead_pid(tmp_path)
    live = root / f".tmp-{os.getpid()}-0123abcd-{'a' * 16}"
    gone = root / f".tmp-{dead_pid}-0123abcd-{'b' * 16}"
    for folder in (live, gone):
        folder.mkdir()
        (folder / "articles.parquet").write_bytes(b"PAR1")
    build.build_store(a, st, workers=1)
    assert live.exists() and (live / "articles.parquet").exists()  # another build's work in progress
    assert not gone.exists()


@pytest.mark.slow
def test_two_builds_of_different_corpora_at_once_both_finish(tmp_path):
    a, b = two_corpora(tmp_path, n=6)
    st = tmp_path / "st"
    first, second = start_build(a, st, slow="0.5"), start_build(b, st, slow="0.5")
    outs = [p.communicate(timeout=300) for p in (first, second)]
    assert first.returncode == 0 and second.returncode == 0, outs
    for corpus in (a, b):
        alone = tmp_path / f"alone-{corpus.name}"
        build.build_store(corpus, alone, workers=1)
        assert_same_tables(all_tables(read.open_store(st, corpus=corpus)), all_tables(read.open_store(alone)))
    assert not list(version.store_root(st).glob(".tmp-*"))


# 3. files replaced atomically


def failing_write(target):
    """A ``DataFrame.to_parquet`` that writes half a file then fails, as a full disk would, when the path
    contains ``target``."""
    original = pd.DataFrame.to_parquet

    def to_parquet(self, path, *args, **kwargs):
        if target in str(path):
            with open(path, "wb") as handle:
                handle.write(b"PAR1\x00\x00half a file")
            raise OSError(errno.ENOSPC, "No space left on device")
        return original(self, path, *args, **kwargs)

    return to_parquet


@pytest.mark.parametrize("target", ["corpus.parquet", "loading", "actors.parquet"])
def test_a_failed_write_leaves_the_previous_view_whole(tmp_path, monkeypatch, target):
    corpus = tmp_path / "corpus"
    small_corpus(corpus, n=4)
    (corpus / "broken.json").write_text("{not json", encoding="utf-8")
    st = tmp_path / "st"
    build.build_store(corpus, st, workers=1)
    before = read.open_store(st)
    tables, summary = all_tables(before), before.corpus().summary()
    small_corpus(corpus, n=3, start=4)  # the next build has more to write
    monkeypatch.setattr(pd.DataFrame, "to_parquet", failing_write(target))
    with pytest.raises(OSError, match="No space left"):
        build.build_store(corpus, st, workers=1)
    monkeypatch.undo()
    after = read.open_store(st)
    assert_same_tables(tables, all_tables(after))
    assert after.corpus().summary() == summary
    root = version.store_root(st)
    assert not [p for p in root.rglob("*") if ".tmp-" in p.name]  # the half-written file went with its build
    report = build.build_store(corpus, st, workers=1)  # and the next build goes through
    assert report.read == 8 and len(ids(read.open_store(st))) == 7


# 4. one build at a time


def build_under_way(tmp_path):
    """An 8-article corpus and a slowed build of it running in a subprocess: (corpus, store folder, process)."""
    corpus = tmp_path / "corpus"
    small_corpus(corpus, n=8)
    st = tmp_path / "st"
    return corpus, st, start_build(corpus, st, slow="1")


@pytest.mark.slow
def test_a_second_build_waits_for_the_first_and_extracts_nothing_new(tmp_path, capsys):
    corpus, st, other = build_under_way(tmp_path)
    wait_for_parts(version.store_root(st), 1, other)
    report = build.build_store(corpus, st, workers=1, partition_size=2)
    out, err = other.communicate(timeout=120)
    assert other.returncode == 0, err
    assert (report.extracted, report.already_done) == (0, 8)
    assert "extracted 8 already 0" in out
    assert err.count("waiting for another build") == 0
    assert capsys.readouterr().err.count(f"waiting for another build (pid {other.pid}) of this store…") == 1
    assert report.notes and f"pid {other.pid}" in report.notes[0]


def corpus_and_dead_pid(tmp_path):
    """A small corpus, a new store folder (and its version root), and the pid of a process that has ended."""
    a, _ = two_corpora(tmp_path, n=2)
    st = tmp_path / "st"
    root = version.store_root(st)
    root.mkdir(parents=True)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    return a, st, root, dead.pid


def test_a_lock_file_left_by_a_dead_build_does_not_block(tmp_path, capsys):
    a, st, root, dead_pid = corpus_and_dead_pid(tmp_path)
    (root / ".build.lock").write_text(f"{dead_pid} 2026-01-01T00:00:00Z\n", encoding="utf-8")
    start = time.perf_counter()
    build.build_store(a, st, workers=1)
    assert "waiting" not in capsys.readouterr().err
    assert time.perf_counter() - start < 60
    assert (root / ".build.lock").read_text(encoding="utf-8") == ""  # released: no owner


HOLDER = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)
fcntl.flock(fd, fcntl.LOCK_EX)
os.ftruncate(fd, 0)
os.pwrite(fd, (sys.argv[2] + " 2026-01-01T00:00:00Z\\n").encode(), 0)
print("locked", flush=True)
time.sleep(120)
"""


def test_a_lock_still_held_for_a_dead_owner_is_taken_over(tmp_path, capsys):
    """A descriptor inherited by a process that outlived the build keeps the flock; its pid is dead."""
    a, st, root, dead_pid = corpus_and_dead_pid(tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(root / ".build.lock"), str(dead_pid)],
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "locked"
        report = build.build_store(a, st, workers=1)
        assert report.extracted == 2
        assert f"pid {dead_pid}" in capsys.readouterr().err
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.slow
def test_a_build_killed_while_holding_the_lock_blocks_nobody(tmp_path, capsys):
    corpus, st, other = build_under_way(tmp_path)
    root = version.store_root(st)
    wait_for_parts(root, 1, other)
    assert (root / ".build.lock").read_text(encoding="utf-8").split()[0] == str(other.pid)
    os.killpg(other.pid, signal.SIGKILL)
    other.wait()
    finished = len(list(root.glob("part-*")))
    assert finished < 4, "the build should have been killed midway"
    start = time.perf_counter()
    report = build.build_store(corpus, st, workers=1, partition_size=2)
    assert "waiting" not in capsys.readouterr().err and time.perf_counter() - start < 60
    assert (report.already_done, report.extracted) == (2 * finished, 8 - 2 * finished)
    assert not list(root.glob(".tmp-*"))
    fresh = tmp_path / "fresh"
    build.build_store(corpus, fresh, workers=1, partition_size=2)
    assert_same_tables(all_tables(read.open_store(st, corpus=corpus)), all_tables(read.open_store(fresh)))


# 5. readers never mix two builds


def test_a_reader_keeps_its_corpus_while_another_is_built(tmp_path):
    a, b = two_corpora(tmp_path)
    st = tmp_path / "st"
    build.build_store(a, st, workers=1)
    reader = read.open_store(st)
    before = all_tables(reader)
    build.build_store(b, st, workers=1)
    assert_same_tables(before, all_tables(reader))
    assert set(reader.actors()["article_id"]) <= set(before["articles"]["article_id"])


def test_a_report_sequence_sees_only_its_corpus(tmp_path):
    a, b = two_corpora(tmp_path)
    st = tmp_path / "st"
    build.build_store(a, st, workers=1)  # `python -m helpers reports` builds A ...
    report = read.ensure_store(a, st, rebuild=False)  # ... a notebook opens it ...
    articles = set(report.table("articles")["article_id"])
    build.build_store(b, st, workers=1)  # ... `python -m helpers store B` runs meanwhile ...
    later = read.ensure_store(a, st, rebuild=False)  # ... and the next notebook opens A again
    for store in (report, later):
        assert set(store.table("articles")["article_id"]) == articles
        assert set(store.actors()["article_id"]) <= articles
        assert set(store.quotes()["article_id"]) <= articles
        assert store.corpus().summary()["read"] == 6
        assert set(store.duplicates()["article_id"]) <= articles
        outlet = store.table("articles")["outlet"].iat[0]
        assert set(store.subset(outlet=outlet).table("articles")["article_id"]) <= articles


def test_a_reader_keeps_its_view_while_its_own_corpus_is_rebuilt(tmp_path):
    corpus = tmp_path / "corpus"
    path = small_corpus(corpus, n=4)
    st = tmp_path / "st"
    build.build_store(corpus, st, workers=1)
    reader = read.open_store(st)
    before, summary = all_tables(reader), reader.corpus().summary()
    path.write_text("\n".join(path.read_text(encoding="utf-8").splitlines()[:2]) + "\n", encoding="utf-8")
    small_corpus(corpus, n=3, start=4)
    build.build_store(corpus, st, workers=1)
    assert_same_tables(before, all_tables(reader))
    assert reader.corpus().summary() == summary
    assert len(ids(read.open_store(st))) == 5


def test_notebooks_of_a_report_run_open_the_corpus_it_built(tmp_path):
    """``python -m helpers reports`` builds the store of its corpus, then runs the notebooks with STORE_READY;
    a build of another corpus in between must not change what they read."""
    from helpers.report.notebook import open_report

    a, b = two_corpora(tmp_path)
    st = tmp_path / "st"
    corpus_path = str(a.resolve())  # as helpers/report/build.py passes it
    build.build_store(corpus_path, st, default_dct=None)
    expected = ids(read.open_store(st))
    build.build_store(b, st, workers=1)
    parameters = {"CORPUS_PATH": corpus_path, "STORE_DIR": str(st), "STORE_READY": True, "DEFAULT_DCT": None}
    data = open_report(parameters)
    assert sorted(data.articles["article_id"]) == expected
    assert set(data.store.actors()["article_id"]) <= set(expected)
