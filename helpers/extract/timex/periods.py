"""Date periods: quarters and halves (الربع الثالث من 2016 -> 2016-Q3), weekends (عطلة نهاية الأسبوع ->
2016-W45-WE), the rest of a unit (بقية الأسبوع), decades (السبعينيات -> 197) and centuries (القرن العشرين -> 19),
the n-th week of a month or a year, numeric months (2015/3), years and month-day dates written out
(عام ألفين وثمانية عشر، يناير الحادي والعشرين 2018), and fractions of units (نصف ساعة، ربع قرن)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from helpers.extract.timex.clock import HOUR_PART
from helpers.extract.timex.numbers import FRACTIONS, SPELLED, SPELLED_YEAR, spelled_value, spelled_year
from helpers.extract.timex.values import (
    Timex,
    _closest_year,
    _Context,
    _duration,
    _future_context,
    _make_date,
    _month_of,
    _number,
    _relative,
    _rule,
    _spaced,
    calendar_year,
)
from helpers.extract.timex.vocabulary import (
    AL,
    DAY_CARDINAL,
    DAY_WORDS,
    MONTH,
    MONTH_PAIR,
    MONTHS,
    NEXT_MOD,
    NEXT_WORDS,
    NUM,
    ORDINAL,
    ORDINALS,
    PAST_MOD,
    PAST_WORDS,
    THIS_MOD,
    THIS_WORDS,
    UNIT,
    UNITS,
    WEEKDAY,
    YEAR4,
)
from helpers.text.arabic import AR
from helpers.text.patterns import alternation as _alt

_NTH = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": -1}
NTH = _alt(_NTH)
# the year a period belongs to: written (2016, ألفين وعشرين), or this / the next / the last one
YEAR_OF = (
    rf"(?:(?:من\s+)?(?:(?:عام|العام|سنه|لعام)\s+)?(?P<y>{YEAR4}|{SPELLED})"
    rf"|(?:من\s+)?(?:(?:هذا\s+)?(?:العام|السنه)(?:\s+(?P<ymod>{NEXT_MOD}|{PAST_MOD}|{THIS_MOD}))?))"
)


def _step(mod: str | None) -> int:
    """+1 for المقبل, −1 for الماضي, 0 otherwise."""
    mod = mod or ""
    return 1 if (mod in NEXT_WORDS) else -1 if (mod in PAST_WORDS) else 0


def _year_of(m: re.Match[str], ctx: _Context) -> int | None:
    """The year of a YEAR_OF match (None when it needs a DCT and there is none, or cannot be read)."""
    if m.group("y"):
        text = m.group("y")
        return int(text) if text.isdigit() else spelled_year(text)
    if ctx.dct is None:
        return None
    return calendar_year(ctx.dct.year + _step(m.group("ymod")))


@_rule("quarter", rf"(?P<which>الربع|النصف)\s+(?P<n>{NTH})\s+{YEAR_OF}")
def _quarter(m: re.Match[str], ctx: _Context) -> Timex | None:
    kind = "Q" if m.group("which") == "الربع" else "H"
    n = _NTH[m.group("n")]
    n = (4 if kind == "Q" else 2) if n < 0 else n
    if kind == "H" and n > 2:
        return None
    try:
        year = _year_of(m, ctx)
    except OverflowError:
        year = None
    if year is None:
        return Timex(*m.span("t"), "DATE", None, anchor="year from DCT", flag="no DCT: year unknown")
    return Timex(*m.span("t"), "DATE", f"{year:04d}-{kind}{n}", anchor="absolute" if m.group("y") else "year from DCT")


@_rule(
    "weekend",
    rf"(?:عطله\s+)?نهايه\s+(?:هذا\s+)?(?:{AL}?اسبوع|اسبوعي)"
    rf"(?:\s+(?P<after>بعد\s+{NEXT_MOD})|\s+(?P<mod>{NEXT_MOD}|{PAST_MOD}|{THIS_MOD}))?",
)
def _weekend(m: re.Match[str], ctx: _Context) -> Timex | None:
    step = 2 if m.group("after") else _step(m.group("mod"))  # نهاية الأسبوع بعد المقبل: the one after next

    def resolve(dct: date) -> str:
        year, week, _ = (dct + timedelta(weeks=step)).isocalendar()
        return f"{year:04d}-W{week:02d}-WE"

    return _relative(ctx, m.span("t"), f"DCT{step:+d}W weekend", resolve)


@_rule(
    "rest_of", rf"(?:بقيه|باقي|ما\s+تبقي\s+من)\s+(?:هذا\s+|هذه\s+)?{AL}?(?P<u>اسبوع|شهر|عام|سنه)ي?(?:\s+{THIS_MOD})?"
)
def _rest_of(m: re.Match[str], ctx: _Context) -> Timex | None:
    unit = m.group("u")

    def resolve(dct: date) -> str:
        if unit == "اسبوع":
            end = dct + timedelta(days=6 - dct.weekday())
        elif unit == "شهر":
            end = (dct.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        else:
            end = date(dct.year, 12, 31)
        return f"{dct.isoformat()}/{end.isoformat()}"

    return _relative(ctx, m.span("t"), "DCT to the end of the unit", resolve)


_DECADES = {"عشرين": 2, "ثلاثين": 3, "اربعين": 4, "خمسين": 5, "ستين": 6, "سبعين": 7, "ثمانين": 8, "تسعين": 9}


@_rule(
    "decade",
    rf"(?:ال)?(?P<d>{_alt(_DECADES)})(?:يات|ات)(?:\s+(?:من\s+)?القرن\s+(?P<c>الماضي|العشرين|التاسع\s+عشر|الحالي))?",
)
def _decade(m: re.Match[str], ctx: _Context) -> Timex | None:
    century = {"التاسع عشر": 18, "الحالي": 20}.get(_spaced(m, "c") if m.group("c") else "", 19)
    return Timex(*m.span("t"), "DATE", f"{century}{_DECADES[m.group('d')]}", anchor="decade", confidence=0.8)


@_rule("century", rf"القرن\s+(?:(?P<n>{ORDINAL})|(?:الـ*|ال)?(?P<d>1[0-9]|2[01]|[1-9])(?![0-9]))(?!\s+(?:من|قبل))")
def _century(m: re.Match[str], ctx: _Context) -> Timex | None:
    n = int(m.group("d")) if m.group("d") else ORDINALS[_spaced(m, "n")]  # القرن الـ21 as القرن الحادي والعشرين
    return Timex(*m.span("t"), "DATE", f"{n - 1:02d}", anchor="century")


def _nth_monday(year: int, month: int, n: int) -> date | None:
    """The n-th Monday of a month (n −1: the last)."""
    first = date(year, month, 1)
    monday = first + timedelta(days=(7 - first.weekday()) % 7)
    mondays = [monday + timedelta(weeks=k) for k in range(5) if (monday + timedelta(weeks=k)).month == month]
    if n < 0:
        return mondays[-1]
    return mondays[n - 1] if n <= len(mondays) else None


@_rule(
    "week_of",
    rf"{AL}اسبوع\s+(?P<n>{NTH})\s+(?:من\s+)?(?:(?:شهر\s+)?(?P<m>{MONTH})(?:\s+(?P<my>{YEAR4}))?"
    rf"|(?P<this>هذا\s+الشهر|الشهر\s+(?:{THIS_MOD}|{NEXT_MOD}|{PAST_MOD}))|{YEAR_OF})",
)
def _week_of(m: re.Match[str], ctx: _Context) -> Timex | None:
    n = _NTH[m.group("n")]
    if m.group("m") or m.group("this"):
        if m.group("m"):
            month = _month_of(m)
            if m.group("my"):
                year = int(m.group("my"))
            elif ctx.dct is not None:
                year = _closest_year(ctx.dct, month, None)
            else:
                return Timex(*m.span("t"), "DATE", None, anchor="year from DCT", flag="no DCT: year unknown")
        elif ctx.dct is None:
            return Timex(*m.span("t"), "DATE", None, anchor="month from DCT", flag="no DCT: month unknown")
        else:
            shift = _step(m.group("this").split()[-1]) if m.group("this").split()[0] == "الشهر" else 0
            month_index = ctx.dct.month - 1 + shift
            year, month = calendar_year(ctx.dct.year + month_index // 12), month_index % 12 + 1
        monday = _nth_monday(year, month, n)
        if monday is None:
            return None
        iso_year, week, _ = monday.isocalendar()
        return Timex(*m.span("t"), "DATE", f"{iso_year:04d}-W{week:02d}", anchor="week of a month", confidence=0.8)
    year = _year_of(m, ctx)
    if year is None:
        return Timex(*m.span("t"), "DATE", None, anchor="year from DCT", flag="no DCT: year unknown")
    week = date(year, 12, 28).isocalendar()[1] if n < 0 else n
    return Timex(*m.span("t"), "DATE", f"{year:04d}-W{week:02d}", anchor="week of a year", confidence=0.8)


@_rule("month_numeric", r"(?P<y>(?:19|20)\d\d)\s*(?P<sep>[/-])\s*(?P<mo>\d{1,2})(?![0-9]|\s*[/.-]\s*\d)"
       r"|(?<![0-9][/.-])(?P<mo2>\d{1,2})\s*(?P<sep2>[/-])\s*(?P<y2>(?:19|20)\d\d)(?![0-9]|\s*[/.-]\s*\d)")  # fmt: skip
def _month_numeric(m: re.Match[str], ctx: _Context) -> Timex | None:
    month = int(m.group("mo") or m.group("mo2"))
    if not 1 <= month <= 12:
        return None
    return Timex(
        *m.span("t"), "DATE", f"{m.group('y') or m.group('y2')}-{month:02d}", anchor="absolute", confidence=0.7
    )


@_rule(
    "year_spelled",
    rf"(?:(?:عام|العام|سنه|لعام)\s+)(?P<y>{SPELLED})|(?<=في )(?P<y2>{SPELLED})"
    rf"|(?P<s>الربيع|الصيف|الخريف|الشتاء|ربيع|صيف|خريف|شتاء)\s+(?:(?:عام|العام)\s+)?(?P<y3>{SPELLED})",
)
def _year_spelled(m: re.Match[str], ctx: _Context) -> Timex | None:
    year = spelled_year(m.group("y") or m.group("y2") or m.group("y3"))
    if year is None or year < (1000 if m.group("y2") else 100) or year > 2100:
        return None
    if m.group("s"):
        season = {"ربيع": "SP", "صيف": "SU", "خريف": "FA", "شتاء": "WI"}[m.group("s").removeprefix("ال")]
        return Timex(*m.span("t"), "DATE", f"{year:04d}-{season}", anchor="absolute")
    return Timex(*m.span("t"), "DATE", f"{year:04d}", anchor="absolute", confidence=0.8)


@_rule(
    "month_day",
    rf"(?:(?:يوم\s+)?{WEEKDAY}\s*[،,]?\s*)?{MONTH_PAIR}\s*(?P<d>(?<=[{AR}\s])\d{{1,2}}|(?<=\s){ORDINAL}|(?<=\s){DAY_CARDINAL}(?=\s*(?:[.,،؛!?)]|$)))(?![0-9])"
    rf"(?:\s*[،,]?\s*(?P<y>{YEAR4}|{SPELLED})|\s+من\s+(?:(?:عام|العام|سنه)\s+)?(?P<y2>{YEAR4}|{SPELLED_YEAR}))?",
)
def _month_day(m: re.Match[str], ctx: _Context) -> Timex | None:
    raw_day = _spaced(m, "d")
    day = int(raw_day) if raw_day.isdigit() else DAY_WORDS[raw_day]
    month = _month_of(m)
    year_text = m.group("y") or m.group("y2")
    year = (int(year_text) if year_text.isdigit() else spelled_year(year_text)) if year_text else None
    if year is None:
        if ctx.dct is None:
            return Timex(*m.span("t"), "DATE", None, anchor="year from DCT", flag="no DCT: year unknown")
        year = _closest_year(ctx.dct, month, None)
    value, flag = _make_date(year, month, day)
    return Timex(*m.span("t"), "DATE", value, anchor="absolute" if year_text else "year from DCT", flag=flag,
                 confidence=0.8)  # fmt: skip


@_rule(
    "duration_fraction",
    rf"(?P<f>{_alt(FRACTIONS)})\s+(?:ال(?=ساعه|قرن|عقد))?(?P<unit>ساعه|يوم|اسبوع|شهر|عام|سنه|قرن|عقد|دقيقه)"
    rf"|(?:(?P<num>{NUM})\s+)?(?P<unit2>ساعه|ساعتين|ساعات|يوم|يومين|ايام|عام|عامين|سنه|سنتين|شهر|شهرين|اشهر)"
    rf"\s+و\s*(?P<f2>نصف|ربع)"
    rf"|(?P<whole>(?:طوال|طيله|كامل)\s+{AL}(?:يوم|اسبوع|شهر|عام|سنه|ليل|ليله)|(?:يوم|اسبوع|شهر|عام)\s+كامل[اه]?)",
)
def _duration_fraction(m: re.Match[str], ctx: _Context) -> Timex | None:
    if m.group("whole"):
        word = _WHOLE_WORDS.sub("", m.group("whole")).removeprefix("ال")
        unit = {"يوم": "D", "اسبوع": "W", "شهر": "M", "عام": "Y", "سنه": "Y", "ليل": "D", "ليله": "D"}[word]
        return Timex(*m.span("t"), "DURATION", f"P1{unit}", anchor="duration", confidence=0.8)
    if m.group("f"):
        unit, _ = UNITS[m.group("unit")]
        count = FRACTIONS[m.group("f")]
    else:
        unit, implied = UNITS[m.group("unit2")]
        whole = _number(m.group("num")) if m.group("num") else implied
        if not isinstance(whole, int | float) or not whole:
            return None
        count = whole + FRACTIONS[m.group("f2")]
    if unit == "H" and (count * 60).is_integer():
        count, unit = int(count * 60), "MIN"
    return Timex(*m.span("t"), "DURATION", _duration(round(count, 2), unit), anchor="duration", confidence=0.85)


@_rule(
    "month_this_or_year_mod",
    rf"(?:(?P<this>هذا|هذه)\s+)?{MONTH_PAIR}(?:\s+(?:من\s+)?(?:العام|السنه)\s+(?P<mod>{NEXT_MOD}|{PAST_MOD}|{THIS_MOD}))?",
)
def _month_this(m: re.Match[str], ctx: _Context) -> Timex | None:
    if not m.group("this") and not m.group("mod"):
        return None  # a bare month name is left to the cued rules
    month = _month_of(m)
    step = _step(m.group("mod"))
    return _relative(
        ctx, m.span("t"), f"DCT{step:+d}Y", lambda dct: f"{calendar_year(dct.year + step):04d}-{month:02d}"
    )


@_rule("season_this", r"(?:هذا|هذه)\s+(?P<s>الربيع|الصيف|الخريف|الشتاء)")
def _season_this(m: re.Match[str], ctx: _Context) -> Timex | None:
    season = {"الربيع": "SP", "الصيف": "SU", "الخريف": "FA", "الشتاء": "WI"}[m.group("s")]
    return _relative(ctx, m.span("t"), "DCT season", lambda dct: f"{dct.year:04d}-{season}")


@_rule("week_of_day", rf"{AL}?اسبوع\s+(?P<d>\d{{1,2}})\s+(?:من\s+)?{MONTH_PAIR}(?:\s+(?P<y>{YEAR4}))?")
def _week_of_day(m: re.Match[str], ctx: _Context) -> Timex | None:
    month = _month_of(m)
    if m.group("y"):
        year = int(m.group("y"))
    elif ctx.dct is not None:
        year = _closest_year(ctx.dct, month, None)
    else:
        return Timex(*m.span("t"), "DATE", None, anchor="year from DCT", flag="no DCT: year unknown")
    value, flag = _make_date(year, month, int(m.group("d")))
    if value is None:
        return Timex(*m.span("t"), "DATE", None, anchor="week of a day", flag=flag)
    iso_year, week, _ = date.fromisoformat(value).isocalendar()
    return Timex(*m.span("t"), "DATE", f"{iso_year:04d}-W{week:02d}", anchor="week of a day", confidence=0.8)


@_rule(
    "date_numeric_dm",
    r"(?<![0-9][/.-])(?P<a>\d{1,2})\s*/\s*(?P<b>\d{1,2})(?![0-9]|\s*/\s*[0-9]|[.,][0-9])"
    r"|(?<=في )(?P<a2>\d{1,2})\s*(?P<sep>[-.])\s*(?P<b2>\d{1,2})(?![0-9]|\s*[/.-]\s*[0-9]|\s*%)",
)
def _numeric_dm(m: re.Match[str], ctx: _Context) -> Timex | None:
    a, b = int(m.group("a") or m.group("a2")), int(m.group("b") or m.group("b2"))
    day, month = (b, a) if b > 12 >= a else (a, b)  # 4/22 is 22 April; 22/4 and 5/4 are day first
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if ctx.dct is None:
        return Timex(*m.span("t"), "DATE", None, anchor="year from DCT", flag="no DCT: year unknown")
    value, flag = _make_date(_closest_year(ctx.dct, month, None), month, day)
    return Timex(*m.span("t"), "DATE", value, anchor="year from DCT", flag=flag, confidence=0.6)


# a number before the noun it counts is not a day (قتل الأحد 23 شخصا، الأحد ثلاثة وعشرون مدنيا، خمسة جنود): the
# noun after 11-99 ends in the accusative alef, after 3-10 it is a plural
_NOT_COUNTED = (
    rf"(?!\s+(?!ايضا|تقريبا)[{AR}]{{2,}}ا[\u064b-\u0652]*(?![{AR}])"
    r"|\s+(?:اشخاص|قتلي|جرحي|جنود|مدنيين|اطفال|افراد|مسلحين|مصابين|عناصر|ضحايا)(?![\u0621-\u064a]))"
)


# A noun after a number in words (الاثنين ثلاث قرى): the number counts it (a day in words stands alone or before
# من / في or its month).
_COUNTED_AFTER = re.compile(rf"\s+(?!(?:من|في|الماضي|المقبل|الجاري|القادم)(?![{AR}]))[{AR}]{{2,}}")
_WHOLE_WORDS = re.compile(r"^(?:طوال|طيله|كامل)\s+|\s+كامل[اه]?$")
_A_MONDAY = re.compile(r"يوم\s+اثنين")


@_rule(
    "day_of_month",
    rf"(?:(?:يوم\s+)?{WEEKDAY}|يوم)\s+(?:في\s+)?(?P<d>\d{{1,2}}|{SPELLED})(?![0-9]|\s*[/.:-]\s*[0-9])"
    rf"(?!\s+(?:من\s+)?(?:{MONTH}|شهر|{UNIT}|ساعه|[0-9]|{SPELLED})|\s+و\s*{SPELLED})(?!\s*(?::|{HOUR_PART})){_NOT_COUNTED}",
)
def _day_of_month(m: re.Match[str], ctx: _Context) -> Timex | None:
    raw = m.group("d")
    if raw == "اثنين" and _A_MONDAY.fullmatch(m.group("t")):
        return None  # في صباح يوم اثنين: a Monday, not the 2nd
    day = int(raw) if raw.isdigit() else spelled_value(raw)
    if day is None or not 1 <= day <= 31:
        return None
    if not raw.isdigit() and _COUNTED_AFTER.match(m.string, m.end("d")):
        return None  # هاجموا الاثنين ثلاث قرى: a count of the noun after it, no day of the month
    if ctx.dct is None:
        return Timex(*m.span("t"), "DATE", None, anchor="month from DCT", flag="no DCT: month unknown")
    value, flag = _make_date(ctx.dct.year, ctx.dct.month, day)
    return Timex(*m.span("t"), "DATE", value, anchor="month from DCT", flag=flag or ctx.dct_flag, confidence=0.6)


@_rule(
    "day_range_this_month",
    rf"(?:من|بين)\s+(?P<d1>\d{{1,2}})\s*(?:الي|حتي|و|-)\s*(?P<d2>\d{{1,2}})\s+(?:من\s+|في\s+)?"
    rf"(?:هذا\s+الشهر|{AL}شهر\s+(?P<mod>{THIS_MOD}|{NEXT_MOD}|{PAST_MOD}))",
)
def _day_range_this_month(m: re.Match[str], ctx: _Context) -> Timex | None:
    step = _step(m.group("mod"))

    def resolve(dct: date) -> str | None:
        index = dct.month - 1 + step
        year, month = calendar_year(dct.year + index // 12), index % 12 + 1
        first, _ = _make_date(year, month, int(m.group("d1")))
        last, _ = _make_date(year, month, int(m.group("d2")))
        return f"{first}/{last}" if first and last else None

    return _relative(ctx, m.span("t"), f"DCT{step:+d}M", resolve, mod="RANGE")


_MONTH_POSITIONS = {"مطلع": "START", "بدايه": "START", "اوائل": "START", "منتصف": "MID", "اواسط": "MID"}
_MONTH_POSITIONS |= {"اواخر": "END", "نهايه": "END"}


@_rule(
    "month_position",
    rf"(?P<pos>{_alt(_MONTH_POSITIONS)})\s+{MONTH_PAIR}"
    rf"(?:\s+(?:(?:عام|سنه)\s+)?(?P<y>{YEAR4})(?![0-9])|\s+(?P<mod>{PAST_MOD}|{NEXT_MOD}|{THIS_MOD}))?",
)
def _month_position(m: re.Match[str], ctx: _Context) -> Timex | None:
    """A part of a named month (نهاية شهر مارس، مطلع يناير 2018): the month, with mod START/MID/END, as the
    year's parts are (نهاية عام 2014)."""
    month, mod = _month_of(m), _MONTH_POSITIONS[m.group("pos")]
    if m.group("y"):
        return Timex(*m.span("t"), "DATE", f"{int(m.group('y')):04d}-{month:02d}", anchor="absolute", mod=mod)
    said = m.group("mod") or ""
    future = True if (said in NEXT_WORDS) else False if (said in PAST_WORDS) else None
    if future is None and said not in THIS_WORDS:
        future = _future_context(ctx, *m.span("t"))

    def resolve(dct: date) -> str:
        return f"{_closest_year(dct, month, future):04d}-{month:02d}"

    return _relative(ctx, m.span("t"), "year from DCT", resolve, confidence=0.8, mod=mod)


