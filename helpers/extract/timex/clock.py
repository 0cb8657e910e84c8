"""Clock times and parts of the day: الساعة الثامنة والنصف (T08:30), 5 مساءً (T17:00), ranges
(بين 5 و6 مساءً -> T17:00/T18:00), parts of day (في الصباح -> TMO, ظهراً -> TMI), منتصف الليل (T24:00).
A part of day may come first (بعد الظهر الساعة 7 -> T19:00). A time with no date is put on the DCT's day; the
tagger moves it onto a date written beside it."""

from __future__ import annotations

import re
from datetime import timedelta

from helpers.extract.timex.values import WHITE, Timex, _Context, _relative, _rule, _spaced
from helpers.extract.timex.vocabulary import (
    HOUR_WORDS,
    MONTH,
    NEXT_MOD,
    NEXT_WORDS,
    NUMWORD,
    PAST_MOD,
    WEEKDAY,
)
from helpers.text.arabic import AR
from helpers.text.patterns import alternation as _alt

# the part of the day an adverb names, and how it moves a 12-hour clock
HOUR_PARTS = {
    "صباحا": "MO", "فجرا": "MO", "ظهرا": "MI", "عصرا": "AF", "بعد الظهر": "AF", "بعد الظهيره": "AF",
    "مساء": "EV", "مساءا": "EV", "ليلا": "NI", "بالليل": "NI",
}  # fmt: skip
HOUR_PART = _alt(HOUR_PARTS)
HOUR_WORD = _alt(HOUR_WORDS) + r"(?!\s+و\s*ال(?:عشر|ثلاث))"  # الثانية والعشرين: a day, not two o'clock
_FRACTION_MINUTES = {"النصف": 30, "نصف": 30, "الربع": 15, "ربع": 15, "ربعا": 15, "الثلث": 20, "ثلث": 20, "ثلثا": 20}
MINUTES = (
    rf"(?:\s+و\s*(?:{_alt(_FRACTION_MINUTES)}|(?:\d{{1,2}}|{NUMWORD}(?:\s+و\s*{NUMWORD})?)\s+(?:دقيق[هة]?|دقائق))"
    rf"|\s+الا\s+(?:{_alt(_FRACTION_MINUTES)}|\d{{1,2}}\s+دقائق|{NUMWORD}\s+دقائق))[\u064b-\u0652]*"
)
DIGITAL = r"\d{1,2}(?::\d{2}(?::\d{2})?)?"
_DAY_BEFORE = re.compile(rf"(?:امس|البارحه|اليوم|غدا|الغد|{WEEKDAY}|[0-9]|{MONTH})\s+$")
_NOT_DAY = rf"(?!\s+(?:(?:يوم\s+)?{WEEKDAY}|(?:امس|البارحه|اليوم|غدا|الغد)(?![{AR}])))"  # مساء أمس: the day's


_MARKS = re.compile("[\u064b-\u0652]")
_MINUTES_LEAD = re.compile(r"^(?:و|الا) ?")
_MINUTES_WORD = re.compile(r"\s+(?:دقيقه|دقائق|دقيقة)$")


def clock_of(hour_text: str, minutes_text: str = "", part: str = "") -> tuple[int, int] | None:
    """(hour, minute) from an hour (8, 8:30, الثامنة), spelled minutes (والنصف، إلا ربع) and a part of day."""
    hour_text = WHITE.sub(" ", hour_text.strip())
    if hour_text in HOUR_WORDS:
        hour, minute = HOUR_WORDS[hour_text], 0
    else:
        pieces = hour_text.split(":")
        hour, minute = int(pieces[0]), int(pieces[1]) if len(pieces) > 1 else 0
    extra = WHITE.sub(" ", minutes_text.strip())
    if extra:
        from helpers.extract.timex.numbers import spelled_value

        words = _MINUTES_LEAD.sub("", _MARKS.sub("", extra))
        words = _MINUTES_WORD.sub("", words)
        count = _FRACTION_MINUTES.get(words)
        if count is None:
            count = int(words) if words.isdigit() else spelled_value(words)
        if count is None:
            return None
        if extra.startswith("الا"):
            hour, minute = (hour - 1) % 24, 60 - count
        else:
            minute += count
    hour = _with_part(hour, HOUR_PARTS.get(WHITE.sub(" ", part), ""))
    if hour > 24 or minute > 59:
        return None
    return hour, minute


def _with_part(hour: int, part: str) -> int:
    """A 12-hour clock moved by its part of day: 5 مساء -> 17, 1 ظهرا -> 13, 2 ليلا -> 2, 12 صباحا -> 0."""
    if part == "MO":
        return 0 if hour == 12 else hour
    if part == "MI":
        return hour + 12 if hour < 6 else hour
    if part in ("AF", "EV"):
        return hour + 12 if hour < 12 else hour
    if part == "NI":
        return hour + 12 if 6 <= hour < 12 else hour
    return hour


