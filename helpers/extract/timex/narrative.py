"""Times told relative to the time told just before, not to the DCT: اليوم التالي (the day after it), اليوم
السابق (the day before it), العام التالي (the year after it). Without an earlier time of that grain in the text
they count from the DCT, and a day says so in its flag."""

from __future__ import annotations

import re
from datetime import date, timedelta

from helpers.extract.timex.values import Timex, _Context, _relative

FOLLOWS_FLAG = "no earlier date in the text: counted from the DCT"
_GRAIN = {"D": re.compile(r"(\d{4})-(\d\d)-(\d\d)"), "M": re.compile(r"(\d{4})-(\d\d)"), "Y": re.compile(r"(\d{4})")}


def following(ctx: _Context, span: tuple[int, int], step: int) -> Timex:
    """The day ``step`` days after (−1: before) the time told before; from the DCT until ``resolve_following``
    finds that time."""
    timex = _relative(ctx, span, f"previous {step:+d}D", lambda dct: (dct + timedelta(days=step)).isoformat())
    if timex.value is not None:
        timex.flag = timex.flag or FOLLOWS_FLAG
    timex.confidence = 0.6
    timex.extra["follows"] = f"D{step:+d}"
    return timex


def resolve_following(found: list[Timex]) -> list[Timex]:
    """Count each following-time from the last earlier expression of its grain (a full date for a day)."""
    for index, timex in enumerate(found):
        follows = timex.extra.pop("follows", "")
        if not follows:
            continue
        unit, step = follows[0], int(follows[1:] or "+1")
        earlier = next((t for t in reversed(found[:index]) if t.value and _GRAIN[unit].match(t.value)), None)
        if earlier is None or earlier.type not in ("DATE", "TIME"):
            continue
        parts = [int(p) for p in _GRAIN[unit].match(earlier.value or "").groups()]
        timex.value = _next(parts, unit, step)
        timex.anchor = f"previous {step:+d}{unit}"
        timex.flag = "" if timex.flag == FOLLOWS_FLAG else timex.flag
    return found


def _next(parts: list[int], unit: str, step: int) -> str | None:
    """The day, month or year ``step`` after the one given as integers."""
    if unit == "D":
        try:
            return (date(*parts) + timedelta(days=step)).isoformat()
        except (ValueError, OverflowError):
            return None
    if unit == "M":
        month = parts[1] - 1 + step
        return f"{parts[0] + month // 12:04d}-{month % 12 + 1:02d}"
    return f"{parts[0] + step:04d}"
