"""Full extraction (clean, actors, places, times, quotes, stated events) of a whole corpus into the
annotation store on all cores; prints articles/s, tokens/s and peak memory against the bare
read + tokenise floor measured in the same run, with checkpoints at 1k and 10k articles.

Corpora: ANT multi-source (31.5k articles, 2018) and SaudiNewsNet (31k, 2015, another outlet mix).
Memory is the resident set of the whole process tree (driver + pool workers), sampled every 0.5 s.
Then ``build_reports`` on the full ANT store is timed (the store is already built, so it extracts nothing).

Run: ``make bench`` (or ``python -m benchmarks.bench_scale [--limit N] [--corpus ant|saudi|both]``).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import tempfile
import threading
import time
import zipfile
from pathlib import Path

from benchmarks.common import config, measure, require_shared

SAUDI = config.shared_datasets() / "saudinewsnet"
CHECKPOINTS = (1_000, 10_000)


def tree_rss_mib(root: int) -> float:
    """Resident memory of ``root`` and all its descendants, in MiB (from /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(child for child, parent in parents.items() if parent == pid)
    return total / 2**20


def bare_read(path: Path) -> tuple[int, int]:
    """The floor: read, parse and split every article's text on white space: (articles, tokens)."""
    articles = tokens = 0
    if path.is_dir():  # SaudiNewsNet: zips of JSON arrays
        for zpath in sorted(path.glob("*.zip")):
            with zipfile.ZipFile(zpath) as archive:
                for name in archive.namelist():
                    for obj in json.loads(archive.read(name)):
                        tokens += len((obj.get("content") or "").split())
                        articles += 1
        return articles, tokens
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            tokens += len((json.loads(line).get("text") or "").split())
            articles += 1
    return articles, tokens


def extract_all(path: Path, store_dir: Path, workers: int) -> dict:
    """Build the store from nothing, recording time and tree memory at the checkpoints."""
    from helpers.store.build import build_store

    me, start, peak = os.getpid(), time.perf_counter(), [0.0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], tree_rss_mib(me))
            stop.wait(0.5)

    threading.Thread(target=sample, daemon=True).start()
    done, marks = [0], []

    def progress(n: int) -> None:
        before = done[0]
        done[0] += n
        for mark in CHECKPOINTS:
            if before < mark <= done[0]:
                marks.append((done[0], time.perf_counter() - start, peak[0]))

    report = build_store(path, store_dir, workers=workers, progress=progress)
    stop.set()
    return {"report": report, "marks": marks, "peak": peak[0], "seconds": time.perf_counter() - start}


def limited(path: Path, limit: int | None, tmp: Path) -> Path:
    """The first ``limit`` ANT articles as a new file (or the whole corpus)."""
    if not limit or path.is_dir():
        return path
    out = tmp / f"first{limit}.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as src, gzip.open(out, "wt", encoding="utf-8") as dst:
        dst.writelines(itertools.islice(src, limit))
    return out


def run(label: str, path: Path, workers: int, tmp: Path) -> Path:
    """Measure one corpus; returns its store folder."""
    (n_floor, n_tokens), floor_s, floor_rss = measure(lambda: bare_read(path))
    store_dir = tmp / f"store-{label}"
    result, _, _ = measure(lambda: extract_all(path, store_dir, workers))
    r, seconds = result["report"], result["seconds"]
    print(f"\n== {label}: {path}")
    print(f"   floor (bare read + tokenise, one core): {n_floor:,} articles, {n_tokens:,} tokens in {floor_s:.1f} s "
          f"= {n_floor / floor_s:,.0f} articles/s, peak RSS {floor_rss:,.0f} MiB")  # fmt: skip
    print(f"   full extraction, {workers} processes: read {r.read:,}, loader rejected {r.loader_rejected:,}, "
          f"extracted {r.extracted:,} ({r.extraction_rejected:,} rejected by extraction) in {seconds:.0f} s "
          f"= {r.read / seconds:,.1f} articles/s, {n_tokens / seconds:,.0f} tokens/s; "
          f"{seconds / floor_s:.0f}x the floor")  # fmt: skip
    for count, at, peak in result["marks"]:
        print(
            f"   after {count:>6,} articles: {at:6.0f} s, {count / at:5.1f} articles/s, "
            f"peak tree RSS so far {peak:,.0f} MiB"
        )
    print(
        f"   at the end ({r.read:,}): peak tree RSS {result['peak']:,.0f} MiB; "
        "targets: < 180 s or < 30x the floor, < 2 GiB"
    )
    return store_dir


def main() -> None:
    """Run the corpora asked for and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", choices=["ant", "saudi", "both"], default="both")
    parser.add_argument("--limit", type=int, default=None, help="only the first N ANT articles (a quick run)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-reports", action="store_true", help="skip timing the reports on the ANT store")
    args = parser.parse_args()
    require_shared(config.ant_articles())
    with tempfile.TemporaryDirectory(prefix="ans-bench-") as name:
        tmp = Path(name)
        ant_store = None
        if args.corpus in ("ant", "both"):
            ant = limited(config.ant_articles(), args.limit, tmp)
            ant_store = run("ANT multi-source 2018", ant, args.workers, tmp)
        if args.corpus in ("saudi", "both") and SAUDI.exists() and not args.limit:
            run("SaudiNewsNet 2015", SAUDI, args.workers, tmp)
        if ant_store is not None and not args.no_reports:
            from helpers.report.build import build_reports

            start = time.perf_counter()
            build_reports(ant, tmp / "reports", executed_dir=tmp / "executed",
                          parameters={"STORE_DIR": str(ant_store)})  # fmt: skip
            print(f"\n== make reports on the ANT store: {time.perf_counter() - start:.0f} s for every notebook "
                  "(target < 120 s)")  # fmt: skip


if __name__ == "__main__":
    main()
