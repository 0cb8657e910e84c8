"""Stated timelines: time mentions per article, resolved against each article's DCT.

Registers the ``time`` extractor used by ``python -m helpers extract`` and gives the
notebooks a tidy table of time mentions with their flags.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

import pandas as pd

from helpers import config
from helpers.extract.attribution import REPORTING_VERB, Attribution, attributions
from helpers.extract.mentions import register
from helpers.text.normalize import normalize_letters
from helpers.text.sentences import sentence_spans
from helpers.extract.timex import AR, FUTURE_CUE, Timex, tag

TIME_COLUMNS = [
    "article_id",
    "start",
    "end",
    "text",
    "type",
    "value",
    "anchor",
    "mod",
    "flag",
    "confidence",
    "dct",
    "dct_source",
]


def article_dct(article: Mapping[str, Any]) -> tuple[date | None, str]:
    """The DCT of an article as a date, and a flag when it is missing, supplied or in the future."""
    dct = article.get("dct")
    source = article.get("dct_source") or "missing"
    if dct is None or pd.isna(dct):
        return None, "no DCT: relative date left unresolved"
    flag = ""
    problem = str(article.get("date_problem") or "")
    if problem.startswith("future date"):
        flag = f"DCT is in the future ({pd.Timestamp(dct).date()}); relative dates may be wrong"
    elif source == "supplied":
        flag = "DCT supplied, not from the source"
    return pd.Timestamp(dct).date(), flag


def time_mentions(article: Mapping[str, Any]) -> list[Timex]:
    """Every time expression of one article, resolved against its DCT and flagged as needed."""
    dct, dct_flag = article_dct(article)
    return list(_tagged(str(article["text"]), dct, dct_flag if dct is not None else ""))


@functools.lru_cache(maxsize=1024)
def _tagged(text: str, dct: date | None, dct_flag: str) -> tuple[Timex, ...]:
    """``timex.tag``, cached: the time table and the stated events of an article read the same expressions."""
    return tuple(tag(text, dct, dct_flag=dct_flag))


@register("time")
def extract_times(article: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """The ``time`` extractor: one mention dict per time expression."""
    for timex in time_mentions(article):
        yield {
            "start": timex.start,
            "end": timex.end,
            "type": timex.type,
            "canonical": timex.anchor,
            "value": timex.value,
            "confidence": timex.confidence,
            "flag": timex.flag or None,
        }


def time_table(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per time expression in ``articles`` (see TIME_COLUMNS)."""
    rows = []
    for article in articles.to_dict("records"):
        for timex in time_mentions(article):
            rows.append(
                (
                    article["article_id"],
                    timex.start,
                    timex.end,
                    article["text"][timex.start : timex.end],
                    timex.type,
                    timex.value,
                    timex.anchor,
                    timex.mod,
                    timex.flag,
                    timex.confidence,
                    article.get("dct"),
                    article.get("dct_source"),
                )
            )
    return pd.DataFrame(rows, columns=TIME_COLUMNS)


# ---------------------------------------------------------------- stated events
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


def _date_span(value: str | None, dct: date | None, kind: str) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
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
        return _date_span(first, dct, "DATE")[0], _date_span(last, dct, "DATE")[1]
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
        start, _ = _date_span(timex.value, dct, timex.type)
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


