"""The tagger: every rule that can match, the longest non-overlapping expressions, durations joined."""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime

import pandas as pd

from helpers.extract.article import Article
from helpers.extract.timex import rules  # noqa: F401  (registers the rules)
from helpers.extract.timex.clocked import resolve_clock, split_dct
from helpers.extract.timex.combine import combine
from helpers.extract.timex.dispatch import candidates, table
from helpers.extract.timex.endpoints import after_rules
from helpers.extract.timex.guards import misread
from helpers.extract.timex.narrative import resolve_following, same_year, weeks_from_told_day
from helpers.extract.timex.values import _RULES, Timex, _Context
from helpers.extract.timex.yearly import yearly_sets
from helpers.text.normalize import normalize_letters

_TANWEEN_ALEF = re.compile("([\u064b-\u0652]+)(ا)")
# the same test as a search for the pattern, told by eight substring look-ups (several times faster on an article)
_MARK_ALEF = tuple(chr(mark) + "ا" for mark in range(0x064B, 0x0653))


_ONE_UNIT = {"عام": "P1Y", "سنه": "P1Y", "شهر": "P1M", "اسبوع": "P1W", "يوم": "P1D", "ساعه": "PT1H", "دقيقه": "PT1M"}
_AND_ONE_UNIT = re.compile(rf"\s*و\s*({'|'.join(_ONE_UNIT)})(?=\s*(?:و|[.,،؛!?)]|$))")


_AND = re.compile(r"\s*و\s*")
_DATE_UNITS = re.compile(r"([\dX.]+)([YMWD])")
_TIME_UNITS = re.compile(r"([\dX.]+)([HMS])")


def _merge_durations(text: str, found: list[Timex]) -> list[Timex]:
    """Join durations chained by و (ثلاث سنوات وستة أشهر -> P3Y6M), a bare unit counting one (عام وشهر -> P1Y1M)."""
    merged: list[Timex] = []
    for timex in found:
        _add_one_units(text, timex)
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.type == timex.type == "DURATION"
            and _AND.fullmatch(text, last.end, timex.start)
            and last.value
            and timex.value
        ):
            last.value = _add_durations(last.value, timex.value)
            last.end = timex.end
            continue
        merged.append(timex)
    return merged


def _add_one_units(text: str, timex: Timex) -> None:
    """Extend a duration over the bare units after it (عام واحد و شهر -> P1Y1M)."""
    while timex.type == "DURATION" and timex.value and (one := _AND_ONE_UNIT.match(text, timex.end)):
        timex.value = _add_durations(timex.value, _ONE_UNIT[one.group(1)])
        timex.end = one.end()


def _add_durations(first: str, second: str) -> str:
    """P1Y + P1M -> P1Y1M; PT2H + PT30M -> PT2H30M (units kept in ISO order)."""
    parts: dict[str, str] = {}
    for value in (first, second):
        date_part, _, time_part = value[1:].partition("T")
        for number, unit in _DATE_UNITS.findall(date_part):
            parts[unit] = number
        for number, unit in _TIME_UNITS.findall(time_part):
            parts["T" + unit] = number
    date_units = "".join(f"{parts[u]}{u}" for u in "YMWD" if u in parts)
    time_units = "".join(f"{parts['T' + u]}{u}" for u in "HMS" if "T" + u in parts)
    return "P" + date_units + (f"T{time_units}" if time_units else "")


def tag(text: str, dct: date | None = None, dct_flag: str = "", prefilter: bool = True) -> list[Timex]:
    """Find and normalise every time expression in ``text`` (offsets index ``text`` itself). A ``datetime``
    DCT carries a clock: times relative to it (قبل ساعتين) are then resolved to the minute (clocked.py); a
    ``date`` DCT has none. ``prefilter`` tries each rule only at the words it can start with (dispatch.py; the
    same result; False scans the whole text with every rule, for tests)."""
    dct, clock = split_dct(dct)
    norm = normalize_letters(text)
    if any(pair in norm for pair in _MARK_ALEF):
        norm = _TANWEEN_ALEF.sub(r"\2\1", norm)  # صباحًا -> صباحاً: same length, the word then matches
    spaced = " " + norm  # the scanning patterns consume the character before an expression
    original = " " + text
    ctx = _Context(dct=dct, text=spaced, dct_flag=dct_flag, original=original)
    candidates: list[tuple[int, int, int, Timex]] = []  # (−length, rule priority, start, expression)
    for priority, match in _matches(spaced, prefilter):
        name, _, handler, _ = _RULES[priority]
        timex = handler(match, ctx)
        if timex is None or timex.end <= timex.start or misread(name, spaced, original, timex.start, timex.end):
            continue
        while timex.end < len(spaced) and "\u064b" <= spaced[timex.end] <= "\u065f":
            timex.end += 1
        timex.rule = name
        candidates.append((timex.start - timex.end, priority, timex.start, timex))
    found = yearly_sets(spaced, resolve_following(combine(spaced, _merge_durations(spaced, _select(candidates)))))
    found = same_year(spaced, found)
    found = weeks_from_told_day(spaced, after_rules(spaced, found, dct), dct)
    if clock is not None and dct is not None:
        found = resolve_clock(spaced, original, found, dct, clock)
    for timex in found:
        timex.start, timex.end = timex.start - 1, timex.end - 1
    return found


