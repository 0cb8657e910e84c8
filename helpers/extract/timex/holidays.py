"""Holidays (helpers/data/holidays.csv): Islamic ones through the Hijri calendar, Christian and national ones by
their Gregorian rule, resolved to the occurrence the context points at (a year written beside them, المقبل/الماضي,
the tense of the clause, else the occurrence nearest the DCT). أول/ثاني أيام العيد count days from its first."""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from helpers import config
from helpers.extract.timex.values import Timex, _Context, _future_context, _rule, _spaced
from helpers.extract.timex.vocabulary import (
    NEXT_MOD,
    NEXT_WORDS,
    PAST_MOD,
    PAST_WORDS,
    THIS_MOD,
    YEAR4,
)
from helpers.text.normalize import normalize_letters
from helpers.text.patterns import alternation as _alt


@dataclass(frozen=True)
class Holiday:
    """One row of the holiday table."""

    name: str
    calendar: str
    month: int
    day: int
    part: str


@functools.lru_cache(maxsize=1)
def holiday_table() -> dict[str, Holiday]:
    """Every holiday name (normalised spelling) -> its row."""
    table: dict[str, Holiday] = {}
    with open(config.DATA_DIR / "holidays.csv", encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        for row in rows:
            names = row["names"].split("|")
            month = int(row["month"]) if row["month"] else 0
            holiday = Holiday(names[0], row["calendar"], month, int(row["day"] or 0), row["part"] or "")
            for name in names:
                table[normalize_letters(name)] = holiday
    return table


def hijri_to_date(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Hijri date (None outside hijridate's range or for a day the month lacks)."""
    from hijridate import Hijri

    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def hijri_year_of(day: date) -> int | None:
    """The Hijri year a Gregorian day falls in (None outside hijridate's range)."""
    from hijridate import Gregorian

    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, code: int) -> date:
    """The n-th ISO weekday of a month (code n*10 + weekday; n 5 = the last)."""
    n, weekday = divmod(code, 10)
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    while day.month != month:
        day -= timedelta(days=7)
    return day


def occurrences(holiday: Holiday, year: int) -> list[date]:
    """The days a holiday falls on in one Gregorian year (an Islamic one may fall twice, or not at all)."""
    if holiday.calendar == "gregorian":
        return [date(year, holiday.month, holiday.day)]
    if holiday.calendar == "easter":
        return [_easter(year) + timedelta(days=holiday.day)]
    if holiday.calendar == "nth_weekday":
        return [_nth_weekday(year, holiday.month, holiday.day)]
    days = []
    for hijri_year in {hijri_year_of(date(year, 1, 1)), hijri_year_of(date(year, 12, 31))} - {None}:
        day = hijri_to_date(hijri_year, holiday.month, holiday.day)  # type: ignore[arg-type]
        if day is not None and day.year == year:
            days.append(day)
    return sorted(days)


def pick(holiday: Holiday, dct: date, direction: int | None) -> date | None:
    """The occurrence after (direction 1) or before (−1) the DCT, or the one nearest it (None)."""
    days = [d for year in (dct.year - 1, dct.year, dct.year + 1) if 1 < year < 9999 for d in occurrences(holiday, year)]
    if direction == 1:
        days = [d for d in days if d >= dct]
    elif direction == -1:
        days = [d for d in days if d <= dct]
    if not days:
        return None
    return min(days, key=lambda d: (abs((d - dct).days), d)) if direction is None else days[0 if direction > 0 else -1]


_NTH = {"اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4}


@functools.lru_cache(maxsize=1)
def _names() -> str:
    return _alt([*holiday_table(), "العيد"])


def _pattern() -> str:
    return (
        rf"(?:(?P<nth>اول|ثاني|ثالث|رابع)\s+(?:ايام|يوم)\s+(?:من\s+)?(?:ايام\s+)?"
        rf"|(?:اليوم\s+)(?P<nth2>الاول|الثاني|الثالث|الرابع)\s+(?:من\s+)?(?:ايام\s+)?)?(?P<name>{_names()})"
        rf"(?:\s+(?P<mod>{NEXT_MOD}|{PAST_MOD}|{THIS_MOD}))?"
        rf"(?:\s*(?:(?:من\s+)?(?:عام|العام|سنه|لعام)\s+)?(?P<y>{YEAR4}|1[34]\d\d)(?P<h>\s*هـ?(?![\w]))?"
        rf"|\s+(?:العام|السنه)\s+(?P<ymod>{NEXT_MOD}|{PAST_MOD}|{THIS_MOD}))?"
    )


def _direction(ctx: _Context, m: re.Match[str]) -> int | None:
    """1 for a coming occurrence, −1 for a past one, None for the nearest."""
    mod = m.group("mod") or m.group("ymod") or ""
    if mod in NEXT_WORDS:
        return 1
    if mod in PAST_WORDS:
        return -1
    if mod:
        return None
    return 1 if _future_context(ctx, *m.span("t")) else None


@_rule("holiday", _pattern())
def _holiday(m: re.Match[str], ctx: _Context) -> Timex | None:
    name = _spaced(m, "name")
    offset = _NTH.get(m.group("nth") or m.group("nth2") or "", 1) - 1
    if name == "العيد":
        if not (m.group("nth") or m.group("nth2") or m.group("y")):
            return None  # a bare العيد is too vague; أول أيام العيد (offset 0) is not
        candidates = [holiday_table()[normalize_letters(n)] for n in ("عيد الفطر", "عيد الأضحى")]
    else:
        candidates = [holiday_table()[name]]
    kind = "TIME" if candidates[0].part else "DATE"
    part = f"T{candidates[0].part}" if candidates[0].part else ""
    if m.group("y"):
        year = int(m.group("y"))
        if 1300 <= year < 1500 and (m.group("h") or candidates[0].calendar == "hijri"):
            days = [hijri_to_date(year, h.month, h.day) for h in candidates if h.calendar == "hijri"]
        else:
            days = [d for h in candidates for d in occurrences(h, year)]
        found = [d for d in days if d is not None]
        value = (min(found) + timedelta(days=offset)).isoformat() + part if found else None
        return Timex(*m.span("t"), kind, value, anchor="holiday", flag="" if found else "holiday outside the calendar")
    if ctx.dct is None:
        return Timex(*m.span("t"), kind, None, anchor="holiday", flag="no DCT: year unknown")
    direction = _direction(ctx, m)
    picked = [d for h in candidates for d in [pick(h, ctx.dct, direction)] if d is not None]
    if not picked:
        return Timex(*m.span("t"), kind, None, anchor="holiday", flag="holiday outside the calendar")
    day = min(picked, key=lambda d: (abs((d - ctx.dct).days), d)) if name == "العيد" else picked[0]  # type: ignore[operator]
    value = (day + timedelta(days=offset)).isoformat() + part
    return Timex(*m.span("t"), kind, value, anchor="holiday, year from DCT", flag=ctx.dct_flag, confidence=0.75)
