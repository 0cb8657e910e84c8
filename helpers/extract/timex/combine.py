"""Expressions written side by side that name one moment: a date and a clock time (غداً 8:00 صباحاً,
14 أكتوبر الساعة 8:00), a date and a part of the day (الثلاثاء في الصباح), a weekly set and a time
(كل يوم اثنين الساعة 4 مساءً), a week and a weekday (الجمعة من الأسبوع المقبل), and two days as a range
(من 2 إلى 22 أكتوبر). The pair becomes one expression spanning both."""

from __future__ import annotations

import re
from datetime import date, timedelta

from helpers.extract.timex.clock import HOUR_PART, _with_part
from helpers.extract.timex.values import Timex

_GAP = re.compile(
    rf"\s*[،,]?\s*(?:(?:في|يوم|الساعه|حوالي|نحو|من|عند)\s+)?(?:{HOUR_PART}\s+)?|-"
)  # ، في / من ... between the two; 5 مارس مساء الساعة 8: the clock took the part of day already; 6 يناير 2017-6:37
_DATED = re.compile(r"(\d{4}-\d\d-\d\d|XXXX-WXX-\d|XXXX-XX-\d\d|XXXX-\d\d-\d\d)(?:T(MO|MI|AF|EV|NI))?")
_CLOCK = re.compile(r"T(\d\d):(\d\d)")


_PART_ONLY = re.compile(r"T(MO|MI|AF|EV|NI)")
_BETWEEN = re.compile(r"بين\s+$")
_AND = re.compile(r"\s*و\s*")
_LEAD = re.compile(r"(?:من|بين)\s+$")


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
    part = _PART_ONLY.fullmatch(t.value)
    return part.group(1) if part else None


def _join(day: tuple[str, str], timed: list[tuple[int, int]] | str) -> str:
    """The value of a day joined with clock times or a part of day."""
    date_value, part = day
    if isinstance(timed, str):
        return f"{date_value}T{timed}"
    clocks = [(_with_part(h, part) if part in ("AF", "EV", "NI") else h, mi) for h, mi in timed]
    return "/".join(f"{date_value}T{h:02d}:{mi:02d}" for h, mi in clocks)


def _is_range(text: str, first: Timex, second: Timex) -> bool:
    """Two days, or two clock times on named days, joined as a range: من 2 أكتوبر إلى 22 أكتوبر، 19 - 20 نوفمبر،
    بين 4 سبتمبر و8 سبتمبر، من الساعة 2 مساء 21 فبراير إلى 3:32 يوم 23 أبريل."""
    if not first.value or not second.value or first.type != second.type:
        return False
    shape = {"DATE": _DAY, "TIME": _DAY_CLOCK}.get(first.type)
    if shape is None or "DCT day" in (first.anchor, second.anchor):  # a bare clock first takes its day, if any
        return False
    if not (shape.fullmatch(first.value) and shape.fullmatch(second.value)):
        return False
    between = _BETWEEN.search(text, max(0, first.start - 6), first.start)
    joined = _RANGE_GAP.fullmatch(text, first.end, second.start) or (
        between and _AND.fullmatch(text, first.end, second.start)
    )
    if not joined:
        return False
    if second.rule == "weekday" and second.value < first.value:  # من الثلاثاء إلى الخميس: the Thursday after
        start = date.fromisoformat(first.value)
        weekday = date.fromisoformat(second.value).weekday()
        second.value = (start + timedelta(days=(weekday - start.weekday()) % 7)).isoformat()
    if first.value > second.value and first.anchor == "year from DCT" and _DAY.fullmatch(first.value):
        earlier = f"{int(first.value[:4]) - 1:04d}{first.value[4:]}"  # سأخرج في 2 أكتوبر حتى بعد غد: a year
        if earlier <= second.value:  # chosen by a future cue would put the start after the end
            first.value = earlier
    return first.value <= second.value


def combine(text: str, found: list[Timex]) -> list[Timex]:
    """Join each day written next to a time (either order) into one expression, and two as a range."""
    out: list[Timex] = []
    for timex in found:
        last = out[-1] if out else None
        if last is not None and _is_range(text, last, timex):
            out[-1] = _range(text, last, timex)
            if len(out) > 1 and _paired(text, out, out[-1], before=-2):  # الأسبوع المقبل بين الأربعاء والجمعة
                del out[-1]
            continue
        if last is not None and _paired(text, out, timex):
            if len(out) > 1 and out[-1].type == "TIME" and _is_range(text, out[-2], out[-1]):
                out[-2:] = [_range(text, out[-2], out[-1])]  # ... إلى 3:32 يوم 23 أبريل: the clock took its day
            continue
        out.append(timex)
    return out


def _range(text: str, first: Timex, second: Timex) -> Timex:
    """One expression for a range, its span taking the من/بين before it."""
    lead = _LEAD.search(text, max(0, first.start - 6), first.start)
    return Timex(
        first.start - (len(lead.group()) if lead else 0), second.end, first.type, f"{first.value}/{second.value}",
        anchor=f"{first.anchor} + {second.anchor}", mod="RANGE", flag=first.flag or second.flag,
        confidence=min(first.confidence, second.confidence), rule=f"{first.rule}+{second.rule}",
    )  # fmt: skip


def _paired(text: str, out: list[Timex], timex: Timex, before: int = -1) -> bool:
    """Join ``timex`` onto the expression ``out[before]`` when the two name one moment (True when joined)."""
    last = out[before]
    pair = _pair(last, timex) if _GAP.fullmatch(text, last.end, timex.start) else None
    if pair is None:
        return False
    value, kind = pair
    out[before] = Timex(
        last.start, timex.end, kind, value, anchor=f"{last.anchor} + {timex.anchor}",
        mod=last.mod or timex.mod, flag=last.flag or timex.flag,
        confidence=min(last.confidence, timex.confidence), rule=f"{last.rule}+{timex.rule}",
    )  # fmt: skip
    return True


_RANGE_GAP = re.compile(r"\s*(?:الي|حتي|لغايه|-)\s*")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_DAY_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")  # a clock time on a named day, not a range
_WEEK = re.compile(r"(\d{4})-W(\d\d)")


def _week_day(week_t: Timex, day_t: Timex) -> str | None:
    """The day of a named week that a weekday names (الأسبوع المقبل يوم الجمعة, الجمعة من الأسبوع المقبل)."""
    week = _WEEK.fullmatch(week_t.value or "")
    if week is None or not day_t.value or day_t.rule not in ("weekday", "weekday+weekday"):
        return None
    days = day_t.value.split("/")
    if not all(_DAY.fullmatch(d) for d in days):
        return None
    year, number = int(week.group(1)), int(week.group(2))
    return "/".join(date.fromisocalendar(year, number, date.fromisoformat(d).isoweekday()).isoformat() for d in days)


def _pair(first: Timex, second: Timex) -> tuple[str, str] | None:
    """(value, type) of a day and a time written together, or None when they are not such a pair."""
    for week_t, day_t in ((first, second), (second, first)):
        joined = _week_day(week_t, day_t)
        if joined is not None and (week_t is first or "/" not in joined):
            return joined, "DATE"
    for day_t, time_t in ((first, second), (second, first)):
        day, timed = _dated(day_t), _timed(time_t)
        if day is None or timed is None:
            continue
        if isinstance(timed, str) and day[1]:
            continue  # a day that already has its part of day
        return _join(day, timed), "SET" if day_t.type == "SET" else "TIME"
    return None
