"""Expressions written side by side that name one moment: a date and a clock time (غداً 8:00 صباحاً,
14 أكتوبر الساعة 8:00), a date and a part of the day (الثلاثاء في الصباح), a weekly set and a time
(كل يوم اثنين الساعة 4 مساءً). The pair becomes one expression spanning both."""

from __future__ import annotations

import re

from helpers.extract.timex.clock import _with_part
from helpers.extract.timex.values import Timex

_GAP = re.compile(r"\s*[،,]?\s*(?:(?:في|يوم|الساعه|حوالي|نحو|من|عند)\s+)?")
_DATED = re.compile(r"(\d{4}-\d\d-\d\d|XXXX-WXX-\d|XXXX-XX-\d\d|XXXX-\d\d-\d\d)(?:T(MO|MI|AF|EV|NI))?")
_CLOCK = re.compile(r"T(\d\d):(\d\d)")


def _dated(t: Timex) -> tuple[str, str] | None:
    """(date, part of day) of an expression that names a day (not a clock put on the DCT's day)."""
    if t.value is None or t.anchor == "DCT day" or t.type not in ("DATE", "TIME", "SET"):
        return None
    match = _DATED.fullmatch(t.value)
    return (match.group(1), match.group(2) or "") if match else None


def _timed(t: Timex) -> list[tuple[int, int]] | str | None:
    """The clock times of a time put on the DCT's day ([(17, 0)] or a range's two), or the part of day
    (``'MO'``) of a part of day without a day."""
    if t.value is None or t.type != "TIME":
        return None
    if t.anchor == "DCT day":
        clocks = [(int(h), int(mi)) for h, mi in _CLOCK.findall(t.value)]
        return clocks or None
    part = re.fullmatch(r"T(MO|MI|AF|EV|NI)", t.value)
    return part.group(1) if part else None


def _join(day: tuple[str, str], timed: list[tuple[int, int]] | str) -> str:
    """The value of a day joined with clock times or a part of day."""
    date_value, part = day
    if isinstance(timed, str):
        return f"{date_value}T{timed}"
    clocks = [(_with_part(h, part) if part in ("AF", "EV", "NI") else h, mi) for h, mi in timed]
    return "/".join(f"{date_value}T{h:02d}:{mi:02d}" for h, mi in clocks)


def combine(text: str, found: list[Timex]) -> list[Timex]:
    """Join each day written next to a time (either order) into one expression."""
    out: list[Timex] = []
    for timex in found:
        last = out[-1] if out else None
        if last is not None and _GAP.fullmatch(text, last.end, timex.start):
            pair = _pair(last, timex)
            if pair is not None:
                value, kind = pair
                out[-1] = Timex(
                    last.start, timex.end, kind, value, anchor=f"{last.anchor} + {timex.anchor}",
                    mod=last.mod or timex.mod, flag=last.flag or timex.flag,
                    confidence=min(last.confidence, timex.confidence), rule=f"{last.rule}+{timex.rule}",
                )  # fmt: skip
                continue
        out.append(timex)
    return out


def _pair(first: Timex, second: Timex) -> tuple[str, str] | None:
    """(value, type) of a day and a time written together, or None when they are not such a pair."""
    for day_t, time_t in ((first, second), (second, first)):
        day, timed = _dated(day_t), _timed(time_t)
        if day is None or timed is None:
            continue
        if isinstance(timed, str) and day[1]:
            continue  # a day that already has its part of day
        return _join(day, timed), "SET" if day_t.type == "SET" else "TIME"
    return None
