"""Time expressions of a sentence that give its events no date of their own: a bare time of day (the timex
anchors it on the article's day, the account is on another), a habit's period (في شهر رمضان من كل عام) and the
day of a relative clause (في اليوم الذي: the day on which, not today)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import pandas as pd

from helpers.extract.incidents.vocabulary import FUTURE
from helpers.text.arabic import AR
from helpers.text.normalize import normalize_letters

# A time of day with no day of its own (الساعة العاشرة صباحا، عند الثامنة مساء): the timex anchors it on the
# article's day, but it tells the hour of the day the account is on (a day stated elsewhere in the sentence, or in
# the sentence before): no date of its own for an event.
_DAY_WORDS = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:يوم|امس|غد|غدا|ليله|بارحه|سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)(?![{AR}])"
)


def bare_clock(time_row: tuple, dct: date | None) -> bool:
    """Whether a time expression is a bare time of day (TIME, its value on the DCT's day, its text naming no day)."""
    value, text = str(time_row[5] or ""), normalize_letters(str(time_row[3] or ""))
    if time_row[4] != "TIME" or dct is None or not value.startswith(f"{pd.Timestamp(dct):%Y-%m-%d}T"):
        return False
    return not _DAY_WORDS.search(text)


# A period told as a habit (في شهر رمضان من كل عام، كل يوم جمعة، سنويا): a set time next to it, no one day.
_HABIT_CHARS = 12


def habitual(time_row: tuple, times: Sequence[tuple]) -> bool:
    """Whether a dated expression is a habit's: a set time (SET: كل عام، كل اسبوع، سنويا) right before or after it."""
    if time_row[4] == "SET":
        return False
    start, end = time_row[14], time_row[15]
    return any(
        t[4] == "SET" and (0 <= t[14] - end <= _HABIT_CHARS or 0 <= start - t[15] <= _HABIT_CHARS) for t in times
    )


# «اليوم» with a relative clause after it is "the day on which" (في اليوم الذي يلقي فيه الرئيس خطابه), not today.
_DAY_WHICH = re.compile(rf"\s+(?:الذي|التي)(?![{AR}])")


def day_which(norm: str, time_row: tuple) -> bool:
    """Whether a time expression is the word اليوم that a relative clause follows (the day on which ...)."""
    return normalize_letters(str(time_row[3] or "")).strip() == "اليوم" and bool(_DAY_WHICH.match(norm, time_row[15]))


DCT_NOTE = "date: the article's date (none stated for it in the sentence)"  # ``details.event_date``
# ... its sentence telling a bare time of day (الساعة العاشرة صباحا): the day of the sentence before, when recent
CLOCK_NOTE = DCT_NOTE + "; a time of day told"


def clock_too_old(note: str, when: object, before: object) -> bool:
    """Whether a row told at a bare time of day (``note``, dated ``when`` by its article) follows a sentence
    dated (``before``) over a week earlier: it is the news, not the sentence before's background."""
    return note == CLOCK_NOTE and (pd.Timestamp(when) - pd.Timestamp(before)).days > 7


# Right before a time after the trigger: the end of a span (واستمرت الاشتباكات حتى صباح الجمعة، لغاية مساء أمس), not
# the day the act began.
UNTIL_BEFORE = re.compile(rf"(?<![{AR}])[وف]?(?:حتي|لغايه|الي\s+غايه)\s+$")


# A place named by a day and month (قصر 22 مايو، شارع 26 سبتمبر، مدينة 6 أكتوبر، جسر 14 تموز): the noun of a place
# right before a date that opens on its day's number.
_NAMED_BY_DAY = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:قصر|شارع|جسر|ميدان|ساحه|مدينه|ملعب|جامعه|مستشفي|مدرسه|مجمع|معسكر|مطار|ميناء"
    rf"|جوله|دوار|حي|قاعده|مصنع|سد|نفق)\s+$"
)


def named_by_day(norm: str, time_row: tuple) -> bool:
    """Whether a date is the name of a place (``_NAMED_BY_DAY`` before a date that opens on a number)."""
    start = time_row[14]
    return str(time_row[3]).strip()[:1].isdigit() and bool(_NAMED_BY_DAY.search(norm, max(0, start - 20), start))


# A total over a past period told by its length (أسفرت الغارات خلال أسبوع عن مقتل 260، قتل 750 خلال ثلاثة أشهر من
# المعارك): dated to the period's start, the DCT less its length, at ACLED's month precision; a week or longer.
_OVER_BEFORE = re.compile(rf"(?<![{AR}])(?:خلال|طوال|طيله|علي\s+مدي|علي\s+مدار)\s+(?:ال)?$")
_PERIOD_LENGTH = re.compile(r"P(\d+)([WMY])")
_PERIOD_UNITS = {"W": "weeks", "M": "months", "Y": "years"}
PERIOD_NOTE = "date: the start of the period its total is told over (the DCT less its length)"


# Between an act (or its toll) and a period or «since» time: another clause (، حيث، رغم، بعد رصد; not التي: العملية
# التي ينفذها منذ فبراير) or a comparison (في ثالث هجوم خلال أسبوع، الأعنف خلال ثلاثة أشهر): not the toll's span.
_DETACHED = re.compile(rf"[،,]|(?<![{AR}])[وف]?(?:حيث|رغم|بعد|قبل|وهو|وهي)(?![{AR}])")
_COMPARED_BEFORE = re.compile(
    rf"(?<![{AR}])(?:ال)?(?:اول|ثاني|ثالث|رابع|خامس|اعنف|اكبر|اكثر|اخطر|اسوا|اشد|اعلي|نوعه|نوعها)(?![{AR}])"
)
_COMPARED_CHARS = 40


