"""Timeline tables for the timelines report: stated versus reported outcomes, date coverage, what is unresolved."""

from __future__ import annotations

import functools
import re

import pandas as pd

from helpers import config
from helpers.resources.gazetteer import gazetteer
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
    "actor",
    "source_kind",
    "statement",
    "reported_on",
    "reported_in",
    "reported",
    "days_late",
]
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


_TOWN_KINDS = frozenset({"city", "capital", "town", "village"})


@functools.cache
def _spellings_by_place() -> dict[tuple[str, str], frozenset[str]]:
    """(gazetteer source, id) of a town → the normalised names the gazetteer gives it (كابول، كابل)."""
    names: dict[tuple[str, str], set[str]] = {}
    for key, places in gazetteer().items():
        for place in places:
            if place.kind in _TOWN_KINDS:
                names.setdefault((place.source, place.source_id), set()).add(key)
    return {ids: frozenset(keys) for ids, keys in names.items() if len(keys) > 1}


def topic_spellings(topic: str) -> list[str]:
    """The topic's normalised form, then the other spellings the gazetteer gives the same town that differ from it
    only in long-vowel letters (TOPIC كابول also finds كابل; not القدس's other names), longest first; an
    operation's name or an unknown word is only itself."""
    norm = normalize_letters(topic.strip())
    others: set[str] = set()
    for place in gazetteer().get(norm, []):
        others |= _spellings_by_place().get((place.source, place.source_id), frozenset())
    same = {  # not its old or other-language names, and the article as the topic writes it (not موصل for الموصل)
        name for name in others if _skeleton(name) == _skeleton(norm) and name.startswith("ال") == norm.startswith("ال")
    }
    return [norm, *sorted(same - {norm}, key=lambda s: (-len(s), s))]


def _skeleton(name: str) -> str:
    """A name without its long-vowel letters (كابول and كابل are كبل)."""
    return re.sub("[اويى]", "", name)


@functools.cache
def topic_pattern(topic: str) -> re.Pattern[str]:
    """Whole-word matcher for a topic (with و ف ب ل ك prefixes), so درنة does not match أدرنة; a town's other
    spellings in the gazetteer match too."""
    names = "|".join(re.escape(name) for name in topic_spellings(topic))
    return re.compile(rf"(?<![{AR}])[وفبلك]{{0,2}}(?:{names})(?![{AR}])")


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
    if not stated.empty:  # كلمة بمناسبة عيد الفطر: the occasion, no plan's date
        occasions = [_occasion(str(s), str(t)) for s, t in zip(stated["sentence"], stated["time_text"], strict=True)]
        stated = stated[~pd.Series(occasions, index=stated.index, dtype=bool)]
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
                "actor": getattr(row, "actor_label", "") or row.speaker,
                "source_kind": row.source_kind,
                "statement": row.sentence,
                "reported_on": first["date"] if first is not None else pd.NaT,
                "reported_in": first["article_id"] if first is not None else "",
                "reported": first["sentence"] if first is not None else "",
                "days_late": (first["date"] - row.end_date).days if first is not None else None,
            }
        )
    return pd.DataFrame(rows, columns=COMPARISON_COLUMNS)


_OCCASION = re.compile(rf"(?<![{AR}])[وف]?(?:بمناسبه|لمناسبه|احتفالا ب|احتفالا بمناسبه)\s*(?:حلول\s+)?$")


def _occasion(sentence: str, time_text: str) -> bool:
    """Whether a time expression is the occasion of what is said (كلمة بمناسبة عيد الفطر: a holiday greeting),
    not the date by which a plan is due."""
    norm, when = normalize_letters(sentence), normalize_letters(time_text)
    at = norm.find(when) if when else -1
    return at > 0 and bool(_OCCASION.search(norm, max(0, at - 30), at))


def coverage_table(articles: pd.DataFrame) -> pd.DataFrame:
    """How many articles carry their own date, a supplied one, or none."""
    counts = articles["dct_source"].map(COVERAGE_LABELS).value_counts()
    return counts.rename_axis("article date").reset_index(name="articles")


