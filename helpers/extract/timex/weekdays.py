"""Weekdays tied to a month: the n-th weekday of a named month (أول يوم جمعة في هذا الشهر, الخميس الأول من
الشهر المقبل, آخر أحد من مارس 2017), and a weekday with the day of the month as an ordinal
(الثلاثاء الحادي والثلاثين: in the month nearest the DCT where that day is that weekday)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from helpers.extract.timex.values import (
    WHITE,
    Timex,
    _closest_year,
    _Context,
    _make_date,
    _month_of,
    _relative,
    _rule,
    calendar_year,
)
from helpers.extract.timex.vocabulary import (
    AL,
    MONTH_PAIR,
    NEXT_MOD,
    NEXT_WORDS,
    ORDINAL,
    ORDINALS,
    PAST_MOD,
    PAST_WORDS,
    THIS_MOD,
    WEEKDAY,
    WEEKDAY_BARE,
    WEEKDAYS,
    YEAR4,
)

_BEFORE = {"اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "اخر": -1}
_AFTER = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "الاخير": -1}
_MONTH_REF = rf"(?:هذا\s+الشهر|{AL}شهر\s+(?P<mod>{THIS_MOD}|{NEXT_MOD}|{PAST_MOD})|{MONTH_PAIR}(?:\s+(?P<y>{YEAR4}))?)"


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The n-th (1-5, or -1 for the last) given weekday (Monday 0) of a month; None when the month has fewer."""
    first = date(year, month, 1)
    days = [first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * k) for k in range(5)]
    days = [d for d in days if d.month == month]
    return days[-1] if nth < 0 else days[nth - 1] if nth <= len(days) else None


@_rule(
    "nth_weekday_of_month",
    rf"(?:(?P<pre>{'|'.join(_BEFORE)})\s+(?:يوم\s+)?(?P<wd1>{WEEKDAY}|{WEEKDAY_BARE})"
    rf"|(?:يوم\s+)?(?P<wd2>{WEEKDAY})\s+(?P<post>{'|'.join(_AFTER)}))\s+(?:في|من)\s+{_MONTH_REF}",
)
def _nth_weekday_of_month(m: re.Match[str], ctx: _Context) -> Timex | None:
    word = m.group("wd1") or m.group("wd2")
    weekday = WEEKDAYS.get(word, WEEKDAYS.get("ال" + word))
    nth = _BEFORE[m.group("pre")] if m.group("pre") else _AFTER[m.group("post")]
    if m.group("m") and m.group("y"):
        found = nth_weekday(int(m.group("y")), _month_of(m), weekday, nth)
        return Timex(*m.span("t"), "DATE", found.isoformat() if found else None, anchor="absolute")
    mod = m.group("mod") or ""
    step = 1 if (mod in NEXT_WORDS) else -1 if (mod in PAST_WORDS) else 0

    def resolve(dct: date) -> str | None:
        if m.group("m"):
            year, month = _closest_year(dct, _month_of(m), None), _month_of(m)
        else:
            index = dct.year * 12 + dct.month - 1 + step
            year, month = calendar_year(index // 12), index % 12 + 1
        found = nth_weekday(year, month, weekday, nth)
        return found.isoformat() if found else None

    return _relative(ctx, m.span("t"), "month from DCT", resolve, confidence=0.7)


@_rule(
    "weekday_ordinal_day",
    rf"(?:يوم\s+)?(?P<wd>{WEEKDAY})\s+(?P<d>{ORDINAL})(?!\s+(?:من|في)\s+(?:{MONTH_PAIR}|شهر))",
)
def _weekday_ordinal_day(m: re.Match[str], ctx: _Context) -> Timex | None:
    day = ORDINALS[WHITE.sub(" ", m.group("d"))]
    if day <= 5:
        return None  # الأحد الثاني is the month's second Sunday (the weekday rule)
    weekday = WEEKDAYS[m.group("wd")]

    def resolve(dct: date) -> str | None:
        for offset in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):  # the nearest month where that day is that weekday
            index = dct.year * 12 + dct.month - 1 + offset
            value, _ = _make_date(calendar_year(index // 12), index % 12 + 1, day)
            if value and date.fromisoformat(value).weekday() == weekday:
                return value
        return _make_date(dct.year, dct.month, day)[0]

    return _relative(ctx, m.span("t"), "month from DCT", resolve, confidence=0.6)
