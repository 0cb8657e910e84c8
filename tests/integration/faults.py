"""Faulty extraction functions for the store's crash-isolation tests (importable by name: pool workers start
from a fork server, so a monkeypatch in the test process would not reach them)."""

import os

from helpers.store.partition import extract_partition


def crash_on_marked_article(records):
    """Kill the worker, as a segfault in a C extension would, when a partition holds an id starting CRASH."""
    if any(str(r["article_id"]).startswith("CRASH") for r in records):
        os._exit(1)
    return extract_partition(records)
