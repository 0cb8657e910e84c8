"""Timeline tables for the timelines report: stated versus reported outcomes, date coverage, what is unresolved."""

from __future__ import annotations

import functools
import re

import pandas as pd

from helpers import config
from helpers.text.arabic import AR
from helpers.text.normalize import normalize_letters
from helpers.text.sentences import sentence_spans

OUTCOME_COLUMNS = ["article_id", "sentence_id", "dct", "date", "sentence"]
COMPARISON_COLUMNS = [
    "stated_on",
    "article_id",
    "status",
    "stated",
    "expected_by",
    "speaker",
    "source_kind",
    "statement",
    "reported_on",
    "reported_in",
    "reported",
    "days_late",
]
UNRESOLVED_COLUMNS = ["type", "expressions", "unresolved", "share", "examples", "why"]
COVERAGE_LABELS = {
    "article": "dated by the source",
    "supplied": "date supplied",
    "missing": "no date (relative times unresolved)",
}

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


def _first_dates(events: pd.DataFrame) -> dict[tuple[str, int], pd.Timestamp]:
    """Per (article, sentence): the start date of its first calendar date or time, if any (NaT when it has
    a value that does not fall on the calendar, such as PRESENT_REF)."""
    if events.empty:  # a store table with no rows may come without its columns
        return {}
    value = events["time_value"]
    dated = events[events["time_type"].isin(["DATE", "TIME"]) & value.notna() & (value.astype(str) != "")]
    first = dated.sort_values(["article_id", "sentence_id", "time_start"], kind="stable")
    first = first.drop_duplicates(["article_id", "sentence_id"])
    return {
        (a, int(s)): d for a, s, d in zip(first["article_id"], first["sentence_id"], first["start_date"], strict=True)
    }


def reported_outcomes(articles: pd.DataFrame, events: pd.DataFrame, topic: str) -> pd.DataFrame:
    """Sentences that mention ``topic`` and report an outcome, dated by their own first calendar date or time
    (from the stored ``events`` table) or else by their article's DCT. Undated articles are left out."""
    topic_norm = normalize_letters(topic)
    outcome = outcome_patterns(topic_norm)
    mentions = topic_pattern(topic)
    dates = _first_dates(events)
    rows = []
    for article_id, text, dct in zip(articles["article_id"], articles["text"], articles["dct"], strict=True):
        text = str(text)
        norm = normalize_letters(text)
        if dct is None or pd.isna(dct) or not mentions.search(norm):
            continue
        day = pd.Timestamp(pd.Timestamp(dct).date())
        for sentence_id, (s, e) in enumerate(sentence_spans(text)):
            chunk = re.sub('["«»]', "", norm[s:e])
            if not outcome.search(chunk) or IRREALIS.search(chunk):
                continue
            when = dates.get((article_id, sentence_id))
            rows.append((article_id, sentence_id, day, day if when is None or pd.isna(when) else when, text[s:e]))
    return pd.DataFrame(rows, columns=OUTCOME_COLUMNS)


def stated_vs_reported(events: pd.DataFrame, outcomes: pd.DataFrame, topic: str) -> pd.DataFrame:
    """Each forecast or dated plan stated about ``topic``, beside the first later report of its outcome."""
    mentions = topic_pattern(topic)
    dated_plan = events["status"].eq("planned") & events["time_type"].isin(["DATE", "TIME"])
    stated = events[(events["status"].eq("forecast") | dated_plan) & events["end_date"].notna()]
    stated = stated[stated["sentence"].map(lambda s: bool(mentions.search(normalize_letters(str(s)))))]
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
    return pd.DataFrame(rows, columns=COMPARISON_COLUMNS)


def coverage_table(articles: pd.DataFrame) -> pd.DataFrame:
    """How many articles carry their own date, a supplied one, or none."""
    counts = articles["dct_source"].map(COVERAGE_LABELS).value_counts()
    return counts.rename_axis("article date").reset_index(name="articles")


def unresolved_summary(events: pd.DataFrame, examples: int = 3) -> pd.DataFrame:
    """Per type, the share of expressions without a calendar value, with examples and reasons."""
    rows = []
    for kind, group in events.groupby("time_type"):
        missing = group[group["time_value"].isna()]
        sample = "، ".join(missing["time_text"].head(examples))
        reasons = "; ".join(sorted({f for f in missing["flag"] if isinstance(f, str) and f})[:2])
        rows.append((kind, len(group), len(missing), len(missing) / len(group), sample, reasons))
    return pd.DataFrame(rows, columns=UNRESOLVED_COLUMNS)


def timeline_window(
    dct: pd.Series, date_from: str | None = None, date_to: str | None = None, pad_days: int = 365
) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The days the timeline shows: ``date_from`` to ``date_to`` when given, else a year before the first
    article and after the last, counting only article dates a chart can draw (years 1900–2100)."""
    from helpers.report.charts import FIRST_YEAR, LAST_YEAR, calendar_dates

    dates, _ = calendar_dates(dct)
    pad = pd.Timedelta(days=pad_days)
    first, last = pd.Timestamp(f"{FIRST_YEAR}-01-01"), pd.Timestamp(f"{LAST_YEAR}-12-31")
    low = pd.Timestamp(date_from) if date_from else max(first, dates.min() - pad) if not dates.empty else first
    high = pd.Timestamp(date_to) if date_to else min(last, dates.max() + pad) if not dates.empty else last
    return low, high
