"""The stated-events component: one row per time expression, with the event around it, its status
(forecast, planned, claimed, reported) and who stated it. Actors and places join by article and sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pandas as pd

from helpers.extract.article import Article
from helpers.extract.attribution import REPORTING_VERB
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
]
_VERB_LIKE = re.compile(rf"(?<![{AR}])[وف]?(?:س?[يتن](?!ال)[{AR}]{{3,}}|[{AR}]{{3,5}}(?:ت|وا))(?![{AR}])")


def date_span(value: str | None, dct: date | None, kind: str) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """Calendar start and end of a resolved value; a duration runs from the DCT."""
    if not value:
        return None, None
    if kind == "DURATION" and dct is not None:
        length = _duration_days(value)
        if length is None:
            return None, None
        start = pd.Timestamp(dct)
        return start, start + pd.Timedelta(days=length)
    match = re.fullmatch(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?(?:T.*)?", value)
    week = re.fullmatch(r"(\d{4})-W(\d\d)", value)
    if week:
        monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        return pd.Timestamp(monday), pd.Timestamp(monday) + pd.Timedelta(days=6)
    if "/" in value:
        first, _, last = value.partition("/")
        return date_span(first, dct, "DATE")[0], date_span(last, dct, "DATE")[1]
    if not match:
        return None, None
    year, month, day = match.group(1), match.group(2), match.group(3)
    if day:
        stamp = pd.Timestamp(f"{year}-{month}-{day}")
        return stamp, stamp
    if month:
        stamp = pd.Timestamp(f"{year}-{month}-01")
        return stamp, stamp + pd.offsets.MonthEnd(0)
    return pd.Timestamp(f"{year}-01-01"), pd.Timestamp(f"{year}-12-31")


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
    past_or_present = timex.value in ("PAST_REF", "PRESENT_REF")
    if timex.type in ("DATE", "TIME") and dct is not None and not past_or_present:
        start, _ = date_span(timex.value, dct, timex.type)
        if start is not None:
            if start.date() > dct:
                return "planned"
            past_or_present = True
    future = bool(FUTURE_CUE.search(sentence_norm)) and not past_or_present
    if FORECAST_CUE.search(sentence_norm) and (timex.type == "DURATION" or future or timex.value == "FUTURE_REF"):
        return "forecast"
    if future or timex.value == "FUTURE_REF":
        return "planned"
    return "claimed" if attributed else "reported"


def _predicate(text: str, norm: str, sent_start: int, time_start: int) -> str:
    """A verb-like word nearest before the time expression in its sentence (a heuristic; may be empty)."""
    candidates = [
        m for m in _VERB_LIKE.finditer(norm, sent_start, time_start) if not REPORTING_VERB.fullmatch(m.group(0))
    ]
    if not candidates:
        after = _VERB_LIKE.search(norm, time_start, min(len(norm), time_start + 60))
        candidates = [after] if after else []
    return text[candidates[-1].start() : candidates[-1].end()] if candidates else ""


def find_events(article: Article) -> None:
    """Fill the article's stated events: each time expression with its sentence's first attribution."""
    text, norm, dct = article.text, article.norm, article.dct
    spans = article.sentences
    for timex in article.times:
        sentence_id = article.sentence_of(timex.start)
        s, e = spans[sentence_id] if spans else (0, len(text))
        found = article.attributions.get(sentence_id)
        who = found[0] if found else None
        start, end = date_span(timex.value, dct, timex.type)
        article.events.append(
            (
                article.article_id, sentence_id, pd.Timestamp(dct) if dct else pd.NaT, text[timex.start : timex.end],
                timex.type, timex.value, start, end, _status(norm[s:e], timex, dct, who is not None),
                _predicate(text, norm, s, timex.start), who.speaker if who else "", who.source_kind if who else "none",
                text[s:e], s, timex.start, timex.end, timex.flag,
            )
        )  # fmt: skip


def event_rows(article: Article) -> Iterator[tuple]:
    """The article's rows of the ``events`` table (columns ``EVENT_COLUMNS``)."""
    yield from article.events
