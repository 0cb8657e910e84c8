"""Charts of the events report: events by type on a calendar, who acts against whom, events on the map
(coloured by type), which outlet told which event first, and stated deaths by week with their qualifiers.

Text goes through :mod:`helpers.report.chartbase` (Arabic shaped as the renderer needs, data labels clipped and
made safe); calendars are continuous (:mod:`helpers.report.timecharts`), empty periods drawn at zero.
"""

from __future__ import annotations

import math
import textwrap

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from helpers.report import maps
from helpers.report.chartaxis import record_axis
from helpers.report.chartbase import (
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
from helpers.report.events import EVENT_TYPES, QUALIFIERS, stated_counts, type_label
from helpers.report.maps import LEGEND_CORNERS, legend_corner  # noqa: F401  (the events map's legend)
from helpers.report.timecharts import (
    AXIS_LABELS,
    LEGEND_OUTSIDE,
    PERIODS,
    WIDTH_DAYS,
    _date_axis,
    period_starts,
    pick_period,
)

TYPE_COLOURS = {
    "Battles": "#c44e52",
    "Explosions/Remote violence": "#dd8452",
    "Violence against civilians": "#8c564b",
    "Protests": "#4c72b0",
    "Riots": "#8172b2",
    "Strategic developments": "#55a868",
    "Statement": "#937860",
}
QUALIFIER_STYLE = {"exact": ("#c44e52", ""), "at_least": ("#dd8452", "//"), "about": ("#ccb974", ".."),
                   "up_to": ("#8172b2", "xx")}  # fmt: skip
OTHER_COLOUR = "#777777"


def _type_order(types: pd.Index) -> list[str]:
    """Event types in ACLED's order, unknown ones last."""
    known = [t for t in EVENT_TYPES if t in types]
    return known + sorted(str(t) for t in types if t not in EVENT_TYPES)


def period_table(dates: pd.Series, groups: pd.Series, period: str, weights: pd.Series | None = None) -> pd.DataFrame:
    """Rows per period (every one from the first to the last, empty ones 0), a column per group: the rows
    counted, or ``weights`` summed."""
    values = pd.Series(1, index=dates.index) if weights is None else pd.Series(weights, index=dates.index)
    frame = pd.DataFrame({"period": period_starts(dates, period), "by": groups, "w": values.astype(float)})
    table = frame.groupby(["period", "by"])["w"].sum().unstack(fill_value=0)
    every = pd.date_range(table.index.min(), table.index.max(), freq=PERIODS[period])
    return table.reindex(every, fill_value=0)


def stacked_calendar(
    dates: pd.Series, groups: pd.Series, title_text: Text, colours: dict[str, str], weights: pd.Series | None = None,
    group_labels: dict[str, str] | None = None, hatches: dict[str, str] | None = None, freq: str | None = None,
    ylabel: Text = ("العدد", "count"),
) -> Figure:  # fmt: skip
    """Bars per day, week or month (:func:`timecharts.pick_period`), every period drawn (empty ones at zero),
    stacked by ``groups`` in the order of ``colours``; ``weights`` sums them instead of counting rows."""
    setup_matplotlib()
    dates = pd.Series(dates)
    kept, left_out = calendar_dates(dates)
    fig, ax = plt.subplots(figsize=(10, 3.8))
    if kept.empty:
        _note(ax, ("لا توجد أحداث مؤرخة", "no dated events"))
    else:
        period = pick_period(kept, freq)
        by = pd.Series(groups, index=dates.index)[kept.index]
        table = period_table(
            kept, by, period, None if weights is None else pd.Series(weights, index=dates.index)[kept.index]
        )
        bottom = np.zeros(len(table))
        ordered = [g for g in colours if g in table.columns] + [g for g in table.columns if g not in colours]
        for group in ordered:
            values = table[group].to_numpy(dtype=float)
            ax.bar(table.index, values, width=WIDTH_DAYS[period], bottom=bottom, align="edge",
                   color=colours.get(group, OTHER_COLOUR), hatch=(hatches or {}).get(group, ""), edgecolor="white",
                   label=label((group_labels or {}).get(group, group)))  # fmt: skip
            bottom += values
        _date_axis(ax, table.index.min(), table.index.max(), period)
        _integer_ticks(ax.yaxis)
        ax.set_ylabel(ar(words(ylabel)))
        ax.set_xlabel(ar(words(AXIS_LABELS[period])))
        ax.legend(**LEGEND_OUTSIDE)
    note = left_out_note(left_out)
    if note:
        _note(ax, note, where="corner")
    ax.set_title(title(title_text))
    fig.tight_layout()
    return record_axis(fig, "events")  # counts whose window reaches WINDOW_PAD_DAYS before the first article


def events_over_time(
    incidents: pd.DataFrame, freq: str | None = None, left_out: int = 0, history: int = 0, totals: int = 0
) -> Figure:
    """Events by type per week (per day over a month or less), stacked in ACLED's order of types; ``left_out``
    events not drawn (dated outside the report's window, ``history`` of them told as history: their sentence
    states an earlier year; ``totals`` running totals: a toll since the war began) are named in a note."""
    types = incidents["event_type"].fillna("").astype(str)
    fig = stacked_calendar(
        incidents["event_date"], types, ("الأحداث حسب النوع", "Events by type"), TYPE_COLOURS,
        group_labels={t: words(EVENT_TYPES[t]) for t in EVENT_TYPES}, freq=freq,
    )  # fmt: skip
    if left_out:  # under the axis, where it hides no bar
        ax = fig.axes[0]
        parts = [
            (left_out - history - totals, "مؤرخة خارج نافذة المقالات", "dated outside the articles' window"),
            (history, "رُويت تاريخا (سنة أقدم)", "told as history (an earlier year)"),
            (totals, "حصائل منذ بدء حرب أو معركة أو على مدى أيام أو حتى الآن",
             "running totals (a toll since a war, a battle or a date, over days or so far)"),
        ]  # fmt: skip
        stated = [part for part in parts if part[0]]
        arabic = "، ".join(f"{n} {a}" for n, a, _ in stated)
        english = ", ".join(f"{n} {e}" for n, _, e in stated)
        outside = (f"{left_out} حدثا لم يُرسم (باق في الجدول): {arabic}",
                   f"{left_out} event(s) not drawn (kept in the table): {english}")  # fmt: skip
        lines = [ax.get_xlabel(), *(ar(line) for line in words(outside, "\n").split("\n"))]
        ax.set_xlabel("\n".join(lines), fontsize=9)
        fig.tight_layout()
    return fig


def fatalities_chart(incidents: pd.DataFrame, freq: str | None = None) -> Figure:
    """Stated deaths per period, one count per event across outlets, stacked by how they were stated (exact,
    at least, about, up to: told apart by colour and hatching, never merged into one exact figure)."""
    counted = stated_counts(incidents)
    return stacked_calendar(
        counted["event_date"], counted["qualifier"], ("القتلى المعلن عنهم", "Stated deaths"),
        {q: c for q, (c, _) in QUALIFIER_STYLE.items()}, weights=counted["fatalities"].astype(float),
        group_labels={q: words(QUALIFIERS[q]) for q in QUALIFIERS},
        hatches={q: h for q, (_, h) in QUALIFIER_STYLE.items()}, freq=freq,
        ylabel=("القتلى المعلن عنهم", "stated deaths"),
    )  # fmt: skip


def two_lines(text: object, limit: int = 28) -> str:
    """A "first / second" label (Arabic / English, or an event and its place): each part on its own lines,
    wrapped at word boundaries every ``limit`` characters (never cut), each line made readable apart."""
    parts = [part for part in str(text).partition(" / ")[::2] if part.strip()]
    lines = [line for part in parts for line in textwrap.wrap(" ".join(part.split()), limit) or [""]]
    return "\n".join(label(line, None) for line in lines)


def matrix_chart(matrix: pd.DataFrame, title_text: Text, xlabel: Text, ylabel: Text, cmap: str = "Reds") -> Figure:
    """A matrix of counts as a heat map, each cell's count written in it, labels made readable."""
    setup_matplotlib()
    rows, columns = matrix.shape if not matrix.empty else (0, 0)
    row_labels = [two_lines(r) for r in matrix.index]
    lines = max((text.count("\n") + 1 for text in row_labels), default=1)  # wrapped labels need taller rows
    fig, ax = plt.subplots(figsize=(max(6, 0.7 * columns + 4), max(3, 0.45 * rows * max(1, lines / 2) + 2)))
    if matrix.empty:
        _note(ax, ("لا توجد بيانات", "no data"))
        ax.set_axis_off()
    else:
        values = matrix.to_numpy(dtype=float)
        ax.imshow(values, cmap=cmap, aspect="auto", vmin=0)
        ax.set_xticks(range(columns), [two_lines(c) for c in matrix.columns], rotation=45, ha="right", fontsize=8)
        ax.set_yticks(range(rows), row_labels, fontsize=8)
        top = values.max() or 1
        for (y, x), value in np.ndenumerate(values):
            if value:
                colour = "white" if value > top / 2 else "black"
                ax.text(x, y, f"{int(value)}", ha="center", va="center", fontsize=7, color=colour)
        ax.set_xlabel(ar(words(xlabel)))
        ax.set_ylabel(ar(words(ylabel)))
    ax.set_title(title(title_text))
    fig.tight_layout()
    return fig


def actor_matrix_chart(matrix: pd.DataFrame, event_type: str | None = None) -> Figure:
    """Who acts against whom (:func:`helpers.report.events.actor_matrix`): events counted once across outlets."""
    kind = type_label(event_type).split(" / ") if event_type else ["كل الأنواع", "all types"]
    heading = (f"من يفعل بمن: {kind[0]}", f"Who acts against whom: {kind[-1]}")
    return matrix_chart(matrix, heading, ("الفاعل الثاني", "actor 2"), ("الفاعل الأول", "actor 1"))


def outlet_chart(matrix: pd.DataFrame) -> Figure:
    """Events told by at least two different outlets (:func:`helpers.report.events.outlet_by_cluster`): 2 =
    first to publish, 1 = reported later; an outlet re-telling its own story is not counted as a competitor."""
    return matrix_chart(
        matrix,
        ("من نشر الحدث أولا، أحداث روتها وسيلتان على الأقل (2 = أولا، 1 = لاحقا)",
         "Who published first, events told by 2+ outlets (2 = first, 1 = later)"),
        ("الوسيلة", "outlet"), ("الحدث", "event"), cmap="Blues",
    )  # fmt: skip


UNDRAWN_PLACES = ("مناطق ودول (لا تُرسم نقطةً)", "regions and countries (not drawn as a point)")
UNPLACED_PLACES = ("أماكن لم تُعرف إحداثياتها (لا تُرسم)", "places whose coordinates are not known (not drawn)")


def undrawn_notes(named: pd.DataFrame) -> list[str]:
    """The lines under the events map for the events not drawn: the regions and countries (geo-precision 3) apart
    from the towns and sites the gazetteer gave no point («غزة (1)» was listed among the regions)."""
    if named.empty:
        return []
    region = pd.to_numeric(named["geo_precision"], errors="coerce").fillna(3).ge(3)
    notes = []
    for rows, text in ((named[region], UNDRAWN_PLACES), (named[~region], UNPLACED_PLACES)):
        if not rows.empty:
            notes.append(f"{words(text)}: {_listed(rows.drop_duplicates('cluster_id')['location'].value_counts())}")
    return notes


def mappable(incidents: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events drawn as dots, events named but not drawn): regions and countries (geo-precision 3) and events
    without coordinates are never drawn as a point."""
    precise = pd.to_numeric(incidents["geo_precision"], errors="coerce").fillna(3) < 3
    located = incidents["latitude"].notna() & incidents["longitude"].notna()
    return incidents[precise & located], incidents[~(precise & located) & incidents["location"].fillna("").ne("")]


FRAME_DEGREES, FAR_SHARE, frame = maps.FRAME_DEGREES, maps.FAR_SHARE, maps.frame  # the frame is the maps' own


def event_map(incidents: pd.DataFrame, extent: tuple[float, float, float, float] | None = None) -> Figure:
    """Events as dots coloured by type (one dot per place and type, sized by events counted once across
    outlets) over the shipped outlines; regions and countries are listed under the map, not drawn."""
    setup_matplotlib()
    drawn, named = mappable(incidents)
    spots = (
        drawn.drop_duplicates(["cluster_id"])
        .groupby(["event_type", "latitude", "longitude"], as_index=False)
        .agg(mentions=("cluster_id", "size"), name=("location", "first"))
        .rename(columns={"latitude": "lat", "longitude": "lon"})
    )
    if extent is None:
        extent, far = frame(spots)
    else:
        far = spots[~(spots["lon"].between(extent[0], extent[1]) & spots["lat"].between(extent[2], extent[3]))]
    fig, ax = plt.subplots(figsize=(10, 7))
    maps._outlines(ax)
    most = float(spots["mentions"].max()) if len(spots) else 1.0
    for event_type in _type_order(pd.Index(spots["event_type"].unique())):
        rows = spots[spots["event_type"] == event_type]
        colour = TYPE_COLOURS.get(event_type, OTHER_COLOUR)
        ax.scatter(rows["lon"], rows["lat"], s=maps.circle_area(rows["mentions"], most), alpha=0.6, edgecolor="white",
                   color=colour, label=label(type_label(event_type)), zorder=3)  # fmt: skip
    ax.set_xlim(extent[0], extent[1])
    ax.set_ylim(extent[2], extent[3])
    ax.set_aspect(1 / max(math.cos(math.radians((extent[2] + extent[3]) / 2)), 0.2))
    if spots.empty:
        _note(ax, ("لا توجد أحداث بإحداثيات دقيقة", "no events with a precise place"))
    else:
        inside = spots[spots["lon"].between(extent[0], extent[1]) & spots["lat"].between(extent[2], extent[3])]
        ax.legend(loc=legend_corner(inside, extent), fontsize=8, framealpha=0.85)
        # a far place is listed under the map, never labelled at the frame's edge (أكابولكو at Gaza's corner)
        places = inside.groupby(["lat", "lon"], as_index=False).agg(
            name=("name", "first"), mentions=("mentions", "sum")
        )
        top = places.sort_values("mentions", ascending=False).head(12)
        maps.repel_labels(ax, maps._label_texts(ax, top), top[["lon", "lat"]].to_numpy())
    ax.set_title(title(("الأحداث على الخريطة حسب النوع", "Events on the map, by type")))
    notes = []
    notes += undrawn_notes(named)
    if not far.empty:
        counts = far.groupby("name")["mentions"].sum().sort_values(ascending=False, kind="stable")
        notes.append(f"{words(maps.MAP_TEXT['outside'])} ({int(counts.sum())}): {_listed(counts)}")
    if notes:
        text = "\n".join(label(note, limit=None) for note in notes)
        fig.text(0.5, 0.01, text, ha="center", va="bottom", fontsize=8, wrap=True)
        fig.tight_layout(rect=(0, 0.03 + 0.03 * len(notes), 1, 1))
    else:
        fig.tight_layout()
    return fig


def _listed(counts: pd.Series, most: int = 14) -> str:
    """ "name (n)، name (n) … +k": the ``most`` first of a count per place."""
    listed = "، ".join(f"{name} ({n})" for name, n in counts.head(most).items())
    return listed + (f" … +{len(counts) - most}" if len(counts) > most else "")