def _on_dct_day(ctx: _Context, span: tuple[int, int], clock: str, confidence: float = 0.8) -> Timex:
    """A time of the DCT's day (the tagger moves it onto a date written beside it)."""
    return _relative(ctx, span, "DCT day", lambda dct: dct.isoformat() + clock, type="TIME", confidence=confidence)


@_rule(
    "part_of_day",
    r"(?P<expr>الليله|هذه\s+الليله|هذا\s+الصباح|هذا\s+المساء|صباح\s+اليوم|مساء\s+اليوم|ظهر\s+اليوم)"
    rf"(?:\s+(?P<mod>{NEXT_MOD}|{PAST_MOD}))?(?!\s+(?:ال|[0-9]))",
)
def _part_of_day(m: re.Match[str], ctx: _Context) -> Timex | None:
    expr = _spaced(m, "expr").removeprefix("هذه ").removeprefix("هذا ")
    part = {"الليله": "NI", "الصباح": "MO", "المساء": "EV", "صباح اليوم": "MO", "مساء اليوم": "EV"}.get(expr, "MI")
    mod = m.group("mod") or ""
    step = 1 if (mod in NEXT_WORDS) else -1 if mod else 0
    return _relative(
        ctx,
        m.span("t"),
        f"DCT{step:+d}D",
        lambda dct: f"{(dct + timedelta(days=step)).isoformat()}T{part}",
        type="TIME",
    )


DAY_PERIODS = {
    "الصباح": "MO", "الصباح الباكر": "MO", "الفجر": "MO", "الضحي": "MO", "الظهر": "MI", "الظهيره": "MI",
    "بعد الظهر": "AF", "بعد الظهيره": "AF", "المساء": "EV", "الامسيات": "EV", "الليل": "NI", "الامسيه": "EV",
}  # fmt: skip


@_rule(
    "day_period",
    rf"(?:(?:في|عند|خلال|طوال)\s+)(?:(?:وقت\s+(?:متاخر|مبكر)(?:\s+من)?|اواخر|اوائل|اول|بدايه)\s+)?"
    rf"(?P<p>{_alt(DAY_PERIODS)})|(?:وقت\s+(?:متاخر|مبكر)(?:\s+من)?)\s+(?P<p2>{_alt(DAY_PERIODS)})"
    rf"|(?P<p3>بعد\s+(?:الظهر|الظهيره))(?!\s+(?:الساعه|[0-9]|{HOUR_WORD}))",
)
def _day_period(m: re.Match[str], ctx: _Context) -> Timex | None:
    part = DAY_PERIODS[_spaced(m, next(g for g in ("p", "p2", "p3") if m.group(g)))]
    return Timex(*m.span("t"), "TIME", f"T{part}", anchor="part of day, day unknown", confidence=0.7)


@_rule("midnight", r"منتصف\s+الليل|منتصف\s+ليل(?=\s+(?:اليوم|امس|البارحه))")
def _midnight(m: re.Match[str], ctx: _Context) -> Timex | None:
    return _on_dct_day(ctx, m.span("t"), "T24:00", confidence=0.7)


