"""Publication dates: parsing the forms news sources use, and the document creation time (DCT) of an article."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from hijridate import Hijri

from helpers import config
from helpers.text.normalize import normalize_digits

_NUMERIC_DATE = re.compile(r"^\s*(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})\s*$")
_LEADING_YMD = re.compile(r"^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})(?:$|[T\s])")  # a Hijri date may not be Gregorian
HIJRI_YEARS = range(1300, 1501)  # a year in a date field read as Hijri (1439 AH is 2017-2018)
EARLIEST_YEAR = 1900  # before it (other than Hijri years) a date is a placeholder such as 0001-01-01


def parse_published(text: str) -> datetime | None:
    """Parse a publication time: RFC 822, ISO 8601, YYYY/MM/DD, DD/MM/YYYY or epoch seconds; None if none fits."""
    text = normalize_digits(str(text)).strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    match = _NUMERIC_DATE.match(text)
    if match:
        a, b, c = (int(g) for g in match.groups())
        year, month, day = (a, b, c) if a > 31 else (c, b, a)
        try:
            return datetime(year, month, day)
        except ValueError:
            return None
    if text.isdigit() and 9 <= len(text) <= 10:
        return datetime.fromtimestamp(int(text), tz=timezone.utc)
    return None


def supplied_date(value: str | date) -> date:
    """A DCT supplied by the caller, as a date; raises ValueError naming the bad value."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    parsed = parse_published(value)
    if parsed is None:
        raise ValueError(f"supplied date {value!r} is not a date (use YYYY-MM-DD)")
    return parsed.date()


def midnight(day: date) -> datetime:
    """A naive datetime at midnight, the form DCTs are stored in."""
    return datetime(day.year, day.month, day.day)


def article_dates(
    text: str, default_dct: date | None, today: date
) -> tuple[datetime | None, datetime | None, str, str | None]:
    """An article's date field → (published in UTC, DCT as a local calendar date, DCT source, problem or None)."""
    text = text.strip()
    if not text:
        if default_dct is not None:
            return None, midnight(default_dct), "supplied", "no date in the source; the supplied date is used"
        return None, None, "missing", "no date in the source: relative times cannot be resolved"
    supplied = midnight(default_dct) if default_dct else None
    parsed = parse_published(text)
    ymd = (parsed.year, parsed.month, parsed.day) if parsed is not None else _leading_ymd(text)
    if parsed is None and (ymd is None or ymd[0] not in HIJRI_YEARS or hijri_to_gregorian(*ymd) is None):
        return None, supplied, "supplied" if supplied else "missing", f"unparseable date {text[:40]!r}"
    note = None
    shown = "{:04d}-{:02d}-{:02d}".format(*ymd)
    if ymd[0] < EARLIEST_YEAR:
        gregorian = hijri_to_gregorian(*ymd) if ymd[0] in HIJRI_YEARS else None
        if gregorian is None:
            return None, supplied, "supplied" if supplied else "missing", f"implausible date {shown} ignored"
        note = f"date read as Hijri {shown} → {gregorian.isoformat()}"
        clock = parsed.timetz() if parsed is not None else None
        parsed = datetime.combine(gregorian, clock) if clock is not None else midnight(gregorian)
    local_day = parsed.date()
    published = parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
    if local_day > today + timedelta(days=config.loading_settings().future_date_tolerance_days):
        future = f"future date {local_day.isoformat()} (after {today})"
        return published, midnight(local_day), "article", f"{future}; {note}" if note else future
    return published, midnight(local_day), "article", note


def source_offset_minutes(published: datetime | None) -> int | None:
    """The offset from UTC of the time as the source wrote it, in minutes (+0400 → 240; GMT, or a time written
    without a zone → 0); None without a time. Stored beside ``published`` (kept in UTC), so that the source's own
    clock can be recovered: UTC + offset."""
    if published is None:
        return None
    offset = published.utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Hijri (Umm al-Qura) date, or None if it is not one (or out of range)."""
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def _leading_ymd(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a date text that starts YYYY-MM-DD or is DD/MM/YYYY, whatever its calendar."""
    text = normalize_digits(text).strip()
    match = _LEADING_YMD.match(text)
    if match:
        return int(match[1]), int(match[2]), int(match[3])
    match = _NUMERIC_DATE.match(text)
    if match and len(match[3]) == 4:
        return int(match[3]), int(match[2]), int(match[1])
    return None