@_rule(
    "day_of_relative_month",
    rf"(?:(?P<day>يوم)\s+)?(?P<d>\d{{1,2}}|{ORDINAL})\s+(?P<of>من\s+)?"
    rf"(?:(?:هذا|هذه)\s+الشهر|{AL}شهر\s+(?P<mod>{THIS_MOD}|{PAST_MOD}|{NEXT_MOD}))",
)
def _day_of_relative_month(m: re.Match[str], ctx: _Context) -> Timex | None:
    """الخامس من الشهر الجاري، 21 من الشهر الماضي، الحادي والعشرين من هذا الشهر: a day of the DCT's month
    (or the month before or after it)."""
    if not (m.group("of") or m.group("day")):
        return None  # قتل 15 الشهر الماضي: a count, not a day
    raw = _spaced(m, "d")
    day = int(raw) if raw.isdigit() else ORDINALS[raw]
    if not 1 <= day <= 31:
        return None
    step = _step(m.group("mod"))

    def resolve(dct: date) -> str | None:
        month = dct.month - 1 + step
        return _make_date(calendar_year(dct.year + month // 12), month % 12 + 1, day)[0]

    timex = _relative(ctx, m.span("t"), f"DCT{step:+d}M, day {day}", resolve)
    if ctx.dct is not None and timex.value is None and not timex.flag:
        timex.flag = f"impossible date: day {day} of the month"
    return timex


@_rule(
    "month_range",
    rf"(?:من|بين)\s+(?:شهر\s+)?(?P<m>{MONTH})\s*(?:الي|حتي|لغايه|و|-)\s*(?:شهر\s+)?(?P<m2>{MONTH})"
    rf"(?:\s*[،,]?\s*(?:من\s+)?(?:(?:عام|العام|سنه)\s+)?(?P<y>{YEAR4}))?",
)
def _month_range(m: re.Match[str], ctx: _Context) -> Timex | None:
    """من يناير حتى مارس 2017 -> 2017-01/2017-03 (without a year: the months nearest the DCT)."""
    first, last = _month_of(m), MONTHS[_spaced(m, "m2")]
    if last <= first:
        return None  # من نوفمبر إلى فبراير crosses a year: left to the month rules
    if m.group("y"):
        year = int(m.group("y"))
        return Timex(*m.span("t"), "DATE", f"{year:04d}-{first:02d}/{year:04d}-{last:02d}", anchor="range", mod="RANGE")
    future = _future_context(ctx, *m.span("t"))

    def resolve(dct: date) -> str:
        year = _closest_year(dct, first, future)
        return f"{year:04d}-{first:02d}/{year:04d}-{last:02d}"

    return _relative(ctx, m.span("t"), "year from DCT", resolve, confidence=0.75)