def stated_events(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per time expression: the stated event around it, its status and who stated it.

    ``status`` is ``forecast`` (an expected duration or outcome), ``planned`` (future or
    announced), ``claimed`` (a past event attributed to a source) or ``reported``.
    Actors and places join in from their own tables by article and sentence.
    """
    rows = []
    for article in articles.to_dict("records"):
        text = str(article["text"])
        norm = normalize_letters(text)
        dct, _ = article_dct(article)
        spans = list(sentence_spans(text))
        times = time_mentions(article)
        previous = ""
        speakers: dict[int, Attribution | None] = {}
        for sentence_id, (s, e) in enumerate(spans):
            found = attributions(text, s, e, previous, norm)
            speakers[sentence_id] = found[0] if found else None
            if found and found[-1].speaker:
                previous = found[-1].speaker
        for timex in times:
            sentence_id = next((i for i, (s, e) in enumerate(spans) if s <= timex.start < e), 0)
            s, e = spans[sentence_id] if spans else (0, len(text))
            who = speakers.get(sentence_id)
            start, end = _date_span(timex.value, dct, timex.type)
            rows.append(
                (
                    article["article_id"],
                    sentence_id,
                    pd.Timestamp(dct) if dct else pd.NaT,
                    text[timex.start : timex.end],
                    timex.type,
                    timex.value,
                    start,
                    end,
                    _status(norm[s:e], timex, dct, who is not None),
                    _predicate(text, norm, s, timex.start),
                    who.speaker if who else "",
                    who.source_kind if who else "none",
                    text[s:e],
                    s,
                    timex.start,
                    timex.end,
                    timex.flag,
                )
            )
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)


# Outcomes that have not happened: expected, awaited, prepared for.
IRREALIS = re.compile(
    rf"(?<![{AR}])[وف]?(?:يستعد|تستعد|كان\s+يستعد|يترقب|يترقبون|تترقب|ينتظر|ينتظرون|تنتظر|مرتقب|المرتقب|وشيك|الوشيك"
    rf"|قريبا|سيعلن|ستعلن|يتوقع|متوقع|المتوقع|يامل|نامل)(?![{AR}])"
)


@functools.cache
def topic_pattern(topic: str) -> re.Pattern[str]:
    """Whole-word matcher for a topic (with و ف ب ل ك prefixes), so درنة does not match أدرنة."""
    return re.compile(rf"(?<![{AR}])[وفبلك]{{0,2}}{re.escape(normalize_letters(topic))}(?![{AR}])")


@functools.cache
def outcome_patterns(topic_norm: str) -> re.Pattern[str]:
    """The outcome patterns of ``helpers/data/outcome_terms.txt`` for one topic, as one word-bounded regex."""
    lines = (config.DATA_DIR / "outcome_terms.txt").read_text(encoding="utf-8").splitlines()
    patterns = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    joined = "|".join(f"(?:{p})" for p in patterns).replace("{topic}", re.escape(topic_norm))
    return re.compile(rf"(?<![{AR}])(?:{joined})(?![{AR}])")


def reported_outcomes(articles: pd.DataFrame, topic: str) -> pd.DataFrame:
    """Sentences that mention ``topic`` and report an outcome, dated by their own time or their DCT."""
    topic_norm = normalize_letters(topic)
    outcome = outcome_patterns(topic_norm)
    rows = []
    for article in articles.to_dict("records"):
        text = str(article["text"])
        norm = normalize_letters(text)
        dct, _ = article_dct(article)
        if dct is None or not topic_pattern(topic).search(norm):
            continue
        times = time_mentions(article)
        for sentence_id, (s, e) in enumerate(sentence_spans(text)):
            chunk = re.sub('["«»]', "", norm[s:e])
            if not outcome.search(chunk) or IRREALIS.search(chunk):
                continue
            dated = [t for t in times if s <= t.start < e and t.type in ("DATE", "TIME") and t.value]
            when = _date_span(dated[0].value, dct, dated[0].type)[0] if dated else None
            rows.append((article["article_id"], sentence_id, pd.Timestamp(dct), when or pd.Timestamp(dct), text[s:e]))
    return pd.DataFrame(rows, columns=["article_id", "sentence_id", "dct", "date", "sentence"])


def stated_vs_reported(events: pd.DataFrame, outcomes: pd.DataFrame, topic: str) -> pd.DataFrame:
    """Each forecast or dated plan stated about ``topic``, beside the first later report of its outcome."""
    mentions = topic_pattern(topic)
    dated_plan = events["status"].eq("planned") & events["time_type"].isin(["DATE", "TIME"])
    stated = events[(events["status"].eq("forecast") | dated_plan) & events["end_date"].notna()]
    stated = stated[stated["sentence"].map(lambda s: bool(mentions.search(normalize_letters(s))))]
    rows = []
    for row in stated.itertuples():
        later = outcomes[outcomes["date"] > row.dct].sort_values("date")
        first = later.iloc[0] if not later.empty else None
        rows.append(
            {
                "stated_on": row.dct,
                "article_id": row.article_id,
                "status": row.status,
                "stated": row.time_text,
                "expected_by": row.end_date,
                "speaker": row.speaker,
                "source_kind": row.source_kind,
                "statement": row.sentence,
                "reported_on": first["date"] if first is not None else pd.NaT,
                "reported_in": first["article_id"] if first is not None else "",
                "reported": first["sentence"] if first is not None else "",
                "days_late": (first["date"] - row.end_date).days if first is not None else None,
            }
        )
    return pd.DataFrame(rows)


def coverage_table(articles: pd.DataFrame) -> pd.DataFrame:
    """How many articles carry their own date, a supplied one, or none."""
    labels = {
        "article": "dated by the source",
        "supplied": "date supplied",
        "missing": "no date (relative times unresolved)",
    }
    counts = articles["dct_source"].map(labels).value_counts()
    return counts.rename_axis("article date").reset_index(name="articles")


def unresolved_summary(events: pd.DataFrame, examples: int = 3) -> pd.DataFrame:
    """Per type, the share of expressions without a calendar value, with examples and reasons."""
    rows = []
    for kind, group in events.groupby("time_type"):
        missing = group[group["time_value"].isna()]
        sample = "، ".join(missing["time_text"].head(examples))
        reasons = "; ".join(sorted({f for f in missing["flag"] if f})[:2])
        rows.append((kind, len(group), len(missing), len(missing) / len(group), sample, reasons))
    return pd.DataFrame(rows, columns=["type", "expressions", "unresolved", "share", "examples", "why"])
