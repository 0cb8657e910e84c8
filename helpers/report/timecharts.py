"""Charts on a calendar: counts per week (or day), stated events, stated versus reported outcomes.

Time axes are continuous: every period between the first and the last date is drawn, empty ones at zero,
and each bar starts on its period's first day (weeks start on Monday and are labelled by it). The period is a
day when the dates span a month or less, a month when they span more than two years, else a week.
"""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from helpers.extract.events import mod_days
from helpers.report.chartaxis import record_axis
from helpers.report.chartbase import (
    LAST_YEAR,
    TITLE_LIMIT,
    Text,
    _integer_ticks,
    _note,
    ar,
    calendar_dates,
    label,
    left_out_note,
    setup_matplotlib,
    title,
    words,
)

DAILY_SPAN_DAYS = 31  # a span of dates this short is counted by day, longer ones by week
MONTHLY_SPAN_DAYS = 731  # a span longer than this is counted by month
PERIODS = {"D": "D", "W": "7D", "M": "MS"}  # period: the step from one period start to the next
WIDTH_DAYS = {"D": 0.8, "W": 6.0, "M": 26.0}
AXIS_LABELS = {
    "D": ("اليوم", "day"),
    "W": ("أسبوع يبدأ يوم الاثنين", "week beginning Monday"),
    "M": ("الشهر", "month"),
}
MOST_TICKS = 12
LONG_SPAN_DAYS = 92  # a span longer than this (a year, a quarter) is drawn as a thin line
DEFAULT_SPAN_PAD_DAYS = 365  # without a window, a timeline's spans stop this long after its last start
LEGEND_OUTSIDE = {"loc": "upper left", "bbox_to_anchor": (1.01, 1.0), "fontsize": 8, "frameon": False}
LEGEND_LINE_INCHES = 0.24  # height of one line of a legend drawn under a chart