RESOLVED = "resolved"
REASONS = {  # reason: (Arabic, English) as the reader sees it
    RESOLVED: ("حُلّ إلى تاريخ", "resolved to a calendar date"),
    "no DCT": ("مقالة بلا تاريخ نشر", "no article date (DCT)"),
    "supplied DCT": ("تاريخ النشر مُدخَل لا من المصدر", "article date supplied, not from the source"),
    "future DCT": ("تاريخ النشر في المستقبل", "article date in the future"),
    "impossible date": ("تاريخ مستحيل", "impossible date"),
    "contradicted weekday": ("اليوم لا يوافق التاريخ", "weekday contradicts the date"),
    "relative to an event": ("نسبة إلى حدث آخر", "relative to another event"),
    "vague": ("غامض (ماض أو مستقبل غير محدد)", "vague (unspecified past, present or future)"),
    "not an event": ("عمر أو تاريخ مؤسسة أو رقم قياسي، لا حدث", "an age, a history or a record, not an event"),
    "no calendar date": ("قيمة بلا تاريخ في التقويم", "value without a calendar date"),
    "no value": ("بلا قيمة", "no value"),
}
READINGS = {  # what a time expression's words say it is (``events.role``)
    "age": "عمر، لا حدث / an age, not an event",
    "history": "تاريخ مؤسسة أو حقبة، لا حدث / a history, not an event",
    "record": "رقم قياسي («الأول منذ N عاما»)، لا حدث / a record ('the first in N years'), not an event",
}


def reading_words(roles: pd.Series) -> pd.Series:
    """The reader's words for each row's reading: an age, a history or a record (no event), else empty (an event's
    time)."""
    return roles.map(READINGS).fillna("")


_FLAG_REASONS = (  # (start of the tagger's flag, reason), first match wins
    ("no DCT", "no DCT"),
    ("impossible date", "impossible date"),
    ("weekday", "contradicted weekday"),
    ("DCT is in the future", "future DCT"),
    ("relative to an event", "relative to an event"),
    ("DCT supplied", "supplied DCT"),
)
_VAGUE = re.compile(r"(?:PAST|PRESENT|FUTURE)_REF|.*X.*")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
UNRESOLVED_COLUMNS = ["reason", "why", "expressions", "share", *TIMEX_TYPES, "examples"]


def _text(value: object) -> str:
    """A cell as text ("" for a missing value)."""
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def expression_reason(value: object, start_date: object, flag: object, role: object = "event") -> str:
    """Why one time expression has no calendar date on the timeline, or ``resolved``. Exactly one reason per
    expression, the strongest first: the tagger's flag, an age or history (``role``), no value, a vague value,
    a value without calendar days; so resolved + each reason = every expression."""
    flag, value, role = _text(flag), _text(value), _text(role) or "event"
    for start, reason in _FLAG_REASONS:
        if flag.startswith(start):
            return reason
    if role != "event":
        return "not an event"
    if not value:
        return "no value"
    if _VAGUE.fullmatch(value):
        return "vague"
    if start_date is None or pd.isna(start_date):
        return "no calendar date"
    return RESOLVED


def expression_reasons(events: pd.DataFrame) -> pd.Series:
    """:func:`expression_reason` of every row (``role`` is used when the events table has it)."""
    if events.empty:
        return pd.Series([], dtype=object, index=events.index)
    roles = events["role"] if "role" in events else pd.Series("event", index=events.index)
    return pd.Series(
        [
            expression_reason(v, d, f, r)
            for v, d, f, r in zip(events["time_value"], events["start_date"], events["flag"], roles, strict=True)
        ],
        index=events.index,
        dtype=object,
    )


def unresolved_summary(events: pd.DataFrame, examples: int = 3) -> pd.DataFrame:
    """One row per reason (``resolved`` first, then every reason found), with how many expressions of each
    TIMEX type and examples; a last row ``all``. The counts add up: resolved + each reason = all."""
    if events.empty:
        return pd.DataFrame(columns=UNRESOLVED_COLUMNS)
    reasons = expression_reasons(events)
    rows = []
    for reason in REASONS:
        chosen = events[reasons == reason]
        if chosen.empty and reason != RESOLVED:
            continue
        kinds = chosen["time_type"].value_counts()
        texts = chosen["time_text"].astype(str).drop_duplicates().head(examples)
        sample = "" if reason == RESOLVED else "، ".join(texts)
        rows.append(
            [reason, REASONS[reason][1], len(chosen), len(chosen) / len(events)]
            + [int(kinds.get(k, 0)) for k in TIMEX_TYPES]
            + [sample]
        )
    kinds = events["time_type"].value_counts()
    rows.append(["all", "every time expression", len(events), 1.0] + [int(kinds.get(k, 0)) for k in TIMEX_TYPES] + [""])
    return pd.DataFrame(rows, columns=UNRESOLVED_COLUMNS)


