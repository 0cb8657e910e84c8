"""Times told relative to the time told just before, not to the DCT: اليوم التالي (the day after it), اليوم
السابق (the day before it), العام التالي (the year after it). Without an earlier time of that grain in the text
they count from the DCT, and a day says so in its flag. A week before or after (الأسبوع المقبل، نهاية الأسبوع
القادم، الأسبوع الماضي) in a sentence told on a recent day of an earlier week (قال يوم الأحد ..., DCT Monday)
counts from that day's week, not the DCT's."""

from __future__ import annotations

import re
from datetime import date, timedelta

from helpers.extract.timex.values import Timex, _Context, _relative

FOLLOWS_FLAG = "no earlier date in the text: counted from the DCT"
PERIOD_FLAG = "the same period as what? no earlier date in the text"
_PERIOD = re.compile(r"\d{4}(?:-W\d\d|-\d\d(?:-\d\d)?)?")
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
        if unit == "P":  # في الفترة نفسها: the last time told, at its own grain
            told = (t.value for t in reversed(found[:index]) if t.type in ("DATE", "TIME") and t.value)
            period = next((hit.group(0) for hit in map(_PERIOD.match, told) if hit), None)
            if period is not None:
                timex.value, timex.anchor, timex.flag = period, "previous period", ""
            continue
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


_WEEK = re.compile(r"(\d{4})-W(\d\d)(.*)")
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_TOLD_DAYS = 6  # a told day at most this many days before the DCT: the sentence's own recent day (يوم الأحد)


def weeks_from_told_day(text: str, found: list[Timex], dct: date | None) -> list[Timex]:
    """A week one before or after the DCT (anchor ``DCT+1W``, ``DCT-1W``) in a sentence whose earlier day is a
    recent one of an earlier ISO week than the DCT's: counted from that day's week (قال يوم الأحد إن الانتخابات
    تجرى نهاية الأسبوع القادم, DCT Monday 18 June: the weekend of 23–24 June, not 30 June)."""
    if dct is None:
        return found
    dct_year, dct_week, _ = dct.isocalendar()
    told: Timex | None = None
    for timex in found:
        if told is not None and _SENTENCE_END.search(text, told.end, timex.start):
            told = None
        value = timex.value or ""
        if timex.type == "DATE" and _GRAIN["D"].fullmatch(value):
            day = date.fromisoformat(value)
            recent = 0 < (dct - day).days <= _TOLD_DAYS and day.isocalendar()[:2] != (dct_year, dct_week)
            told = timex if recent else None
            continue
        week = _WEEK.fullmatch(value)
        if told is None or week is None or not timex.anchor.startswith(("DCT+1W", "DCT-1W")):
            continue
        told_day = date.fromisoformat(told.value or "")
        weeks_back = (dct - timedelta(days=dct.weekday())) - (told_day - timedelta(days=told_day.weekday()))
        monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1) - weeks_back
        year, number, _ = monday.isocalendar()
        timex.value = f"{year:04d}-W{number:02d}{week.group(3)}"
        timex.anchor = "told day" + timex.anchor[3:]
    return found


# من العام نفسه، من نفس العام، من السنة ذاتها: the year of the time told before
_SAME_YEAR = re.compile(
    r"\s*(?:من\s+)?(?:(?:ال)?(?:عام|سنه)\s+(?:نفسه|ذاته|نفسها|ذاتها)|(?:نفس|ذات)\s+(?:ال)?(?:عام|سنه))(?![\u0600-\u06ff])"
)
_WITH_YEAR = re.compile(r"(\d{4})(-\d\d(?:-\d\d)?)?")


def same_year(text: str, found: list[Timex]) -> list[Timex]:
    """A month or day whose year was taken from the DCT, followed by «من العام نفسه» (the same year), takes the
    year of the last dated expression before it (وكانت روسيا قد وسعت المطار عام 2015. وفي 30 سبتمبر من نفس العام:
    30 September 2015); with none before it, it stays as it was."""
    grown: list[Timex] = []
    for index, timex in enumerate(found):
        said = _WITH_YEAR.fullmatch(timex.value or "")
        if timex.type != "DATE" or not said or timex.anchor != "year from DCT" or not said.group(2):
            continue
        same = _SAME_YEAR.match(text, timex.end)
        if same is None:
            continue
        earlier = next(
            (t for t in reversed(found[:index]) if t.type in ("DATE", "TIME") and _WITH_YEAR.match(t.value or "")),
            None,
        )
        if earlier is None:
            continue
        value = (earlier.value or "")[:4] + said.group(2)
        if len(value) == 10:
            try:
                date.fromisoformat(value)
            except ValueError:
                continue  # 29 February of a year without one: left as it was
        timex.value, timex.end, timex.anchor, timex.flag = value, same.end(), "previous year", ""
        grown.append(timex)
    for timex in grown:  # what the added words held (العام نفسه) is part of the grown expression
        found = [t for t in found if t is timex or t.end <= timex.start or t.start >= timex.end]
    return found
