"""Whether a corpus's files are unchanged since its view was built, so a build can skip reading them again.

A fingerprint is a hash of every corpus file's path, size and modification time, the default date and the day
(loading flags dates against today). It is recorded only when no file was modified in the seconds before the
build started: file times have a coarse clock, and a file rewritten twice within one tick would look unchanged.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

SETTLED_SECONDS = 2.0  # files modified more recently than this before a build give no fingerprint


def corpus_files(paths: Iterable[str | Path]) -> list[Path] | None:
    """Every file under the corpus paths, sorted; None when a path does not exist."""
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file()))
        else:
            return None
    return files


def corpus_fingerprint(paths: Iterable[str | Path], default_dct: Any, now: float | None = None) -> str | None:
    """The fingerprint of the corpus files as they are now, or None when it cannot be trusted (a missing path,
    a file modified in the last ``SETTLED_SECONDS``)."""
    files = corpus_files(paths)
    if files is None:
        return None
    now = time.time() if now is None else now
    digest = hashlib.sha1(f"{default_dct}\n{date.today().isoformat()}\n".encode())
    for path in files:
        stat = path.stat()
        if stat.st_mtime > now - SETTLED_SECONDS:
            return None
        digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def current_view(view_file: Path, fingerprint: str, done: set[str]) -> tuple[int, int, int] | None:
    """(read, rejected by the loader, articles) of a view (``corpus.parquet``) built from files with this
    fingerprint whose articles are all in the store (``done``), or None."""
    import pandas as pd

    try:
        frame = pd.read_parquet(view_file)
    except FileNotFoundError:
        return None
    attrs = frame.attrs
    if json.loads(attrs.get("fingerprint", "null")) != fingerprint or not set(frame["content_hash"]) <= done:
        return None
    try:
        loading = pd.read_parquet(view_file.parent / attrs["loading"], columns=["kind"])
    except (KeyError, FileNotFoundError):
        return None
    return int(json.loads(attrs.get("read", "0"))), int((loading["kind"] == "rejected").sum()), len(frame)
