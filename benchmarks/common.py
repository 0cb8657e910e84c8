"""Shared plumbing for benchmarks: run a phase in a child process and measure it."""

from __future__ import annotations

import os
import pickle
import sys
import time
from collections.abc import Callable
from typing import Any

from helpers import config


def require_shared(path: os.PathLike[str] | str) -> None:
    """Exit with a clear message when a shared dataset is not on this machine."""
    if not os.path.exists(path):
        print(f"skipped: {path} is not here (benchmarks read ../shared/datasets)", file=sys.stderr)
        sys.exit(0)


def measure(phase: Callable[[], Any]) -> tuple[Any, float, float]:
    """Run ``phase`` in a forked child: (its result, wall seconds, the child's peak RSS in MiB)."""
    read_end, write_end = os.pipe()
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read_end)
        try:
            result = phase()
        except BaseException as err:  # report any failure to the parent
            result = err
        with os.fdopen(write_end, "wb") as out:
            pickle.dump(result, out)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as inp:
        result = pickle.load(inp)
    _, _, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    if isinstance(result, BaseException):
        raise result
    return result, elapsed, usage.ru_maxrss / 1024


__all__ = ["config", "measure", "require_shared"]
