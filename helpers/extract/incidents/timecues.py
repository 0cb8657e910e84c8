"""Time expressions of a sentence that give its events no date of their own: a bare time of day (the timex
anchors it on the article's day, the account is on another), a habit's period (في شهر رمضان من كل عام) and the
day of a relative clause (في اليوم الذي: the day on which, not today)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import pandas as pd

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


__all__ = ["CLOCK_NOTE", "DCT_NOTE", "bare_clock", "clock_too_old", "day_which", "habitual"]