def _matches(text: str, dispatch: bool) -> Iterator[tuple[int, re.Match[str]]]:
    """(rule index, match) of every rule over ``text``, as each rule's own scan finds them: with ``dispatch``
    each rule is tried only at the words it can start with (dispatch.py), else every rule scans the text."""
    if not dispatch:
        for index, (_, _, _, scanning) in enumerate(_RULES):
            yield from ((index, m) for m in scanning.finditer(text))
        return
    _, everywhere = table()
    for index in everywhere:
        yield from ((index, m) for m in _RULES[index][3].finditer(text))
    reached = [0] * len(_RULES)  # where each rule's last match ended: its scan goes on from there
    match_at = _match_methods()
    for position, tried in candidates(text):
        for index in tried:
            if position >= reached[index]:
                match = match_at[index](text, position)
                if match is not None:
                    reached[index] = match.end()
                    yield index, match


@functools.lru_cache(maxsize=1)
def _match_methods() -> tuple[Callable[[str, int], re.Match[str] | None], ...]:
    """Each rule's scanning pattern's ``match`` method, by rule index (looked up once, not at every attempt)."""
    return tuple(scanning.match for _, _, _, scanning in _RULES)


_ORDER = operator.itemgetter(0, 1, 2)  # longest first, then the earlier rule, then the earlier start


def _select(candidates: list[tuple[int, int, int, Timex]]) -> list[Timex]:
    """Keep the longest non-overlapping expressions (earlier rules win ties)."""
    chosen: list[Timex] = []
    starts: list[int] = []  # the kept spans, sorted: they never overlap, so their ends are sorted too
    ends: list[int] = []
    for *_, timex in sorted(candidates, key=_ORDER):
        i = bisect.bisect_left(starts, timex.end)  # the kept spans starting before this one ends
        if i and ends[i - 1] > timex.start:
            continue  # the last of them reaches into it
        chosen.append(timex)
        starts.insert(i, timex.start)
        ends.insert(i, timex.end)
    return sorted(chosen, key=lambda t: t.start)


REQUIRES = ("norm", "dct")
ASSIGNS = ("times",)
TIME_COLUMNS = [
    "article_id", "start", "end", "text", "type", "value", "anchor", "mod", "flag", "confidence", "dct", "dct_source",
]  # fmt: skip


def find_times(article: Article) -> None:
    """The times component: every time expression of the article, resolved against its DCT and flagged."""
    article.times = tag(article.text, dct_with_clock(article), dct_flag=article.dct_flag)


def dct_with_clock(article: Article) -> date | None:
    """The article's DCT, as a ``datetime`` with the published clock when the source gave a time of day: the
    DCT came from the article, ``published`` is not a bare midnight (a date-only source is stored at 00:00) and
    falls on the DCT's day. The clock is the source's own: the stored UTC time plus the source's offset
    (``utc_offset_min``; 0 for GMT or a time written without a zone, and for stores written before it existed)."""
    dct, published = article.dct, article.record.get("published")
    if dct is None or article.record.get("dct_source") != "article" or published is None or pd.isna(published):
        return dct
    stamp = pd.Timestamp(published)
    stamp = stamp.tz_convert("UTC").tz_localize(None) if stamp.tzinfo is not None else stamp
    offset = article.record.get("utc_offset_min")
    if offset is not None and not pd.isna(offset):
        stamp += pd.Timedelta(minutes=int(offset))
    if stamp.date() != dct or (stamp.hour, stamp.minute, stamp.second) == (0, 0, 0):
        return dct
    return datetime(dct.year, dct.month, dct.day, stamp.hour, stamp.minute)


def time_rows(article: Article) -> Iterator[tuple]:
    """The article's rows of the ``times`` table (columns ``TIME_COLUMNS``)."""
    record, text = article.record, article.text
    for t in article.times:
        yield (
            article.article_id, t.start, t.end, text[t.start : t.end], t.type, t.value, t.anchor, t.mod, t.flag,
            t.confidence, record.get("dct"), record.get("dct_source"),
        )  # fmt: skip
