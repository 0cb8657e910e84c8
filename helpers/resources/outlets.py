"""Outlet names: source codes and web domains mapped to display names (``helpers/data/outlets.csv``)."""

from __future__ import annotations

import csv
import functools

from helpers import config


@functools.cache
def outlet_table() -> dict[str, str]:
    """Lower-cased outlet code or domain → display name."""
    with (config.DATA_DIR / "outlets.csv").open(encoding="utf-8") as handle:
        return {row["key"].lower(): row["outlet"] for row in csv.DictReader(handle)}


def outlet_name(code: str) -> str:
    """A readable outlet name for a source code or web domain; unknown codes pass through, empty is 'unknown'."""
    if not code:
        return "unknown"
    return outlet_table().get(code.lower().removeprefix("www."), code)
