"""The stated-events component: one row per time expression, with the event around it, its status
(forecast, planned, claimed, reported) and who stated it. Actors and places join by article and sentence."""

from __future__ import annotations

import bisect
import re
from calendar import monthrange
from collections.abc import Iterator
from datetime import date, timedelta

import pandas as pd

from helpers.extract.article import Article
from helpers.extract.attribution import REPORTING_VERB
from helpers.extract.timex.direction import EVENT, FUTURE, PAST, POINT, RECORD, SPAN, Reading, reading, record_since
from helpers.extract.timex.values import Timex
from helpers.extract.timex.vocabulary import FUTURE_CUE
from helpers.text.arabic import AR

REQUIRES = ("times", "attributions")
ASSIGNS = ("events",)

FORECAST_CUE = re.compile(
    rf"(?<![{AR}])(?:متوقعا|متوقعه|يتوقع|تتوقع|توقع|توقعت|المتوقع|رجح|يرجح|مرجحا|ترجيح|تتجاوز|يتجاوز|تستغرق"
    rf"|يستغرق|ستستغرق|سيستغرق|لن تطول|قد تطول|خلال مده)(?![{AR}])"
)
EVENT_COLUMNS = [
    "article_id",
    "sentence_id",
    "dct",
    "time_text",
    "time_type",
    "time_value",
    "start_date",
    "end_date",
    "status",
    "predicate",
    "speaker",
    "source_kind",
    "sentence",
    "sentence_start",
    "time_start",
    "time_end",
    "flag",
    "role",
    "direction",
]
_VERB_LIKE = re.compile(rf"(?<![{AR}])[وف]?(?:س?[يتن](?!ال)[{AR}]{{3,}}|[{AR}]{{3,5}}(?:ت|وا))(?![{AR}])")


# The days of the calendar (years 1 to 9999, Python's dates and the store's microsecond Timestamps): a value
# outside them has no start_date / end_date (NaT).
_FIRST_DAY, _LAST_DAY = date.min, date.max


def date_span(value: str | None, dct: date | None, kind: str) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """Calendar start and end of a resolved value; a duration runs from the DCT. A span reaching outside the
    calendar (before 0001-01-01 or after 9999-12-31) gives NaT."""
    try:
        return _date_span(value, dct, kind)
    except (OverflowError, ValueError):  # pandas' OutOfBoundsDatetime is a ValueError
        return pd.NaT, pd.NaT


def _stamp(day: date | str) -> pd.Timestamp:
    """``pd.Timestamp(day)`` of a day (a date, or ``YYYY-MM-DD``); OverflowError outside the calendar."""
    plain = date.fromisoformat(day) if isinstance(day, str) else day
    if not _FIRST_DAY <= plain <= _LAST_DAY:
        raise OverflowError(f"{plain} is outside the calendar")
    return pd.Timestamp(day)


