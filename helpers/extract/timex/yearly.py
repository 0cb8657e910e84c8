"""A day of the year repeated: كل 4/15، كل 25 ديسمبر (the date written without a year after كل) is the set
XXXX-04-15, not that day of the DCT's year."""

from __future__ import annotations

import re

from helpers.extract.timex.values import Timex

_EVERY = re.compile(r"(?:^|\s)[وف]?(كل\s+(?:عام\s+|سنه\s+)?(?:في\s+|يوم\s+)?)$")
_DAY_OF_YEAR = re.compile(r"\d{4}-(\d\d-\d\d)")


def yearly_sets(text: str, found: list[Timex]) -> list[Timex]:
    """Turn each day-of-month date whose year came from the DCT, written right after كل, into a yearly SET."""
    for timex in found:
        day = _DAY_OF_YEAR.fullmatch(timex.value or "")
        if not day or timex.type != "DATE" or timex.anchor != "year from DCT":
            continue
        every = _EVERY.search(text, max(0, timex.start - 20), timex.start)
        if every:
            timex.start = every.start(1)
            timex.type, timex.value, timex.anchor, timex.flag = "SET", f"XXXX-{day.group(1)}", "set", ""
            found = [t for t in found if t is timex or t.end <= timex.start or t.start >= timex.end]
    return found
