"""Times relative to the DCT's clock, when the DCT has one (a news timestamp such as "Mon, 18 Jun 2018 14:36:22
GMT", a reference date-time). With a clock at 14:36:
- قبل ساعتين / سيصل بعد 5 ساعات / سأغادر بعد يوم وساعتين: the moment that long before or after, a TIME
  2018-06-18T12:36; بعد needs a future verb (in a past story, بعد 5 دقائق counts from the last event told);
- منذ ساعتين after a verb of a single happening (وصل منذ ساعتين): the same moment; after a verb of lasting
  (يتواصل القصف منذ ساعتين) it stays the duration PT2H;
- الساعات الثلاث الماضية / الساعة القادمة: the span ending or starting at the clock, 2018-06-18T11:36/…T14:36
  (not الأخيرة/التالية: الدقائق الخمس الأخيرة of a match);
- بقية اليوم: from the clock to the day's end, 2018-06-18T14:36/2018-06-18T23:59;
- الليلة before 05:00 with no future cue: the night that began the day before (a 02:30 report of غارات الليلة).
A date-only DCT leaves all of these as the tagger gives them (durations, the day). Values are minutes, no zone."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from dateutil.relativedelta import relativedelta

from helpers.extract.timex.direction import FUTURE, POINT, reading
from helpers.extract.timex.values import Timex, _Context, _future_context
from helpers.text.patterns import cue_strings, holds_any

# a duration with clock units, calendar units before them: P1DT2H, PT30M, PT2H30M, P1M2DT2H30M (no X)
_CLOCK_DURATION = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?T(?:(\d+)H)?(?:(\d+)M)?")
_BEFORE = re.compile(r"(?:^|\s)(?P<dir>قبل|بعد|منذ)\s+(?:(?:نحو|حوالي|قرابه|اكثر\s+من|اقل\s+من)\s+)?$")
_OWN_DIRECTION = re.compile(r"(?P<dir>قبل|بعد)\s")
_ANCHORED_AFTER = re.compile(r"\s+(?:من|علي)\s")  # بعد ساعتين من الهجوم: counted from an event, not the clock
# the spans up to or from now: الماضية/المنصرمة/الفائتة, المقبلة/القادمة (not الأخيرة/التالية/السابقة, which in
# a match report count the match's minutes)
_PAST = re.compile(r"(?<!\w)(?:الماضيين|الماضيتين|الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الفائته)(?!\w)")
_NEXT = re.compile(r"(?<!\w)(?:المقبلين|المقبلتين|القادمين|القادمتين|المقبل|المقبله|القادم|القادمه)(?!\w)")
_FIRST_PERSON_FUTURE = re.compile(r"(?<!\w)[وف]?سأ(?!ل)\w{2,}")  # سأعود، سأغادر (not سأل, asked)
_REST_OF_DAY = re.compile(r"(?<!\w)(?:بقيه|باقي)\s+(?:هذا\s+)?(?:ال)?يوم(?!\w)")  # بقية (هذا) اليوم
_REST_OF_DAY_CUES = cue_strings(_REST_OF_DAY)  # looked for first: the pattern's look-behind makes it slow to scan
_SMALL_HOURS = 5  # before 05:00, الليلة is still the night that began the evening before


def split_dct(dct: date | None) -> tuple[date | None, time | None]:
    """(the DCT's day, its clock or None): a ``datetime`` carries a clock, a ``date`` does not."""
    if isinstance(dct, datetime):
        return dct.date(), dct.time().replace(second=0, microsecond=0, tzinfo=None)
    return dct, None


def _minutes(value: str | None) -> relativedelta | None:
    """The length of a duration with at least one clock unit (years, months and days before it); None otherwise."""
    match = _CLOCK_DURATION.fullmatch(value or "")
    if not match or not (match.group(4) or match.group(5)):
        return None
    years, months, days, hours, minutes = (int(g) if g else 0 for g in match.groups())
    return relativedelta(years=years, months=months, days=days, hours=hours, minutes=minutes)


def _stamp(moment: datetime) -> str:
    """2018-06-18T12:36."""
    return moment.strftime("%Y-%m-%dT%H:%M")


def resolve_clock(text: str, original: str, found: list[Timex], day: date, clock: time) -> list[Timex]:
    """Rewrite the clock-relative expressions of ``found`` (offsets index the normalised ``text`` and the
    ``original`` it came from) against the DCT ``day`` at ``clock``."""
    now = datetime.combine(day, clock)
    for timex in found:
        if timex.type == "DURATION":
            _clock_duration(text, original, timex, now)
        elif clock.hour < _SMALL_HOURS and timex.value == f"{day.isoformat()}TNI":
            _last_night(text, timex, day)
    return _rest_of_day(text, found, now)


def _last_night(text: str, timex: Timex, day: date) -> None:
    """الليلة told in the small hours (no future cue): the night of the day before."""
    if text[timex.start : timex.end] in ("الليله", "هذه الليله") and not _future_context(
        _Context(dct=day, text=text), timex.start, timex.end
    ):
        timex.value = f"{(day - timedelta(days=1)).isoformat()}TNI"
        timex.anchor = "DCT-1D (a night told in the small hours)"


def _ahead(text: str, original: str, timex: Timex) -> bool:
    """Whether بعد + a duration counts from now: a future verb governs it (سيحدث، سأعود)."""
    if reading(text, timex.start, timex.end).direction == FUTURE:
        return True
    return bool(_FIRST_PERSON_FUTURE.search(original, max(0, timex.start - 40), timex.start))


def _clock_duration(text: str, original: str, timex: Timex, now: datetime) -> None:
    """A clock duration counted from the DCT's clock: a moment (قبل/بعد/منذ) or a span (الماضية/المقبلة)."""
    length = _minutes(timex.value)
    if length is None:
        return
    surface = text[timex.start : timex.end]
    own = _OWN_DIRECTION.match(surface)
    before = _BEFORE.search(text, max(0, timex.start - 30), timex.start)
    direction = own.group("dir") if own else (before.group("dir") if before else "")
    if direction and not _ANCHORED_AFTER.match(text, timex.end):
        if direction == "منذ" and reading(text, timex.start, timex.end).shape != POINT:
            return  # استمر منذ ساعتين: a duration, as without a clock
        if direction == "بعد" and not _ahead(text, original, timex):
            return  # سجل بعد 5 دقائق: counted from the last event told, not from the clock
        sign = 1 if direction == "بعد" else -1
        timex.anchor = f"DCT{'+' if sign > 0 else '-'}{timex.value}"
        timex.type, timex.value = "TIME", _stamp(now + length if sign > 0 else now - length)
        return
    if _PAST.search(surface):
        timex.type, timex.value, timex.anchor = "TIME", f"{_stamp(now - length)}/{_stamp(now)}", "DCT clock"
    elif _NEXT.search(surface):
        timex.type, timex.value, timex.anchor = "TIME", f"{_stamp(now)}/{_stamp(now + length)}", "DCT clock"


def _rest_of_day(text: str, found: list[Timex], now: datetime) -> list[Timex]:
    """بقية اليوم / باقي يوم: from the clock to 23:59 of the DCT's day (the tagger's اليوم inside it replaced)."""
    if not holds_any(text, 0, len(text), _REST_OF_DAY_CUES) or not _REST_OF_DAY.search(text):
        return found
    for match in _REST_OF_DAY.finditer(text):
        start, end = match.span()
        found = [t for t in found if t.end <= start or t.start >= end]
        value = f"{_stamp(now)}/{now.date().isoformat()}T23:59"
        found.append(Timex(start, end, "TIME", value, anchor="DCT clock", rule="rest_of_day"))
    return sorted(found, key=lambda t: t.start)