def _date_span(value: str | None, dct: date | None, kind: str) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """``date_span`` (OverflowError or ValueError outside the Timestamp days)."""
    if not value:
        return None, None
    if kind == "DURATION" and dct is not None:
        length = _duration_days(value)
        if length is None:
            return None, None
        start = _stamp(dct)
        end = start + pd.Timedelta(days=length)
        if end >= pd.Timestamp(_LAST_DAY) + pd.Timedelta(days=1):
            raise OverflowError(f"{end} is outside the calendar")
        return start, end
    match = re.fullmatch(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?(?:T.*)?", value)
    week = re.fullmatch(r"(\d{4})-W(\d\d)", value)
    if week:
        monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        _stamp(monday + timedelta(days=6))  # (OverflowError past 9999-12-31)
        return _stamp(monday), pd.Timestamp(monday) + pd.Timedelta(days=6)
    if "/" in value:
        first, _, last = value.partition("/")
        return date_span(first, dct, "DATE")[0], date_span(last, dct, "DATE")[1]
    period = _period_days(value)
    if period is not None:
        return _stamp(period[0]), _stamp(period[1])
    if not match:
        return None, None
    year, month, day = match.group(1), match.group(2), match.group(3)
    if day:
        stamp = _stamp(f"{year}-{month}-{day}")
        return stamp, stamp
    if month:
        stamp = _stamp(f"{year}-{month}-01")
        return stamp, stamp + pd.offsets.MonthEnd(0)
    return _stamp(f"{year}-01-01"), _stamp(f"{year}-12-31")


_PERIOD = re.compile(r"(?P<y>\d{4})-(?:(?P<part>[QH])(?P<n>[1-4])|W(?P<w>\d\d)-WE)|(?P<decade>\d{3})|(?P<century>\d\d)")


def _period_days(value: str) -> tuple[date, date] | None:
    """First and last day of a quarter (2016-Q3), half (2016-H1), weekend (2016-W45-WE: ISO days 6-7, Saturday and
    Sunday, as TIMEX3 defines it), decade (197) or century (19 = 1900-1999); None for any other value."""
    match = _PERIOD.fullmatch(value)
    if not match:
        return None
    if match["decade"] or match["century"]:
        digits = match["decade"] or match["century"]
        size = 10 ** (4 - len(digits))
        first_year = max(int(digits) * size, 1)
        return date(first_year, 1, 1), date(int(digits) * size + size - 1, 12, 31)
    year = int(match["y"])
    if match["w"]:
        saturday = date.fromisocalendar(year, int(match["w"]), 6)
        return saturday, saturday + timedelta(days=1)
    months = 3 if match["part"] == "Q" else 6
    last_month = int(match["n"]) * months
    if last_month > 12:
        raise ValueError(f"no such part of a year: {value}")
    return date(year, last_month - months + 1, 1), date(year, last_month, monthrange(year, last_month)[1])


_SINCE = re.compile(r"(?:^|\s)[وف]?منذ\s+$")
MOD_PART_DAYS = 10  # "early May": the first ten days of a month; a longer period's first, middle or last third


def mod_days(start: pd.Timestamp, end: pd.Timestamp, mod: object) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The days a period stated with the TIMEX ``mod`` START, MID or END covers ("early May", "mid-April",
    "late 2017", "by the end of the year"): a month's first, middle or last ten days, a longer period's first,
    middle or last third. Other mods, shorter spans and missing days are returned as they are."""
    if mod not in ("START", "MID", "END") or pd.isna(start) or pd.isna(end):
        return start, end
    days = (end - start).days + 1
    if days < 27:
        return start, end
    part = pd.Timedelta(days=(MOD_PART_DAYS if days <= 31 else days // 3) - 1)
    if mod == "START":
        return start, start + part
    if mod == "END":
        return end - part, end
    middle = start + pd.Timedelta(days=(days - part.days - 1) // 2)
    return middle, middle + part


def _since_date(
    norm: str, timex: Timex, start: pd.Timestamp | None, end: pd.Timestamp | None, dct: date | None
) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """منذ + a past date (منذ فبراير 2018، منذ بداية العام، منذ يوم الخميس): a span from that date (narrowed by its
    ``mod``: منذ نهاية العام الماضي starts late last year) to the DCT; None for any other date."""
    if dct is None or start is None or end is None or pd.isna(start) or pd.isna(end):
        return None
    if not _SINCE.search(norm, max(0, timex.start - 8), timex.start):
        return None
    first, _ = mod_days(start, end, timex.mod)
    last = _dct_stamp(dct)
    return (first, last) if first <= last else None


def _lasted_then(
    norm: str, timex: Timex, found: Reading, dated: pd.Timestamp | None, days: tuple
) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """A past span that lasted (استمرت يومين, not منذ) in a sentence with an earlier past date (في ديسمبر الماضي
    ... زيارة استمرت يومين): it runs from that date for its length, not up to the DCT (after بعدما أمضى it ends
    on that date); else ``days``."""
    if dated is None or found.role != EVENT or found.direction != PAST or found.shape != SPAN:
        return days
    if _SINCE.search(norm, max(0, timex.start - 8), timex.start):
        return days
    length = _duration_days(timex.value or "")
    if length is None:
        return days
    try:
        if _AFTER_HAVING.search(norm, max(0, timex.start - 30), timex.start):
            return dated - pd.Timedelta(days=length), dated  # عاد يومها بعدما أمضى أسبوعين: the two weeks before
        return dated, dated + pd.Timedelta(days=length)
    except (OverflowError, ValueError):
        return days


# بعدما أمضى / بعد أن قضى + a duration: a span that ended when the dated happening came
# (not a sentence: بعدما حكمت بسجنه عامين, its second word a ب-object)
_AFTER_HAVING = re.compile(rf"(?<![{AR}])(?:بعدما|بعد\s+ان)\s+[{AR}]+\s+(?:(?!ب)[{AR}]+\s+)?$")


def duration_span(
    value: str | None, dct: date | None, found: Reading
) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """Calendar days of a duration read in its sentence (``direction.reading``): a past span ends at the DCT, a
    past point is that long before it, a future span starts at it; an age, a history, a duration measured from
    another event or with no direction has none (charts never draw it)."""
    if dct is None or found.role != EVENT or found.shape not in (SPAN, POINT) or not found.direction:
        return None, None
    length = _duration_days(value or "")
    if length is None:
        return None, None
    if found.direction == FUTURE:
        return date_span(value, dct, "DURATION")
    try:
        start = _stamp(dct) - pd.Timedelta(days=length)
        if start < pd.Timestamp(_FIRST_DAY):
            raise OverflowError(f"{start} is outside the calendar")
    except (OverflowError, ValueError):
        return pd.NaT, pd.NaT
    return (start, start) if found.shape == POINT else (start, _stamp(dct))


def _duration_status(cues: tuple[bool, bool], found: Reading, attributed: bool) -> str | None:
    """The status a duration's reading decides (None: left to ``_status_of``): past (and an age or a history) is
    reported or claimed, never planned; future is planned, or forecast with a forecasting word."""
    if found.direction == PAST or found.role != EVENT:
        return "claimed" if attributed else "reported"
    if found.direction == FUTURE:
        return "forecast" if cues[1] else "planned"
    return None


def _dct_stamp(dct: date | None) -> pd.Timestamp:
    """The DCT as a Timestamp of the events table (NaT when there is none)."""
    return pd.Timestamp(dct) if dct else pd.NaT


def _duration_days(value: str) -> float | None:
    """Approximate length of a TIMEX duration in days (None when the count is unknown, PXD)."""
    match = re.fullmatch(
        r"P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?",
        value,
    )
    if not match or not any(match.groups()):
        return None
    y, mo, w, d, h, mi = (float(g) if g else 0.0 for g in match.groups())
    return 365 * y + 30.4 * mo + 7 * w + d + h / 24 + mi / 1440


def _status(sentence_norm: str, timex: Timex, dct: date | None, attributed: bool) -> str:
    """forecast, planned, claimed or reported: the expression's own date decides first, then the sentence's tense."""
    return _status_of(_tense_cues(sentence_norm), timex, dct, attributed)


def _tense_cues(sentence_norm: str) -> tuple[bool, bool]:
    """Whether a sentence speaks of the future, and whether it forecasts (looked for once per sentence)."""
    return bool(FUTURE_CUE.search(sentence_norm)), bool(FORECAST_CUE.search(sentence_norm))


def _status_of(cues: tuple[bool, bool], timex: Timex, dct: date | None, attributed: bool) -> str:
    """``_status`` with the sentence's ``_tense_cues``."""
    past_or_present = timex.value in ("PAST_REF", "PRESENT_REF")
    if timex.type in ("DATE", "TIME") and dct is not None and not past_or_present:
        start, _ = date_span(timex.value, dct, timex.type)
        first = _first_day(timex.value) if start is pd.NaT else start.date() if start is not None else None
        if first is not None:
            if first > dct:
                return "planned"
            past_or_present = True
    future_cue, forecast_cue = cues
    future = future_cue and not past_or_present
    if forecast_cue and (timex.type == "DURATION" or future or timex.value == "FUTURE_REF"):
        return "forecast"
    if future or timex.value == "FUTURE_REF":
        return "planned"
    return "claimed" if attributed else "reported"


def _first_day(value: str | None) -> date | None:
    """The first day of a DATE value (its year, week, month or day) as a date, when ``date_span`` gives NaT."""
    match = re.match(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", value or "")
    week = re.match(r"(\d{4})-W(\d\d)", value or "")
    if not match:
        return None
    try:
        if week:
            return date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        return date(int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1))
    except ValueError:
        return None


# A sentence longer than this (no real one is: ANT's longest has 1.6k characters; a dump without punctuation
# is) is shown in the events table by the part of it around each time expression, this many characters each
# side, with ``sentence_start`` that part's offset: the whole of it in every row would make the table grow
# with the square of the sentence's length.
_EXCERPT_OVER, _EXCERPT_SIDE = 5_000, 1_000
# A sentence longer than this has its verb-like words listed once (``_Verbs``), not scanned again from its
# start for each of its time expressions.
_LONG_SENTENCE = 400
# How far before a time expression its predicate is looked for first, in a long sentence.
_NEAR = 200


def _predicate(text: str, norm: str, sent_start: int, time_start: int, verbs: _Verbs | None = None) -> str:
    """A verb-like word nearest before the time expression in its sentence (a heuristic; may be empty).
    ``verbs``, for a long sentence, lists its verb-like words (the same answer, found in linear time)."""
    if verbs is None:
        candidates = [
            m for m in _VERB_LIKE.finditer(norm, sent_start, time_start) if not REPORTING_VERB.fullmatch(m.group(0))
        ]
        last = candidates[-1].span() if candidates else None
    else:
        last = verbs.last_before(time_start)
    if last is None:
        after = _VERB_LIKE.search(norm, time_start, min(len(norm), time_start + 60))
        last = after.span() if after else None
    return text[last[0] : last[1]] if last else ""


class _Verbs:
    """The verb-like words of one long sentence (not reporting verbs), for ``_predicate``.

    A verb-like word is a whole run of Arabic letters (the pattern's look-arounds), so the words before a
    point are those of the sentence that end before it, and the scan up to the point can start at any word
    boundary: the last word is looked for in the ``_NEAR`` characters before the point, then in the list.
    """

    def __init__(self, norm: str, start: int, end: int) -> None:
        self.norm, self.start = norm, start
        self.spans = [
            m.span() for m in _VERB_LIKE.finditer(norm, start, end) if not REPORTING_VERB.fullmatch(m.group(0))
        ]
        self.starts = [a for a, _ in self.spans]

    def last_before(self, point: int) -> tuple[int, int] | None:
        """The span ``_predicate``'s scan of ``norm[start:point]`` ends with (None when it finds none)."""
        norm, low = self.norm, max(self.start, point - _NEAR)
        while low > self.start and _ARABIC_LETTER.match(norm, low - 1):
            low -= 1  # start at a word boundary: no verb-like word reaches across it
        near = [m.span() for m in _VERB_LIKE.finditer(norm, low, point) if not REPORTING_VERB.fullmatch(m.group(0))]
        if near:
            return near[-1]
        i = bisect.bisect_left(self.starts, low)  # the words before the window end before it
        return self.spans[i - 1] if i else None


_ARABIC_LETTER = re.compile(f"[{AR}]")
# "later" tells the future only with a future cue in its sentence (سـ، سوف، من المقرر...); in a past story
# (وزارة الصحة أجملت لاحقا عدد القتلى) it is a later step of what is told, not a plan.
_LATER = re.compile(r"(?:(?:في )?وقت |و)?لاحق[اه]?[\u064b-\u0652]*|فيما بعد")


def find_events(article: Article) -> None:
    """Fill the article's stated events: each time expression with its sentence's first attribution."""
    text, norm, dct = article.text, article.norm, article.dct
    spans = article.sentences
    sentence_id, cues, sentence, verbs = -1, (False, False), "", None
    for timex in article.times:
        if article.sentence_of(timex.start) != sentence_id:  # a sentence's own values computed once
            sentence_id = article.sentence_of(timex.start)
            dated = None  # the start of the sentence's last past date, for a duration that lasted then
            s, e = spans[sentence_id] if spans else (0, len(text))
            cues, sentence = _tense_cues(norm[s:e]), text[s:e]
            verbs = _Verbs(norm, s, e) if e - s > _LONG_SENTENCE else None
        found = article.attributions.get(sentence_id)
        who = found[0] if found else None
        found = reading(norm, timex.start, timex.end, s, e) if timex.type == "DURATION" else None
        since, role = None, EVENT
        if found is None:
            start, end = date_span(timex.value, dct, timex.type)
            since = _since_date(norm, timex, start, end, dct)
            if since is not None and record_since(norm, s, timex.start):
                since, role, start, end = None, RECORD, None, None  # لأول مرة منذ عام 1982: no span, no event
            elif since is not None:
                start, end = since
            elif start is not None and not pd.isna(start) and dct is not None and start < _dct_stamp(dct):
                dated = start
            status = _status_of(cues, timex, dct, who is not None)
            if status == "planned" and not cues[0] and _LATER.fullmatch(norm[timex.start : timex.end]):
                status = "claimed" if who is not None else "reported"  # أجملت لاحقا: later in a past story
        else:
            start, end = duration_span(timex.value, dct, found)
            start, end = _lasted_then(norm, timex, found, dated, (start, end))
            status = _duration_status(cues, found, who is not None) or _status_of(cues, timex, dct, who is not None)
        shown, shown_start = sentence, s
        if e - s > _EXCERPT_OVER and s <= timex.start <= e:  # a huge "sentence" (a dump): the part around it
            shown_start = max(s, timex.start - _EXCERPT_SIDE)
            shown = text[shown_start : min(e, timex.end + _EXCERPT_SIDE)]
        article.events.append(
            (
                article.article_id, sentence_id, _dct_stamp(dct), text[timex.start : timex.end],
                timex.type, timex.value, start, end, status,
                _predicate(text, norm, s, timex.start, verbs if s <= timex.start <= e else None),
                who.speaker if who else "", who.source_kind if who else "none", shown, shown_start, timex.start,
                timex.end, timex.flag, found.role if found else role,
                found.direction if found and found.role == EVENT else (PAST if since is not None else ""),
            )
        )  # fmt: skip


def event_rows(article: Article) -> Iterator[tuple]:
    """The article's rows of the ``events`` table (columns ``EVENT_COLUMNS``)."""
    yield from article.events
