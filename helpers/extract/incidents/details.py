"""The details of one event: its fatalities, its date and time precision, and how it was reported."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

import pandas as pd

from helpers.extract.incidents.vocabulary import (
    AT_LEAST_AFTER,
    DENIAL,
    FATALITIES,
    FUTURE,
    MULTIPLIERS,
    NOT_WHO,
    NUMBER_WORDS,
    QUALIFIERS,
    VAGUE_NUMBERS,
)

VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})


class Fatalities(NamedTuple):
    """A stated count of the dead."""

    start: int
    end: int
    count: int
    text: str
    qualifier: str  # exact, at_least, about or up_to
    who: str


def fatalities(text: str, norm: str, start: int, end: int) -> list[Fatalities]:
    """The death counts stated in ``text[start:end]``: مقتل 30 جنديا، بحياة 3 مدنيين، ما لا يقل عن 5."""
    found = []
    for match in FATALITIES.finditer(norm, start, end):
        raw = match.group("count")
        count = (int(raw) if raw.isdigit() else NUMBER_WORDS[raw]) * MULTIPLIERS.get(match.group("mult") or "", 1)
        qualifier = QUALIFIERS.get(match.group("qual") or "", "exact")
        if raw in VAGUE_NUMBERS:
            qualifier = "about"
        if qualifier == "exact" and AT_LEAST_AFTER.match(norm, match.end(), min(end, match.end() + 25)):
            qualifier = "at_least"
        who = match.group("who") or ""
        if who in NOT_WHO:
            who = ""
        who_text = text[match.start("who") : match.end("who")] if who else ""
        span_start = match.start("qual") if match.group("qual") else match.start("count")
        found.append(Fatalities(span_start, match.end(), count, text[span_start : match.end()], qualifier, who_text))
    return found


class EventDate(NamedTuple):
    """When an event happened, as the sentence or the article says."""

    when: pd.Timestamp | None
    precision: int  # ACLED's time precision: 1 a day, 2 a week or month, 3 vaguer
    text: str
    note: str


def value_precision(value: str) -> int:
    """ACLED's time precision of a TIMEX value: 1 a day, 2 a week or a month, 3 a year or vaguer."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", value or ""):
        return 1
    if re.fullmatch(r"\d{4}-(?:\d\d|W\d\d(?:-WE)?)", value or ""):
        return 2
    return 3


def event_date(times: Sequence[tuple], where: tuple[int, int, int], dct: date | None, has_time: bool) -> EventDate:
    """The date of an event whose trigger is at ``where[0]``, in the part ``where[1]:where[2]`` of its
    sentence: the first dated time expression after the trigger in that part, else the last before it, else
    the sentence's nearest (``times``: rows of the stated-events table of the sentence); without one, the
    article's DCT with precision 2 (3 when the sentence has a time expression that gives no date)."""
    point, low, high = where
    dated = [t for t in times if t[4] in ("DATE", "TIME") and t[6] is not None and not pd.isna(t[6])]
    if dated:
        after = [t for t in dated if point <= t[14] < high]
        before = [t for t in dated if low <= t[14] < point]
        nearest = after[0] if after else before[-1] if before else min(dated, key=lambda t: abs(t[14] - point))
        return EventDate(pd.Timestamp(nearest[6]), value_precision(nearest[5]), nearest[3], "")
    if dct is None:
        return EventDate(None, 3, "", "no date in the sentence and no article date")
    precision = 3 if has_time else 2
    return EventDate(pd.Timestamp(dct), precision, "", "date: the article's date (none stated in the sentence)")


def reported_as(norm: str, sentence: tuple[int, int], point: int, future: bool, claimed: bool) -> str:
    """denied (نفى before it), planned (a future marker before it, or ``future``: سـ on the trigger), claimed
    (a source states it, or an announcement carries it) or reported."""
    s, _ = sentence
    if DENIAL.search(norm, s, point):
        return "denied"
    if future or FUTURE.search(norm, s, point):
        return "planned"
    return "claimed" if claimed else "reported"
