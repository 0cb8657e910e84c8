"""The annotation store under concurrency and faults, run for real with separate processes (issue 18).

Cases, each on a fresh store folder shared by two corpora of the bundled corpus (A: the Libya file plus an
unreadable file the loader rejects; B: 24 files of the Derna folder):

1. two builds of different corpora at once into one store folder;
2. readers while another corpus is built (one held open from before, fresh opens of A, and ``open_store``
   without a corpus, which follows the latest build);
3. a write failure (OSError "no space left", after half a file is written) injected into a build, at the
   view (``corpus.parquet``), at the loading table and at a partition table; then the build run again;
4. SIGKILL of a build's whole process group midway (pool and fork server too); then the build run again.

For every case it prints whether every reader got a consistent, correct view (the corpus's articles and
no other, every table equal to that of an uninterrupted build of the corpus alone) and whether anything
was lost (read = kept + rejected, as the loader counts them), with timings. Builds in subprocesses are
paced (a pause per partition) so that a fault lands midway through on a corpus this small.

Run: ``make bench-faults`` (or ``python -m benchmarks.bench_faults [--keep]``). About a minute.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.common import config

PARTITION = 2
WORKERS = 2
B_FILES = 24  # of the Derna folder's 95, to keep the run near a minute


def paced_extract(records):
    """``extract_partition`` after a pause of ``ANS_BENCH_PACE`` seconds (a worker runs it by name)."""
    from helpers.store.partition import extract_partition

    time.sleep(float(os.environ.get("ANS_BENCH_PACE", "0")))
    return extract_partition(records)


BUILD_SCRIPT = """
import json, os, sys
from pathlib import Path
import pandas as pd
from helpers.store.build import build_store
from benchmarks.bench_faults import paced_extract

fail = os.environ.get("ANS_BENCH_FAIL")
if fail:  # a full disk: half a file, then OSError
    original = pd.DataFrame.to_parquet
    def to_parquet(self, path, *args, **kwargs):
        if fail in str(path):
            with open(path, "wb") as handle:
                handle.write(b"PAR1 half a file")
            raise OSError(28, "No space left on device")
        return original(self, path, *args, **kwargs)
    pd.DataFrame.to_parquet = to_parquet

if __name__ == "__main__":
    from helpers.store.version import store_root
    print(store_root(Path(sys.argv[2])), flush=True)  # the version folder, as this process computes it
    report = build_store(json.loads(sys.argv[1]), Path(sys.argv[2]), workers=int(sys.argv[3]),
                         partition_size=int(sys.argv[4]), extract=paced_extract)
    print(json.dumps({"read": report.read, "extracted": report.extracted, "already": report.already_done}))
"""


def start_build(paths: list[Path], store: Path, pace: float = 0.0, fail: str | None = None) -> subprocess.Popen:
    """A build in its own process group (so that SIGKILL reaches its pool and fork server too)."""
    env = {**os.environ, "PYTHONPATH": str(config.PROJECT_ROOT), "ANS_BENCH_PACE": str(pace)}
    if fail:
        env["ANS_BENCH_FAIL"] = fail
    args = [json.dumps([str(p) for p in paths]), str(store), str(WORKERS), str(PARTITION)]
    proc = subprocess.Popen(
        [sys.executable, "-c", BUILD_SCRIPT, *args],
        env=env,
        cwd=config.PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    proc.root = Path(proc.stdout.readline().strip())  # type: ignore[attr-defined]
    return proc


def finish(proc: subprocess.Popen) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=300)
    return proc.returncode, out, err


# What is right: the loader's counts and an uninterrupted build of each corpus alone.


class Expected:
    def __init__(self, label: str, paths: list[Path], reference_dir: Path):
        from helpers.ingest.corpus import load_corpus
        from helpers.store.build import build_store

        self.label, self.paths = label, paths
        loaded = load_corpus(paths)
        self.summary = loaded.summary()
        self.ids = sorted(loaded.articles["article_id"])
        report = build_store(paths, reference_dir, workers=WORKERS, partition_size=PARTITION)
        self.tables = tables(view_of(report.root, paths))

    def at(self, paths: list[Path]) -> Expected:
        """The same articles read from other paths (only ``source_file`` differs)."""
        other = object.__new__(Expected)
        other.__dict__.update(self.__dict__, paths=paths)
        return other


def view_of(root: Path, paths: list[Path] | None):
    """A corpus's view (or the latest built) in a version folder, named by the folder itself: the builds'
    own processes say which folder they wrote, so an edit of the code meanwhile cannot send us elsewhere."""
    from helpers.store.read import Store, read_view
    from helpers.store.version import corpus_key

    return Store(root) if paths is None else Store(root, view=read_view(root, corpus_key(paths)))


def tables(store) -> dict:
    from helpers.store.partition import TABLES

    return {name: store.table(name) for name in TABLES}


def same_tables(left: dict, right: dict) -> bool:
    """Every table equal (but for ``source_file``, which names where the corpus was read)."""
    import pandas as pd

    for name in left:
        a, b = left[name], right[name]
        if len(a) != len(b):
            return False
        if len(a):
            cols = sorted(set(a.columns) - {"source_file"})
            try:
                pd.testing.assert_frame_equal(a[cols].reset_index(drop=True), b[cols].reset_index(drop=True),
                                              check_dtype=False)  # fmt: skip
            except AssertionError:
                return False
    return True


def check_view(root: Path, expected: Expected, store=None) -> dict:
    """Open (or reuse) the corpus's view and compare it with what is right."""
    try:
        st = store or view_of(root, expected.paths)
    except FileNotFoundError as err:
        print(f"   no view of {expected.label}: {err}")
        return {"consistent": False, "lost": True, "counts": (0, 0, 0)}
    got = tables(st)
    summary = st.corpus().summary()
    ids = sorted(got["articles"]["article_id"])
    consistent = (
        ids == expected.ids
        and got["articles"]["article_id"].is_unique
        and set(st.actors()["article_id"]) <= set(ids)
        and same_tables(got, expected.tables)
    )
    lost = summary["read"] != summary["kept"] + summary["rejected"] or any(
        summary[k] != expected.summary[k] for k in ("read", "kept", "rejected")
    )
    return {"consistent": consistent, "lost": lost, "counts": (summary["read"], summary["kept"], summary["rejected"])}


def leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.rglob("*") if ".tmp-" in p.name)


def show(case: str, seconds: float, views: dict[str, dict], extra: str = "") -> bool:
    ok = all(v["consistent"] and not v["lost"] for v in views.values())
    print(f"\n== {case}: {'OK' if ok else 'FAILED'} ({seconds:.1f} s)")
    for label, v in views.items():
        read, kept, rejected = v["counts"]
        consistent, lost = "yes" if v["consistent"] else "NO", "YES" if v["lost"] else "no"
        counts = f"read {read} = kept {kept} + rejected {rejected}"
        print(f"   {label:<38} consistent={consistent:<3} lost={lost:<3}  {counts}")
    if extra:
        print("   " + extra.replace("\n", "\n   "))
    return ok


# The cases.


def case_concurrent(tmp: Path, a: Expected, b: Expected) -> bool:
    store = tmp / "concurrent"
    start = time.perf_counter()
    procs = {"A": start_build(a.paths, store, pace=0.3), "B": start_build(b.paths, store, pace=0.3)}
    results = {label: finish(p) for label, p in procs.items()}
    seconds = time.perf_counter() - start
    root = procs["A"].root
    notes = [] if procs["B"].root == root else ["the two builds computed different versions (code edited)"]
    for label, (code, out, err) in results.items():
        waited = "waited for the other build" if "waiting for another build" in err else "did not wait"
        notes.append(f"build {label}: exit {code}, {out.strip() or err.strip()[-300:]}, {waited}")
    views = {"A after both": check_view(root, a), "B after both": check_view(root, b)}
    ok = all(code == 0 for code, _, _ in results.values()) and not leftovers(root)
    notes.append(f"temporary files left: {leftovers(root) or 'none'}")
    return show("1. two builds of different corpora at once, one store folder", seconds, views, "\n".join(notes)) and ok


def case_reader(tmp: Path, a: Expected, b: Expected) -> bool:
    store = tmp / "reader"
    first = start_build(a.paths, store)
    finish(first)
    root = first.root
    held = view_of(root, a.paths)
    held_before = tables(held)
    start = time.perf_counter()
    proc = start_build(b.paths, store, pace=0.4)
    reads = bad = latest_reads = latest_bad = 0
    done = threading.Event()
    threading.Thread(target=lambda: (proc.wait(), done.set()), daemon=True).start()
    while not done.is_set():
        for st in (held, view_of(root, a.paths)):
            ids = sorted(st.table("articles")["article_id"])
            actors = set(st.actors()["article_id"])
            reads += 1
            bad += ids != a.ids or not actors <= set(ids)
        latest = view_of(root, None)  # A until B's view is written, then B: never a mix
        ids = sorted(latest.table("articles")["article_id"])
        latest_reads += 1
        latest_bad += ids not in (a.ids, b.ids) or not set(latest.table("actors")["article_id"]) <= set(ids)
    seconds = time.perf_counter() - start
    code, _, _ = finish(proc)
    views = {
        "A held open during B's build": check_view(root, a, held),
        "A opened afresh after": check_view(root, a),
        "B after its build": check_view(proc.root, b),
    }
    views["A held open during B's build"]["consistent"] &= same_tables(held_before, tables(held))
    extra = (f"build B: exit {code}; {reads} reads of A during it, {bad} inconsistent; "
             f"{latest_reads} reads of the latest view, {latest_bad} mixed or inconsistent")  # fmt: skip
    ok = show("2. readers while another corpus is built", seconds, views, extra)
    return ok and code == 0 and not bad + latest_bad


