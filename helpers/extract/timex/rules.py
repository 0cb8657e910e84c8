"""The time rules, in priority order (an earlier rule wins a tie between two expressions as long)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from helpers.extract.timex.narrative import PERIOD_FLAG, following
from helpers.extract.timex.numbers import SPELLED, SPELLED_YEAR, spelled_year
from helpers.extract.timex.values import (
    OUTSIDE_CALENDAR,
    Timex,
    _closest_year,
    _Context,
    _duration,
    _future_context,
    _iso_week,
    _make_date,
    _month_of,
    _part,
    _relative,
    _rule,
    _shift,
    _spaced,
    _unit_count,
    _weekday_date,
    calendar_year,
)
from helpers.extract.timex.vocabulary import (
    AL,
    DAY_WORDS,
    DAYNUM,
    DAYPART,
    MONTH,
    MONTH_PAIR,
    NEXT_MOD,
    NEXT_WORDS,
    NUM,
    NUMWORD,
    ORDINAL,
    PART_ADVERB,
    PAST_MOD,
    PAST_WORDS,
    SET_PARTS,
    SETS,
    THIS_MOD,
    THIS_WORDS,
    UNIT,
    UNITS,
    VAGUE,
    WEEKDAY,
    WEEKDAY_BARE,
    WEEKDAYS,
    YEAR4,
)
from helpers.text.arabic import AR
from helpers.text.patterns import alternation as _alt


@_rule("date_numeric_dmy", r"(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<mo>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4}|\d{2})")
def _numeric_dmy(m: re.Match[str], ctx: _Context) -> Timex | None:
    year = int(m.group("y"))
    year = year + 2000 if year < 50 else year + 1900 if year < 100 else year
    day, month = int(m.group("d")), int(m.group("mo"))
    if month > 12 and day <= 12 and m.group("sep") == "/" and len(m.group("y")) == 4:
        day, month = month, day  # 4/22/2016: only the month-first reading is a date
    value, flag = _make_date(year, month, day)
    return Timex(*m.span("t"), "DATE", value, anchor="absolute", flag=flag)


@_rule("date_numeric_ymd", r"(?P<y>\d{4})\s*(?P<sep>[/.-])\s*(?P<mo>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})")
def _numeric_ymd(m: re.Match[str], ctx: _Context) -> Timex | None:
    value, flag = _make_date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    return Timex(*m.span("t"), "DATE", value, anchor="absolute", flag=flag)


# a year 1000-1799 after a day and month, with nothing after it but punctuation or م (5 ديسمبر 1391; not
# في 5 ديسمبر 1500 قتيل, a count)
_OLD_YEAR = r"1[0-7][0-9]{2}(?=\s*(?:[.,،؛!?)]|$|م(?![" + AR + r"])))"


@_rule(
    "date_day_month_year",
    rf"(?:(?:يوم|{AL}?{WEEKDAY_BARE})\s*[،,]?\s*)?(?:{WEEKDAY}\s*[،,]?\s*)?(?:الـ+(?=[0-9]))?(?P<d>{DAYNUM})(?:(?<=[0-9])\s*/|\s*[-.]?)\s*(?:من\s+)?{MONTH_PAIR}"
    rf"(?P<yp>\s*[،,]?\s*(?:من\s+)?(?:(?:عام|العام|سنه)\s+)?(?P<y>{YEAR4}|{_OLD_YEAR})(?:\s*م(?![{AR}]))?"
    rf"|\s*[،,]?\s*(?:من\s+)?(?P<cue>(?:عام|العام|سنه)\s+)?(?P<ys>{SPELLED_YEAR})(?:\s*م(?![{AR}]))?)?"
    rf"(?:\s+(?P<mod>{THIS_MOD}|{PAST_MOD}|{NEXT_MOD}))?",
)
def _day_month_year(m: re.Match[str], ctx: _Context) -> Timex | None:
    raw_day = _spaced(m, "d")
    day = int(raw_day) if raw_day.isdigit() else DAY_WORDS[raw_day]
    month = _month_of(m)
    year = int(m.group("y")) if m.group("y") else _year_in_words(m, ctx.text)
    if year:
        value, flag = _make_date(year, month, day)
        return Timex(*m.span("t"), "DATE", value, anchor="absolute", flag=flag)
    span = (m.start("t"), m.start("yp")) if m.group("ys") else m.span("t")  # 5 مايو ألف شخص: not a year
    if ctx.dct is None:
        return Timex(*span, "DATE", None, anchor="year from DCT", flag="no DCT: year unknown")
    mod = "" if m.group("ys") else m.group("mod") or ""
    future = True if (mod in NEXT_WORDS) else False if (mod in PAST_WORDS) else None
    if future is None and not mod:
        future = _future_context(ctx, *span)
    try:
        year = _closest_year(ctx.dct, month, future)
        if (mod in PAST_WORDS) and month == ctx.dct.month and day > ctx.dct.day:
            year -= 1  # 20 أكتوبر الماضي written on 8 October: last year's
    except OverflowError:
        return Timex(*span, "DATE", None, anchor="year from DCT", flag=OUTSIDE_CALENDAR, confidence=0.8)
    value, flag = _make_date(year, month, day)
    return Timex(*span, "DATE", value, anchor="year from DCT", flag=flag or ctx.dct_flag, confidence=0.8)


_YEAR_END = re.compile(rf"\s*(?:[.,،؛!?)]|$|م(?![{AR}]))")


def _year_in_words(m: re.Match[str], text: str) -> int | None:
    """A year in words after a day and month, when عام comes before it or nothing but punctuation after it
    (العاشر من سبتمبر ، ألفين; not 5 مايو ألف شخص, a count); None otherwise."""
    if not m.group("ys"):
        return None
    if not m.group("cue") and not _YEAR_END.match(text, m.end("t")):
        return None
    year = spelled_year(m.group("ys"))
    return year if year is not None and 1100 <= year <= 2100 else None


@_rule("date_month_year", rf"{MONTH_PAIR}\s*[،,]?\s*(?:من\s+)?(?:(?:عام|العام|سنه)\s+)?(?P<y>{YEAR4})")
def _month_year(m: re.Match[str], ctx: _Context) -> Timex | None:
    return Timex(*m.span("t"), "DATE", f"{int(m.group('y')):04d}-{_month_of(m):02d}", anchor="absolute")


_SINCE_BEFORE = re.compile(r"(?:منذ|قبل) $")
_LAM = re.compile(r"^ل(?=[" + AR + "])")
_DEFINITE_UNIT = re.compile(r"ال\S+\s")
_VAGUE_LEAD = re.compile(r"(?:في|حتي|خلال)\s+")


@_rule(
    "date_month_cued",
    rf"(?:(?<=في )|(?<=منذ )|(?<=حتي )|(?<=خلال )|(?<=بعد )|(?<=قبل )|(?<=اواخر )|(?<=اوائل )|(?<=مطلع )"
    rf"|(?<=منتصف )|(?<=نهايه )|(?<=بدايه )|(?<=شهر ))(?P<m>{MONTH})(?:\s*[/(]\s*(?P<m2>{MONTH})\s*\)?)?"
    rf"(?:\s+(?P<mod>{PAST_MOD}|{NEXT_MOD}|{THIS_MOD}))?",
)
def _month_cued(m: re.Match[str], ctx: _Context) -> Timex | None:
    month = _month_of(m)
    mod = m.group("mod") or ""
    future = True if (mod in NEXT_WORDS) else False if (mod in PAST_WORDS) else None
    preceding = ctx.text[max(0, m.start("t") - 5) : m.start("t")]
    if future is None and _SINCE_BEFORE.search(preceding):
        future = False
    if future is None and mod not in THIS_WORDS:
        future = _future_context(ctx, *m.span("t"))

    def resolve(dct: date) -> str:
        last_year = (mod in PAST_WORDS) and month == dct.month  # أكتوبر الماضي written in October
        return f"{_closest_year(dct, month, future) - (1 if last_year else 0):04d}-{month:02d}"

    return _relative(ctx, m.span("t"), "year from DCT", resolve, confidence=0.8)


POSITIONS = {
    "مطلع": "START",
    "بدايه": "START",
    "اوائل": "START",
    "منتصف": "MID",
    "اواسط": "MID",
    "اواخر": "END",
    "نهايه": "END",
}


@_rule("year", rf"(?:(?P<pos>{_alt(POSITIONS)})\s+)?(?:(?:عام|العام|سنه|لعام)\s+)(?P<y>{YEAR4})(?:\s*م(?![{AR}]))?")
def _year(m: re.Match[str], ctx: _Context) -> Timex | None:
    return Timex(*m.span("t"), "DATE", m.group("y"), anchor="absolute", mod=POSITIONS.get(m.group("pos") or "", ""))


@_rule(
    "year_range",
    rf"(?:بين|من)\s+(?:(?:عامي|العامين|سنتي|عام|العام)\s+)?(?P<y1>{YEAR4}|{SPELLED})\s*(?:و|الي|حتي|-)\s*"
    rf"(?:(?:عام|العام)\s+)?(?P<y2>{YEAR4}|{SPELLED})|(?P<y3>{YEAR4})\s*-\s*(?P<y4>{YEAR4})(?![0-9]|\s*[/-]\s*[0-9])",
)
def _year_range(m: re.Match[str], ctx: _Context) -> Timex | None:
    years = (m.group("y1") or m.group("y3"), m.group("y2") or m.group("y4"))
    first, last = (spelled_year(y) if not y.isdigit() else int(y) for y in years)
    if first is None or last is None or not 1000 <= first < last <= 2100:
        return None
    return Timex(*m.span("t"), "DATE", f"{first:04d}/{last:04d}", anchor="absolute", mod="RANGE")


@_rule(
    "year_cued",
    rf"(?:(?<=في )|(?<=منذ )|(?<=حتي )|(?<=خلال )|(?<=مطلع )|(?<=نهايه )|(?<=اواخر )|(?<=بدايه )|(?<=منتصف )"
    rf"|(?<=مواليد ))(?P<y>{YEAR4})(?![0-9]|[.,][0-9])",
)
def _year_cued(m: re.Match[str], ctx: _Context) -> Timex | None:
    return Timex(*m.span("t"), "DATE", m.group("y"), anchor="absolute", confidence=0.8)


_DAY_REL = {
    "امس": -1, "الامس": -1, "البارحه": -1, "اول امس": -2, "اول من امس": -2, "قبل امس": -2, "قبل يوم امس": -2,
    "اليوم": 0, "غدا": 1, "غد": 1, "الغد": 1, "بعد غد": 2,
}  # fmt: skip
DAY_REL = _alt(_DAY_REL)


@_rule(
    "day_relative",
    rf"(?:(?P<part>{DAYPART})\s+)?(?:يوم\s+)?(?P<rel>{DAY_REL})(?:\s+(?:يوم\s+)?(?P<wd>{WEEKDAY}))?"
    rf"(?:\s+(?P<part_after>{PART_ADVERB}))?"
    rf"(?!\s+(?:{ORDINAL}|العالمي|الوطني|التالي|الموالي))",
)
def _day_relative(m: re.Match[str], ctx: _Context) -> Timex | None:
    rel, weekday = _spaced(m, "rel"), m.group("wd")
    after_baad = ctx.text[max(0, m.start("t") - 4) : m.start("t")].endswith("بعد ")
    if rel == "غد" and not (m.group("part") or weekday or after_baad):
        return None  # bare غد is rare and literary; غدا and بعد غد carry the meaning
    offset = _DAY_REL[rel]
    part = _part(m)
    kind = "TIME" if part else "DATE"

    def resolve(dct: date) -> str:
        day = dct + timedelta(days=offset)
        return day.isoformat() + (f"T{part}" if part else "")

    timex = _relative(ctx, m.span("t"), f"DCT{offset:+d}D", resolve, type=kind)
    if weekday and timex.value is not None and ctx.dct is not None:
        day = ctx.dct + timedelta(days=offset)
        shift = _weekday_shift(day, WEEKDAYS[weekday])
        if shift:
            timex.flag = f"weekday {weekday} does not fall on DCT{offset:+d}D ({timex.value})"
            timex.confidence = 0.5
        if shift in (-2, -1, 1):  # the DCT is a day or two late (or a time zone early): the weekday named wins
            timex.value = resolve(ctx.dct + timedelta(days=shift))
            timex.flag += f"; the weekday named is taken ({timex.value})"
    return timex


def _weekday_shift(day: date, weekday: int) -> int:
    """Days from ``day`` to the nearest ``weekday`` (0 when it is that weekday; -3..3)."""
    ahead = (weekday - day.weekday()) % 7
    return ahead if ahead <= 3 else ahead - 7


@_rule(
    "weekday",
    rf"(?:(?P<part>{DAYPART})\s+)?(?:(?P<this>هذا|هذه)\s+)?(?:يوم\s+)?(?P<wd>{WEEKDAY})"
    rf"(?:\s+(?P<mod>{PAST_MOD}|{NEXT_MOD})|\s+(?P<nth>الاول|الثاني|الثالث|الرابع|الاخير)(?!\s+(?:من|في)\s))?"
    rf"(?:\s+(?P<part_after>{PART_ADVERB}))?",
)
def _weekday(m: re.Match[str], ctx: _Context) -> Timex | None:
    weekday = WEEKDAYS[m.group("wd")]
    mod = m.group("mod") or ""
    part = _part(m)
    if m.group("this") or m.group("nth"):  # هذا الجمعة: this week's; الأحد الثاني: the month's second Sunday
        nth = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": -1}.get(m.group("nth") or "", 0)

        def this_or_nth(dct: date) -> str | None:
            if not nth:
                return (dct + timedelta(days=weekday - dct.weekday())).isoformat() + (f"T{part}" if part else "")
            first = dct.replace(day=1)
            days = [first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * k) for k in range(5)]
            days = [d for d in days if d.month == dct.month]
            return (days[-1] if nth < 0 else days[nth - 1]).isoformat() if nth <= len(days) else None

        anchor = "DCT week" if not nth else "DCT month"
        return _relative(ctx, m.span("t"), anchor, this_or_nth, type="TIME" if part else "DATE", confidence=0.6)
    if mod in PAST_WORDS:
        direction, confidence = -1, 0.9
    elif mod in NEXT_WORDS:
        direction, confidence = 1, 0.9
    elif ctx.dct is not None and ctx.dct.weekday() == weekday:
        direction, confidence = 0, 0.8
    else:
        direction, confidence = (1 if _future_context(ctx, *m.span("t")) else 0), 0.7

    def resolve(dct: date) -> str:
        return _weekday_date(dct, weekday, direction).isoformat() + (f"T{part}" if part else "")

    anchor = {-1: "previous", 1: "next", 0: "latest"}[direction] + f" {m.group('wd')} from DCT"
    return _relative(ctx, m.span("t"), anchor, resolve, type="TIME" if part else "DATE", confidence=confidence)


_UNIT_REL = {"الاسبوع": "W", "الشهر": "M", "العام": "Y", "السنه": "Y", "العقد": "DE", "القرن": "CE"}


@_rule(
    "unit_relative",
    rf"(?:(?P<pos>مطلع|بدايه|اوائل|منتصف|اواخر|نهايه|اواسط)\s+)?"
    rf"(?:(?:هذا|هذه)\s+(?P<unit1>{AL}?(?:اسبوع|شهر|عام|سنه|عقد|قرن))|{AL}(?P<unit2>اسبوع|شهر|عام|سنه|عقد|قرن)\s+"
    rf"(?P<mod>بعد\s+(?:القادم|المقبل)[ه]?|{PAST_MOD}|{NEXT_MOD}|{THIS_MOD}))"
    rf"|(?P<pos2>مطلع|بدايه|اوائل|منتصف|اواسط|اواخر|نهايه)\s+ال(?P<unit3>اسبوع|شهر|عام|سنه)(?!\s*[0-9])",
)
def _unit_relative(m: re.Match[str], ctx: _Context) -> Timex | None:
    word = (m.group("unit1") or m.group("unit2") or m.group("unit3")).removeprefix("ال").lstrip("ل")
    unit = _UNIT_REL["ال" + word]
    pos = m.group("pos") or m.group("pos2")  # منذ بداية العام: the DCT's year, from its start
    if unit == "W" and pos == "نهايه":
        return None  # نهاية الأسبوع is the weekend (periods.py)
    mod = m.group("mod") or ""
    step = -1 if (mod in PAST_WORDS) else 1 if (mod in NEXT_WORDS) else 0
    step = 2 if mod.startswith("بعد") else step
    position = {"مطلع": "START", "بدايه": "START", "اوائل": "START", "منتصف": "MID", "اواسط": "MID"}
    mod_value = position.get(pos or "", "END" if pos else "")

    def resolve(dct: date) -> str | None:
        if step == 0:
            return {"W": _iso_week(dct), "M": f"{dct.year:04d}-{dct.month:02d}", "Y": f"{dct.year:04d}",
                    "DE": f"{dct.year // 10:03d}", "CE": f"{dct.year // 100:02d}"}[unit]  # fmt: skip
        shifted = _shift(dct, 1, unit, step)
        return shifted[0] if shifted else None

    timex = _relative(ctx, m.span("t"), f"DCT{step:+d}{unit}", resolve, mod=mod_value)
    if mod in ("التالي", "التاليه") and unit in ("Y", "M"):
        timex.extra["follows"] = f"{unit}+1"  # العام التالي: the year after the one told before, if any
    return timex


@_rule(
    "ago_or_later",
    rf"(?P<dir>قبل|بعد)\s+(?:(?:نحو|حوالي|قرابه|اكثر\s+من|اقل\s+من)\s+)?(?:(?P<num>{NUM})\s+)?(?P<unit>{UNIT})"
    rf"(?:(?P<now>\s+من\s+الان)|(?![\u064b-\u0652]*\s+(?:من|علي)\s))",
)
def _ago_or_later(m: re.Match[str], ctx: _Context) -> Timex | None:
    counted = _unit_count(m.group("num"), m.group("unit"))
    if counted is None:
        return None
    count, unit = counted
    sign = 1 if m.group("dir") == "بعد" else -1
    if unit in ("H", "MIN"):
        return Timex(*m.span("t"), "DURATION", _duration(count, unit), anchor="duration", confidence=0.7)

    def resolve(dct: date) -> str | None:
        if m.group("now") and isinstance(count, int) and unit in ("D", "W"):  # بعد أسبوعين من الآن: a day
            return (dct + timedelta(days=sign * count * (7 if unit == "W" else 1))).isoformat()
        shifted = _shift(dct, count, unit, sign)
        return shifted[0] if shifted else ("FUTURE_REF" if sign > 0 else "PAST_REF")

    return _relative(ctx, m.span("t"), f"DCT{'+' if sign > 0 else '-'}P{count}{unit}", resolve)


@_rule(
    "duration_past_span",
    rf"(?:{AL}\u0640*(?P<num>\d{{1,4}})\s+|{AL})?(?P<unit>{AL}?{UNIT})(?:\s+{AL}?(?:قليله|قلائل))?\s+(?P<mod>{PAST_MOD}|{NEXT_MOD})"
    rf"|(?:{AL}\u0640*)?(?P<num2>\d{{1,4}})\s+(?P<unit2>{UNIT})\s+(?P<mod2>{PAST_MOD}|{NEXT_MOD})"
    rf"|{AL}(?P<unit3>{UNIT})\s+{AL}(?:(?P<num3>{NUMWORD})|\u0640*(?P<num4>\d{{1,3}}))\s+(?P<mod3>{PAST_MOD}|{NEXT_MOD})",
)
def _duration_past_span(m: re.Match[str], ctx: _Context) -> Timex | None:
    unit_word = (m.group("unit") or m.group("unit2") or m.group("unit3") or "").removeprefix("ال")
    unit_word = _LAM.sub("", unit_word) if unit_word not in UNITS else unit_word
    if unit_word not in UNITS:
        return None
    counted = _unit_count(m.group("num") or m.group("num2") or m.group("num3") or m.group("num4"), unit_word)
    if counted is None:
        return None
    count, unit = counted
    mod = m.group("mod") or m.group("mod2") or m.group("mod3") or ""
    the_day = count == 1 and unit == "D" and m.group("unit") and _DEFINITE_UNIT.match(m.group("t"))
    if the_day and mod in ("التالي", "التاليه", "السابق", "الماضي"):  # اليوم التالي/السابق: the day after or
        return following(ctx, m.span("t"), 1 if mod.startswith("التالي") else -1)  # before the time told before
    if count == "X" and unit == "D":
        return Timex(*m.span("t"), "DATE", "PAST_REF" if (mod in PAST_WORDS) else "FUTURE_REF", anchor="vague")
    return Timex(*m.span("t"), "DURATION", _duration(count, unit), anchor="duration")


@_rule(
    "same_day",
    r"(?:اليوم\s+(?:نفسه|ذاته)|(?:نفس|ذات)\s+اليوم|(?:الفتره|المده)\s+(?:نفسها|ذاتها)|(?:نفس|ذات)\s+(?:الفتره|المده))"
    r"(?!\s+من\s+(?:كل|هذا|هذه|العام|عام|السنه|سنه|الشهر|الاسبوع)(?!\S))",
)  # not the same day of this year / last year / every year: a date in another year
def _same_day(m: re.Match[str], ctx: _Context) -> Timex | None:
    """في اليوم نفسه، في نفس اليوم: the day told just before (from the DCT, flagged, when none is); في الفترة نفسها:
    the time told just before at its own grain (a month stays a month), unresolved when none is."""
    timex = following(ctx, m.span("t"), 0)
    if "الفتره" in m.group("t") or "المده" in m.group("t"):
        timex.extra["follows"] = "P+0"
        timex.value, timex.flag = None, PERIOD_FLAG
    return timex


_DURATION_CUE = re.compile(r"(?:خلال|منذ|لمده|مده|طيله|طوال|مدار|مدي|اكثر من|اقل من|حوالي|نحو|قرابه) $")


@_rule(
    "duration",
    rf"(?:(?<=خلال )|(?<=منذ )|(?<=لمده )|(?<=مده )|(?<=طيله )|(?<=طوال )|(?<=مدار )|(?<=مدي )"
    rf"|(?<=اكثر من )|(?<=اقل من )|(?<=حوالي )|(?<=نحو )|(?<=قرابه ))?"
    rf"(?:(?P<num>{NUM})\s+)?(?P<unit>{UNIT})(?P<one>\s+(?:واحد|واحده))?",
)
def _duration_rule(m: re.Match[str], ctx: _Context) -> Timex | None:
    num, unit_word = m.group("num"), _spaced(m, "unit")
    _, implied = UNITS[unit_word]
    cued = bool(_DURATION_CUE.search(ctx.text, max(0, m.start("t") - 20), m.start("t")))
    if m.group("one"):
        num, cued = "1", True
    if num is None and implied != 2 and not cued:
        return None  # a bare "يوم" or "عام" is not a duration
    if num is not None and implied == 2:
        return None
    if unit_word in ("يوم", "يوما") and num is None and not cued:
        return None
    counted = _unit_count(num, unit_word)
    if counted is None:
        return None
    count, unit = counted
    return Timex(*m.span("t"), "DURATION", _duration(count, unit), anchor="duration", confidence=0.85 if num else 0.75)


@_rule("set", _alt({**SETS, **SET_PARTS}))
def _set(m: re.Match[str], ctx: _Context) -> Timex | None:
    said = _spaced(m, "t")
    return Timex(*m.span("t"), "SET", SETS.get(said) or SET_PARTS[said], anchor="set")


@_rule("vague", _alt(VAGUE))
def _vague(m: re.Match[str], ctx: _Context) -> Timex | None:
    value = VAGUE[_spaced(m, "t")]
    start, end = m.span("t")
    lead = _VAGUE_LEAD.match(m.group("t"))
    return Timex(start + (lead.end() if lead else 0), end, "DATE", value, anchor="vague", confidence=0.8)


@_rule(
    "frequency",
    rf"(?P<n>مره|مرتين|مرتان|{NUM}\s+مرات)(?:\s+واحده)?\s+(?:في|كل)\s+{AL}?(?P<unit>يوم|اسبوع|شهر|عام|سنه|ساعه)",
)
def _frequency(m: re.Match[str], ctx: _Context) -> Timex | None:
    unit = {"يوم": "P1D", "اسبوع": "P1W", "شهر": "P1M", "عام": "P1Y", "سنه": "P1Y", "ساعه": "PT1H"}[m.group("unit")]
    return Timex(*m.span("t"), "SET", unit, anchor="set")


@_rule(
    "day_range_in_month",
    rf"(?:(?:من|بين)\s+(?P<d1>\d{{1,2}})\s*(?:الي|حتي|و|-)\s*|(?P<d1b>\d{{1,2}})\s*-\s*)(?P<d2>\d{{1,2}})\s+(?:من\s+)?"
    rf"{MONTH_PAIR}(?:\s*[،,]?\s*(?:(?:عام|سنه)\s+)?(?P<y>{YEAR4}|{SPELLED}))?",
)
def _day_range(m: re.Match[str], ctx: _Context) -> Timex | None:
    month = _month_of(m)
    if m.group("y"):
        year = int(m.group("y")) if m.group("y").isdigit() else (spelled_year(m.group("y")) or 0)
        if not 1 <= year <= 9999:
            return None
    elif ctx.dct is not None:
        try:
            year = _closest_year(ctx.dct, month, _future_context(ctx, *m.span("t")))
        except OverflowError:
            return Timex(*m.span("t"), "DATE", None, anchor="range", flag=OUTSIDE_CALENDAR)
    else:
        return Timex(*m.span("t"), "DATE", None, anchor="range", flag="no DCT: year unknown")
    first, flag1 = _make_date(year, month, int(m.group("d1") or m.group("d1b")))
    last, flag2 = _make_date(year, month, int(m.group("d2")))
    value = f"{first}/{last}" if first and last else None
    return Timex(*m.span("t"), "DATE", value, anchor="range", mod="RANGE", flag=flag1 or flag2)


@_rule(
    "month_then_day_range",
    rf"{MONTH_PAIR}(?:\s+(?P<y>{YEAR4}))?\s+بين\s+(?P<d1>\d{{1,2}})\s*(?:و|-)\s*(?P<d2>\d{{1,2}})"
    rf"(?=\s*(?:[.,،؛!?)]|$))",
)
def _month_then_day_range(m: re.Match[str], ctx: _Context) -> Timex | None:
    """شهر نوفمبر بين 19 و 20 (the days after the month; nothing may follow them: بين 10 و 20 شخصا is a count)."""
    return _day_range(m, ctx) if int(m.group("d1")) < int(m.group("d2")) <= 31 else None


SEASONS = {
    "الربيع": "SP",
    "الصيف": "SU",
    "الخريف": "FA",
    "الشتاء": "WI",
    "ربيع": "SP",
    "صيف": "SU",
    "خريف": "FA",
    "شتاء": "WI",
}


@_rule(
    "season",
    rf"(?P<s>{_alt(SEASONS)})\s+(?:(?:عام|العام)\s+)?(?P<y>{YEAR4})|(?P<s2>الربيع|الصيف|الخريف|الشتاء)\s+(?P<mod>{PAST_MOD}|{NEXT_MOD}|{THIS_MOD})",
)
def _season(m: re.Match[str], ctx: _Context) -> Timex | None:
    if m.group("y"):
        return Timex(*m.span("t"), "DATE", f"{m.group('y')}-{SEASONS[m.group('s')]}", anchor="absolute")
    season = SEASONS[m.group("s2")]
    mod = m.group("mod")
    step = -1 if (mod in PAST_WORDS) else 1 if (mod in NEXT_WORDS) else 0
    anchor = f"DCT season {step:+d}"
    return _relative(ctx, m.span("t"), anchor, lambda dct: f"{calendar_year(dct.year + step):04d}-{season}")


@_rule("weekly_set", rf"(?:كل\s+(?:يوم\s+)?|ايام\s+)(?P<wd>{WEEKDAY}|{WEEKDAY_BARE})")
def _weekly_set(m: re.Match[str], ctx: _Context) -> Timex | None:
    word = m.group("wd")
    weekday = WEEKDAYS.get(word, WEEKDAYS.get("ال" + word))
    return Timex(*m.span("t"), "SET", f"XXXX-WXX-{weekday + 1}", anchor="set")


# the rules of the other modules come after these (an earlier rule wins a tie between two expressions as long)
from helpers.extract.timex import anchored, clock, hijri, holidays, periods, weekdays  # noqa: E402, F401
