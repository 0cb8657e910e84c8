"""TIMEX3 values in words for readers: ``PAST_REF`` is "past, unspecified", ``P2W`` "two weeks",
``2018-05-07TEV`` "evening of 7 May 2018", ``2018-W19`` "the week of 7 May 2018". The code stays in its own column
beside the words; nothing here guesses a value the tagger did not give."""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
REFERENCES = {"PAST_REF": "past, unspecified", "PRESENT_REF": "now", "FUTURE_REF": "future, unspecified"}
PARTS_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "MIN": "minute", "S": "second"}
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDINALS = ("first", "second", "third", "fourth")
MODS = {
    "START": "early {}",
    "MID": "mid-{}",
    "END": "late {}",
    "BEFORE": "before {}",
    "AFTER": "after {}",
    "APPROX": "about {}",
    "LESS_THAN": "less than {}",
    "MORE_THAN": "more than {}",
    "EQUAL_OR_LESS": "at most {}",
    "EQUAL_OR_MORE": "at least {}",
}
NO_VALUE = "no value (unresolved)"

_DURATION = re.compile(r"P(?:(?P<date>[\dX.]+[YMWD])|T(?P<time>[\dX.]+(?:H|M|S)))")
_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_CLOCK = re.compile(r"T(\d\d):(\d\d)")


def _count(number: str) -> str:
    """A number of units in words up to twelve (2 → "two"), else as written (15, 1.5)."""
    if number.isdigit() and int(number) < len(NUMBERS):
        return NUMBERS[int(number)]
    return number


def duration_in_words(value: str) -> str | None:
    """``P2W`` → "two weeks", ``PXD`` → "some days", ``PT48H`` → "48 hours", ``P1D`` → "one day"; None when the
    value is not a single-unit duration."""
    match = _DURATION.fullmatch(value)
    if not match:
        return None
    part = match["date"] or match["time"]
    number, unit = part[:-1], part[-1]
    name = UNITS["MIN"] if match["time"] and unit == "M" else UNITS[unit]
    if number == "X":
        return f"some {name}s"
    return f"{_count(number)} {name}{'' if number == '1' else 's'}"


def day_in_words(day: date) -> str:
    """7 May 2018."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _date_in_words(value: str) -> str | None:
    """A calendar value (day, day with a part or a clock time, week, weekend, month, season, quarter, half, year,
    decade, century) in words; None when it is none of them."""
    day = _DAY.match(value)
    if day:
        try:
            when = day_in_words(date(int(day[1]), int(day[2]), int(day[3])))
        except ValueError:
            return None
        rest = value[day.end() :]
        if not rest:
            return when
        if rest[:1] == "T" and rest[1:] in PARTS_OF_DAY:
            return f"{PARTS_OF_DAY[rest[1:]]} of {when}"
        clock = _CLOCK.fullmatch(rest)
        return f"{when}, {clock[1]}:{clock[2]}" if clock else None
    week = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
    if week:
        try:
            monday = date.fromisocalendar(int(week[1]), int(week[2]), 1)
        except ValueError:
            return None
        if week[3]:
            return f"the weekend of {day_in_words(monday + timedelta(days=5))}"
        return f"the week of {day_in_words(monday)}"
    return _period_in_words(value)


def _period_in_words(value: str) -> str | None:
    """A month, season, quarter, half, year, decade or century in words; None otherwise."""
    month = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if month and 1 <= int(month[2]) <= 12:
        return f"{MONTHS[int(month[2]) - 1]} {month[1]}"
    part = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])", value)
    if part:
        code, year = part[2], part[1]
        if code in SEASONS:
            return f"{SEASONS[code]} {year}"
        kind = "quarter" if code[0] == "Q" else "half"
        return f"the {ORDINALS[int(code[1]) - 1]} {kind} of {year}"
    if re.fullmatch(r"\d{4}", value):
        return value
    if re.fullmatch(r"\d{3}", value):
        return f"the {value}0s"
    if re.fullmatch(r"\d\d", value):
        return f"the {value}00s"
    return None


def _set_in_words(value: str) -> str | None:
    """``P1D`` → "every day", ``P1W`` → "every week", ``XXXX-WXX-5`` → "every Friday"; None otherwise."""
    weekday = re.fullmatch(r"XXXX-WXX-([1-7])", value)
    if weekday:
        return f"every {WEEKDAYS[int(weekday[1]) - 1]}"
    match = _DURATION.fullmatch(value)
    if match:
        part = match["date"] or match["time"]
        name = UNITS["MIN"] if match["time"] and part[-1] == "M" else UNITS[part[-1]]
        return f"every {name}" if part[:-1] == "1" else f"every {duration_in_words(value)}"
    return None


def value_in_words(value: object, kind: object = "", mod: object = "") -> str:
    """A TIMEX3 ``value`` of type ``kind`` (DATE, TIME, DURATION, SET) with its ``mod`` in words, for a reader:
    ``PAST_REF`` → "past, unspecified", ``P2W`` → "two weeks" ("about two weeks" with mod APPROX),
    ``2018-05-07TEV`` → "evening of 7 May 2018", ``2018-W19`` → "the week of 7 May 2018", ``2018-04`` with mod
    START → "early April 2018", ``2011/2014`` → "2011 to 2014". A value it cannot read is returned as it is."""
    if value is None or (isinstance(value, float) and value != value) or str(value).strip() == "":
        return NO_VALUE
    text = str(value).strip()
    kind = "" if kind is None or kind != kind else str(kind)
    words = _words(text, kind)
    mod = "" if mod is None or mod != mod else str(mod)
    if words is None:
        return text
    return MODS[mod].format(words) if mod in MODS else words


def _words(text: str, kind: str) -> str | None:
    """``value_in_words`` without the modifier (None when the value is not read)."""
    if text in REFERENCES:
        return REFERENCES[text]
    if "/" in text:
        first, _, last = text.partition("/")
        one, two = _words(first, kind), _words(last, kind)
        return f"{one} to {two}" if one and two else None
    if kind == "SET":
        return _set_in_words(text)
    if text.startswith("P"):
        return duration_in_words(text)
    return _date_in_words(text)
