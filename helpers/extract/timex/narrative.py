"""Times told relative to the time told just before, not to the DCT: اليوم التالي (the day after it),
العام التالي (the year after it). Without an earlier time of that grain, the day is left unresolved and the
year or month stays relative to the DCT."""

from __future__ import annotations

import re
from datetime import date, timedelta

from helpers.extract.timex.values import Timex

FOLLOWS_FLAG = "the day after an earlier time not given: left unresolved"
_GRAIN = {"D": re.compile(r"(\d{4})-(\d\d)-(\d\d)"), "M": re.compile(r"(\d{4})-(\d\d)"), "Y": re.compile(r"(\d{4})")}


def following(span: tuple[int, int], unit: str) -> Timex:
    """The day (or ``unit``) after the time told before; resolved by ``resolve_following``."""
    timex = Timex(*span, "DATE", None, anchor=f"previous +P1{unit}", flag=FOLLOWS_FLAG, confidence=0.6)
    timex.extra["follows"] = unit
    return timex


def resolve_following(found: list[Timex]) -> list[Timex]:
    """Resolve each following-time against the last earlier expression of its grain (a date for a day)."""
    for index, timex in enumerate(found):
        unit = timex.extra.pop("follows", "")
        if not unit:
            continue
        earlier = next((t for t in reversed(found[:index]) if t.value and _GRAIN[unit].match(t.value)), None)
        if earlier is None or earlier.type not in ("DATE", "TIME"):
            continue
        parts = [int(p) for p in _GRAIN[unit].match(earlier.value or "").groups()]
        timex.value = _next(parts, unit)
        timex.anchor, timex.flag = f"previous +P1{unit}", ""
    return found


def _next(parts: list[int], unit: str) -> str | None:
    """The day, month or year after the one given as integers."""
    if unit == "D":
        try:
            return (date(*parts) + timedelta(days=1)).isoformat()
        except (ValueError, OverflowError):
            return None
    if unit == "M":
        year, month = parts[0] + parts[1] // 12, parts[1] % 12 + 1
        return f"{year:04d}-{month:02d}"
    return f"{parts[0] + 1:04d}"