def legend_under(fig: Figure, handles: list, ncol: int = 1) -> None:
    """A legend written directly under the chart (under its date labels), the figure made taller to hold it."""
    rows = -(-len(handles) // ncol)
    height = LEGEND_LINE_INCHES * rows + 0.2
    fig.set_figheight(fig.get_figheight() + height)
    fig.legend(handles=handles, loc="lower center", ncol=ncol, fontsize=8, frameon=False)
    fig.tight_layout(rect=(0, height / fig.get_figheight(), 1, 1))


def pick_period(dates: pd.Series, freq: str | None = None) -> str:
    """``freq`` when given ("D", "W" or "M"), else the period that suits the span of ``dates``."""
    if freq is not None:
        return freq
    span = (dates.max() - dates.min()).days
    return "D" if span <= DAILY_SPAN_DAYS else "M" if span > MONTHLY_SPAN_DAYS else "W"


def period_starts(dates: pd.Series, period: str) -> pd.Series:
    """Each date's period start: the day itself, the Monday of its week, or the first of its month."""
    days = pd.to_datetime(dates).dt.normalize()
    if period == "W":
        return days - pd.to_timedelta(days.dt.day_of_week, unit="D")
    if period == "M":
        return days - pd.to_timedelta(days.dt.day - 1, unit="D")
    return days


def period_counts(dates: pd.Series, groups: pd.Series, period: str) -> pd.DataFrame:
    """Counts per period (rows, every period from the first to the last, empty ones 0) and group (columns,
    the largest first)."""
    frame = pd.DataFrame({"period": period_starts(dates, period), "by": groups.to_numpy()})
    table = frame.groupby(["period", "by"]).size().unstack(fill_value=0)
    every = pd.date_range(table.index.min(), table.index.max(), freq=PERIODS[period])
    table = table.reindex(every, fill_value=0)
    return table[table.sum().sort_values(ascending=False).index]


def _date_axis(ax, first: pd.Timestamp, last: pd.Timestamp, period: str) -> None:
    """Ticks on period starts (Mondays for weeks), at most MOST_TICKS, labelled as ISO dates; the axis runs
    from the first period to the end of the last, no further."""
    days = (last - first).days + 1
    if period == "D":
        locator = mdates.DayLocator(interval=max(1, -(-days // MOST_TICKS)))
        end = last + pd.Timedelta(days=1)
    elif period == "W":
        locator = mdates.WeekdayLocator(byweekday=mdates.MO, interval=max(1, -(-days // 7 // MOST_TICKS)))
        end = last + pd.Timedelta(days=7)
    else:
        locator = mdates.MonthLocator(interval=max(1, -(-days // 30 // MOST_TICKS)))
        end = last + pd.offsets.MonthBegin(1)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d" if period != "M" else "%Y-%m"))
    ax.set_xlim(first, end)
    for tick in ax.get_xticklabels():
        tick.set_rotation(45)
        tick.set_ha("right")


def time_chart(dates: pd.Series, title_text: Text, freq: str | None = None, by: pd.Series | None = None) -> Figure:
    """Counts per week (per day when the dates span a month or less, per month past two years; ``freq`` "D", "W"
    or "M" forces one), stacked by ``by`` when given, on a continuous calendar axis."""
    setup_matplotlib()
    dates = pd.Series(dates)
    groups = pd.Series(by, index=dates.index) if by is not None else pd.Series("all", index=dates.index)
    kept, left_out = calendar_dates(dates[groups.notna()])
    fig, ax = plt.subplots(figsize=(10, 3.8))
    if kept.empty:
        _note(ax, ("لا توجد تواريخ", "no dates"))
    else:
        period = pick_period(kept, freq)
        table = period_counts(kept, groups[kept.index], period)
        width = WIDTH_DAYS[period]
        bottom = np.zeros(len(table))
        for column in table.columns:
            values = table[column].to_numpy()
            ax.bar(table.index, values, width=width, bottom=bottom, align="edge", label=label(column))
            bottom += values
        _date_axis(ax, table.index.min(), table.index.max(), period)
        _integer_ticks(ax.yaxis)
        ax.set_ylabel(ar(words(("العدد", "count"))))
        ax.set_xlabel(ar(words(AXIS_LABELS[period])))
        if by is not None:
            ax.legend(**LEGEND_OUTSIDE)
    note = left_out_note(left_out)
    if note:
        _note(ax, note, where="corner")
    ax.set_title(title(title_text))
    fig.tight_layout()
    return record_axis(fig, "counts")


STATUS_COLOURS = {"reported": "#4c72b0", "claimed": "#8172b2", "planned": "#dd8452", "forecast": "#c44e52"}
NO_ACTOR = ("(بلا فاعل)", "(no actor)")  # as helpers.report.sequence labels an event without an actor
SHAPE_LABELS = {
    "point": ("نقطة: تاريخ (يوم أو ساعة)", "dot: a date (a day or a time)"),
    "span": ("خط: مدة أو فترة (شهر، أسبوع، «خلال أسبوعين»)", "line: a span (a month, a week, 'within two weeks')"),
    "long": ("خط رفيع: فترة أطول من ثلاثة أشهر (سنة، «عام 2018»)", "thin line: a period over three months (a year)"),
    "cut": ("سهم: يستمر خارج المحور (انظر الملاحظة)", "arrow: runs on past the axis (see the note)"),
}


def _timeline_rows(events: pd.DataFrame, by: str, window: tuple[pd.Timestamp, pd.Timestamp] | None):
    """The drawable rows of a timeline: events (not ages or histories) with a calendar start, narrowed by their
    ``mod`` ("late 2017" is its last third, not the whole year: :func:`mod_days`), clipped to the window
    (``cut_before``, ``cut_after`` mark a span cut at its edge), and how many dates were left out."""
    data = events.dropna(subset=["start_date"])
    if "role" in data:
        data = data[data["role"].fillna("event").isin(["event", ""])]
    start, left_out = calendar_dates(data["start_date"])
    data = data.loc[start.index].assign(start_date=start)
    end, _ = calendar_dates(data["end_date"])
    beyond = data["end_date"].notna() & ~data.index.isin(end.index)  # ends after 2100: runs past any axis
    data["end_date"] = end.reindex(data.index)
    if beyond.any():
        data.loc[beyond, "end_date"] = pd.Timestamp(f"{LAST_YEAR}-12-31")
    if "mod" in data and not data.empty:  # a span up to the DCT (منذ بداية العام) was narrowed when it was read
        since = data["direction"].fillna("").eq("past") if "direction" in data else pd.Series(False, data.index)
        days = zip(data["start_date"], data["end_date"], data["mod"].where(~since, ""), strict=True)
        narrowed = [mod_days(s, e, m) for s, e, m in days]
        data["start_date"] = pd.to_datetime([s for s, _ in narrowed])
        data["end_date"] = pd.to_datetime([e for _, e in narrowed])
    data["cut_before"] = data["cut_after"] = False
    if window is not None:
        ends = data["end_date"].fillna(data["start_date"])
        data = data[(ends >= window[0]) & (data["start_date"] <= window[1])]
        data["cut_before"] = data["start_date"] < window[0]
        data["cut_after"] = data["end_date"] > window[1]
        data["start_date"] = data["start_date"].clip(lower=window[0])
        data["end_date"] = data["end_date"].clip(upper=window[1])
    elif not data.empty:  # spans stop a year after the last start, not decades later
        limit = data["start_date"].max() + pd.Timedelta(days=DEFAULT_SPAN_PAD_DAYS)
        data["cut_after"] = data["end_date"] > limit
        data["end_date"] = data["end_date"].clip(upper=limit)
    data[by] = data[by].replace("", pd.NA).fillna(words(("(بلا مصدر)", "(no source)")))
    return data, left_out


def timeline_chart(
    events: pd.DataFrame,
    by: str = "speaker",
    top: int = 12,
    title_text: Text = ("الجدول الزمني المعلن", "Stated timeline"),
    window: tuple[pd.Timestamp, pd.Timestamp] | None = None,
) -> Figure:
    """Stated events on a calendar, one row per ``by`` value (an actor's label, a speaker, an outlet): dates as
    dots, spans as lines, coloured by status; ages, histories and records (``role``) are not drawn.

    ``window`` sets the axis (spans running past it are cut at its edge, with an arrow); without it the axis
    runs from the first start to at most a year after the last. The legend explains colours and shapes.
    """
    setup_matplotlib()
    data, left_out = _timeline_rows(events, by, window)
    nobody = {words(NO_ACTOR), words(("(بلا مصدر)", "(no source)"))}
    counts = data[by].value_counts().head(top)
    keep = [*(n for n in counts.index if n not in nobody), *(n for n in counts.index if n in nobody)]  # "no one" last
    data = data[data[by].isin(keep)]
    fig, ax = plt.subplots(figsize=(10, max(3.5, 0.45 * len(keep) + 2)))
    rows = {name: i for i, name in enumerate(keep)}
    start, end = pd.to_datetime(data["start_date"]), pd.to_datetime(data["end_date"])
    spans = end.notna() & (end > start)
    y = data[by].map(rows)
    for status, group in data.groupby("status"):  # one call per status, not per event: fast on big corpora
        colour = STATUS_COLOURS.get(status, "#777777")
        span, point = group.index[spans[group.index]], group.index[~spans[group.index]]
        long = (end - start) > pd.Timedelta(days=LONG_SPAN_DAYS)
        for chosen, width in ((span[~long[span]], 6), (span[long[span]], 2)):
            if len(chosen):
                ax.hlines(y[chosen], start[chosen], end[chosen], colors=colour, linewidth=width, alpha=0.6)
        if len(point):
            ax.plot(start[point], y[point], "o", color=colour, markersize=6, alpha=0.8, linestyle="")
        for side, marker, where in (("cut_before", "<", start), ("cut_after", ">", end)):
            cut = group.index[group[side].to_numpy(dtype=bool)]
            if len(cut):
                ax.plot(where[cut], y[cut], marker, color=colour, markersize=8, linestyle="")
    ax.set_yticks(range(len(keep)), [label(name) for name in keep])
    ax.invert_yaxis()  # the busiest row on top

    if data.empty:
        _note(ax, ("لا توجد أحداث مؤرخة", "no dated events"))
    note = left_out_note(left_out)
    if note:
        _note(ax, note, where="corner")
    ax.set_title(title(title_text))
    ax.grid(axis="x", alpha=0.3)
    if window is not None:
        ax.set_xlim(*window)
    fig.autofmt_xdate()
    legend_under(fig, _timeline_legend(), ncol=2)
    return record_axis(fig, "timeline")


def _timeline_legend() -> list:
    """Legend handles: a colour per status, then what a dot, a line and an arrow mean."""
    grey = "#555555"
    handles = [
        plt.Line2D([], [], color=c, marker="o", linestyle="", label=ar(words(STATUS_LABELS[s])))
        for s, c in STATUS_COLOURS.items()
    ]
    handles.append(plt.Line2D([], [], color=grey, marker="o", linestyle="", label=ar(words(SHAPE_LABELS["point"]))))
    handles.append(plt.Line2D([], [], color=grey, linewidth=6, alpha=0.6, label=ar(words(SHAPE_LABELS["span"]))))
    handles.append(plt.Line2D([], [], color=grey, linewidth=2, alpha=0.6, label=ar(words(SHAPE_LABELS["long"]))))
    handles.append(plt.Line2D([], [], color=grey, marker=">", linestyle="", label=ar(words(SHAPE_LABELS["cut"]))))
    return handles


STATUS_LABELS = {
    "reported": ("وقع (مُبلَّغ عنه)", "reported"),
    "claimed": ("منسوب إلى مصدر", "claimed by a source"),
    "planned": ("مخطط أو معلن", "planned or announced"),
    "forecast": ("توقع أو مدة متوقعة", "forecast"),
}


STATED_LEGEND = {
    "stated": (
        "خط متصل: من يوم قيل التوقع أو الخطة إلى موعده المتوقع (اللون: الحالة)",
        "solid line: from the day a forecast or plan was stated to the day it was due (colour: status)",
    ),
    "outcome": (
        "خط أخضر متقطع: يوم أُبلغ عن النتيجة في مقالة لاحقة",
        "dashed green line: a day a later article reports the outcome",
    ),
    "text": ("النص بجانب الخط: التعبير كما ورد (ويوم قيل)", "text beside a line: the expression as written (and when)"),
}


def stated_vs_reported_chart(comparison: pd.DataFrame, outcomes: pd.DataFrame, topic: str) -> Figure:
    """Each forecast or plan as a solid line from when it was stated to when it was due, one row per statement
    (labelled by its actor or speaker when the table has one); outcome reports as dashed lines. The legend under
    the chart says what each line means."""
    setup_matplotlib()
    stated_on, _ = calendar_dates(comparison["stated_on"])
    expected_by, _ = calendar_dates(comparison["expected_by"])
    drawable = comparison.index.isin(stated_on.index) & comparison.index.isin(expected_by.index)
    left_out = int((~drawable).sum())
    comparison = comparison[drawable].assign(stated_on=stated_on, expected_by=expected_by)
    outcomes = outcomes.assign(date=calendar_dates(outcomes["date"])[0]).dropna(subset=["date"])
    fig, ax = plt.subplots(figsize=(10, max(3.5, 0.5 * len(comparison) + 2.5)))
    note = left_out_note(left_out)
    if note:
        _note(ax, note, where="corner")
    for y, row in enumerate(comparison.itertuples()):
        ax.plot(
            [row.stated_on, row.expected_by],
            [y, y],
            color=STATUS_COLOURS.get(row.status, "#777"),
            linewidth=8,
            alpha=0.7,
            solid_capstyle="butt",
        )
        ax.annotate(
            label(f"{row.stated} ({pd.Timestamp(row.stated_on).date()})", limit=TITLE_LIMIT),
            (row.expected_by, y),
            xytext=(5, 0),
            textcoords="offset points",
            va="center",
            fontsize=8,
        )
    for when in sorted(set(outcomes["date"].dropna())):
        ax.axvline(when, color="#2ca02c", linestyle="--", alpha=0.7)
    who = next((c for c in ("actor", "actor_label", "speaker") if c in comparison), None)
    if who is not None and len(comparison):
        ax.set_yticks(
            range(len(comparison)), [label(v or words(("(بلا مصدر)", "(no source)"))) for v in comparison[who]]
        )
    else:
        ax.set_yticks([])
    handles = [
        plt.Line2D([], [], color=STATUS_COLOURS["forecast"], linewidth=6, label=ar(words(STATED_LEGEND["stated"]))),
        plt.Line2D([], [], color="#2ca02c", linestyle="--", label=ar(words(STATED_LEGEND["outcome"]))),
        plt.Line2D([], [], color="none", label=ar(words(STATED_LEGEND["text"]))),
    ]
    ax.set_title(title((f"المعلن مقابل ما أُبلغ عنه: {topic}", f"Stated vs reported: {topic}")))
    ax.grid(axis="x", alpha=0.3)
    fig.autofmt_xdate()
    legend_under(fig, handles)
    return record_axis(fig, "stated")
