"""Hijri dates: 22 شعبان 1439 هـ (الثاني والعشرين من شعبان، غرة محرم: hijri_day_in_words)، 1439/8/22 هـ،
a Hijri month with or without its year (شهر رمضان، رمضان 1439،
في محرم), the Hijri year (عام 1439 هـ، العام الهجري الجاري). Values are Gregorian: a day, or the first/last day
of a month or a year; a month without a year is the occurrence nearest the DCT (or the coming/past one)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from helpers.extract.timex.holidays import hijri_to_date, hijri_year_of
from helpers.extract.timex.values import WHITE, Timex, _Context, _future_context, _rule, _spaced
from helpers.extract.timex.vocabulary import (
    HIJRI_MONTHS,
    HMONTH,
    NEXT_MOD,
    NEXT_WORDS,
    ORDINAL,
    ORDINALS,
    PAST_MOD,
    PAST_WORDS,
    THIS_MOD,
    THIS_WORDS,
    YEAR4,
)

HYEAR = r"1[34]\d\d"
H_MARK = r"(?:\s*(?:هـ|ه(?![\w])|للهجره|هجريه|هجري))"


def _month_range(year: int, month: int) -> str | None:
    """First/last Gregorian day of a Hijri month."""
    first = hijri_to_date(year, month, 1)
    after = hijri_to_date(year + (month == 12), month % 12 + 1, 1)
    if first is None or after is None:
        return None
    return f"{first.isoformat()}/{(after - timedelta(days=1)).isoformat()}"


def _hijri_day(year: int, month: int, day: int) -> tuple[str | None, str]:
    """(Gregorian value, flag) of a Hijri day."""
    found = hijri_to_date(year, month, day)
    return (found.isoformat(), "") if found else (None, f"impossible or out-of-range Hijri date {year}/{month}/{day}")


@_rule(
    "date_hijri",
    rf"(?P<d>\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?(?P<hm>{HMONTH})(?:\s+(?:(?:عام|سنه)\s+)?(?P<y>{HYEAR}){H_MARK}?)?",
)
def _hijri(m: re.Match[str], ctx: _Context) -> Timex | None:
    month, day = HIJRI_MONTHS[_spaced(m, "hm")], int(m.group("d"))
    if m.group("y"):
        value, flag = _hijri_day(int(m.group("y")), month, day)
        return Timex(*m.span("t"), "DATE", value, anchor="hijri", flag=flag)
    if ctx.dct is None:
        return Timex(*m.span("t"), "DATE", None, anchor="hijri, year from DCT", flag="no DCT: year unknown")
    hijri_year = hijri_year_of(ctx.dct)
    days = [hijri_to_date(y, month, day) for y in (hijri_year - 1, hijri_year, hijri_year + 1)] if hijri_year else []
    found = [d for d in days if d is not None]
    if not found:
        return Timex(*m.span("t"), "DATE", None, anchor="hijri, year from DCT", flag="Hijri date outside the calendar")
    dct = ctx.dct
    best = min(found, key=lambda d: abs((d - dct).days))
    return Timex(*m.span("t"), "DATE", best.isoformat(), anchor="hijri, year from DCT", confidence=0.75)


@_rule(
    "date_hijri_numeric",
    rf"(?P<y>{HYEAR})\s*(?P<sep>[/.-])\s*(?P<mo>\d{{1,2}})\s*(?P=sep)\s*(?P<d>\d{{1,2}}){H_MARK}"
    rf"|(?P<d2>\d{{1,2}})\s*(?P<sep2>[/.-])\s*(?P<mo2>\d{{1,2}})\s*(?P=sep2)\s*(?P<y2>{HYEAR}){H_MARK}",
)
def _hijri_numeric(m: re.Match[str], ctx: _Context) -> Timex | None:
    year, month, day = (int(m.group(g) or m.group(g + "2")) for g in ("y", "mo", "d"))
    if not 1 <= month <= 12:
        return None
    value, flag = _hijri_day(year, month, day)
    return Timex(*m.span("t"), "DATE", value, anchor="hijri", flag=flag)


@_rule(
    "hijri_month",
    rf"(?:(?<=في )|(?<=خلال )|(?<=منذ )|(?<=مطلع )|(?<=منتصف )|(?<=اواخر )|(?<=بدايه )|(?<=نهايه )|(?<=حتي )"
    rf"|شهر\s+)(?P<hm>{HMONTH})(?:\s+(?:المبارك|الفضيل|الكريم|الحرام))?"
    rf"(?:\s+(?P<mod>{NEXT_MOD}|{PAST_MOD}|{THIS_MOD}))?(?:\s+(?:(?:عام|سنه)\s+)?(?P<y>{HYEAR}|{YEAR4})(?P<h>{H_MARK})?)?"
    rf"|(?P<hm2>رمضان|شوال|محرم|رجب|شعبان|ذو\s+الحجه|ذي\s+الحجه|ذو\s+القعده|ذي\s+القعده|ربيع\s+الاول|ربيع\s+الثاني"
    rf"|جمادي\s+الاولي|جمادي\s+الاخره|جمادي\s+الاول|جمادي\s+الثاني)"
    rf"(?:\s+(?P<mod2>{NEXT_MOD}|{PAST_MOD}|المبارك)|\s+(?:(?:عام|سنه)\s+)?(?P<y2>{HYEAR}|{YEAR4})(?P<h2>{H_MARK})?)",
)
def _hijri_month(m: re.Match[str], ctx: _Context) -> Timex | None:
    month = HIJRI_MONTHS.get(_spaced(m, "hm" if m.group("hm") else "hm2"))
    if month is None:
        return None
    year_text = m.group("y") or m.group("y2")
    if year_text:
        year = int(year_text)
        if year > 1500:  # a Gregorian year: the month that begins in it
            hijri_year = hijri_year_of(date(year, 1, 1))
            first = hijri_to_date(hijri_year, month, 1) if hijri_year else None
            year = hijri_year + 1 if hijri_year and first and first.year < year else (hijri_year or 0)
        value = _month_range(year, month)
        return Timex(
            *m.span("t"), "DATE", value, anchor="hijri", flag="" if value else "Hijri month outside the calendar"
        )
    if ctx.dct is None:
        return Timex(*m.span("t"), "DATE", None, anchor="hijri, year from DCT", flag="no DCT: year unknown")
    hijri_year = hijri_year_of(ctx.dct)
    if hijri_year is None:
        return Timex(*m.span("t"), "DATE", None, anchor="hijri, year from DCT", flag="Hijri month outside the calendar")
    mod = m.group("mod") or m.group("mod2") or ""
    direction = 1 if (mod in NEXT_WORDS) else -1 if (mod in PAST_WORDS) else 0
    if not direction and mod not in THIS_WORDS and _future_context(ctx, *m.span("t")):
        direction = 1
    options = [(y, hijri_to_date(y, month, 1)) for y in (hijri_year - 1, hijri_year, hijri_year + 1)]
    options = [(y, d) for y, d in options if d is not None]
    dct = ctx.dct
    if direction == 1:
        options = [(y, d) for y, d in options if d > dct] or options
    elif direction == -1:
        options = [(y, d) for y, d in options if d <= dct] or options
    chosen = (
        min(options, key=lambda yd: abs((yd[1] - dct).days)) if direction == 0 else options[0 if direction > 0 else -1]
    )
    if direction == 0:  # the month under way, else the nearest
        under_way = [
            y for y, d in options if d <= dct and (_month_range(y, month) or "/").split("/")[1] >= dct.isoformat()
        ]
        chosen = (under_way[0], None) if under_way else chosen
    value = _month_range(chosen[0], month)
    return Timex(*m.span("t"), "DATE", value, anchor="hijri, year from DCT", flag=ctx.dct_flag, confidence=0.75)


@_rule(
    "hijri_year",
    rf"(?:(?:عام|العام|سنه)\s+)?(?P<y>{HYEAR}){H_MARK}|(?P<cur>العام|السنه)\s+الهجري[ه]?\s+(?P<mod>{THIS_MOD}|{NEXT_MOD}|{PAST_MOD})",
)
def _hijri_year(m: re.Match[str], ctx: _Context) -> Timex | None:
    if m.group("y"):
        year = int(m.group("y"))
    elif ctx.dct is None:
        return Timex(*m.span("t"), "DATE", None, anchor="hijri year from DCT", flag="no DCT: year unknown")
    else:
        now = hijri_year_of(ctx.dct)
        if now is None:
            return Timex(*m.span("t"), "DATE", None, anchor="hijri year from DCT", flag="outside the calendar")
        mod = m.group("mod")
        year = now + (1 if (mod in NEXT_WORDS) else -1 if (mod in PAST_WORDS) else 0)
    first, after = hijri_to_date(year, 1, 1), hijri_to_date(year + 1, 1, 1)
    if first is None or after is None:
        return Timex(*m.span("t"), "DATE", None, anchor="hijri year", flag="Hijri year outside the calendar")
    value = f"{first.isoformat()}/{(after - timedelta(days=1)).isoformat()}"
    return Timex(*m.span("t"), "DATE", value, anchor="hijri year", extra={"hijri": str(year)})


_DAY_WORDS_BEFORE = re.compile(rf"(?:^|\s)[وفبل]?(?P<d>{ORDINAL}|غره)\s+(?:من\s+)?$")


def hijri_day_in_words(text: str, timex: Timex) -> None:
    """A Hijri month found (شعبان 1439، شهر ذي الحجة) after a day in words becomes that day (الثاني والعشرين من
    شعبان 1439 -> 2018-05-08; غرة محرم 1440 -> its first day). Done after the rules (endpoints.after_rules), so
    that the ordinal words, which are common, do not make the tagger try the Hijri rule everywhere."""
    before = _DAY_WORDS_BEFORE.search(text, max(0, timex.start - 24), timex.start)
    if before is None:
        return
    first, last = (date.fromisoformat(v) for v in (timex.value or "").split("/"))
    if (last - first).days > 30:
        return  # a Hijri year, not a month
    day = ORDINALS.get(WHITE.sub(" ", before.group("d")), 1)  # غرة is the first
    if day - 1 <= (last - first).days:
        timex.start, timex.value = before.start("d"), (first + timedelta(days=day - 1)).isoformat()