def detached(norm: str, point: int, at: int) -> bool:
    """Whether a time at ``at`` is told apart from the act at ``point`` (``_DETACHED`` between them, or a
    comparison in the words right before the time, ``_COMPARED_BEFORE``)."""
    low, high = sorted((point, at))
    return bool(_DETACHED.search(norm, low, high) or _COMPARED_BEFORE.search(norm, max(low, at - _COMPARED_CHARS), at))


def period_start(
    norm: str, times: Sequence[tuple], where: tuple[int, int, int, int], dct: pd.Timestamp
) -> tuple[pd.Timestamp, str] | None:
    """The start of a past period of a week or more that the trigger's part of the sentence tells a toll over
    (``_OVER_BEFORE`` right before its length): its start and text, else None; a period to come (سيتم خلال أسبوع)
    is none. ``details.dated`` takes it when a toll is told in the trigger's part (not التفجير الثالث خلال شهر)."""
    _, low, high, _ = where
    for t in times:
        length = _PERIOD_LENGTH.fullmatch(str(t[5] or "")) if t[4] == "DURATION" else None
        if length is None or not low <= t[14] < high or not _OVER_BEFORE.search(norm, max(0, t[14] - 14), t[14]):
            continue
        if FUTURE.search(norm, low, t[14]):
            return None  # a period to come
        if detached(norm, where[0], t[14]):
            return None  # في ثالث هجوم خلال أسبوع: a comparison, not the period of the toll
        start = pd.Timestamp(dct) - pd.DateOffset(**{_PERIOD_UNITS[length[2]]: int(length[1])})
        return start.normalize(), t[3]
    return None


# Between an act and a «since» date: a running total the act adds to (لترتفع بذلك حصيلة القتلى منذ 18 فبراير الى
# 1031): that date starts the total, not the act.
RUNNING_TOTAL = re.compile(
    rf"(?<![{AR}])[وفل]?(?:ترتفع|يرتفع|ارتفع|ارتفعت|ارتفاع|حصيله|ليصل|لتصل|يصل|تصل|اجمالي|مجموع)(?![{AR}])"
)


def not_since_start(norm: str, at: int, point: int, tolls: Sequence) -> bool:
    """Whether a «since» time at ``at`` starts no toll (``tolls``, the counts of dead of the act's part) of the act
    at ``point``: none told, a running total between them (``RUNNING_TOTAL``), or the time told apart from the act
    or its first toll (``detached``: قتل 3 جنود في عفرين، حيث تدور معارك منذ يناير; المختفي منذ مايو has no toll)."""
    if not tolls or RUNNING_TOTAL.search(norm, *sorted((at, point))):
        return True
    return detached(norm, point, at) or detached(norm, tolls[0].start, at)


# A month name as written that is a town's: إب (Ibb, Yemen) with the hamza below (the month آب has the madda), or
# written اب right after a place noun in construct (محافظة اب، مدينة اب).
TOWN_NOT_MONTH = re.compile(r"(?:في\s+)?\u0625\u0628")
# Only a place noun in construct right before the name (محافظة اب): «المدينة في آب» is a month.
_PLACE_NOUN_BEFORE = re.compile(rf"(?<![{AR}])[وفبل]?(?:محافظه|محافظتي|مدينه|مديريه|ريف|اقليم)\s+$")


def town_not_month(norm: str, time_row: tuple) -> bool:
    """Whether a time expression is the town of Ibb, not the month of August (``TOWN_NOT_MONTH``)."""
    written = str(time_row[3]).strip()
    if TOWN_NOT_MONTH.fullmatch(written):
        return True
    start = time_row[14]
    bare = normalize_letters(written) in ("اب", "في اب")
    return bare and bool(_PLACE_NOUN_BEFORE.search(norm, max(0, start - 20), start))


def long_ago(time_row: tuple, dct: date | None, days: int) -> bool:
    """Whether a time expression's date lies more than ``days`` (a year: ``scope.BACKGROUND_DAYS``) before the DCT
    (منذ 2011: a state, history)."""
    start = time_row[6]
    if dct is None or start is None or pd.isna(start):
        return False
    return (pd.Timestamp(dct) - pd.Timestamp(start)).days > days


# The one-word month names (normalised; the time rules' own list is another component's): a count before one is a
# day of the month (قتل في 31 يوليو), never the dead.
MONTH_WORDS = frozenset({
    "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "اغسطس", "سبتمبر", "اكتوبر",
    "نوفمبر", "ديسمبر", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "ايلول", "جانفي", "فيفري", "افريل", "ماي",
    "جوان", "جويليه", "جويلي", "اوت", "محرم", "صفر", "رجب", "شعبان", "رمضان", "شوال",
})  # fmt: skip


__all__ = [
    "CLOCK_NOTE",
    "DCT_NOTE",
    "MONTH_WORDS",
    "PERIOD_NOTE",
    "RUNNING_TOTAL",
    "UNTIL_BEFORE",
    "bare_clock",
    "clock_too_old",
    "day_which",
    "detached",
    "habitual",
    "long_ago",
    "named_by_day",
    "not_since_start",
    "period_start",
    "town_not_month",
]