@_rule(
    "clock_time",
    rf"الساعه\s+(?P<h>{DIGITAL}|{HOUR_WORD})(?P<mi>{MINUTES})?(?:\s*(?P<p>{HOUR_PART}){_NOT_DAY})?"
    rf"|(?P<h2>\d{{1,2}}:\d{{2}})(?::\d{{2}})?(?![0-9])(?:\s*(?P<p2>{HOUR_PART}){_NOT_DAY})?"
    rf"|(?P<h3>\d{{1,2}}|{HOUR_WORD})(?P<mi3>{MINUTES})?\s*(?P<p3>{HOUR_PART}){_NOT_DAY}"
    rf"|(?P<h4>{HOUR_WORD})(?P<mi4>{MINUTES})"
    rf"|(?P<p8>{HOUR_PART})\s+الساعه\s+(?P<h8>{DIGITAL}|{HOUR_WORD})(?P<mi8>{MINUTES})?(?!\s*(?:[0-9]|{HOUR_PART}))"
    rf"|(?P<p9>{HOUR_PART})\s+(?P<h9>\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?![0-9])|{HOUR_WORD})(?P<mi9>{MINUTES})?"
    rf"(?:\s*{HOUR_PART}{_NOT_DAY})?"
    rf"|(?P<h5>\d{{1,2}})(?=\s*[،,]?\s*(?:(?:هذا|هذه)\s+(?:الصباح|المساء|الليله)|الليله))"
    rf"|(?<=في )(?P<h6>{HOUR_WORD})(?!\s+(?:من|عشر))"
    rf"|(?:(?<=الليله في )|(?<=الصباح في )|(?<=المساء في ))(?P<h7>\d{{1,2}})(?![0-9]|\s*(?:[/.:-]\s*[0-9]|{NUMWORD}))",
)
def _clock_time(m: re.Match[str], ctx: _Context) -> Timex | None:
    hour = next(m.group(g) for g in ("h", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9") if m.group(g))
    minutes = m.group("mi") or m.group("mi3") or m.group("mi4") or m.group("mi8") or m.group("mi9") or ""
    part = m.group("p") or m.group("p2") or m.group("p3") or m.group("p8") or m.group("p9") or ""
    if ":" in hour:
        hour = ":".join(hour.split(":")[:2])  # 7:00:14: the seconds dropped
    if any(m.group(g) and m.group(g).isdigit() and int(m.group(g)) > 12 for g in ("h3", "h5", "h7")):
        return None  # 30 صباحا is not a time
    clock = clock_of(hour, minutes, part)
    if clock is None:
        if m.group("h2"):
            return None  # 30:75 without الساعة is a score or a ratio
        return Timex(*m.span("t"), "TIME", None, flag=f"impossible time {hour}")
    confidence = 0.6 if m.group("h5") or m.group("h6") or m.group("h7") else 0.7 if m.group("h3") else 0.8
    span = m.span("t")
    if m.group("p8") and _DAY_BEFORE.search(ctx.text, 0, span[0]):
        span = (m.start("h8") - len("الساعه "), span[1])  # أمس مساء الساعة 8: the part stays with its day
    return _on_dct_day(ctx, span, f"T{clock[0]:02d}:{clock[1]:02d}", confidence)


_IN_PART = {"في الصباح": "صباحا", "في المساء": "مساء", "في الليل": "ليلا"}  # من 5 إلى 6 في المساء


def _end(n: int) -> str:
    """One end of a clock range, its groups numbered ``n`` (the second may take في المساء after it)."""
    part = rf"{HOUR_PART}|{_alt(_IN_PART)}" if n == 2 else HOUR_PART
    return (
        rf"(?:الساعه\s+)?(?P<h{n}>{DIGITAL}|{HOUR_WORD})(?P<mi{n}>{MINUTES})?(?:\s*(?P<p{n}>{part}))?"
        r"[\u064b-\u0652]*"
    )


_DAY_WORD_BEFORE = re.compile(rf"(?:^|\s)[وفبل]?(?:امس|البارحه|اليوم|غدا|الغد|{WEEKDAY})[\u064b-\u0652]*\s+$")


def _day_led(m: re.Match[str], text: str) -> bool:
    """A range of hour words after a day (اليوم من الخامسة إلى السابعة): a clock range without الساعة; not of
    numbers in digits (ارتفع اليوم من 5 إلى 6 بالمئة)."""
    start = m.start("t")
    return bool(
        m.group("lead")
        and not m.group("h1")[0].isdigit()
        and not m.group("h2")[0].isdigit()
        and _DAY_WORD_BEFORE.search(text, max(0, start - 16), start)
    )


@_rule(
    "clock_range",
    rf"(?P<lead>(?:من|بين)\s+)?{_end(1)}\s*(?:الي|حتي|لغايه|و|-)\s*"
    rf"{_end(2)}(?!\s*(?:[0-9]|{NUMWORD}\b))",
)
def _clock_range(m: re.Match[str], ctx: _Context) -> Timex | None:
    text = m.group("t")
    cued = "الساعه" in text or m.group("p1") or m.group("p2") or ":" in text or _day_led(m, ctx.text)
    if not cued or not (m.group("lead") or m.group("p1") or m.group("p2")):
        return None  # من 5 إلى 6 alone is a number range
    second, clock_word = ctx.text[m.end("h1") : m.end("h2")], text.startswith("الساعه")
    if not (m.group("lead") or clock_word or m.group("p2") or ":" in second) and m.group("h2").isdigit():
        return None  # حتى العاشرة صباحا إلى 20 قتيلا: without من/بين/الساعة the second end must be a clock too
    said = WHITE.sub(" ", m.group("p2") or "")
    said = _IN_PART.get(said, said)
    p1, p2 = m.group("p1") or said, said or m.group("p1") or ""
    first = clock_of(m.group("h1"), m.group("mi1") or "", p1)
    last = clock_of(m.group("h2"), m.group("mi2") or "", p2)
    if first is None or last is None:
        return None
    if not m.group("p1") and said and last < first:  # من السابعة والنصف إلى 4 مساءً: the part is the end's only
        first = clock_of(m.group("h1"), m.group("mi1") or "") or first
    if last < first and not m.group("p2"):
        last = (last[0] + 12, last[1]) if last[0] + 12 <= 24 else last
    a, b = f"T{first[0]:02d}:{first[1]:02d}", f"T{last[0]:02d}:{last[1]:02d}"
    return _relative(
        ctx, m.span("t"), "DCT day", lambda dct: f"{dct}{a}/{dct}{b}", type="TIME", mod="RANGE", confidence=0.75
    )