def unresolved_expressions(events: pd.DataFrame) -> pd.DataFrame:
    """Every expression that is not resolved to a calendar date, or is flagged, with its reason (``reason``, and
    ``why`` in words): the rows of :func:`unresolved_summary` other than ``resolved``."""
    reasons = expression_reasons(events)
    chosen = reasons[reasons != RESOLVED]
    return events[reasons != RESOLVED].assign(reason=chosen, why=chosen.map(lambda r: REASONS[r][1]))


STATUS_ORDER = ("reported", "claimed", "planned", "forecast")


def status_by_outlet(events: pd.DataFrame) -> pd.DataFrame:
    """Per outlet, stated events by status (one column per status, in a fixed order, ``reported`` named
    ``reported_events``, and a total); a missing or empty status is counted as ``unknown`` rather than left as a
    nameless column."""
    columns = ["outlet", "reported_events", *STATUS_ORDER[1:], "total"]
    if events.empty:
        return pd.DataFrame(columns=columns)
    status = events["status"].fillna("").astype(str).replace("", "unknown")
    table = pd.crosstab(events["outlet"], status)
    extra = [c for c in table.columns if c not in STATUS_ORDER]
    table = table.reindex(columns=[*STATUS_ORDER, *extra], fill_value=0)
    table["total"] = table.sum(axis=1)
    table.columns.name = None
    table = table.reset_index()[["outlet", *STATUS_ORDER, *extra, "total"]]
    return table.rename(columns={"reported": "reported_events"})  # "reported" heads the outcome reports' column


WINDOW_MARGIN_DAYS = 14  # the timeline runs at least this far either side of the corpus's article dates
WINDOW_PAD_DAYS = 183  # and never further than this from them, whatever the expressions say
WINDOW_QUANTILES = (0.02, 0.98)  # the share of dated expressions (by their first day) that may widen the window