def case_write_failure(tmp: Path, source: Path, a: Expected) -> bool:
    ok = True
    lines = source.read_text(encoding="utf-8").splitlines()
    for target in ("corpus.parquet", "loading", "actors.parquet"):
        folder = tmp / f"fail-{target.split('.')[0]}"
        folder.mkdir()
        path = folder / source.name
        path.write_text("\n".join(lines[: len(lines) // 2]) + "\n", encoding="utf-8")
        (folder / "broken.json").write_text("{not json", encoding="utf-8")
        store = tmp / f"store-fail-{target.split('.')[0]}"
        first = start_build([folder], store)
        finish(first)
        root = first.root
        before = view_of(root, [folder])
        before_tables, before_summary = tables(before), before.corpus().summary()
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")  # the corpus grows; the next build fails
        start = time.perf_counter()
        code, _, err = finish(start_build([folder], store, fail=target))
        failed_seconds = time.perf_counter() - start
        after = view_of(root, [folder])
        old_view_intact = same_tables(before_tables, tables(after)) and after.corpus().summary() == before_summary
        left = leftovers(root)
        start = time.perf_counter()
        again = start_build([folder], store)
        again_code, _, _ = finish(again)
        seconds = failed_seconds + time.perf_counter() - start
        views = {
            "previous view after the failed build": {
                "consistent": old_view_intact,
                "lost": before_summary["read"] != before_summary["kept"] + before_summary["rejected"],
                "counts": (before_summary["read"], before_summary["kept"], before_summary["rejected"]),
            },
            "after building again": check_view(again.root, a.at([folder])),
        }
        said = "OSError" in err and "No space left" in err
        extra = (f"failed build: exit {code}, {'raised OSError (no space left)' if said else 'NO OSError seen'}; "
                 f"temporary files left: {left or 'none'}; build again: exit {again_code}")  # fmt: skip
        ok &= show(f"3. write failure injected at {target}", seconds, views, extra)
        ok &= code != 0 and said and not left and again_code == 0
    return ok


def case_sigkill(tmp: Path, a: Expected) -> bool:
    store = tmp / "killed"
    start = time.perf_counter()
    proc = start_build(a.paths, store, pace=0.5)
    root = proc.root
    deadline = time.time() + 120
    while time.time() < deadline and len(list(root.glob("part-*"))) < 2 and proc.poll() is None:
        time.sleep(0.05)
    lock = (root / ".build.lock").read_text(encoding="utf-8").split()[:1] if (root / ".build.lock").exists() else []
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    parts = len(list(root.glob("part-*")))
    again = start_build(a.paths, store)
    code, out, err = finish(again)
    seconds = time.perf_counter() - start
    waited = "waiting for another build" in err
    views = {"A after kill -9 and a new build": check_view(again.root, a)}
    extra = (f"killed with {parts} partitions finished, lock held by pid {lock[0] if lock else '?'} (the build "
             f"{proc.pid}); the new build {'WAITED' if waited else 'did not wait'}: {out.strip()}; "
             f"temporary files left: {leftovers(again.root) or 'none'}")  # fmt: skip
    return show("4. SIGKILL midway, then build again", seconds, views, extra) and code == 0 and not waited


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and print it")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-faults-"))
    begin = time.perf_counter()
    try:
        corpus_a = tmp / "corpus-a"
        corpus_a.mkdir()
        libya = config.corpus_dir() / "ant_libya_2018.jsonl"
        shutil.copy(libya, corpus_a / libya.name)
        (corpus_a / "broken.json").write_text("{not json", encoding="utf-8")  # the loader rejects it
        start = time.perf_counter()
        a = Expected("A", [corpus_a], tmp / "ref-a")
        corpus_b = tmp / "corpus-b"
        corpus_b.mkdir()
        for path in sorted((config.corpus_dir() / "ant_derna_2018").glob("*"))[:B_FILES]:
            shutil.copy(path, corpus_b / path.name)
        b = Expected("B", [corpus_b], tmp / "ref-b")
        print(f"corpora: A {a.summary['read']} read ({a.summary['kept']} kept, {a.summary['rejected']} rejected), "
              f"B {b.summary['read']} read ({b.summary['kept']} kept, {b.summary['rejected']} rejected); "
              f"reference builds {time.perf_counter() - start:.1f} s; builds paced, partitions of {PARTITION}, "
              f"{WORKERS} workers")  # fmt: skip
        results = [
            case_concurrent(tmp, a, b),
            case_reader(tmp, a, b),
            case_write_failure(tmp, libya, a),
            case_sigkill(tmp, a),
        ]
        print(f"\n{sum(results)}/{len(results)} cases OK in {time.perf_counter() - begin:.0f} s")
        if not all(results):
            sys.exit(1)
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