def timeline_window(
    dct: pd.Series,
    date_from: str | None = None,
    date_to: str | None = None,
    spans: pd.DataFrame | None = None,
    pad_days: int = WINDOW_PAD_DAYS,
) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The days the timeline shows: ``date_from`` to ``date_to`` when given; else the corpus's own window: its
    first to its last article date with a margin of two weeks, widened to the 2nd and 98th percentiles of the
    first days of the dated ``spans`` (``start_date``) but never more than ``pad_days`` beyond the article
    dates. Where a span ends plays no part: a span running to 2160 never sets the axis."""
    from helpers.report.charts import FIRST_YEAR, LAST_YEAR, calendar_dates

    dates, _ = calendar_dates(dct)
    if dates.empty:
        first, last = pd.Timestamp(f"{FIRST_YEAR}-01-01"), pd.Timestamp(f"{LAST_YEAR}-12-31")
        return pd.Timestamp(date_from) if date_from else first, pd.Timestamp(date_to) if date_to else last
    margin, pad = pd.Timedelta(days=WINDOW_MARGIN_DAYS), pd.Timedelta(days=pad_days)
    low, high = dates.min().normalize() - margin, dates.max().normalize() + margin
    if spans is not None and not spans.empty:
        starts, _ = calendar_dates(spans["start_date"])
        if not starts.empty:
            low = min(low, max(starts.quantile(WINDOW_QUANTILES[0]), dates.min() - pad))
            high = max(high, min(starts.quantile(WINDOW_QUANTILES[1]), dates.max() + pad))
    low = pd.Timestamp(date_from) if date_from else low.normalize()
    high = pd.Timestamp(date_to) if date_to else high.normalize()
    return low, high


# one calendar unit named as a whole: a year, a month, a season, a quarter or half, a week (2018, 2018-04, 2018-SU)
_CALENDAR_UNIT = r"\d{4}(?:-\d\d|-(?:SP|SU|FA|WI)|-[QH]\d|-W\d\d)?"


def outside_window(events: pd.DataFrame, window: tuple[pd.Timestamp, pd.Timestamp]) -> pd.DataFrame:
    """Dated expressions whose days reach outside ``window`` (starting before it or ending after it), with the
    side: ``before``, ``after`` or ``both``. A year, month, season or week named as a whole that overlaps the
    window is not outside it (the corpus's own «عام 2018» when its articles run February to October)."""
    dated = events.dropna(subset=["start_date"])
    if dated.empty:
        return dated.assign(side=pd.Series(dtype=object))
    start = pd.to_datetime(dated["start_date"], errors="coerce")
    end = pd.to_datetime(dated["end_date"], errors="coerce").fillna(start)
    unit = dated["time_value"].astype(str).str.fullmatch(_CALENDAR_UNIT)
    one_unit = (end - start) <= pd.Timedelta(days=366)  # drawn as that unit, not a span since it (منذ عام 2011)
    inside = unit & one_unit & (start <= window[1]) & (end >= window[0])
    before, after = (start < window[0]) & ~inside, (end > window[1]) & ~inside
    side = pd.Series("", index=dated.index, dtype=object)
    side[before], side[after], side[before & after] = "before", "after", "both"
    return dated[before | after].assign(side=side[before | after])


def outside_note(events: pd.DataFrame, window: tuple[pd.Timestamp, pd.Timestamp], named: int = 6) -> str:
    """How many dated expressions reach outside the window, and which (the most frequent first), each value in
    words with its TIMEX code beside when they differ («نهاية عام 2014» = late 2014 [2014]); in the report's
    language."""
    from helpers.report.language import words
    from helpers.report.timewords import value_in_words

    outside = outside_window(events, window)
    dated = int(events["start_date"].notna().sum())
    days = f"{window[0].date()} … {window[1].date()}"
    head = words(
        (
            f"{len(outside)} من {dated} تعبيرا مؤرخا تقع خارج {days} (مقطوعة عند حافة الرسم)",
            f"{len(outside)} of {dated} dated expressions reach outside {days} (cut at the edge on the chart)",
        )
    )
    if outside.empty:
        return head + "."
    if "in_words" not in outside:
        mods = outside["mod"] if "mod" in outside else pd.Series("", index=outside.index)
        found = zip(outside["time_value"], outside["time_type"], mods, strict=True)
        outside = outside.assign(in_words=[value_in_words(v, k, m) for v, k, m in found])
    keys = ["time_text", "in_words", "time_value"]
    counts = outside[keys].astype(str).groupby(keys).size().sort_values(ascending=False, kind="stable")
    which = "; ".join(
        f"«{text}» = {said}{'' if said == value else f' [{value}]'} (×{n})"
        for (text, said, value), n in counts.head(named).items()
    )
    more = words((f"؛ و{len(counts) - named} غيرها", f"; and {len(counts) - named} more"))
    return f"{head}: {which}{more if len(counts) > named else ''}."


# a launch an article tells as its day's news (dated within NEWS_DAYS of the article) more than LATER_DAYS after
# the date most articles give is another launch of a recurring conflict (a new air raid on Gaza), not a
# disagreement about the first
NEWS_DAYS, LATER_DAYS = 2, 7


def another_occurrence(row: pd.Series, majority: pd.Timestamp) -> bool:
    """Whether a step's row is another occurrence: its article tells it as the day's news (within ``NEWS_DAYS``
    of the article's date) more than ``LATER_DAYS`` after the date most articles give."""
    dct = pd.to_datetime(row.get("dct"), errors="coerce")
    if pd.isna(dct) or pd.isna(row["date"]):
        return False
    if getattr(dct, "tzinfo", None) is not None:
        dct = dct.tz_localize(None)
    day = pd.Timestamp(row["date"]).normalize()
    return abs((dct.normalize() - day).days) <= NEWS_DAYS and (day - majority).days > LATER_DAYS
