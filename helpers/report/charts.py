"""Charts with Arabic labels that come out joined and right-to-left.

matplotlib 3.11+ shapes Arabic itself and shaping twice reverses it, so :func:`ar` measures the renderer
to decide whether to shape in advance.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import arabic_reshaper
import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
from bidi import get_display
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties

from helpers import config

ARABIC_FONT = "Noto Naskh Arabic"
FONT_FILE = config.FONTS_DIR / "NotoNaskhArabic-Regular.ttf"
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
# Letters that join on both sides: unshaped, each takes its wide isolated form.
_PROBE = "\u0628\u0628\u0628\u0628\u0628\u0628"


@functools.cache
def setup_matplotlib() -> str:
    """Register the bundled Arabic font and make it the default; returns the family name."""
    font_manager.fontManager.addfont(str(FONT_FILE))
    matplotlib.rcParams["font.family"] = [ARABIC_FONT, "DejaVu Sans"]
    matplotlib.rcParams["axes.unicode_minus"] = False
    return ARABIC_FONT


def _matplotlib_widths() -> tuple[float, float]:
    """Width of the probe as typed, and as shaped in advance, in matplotlib's Agg renderer."""
    from matplotlib.backends.backend_agg import RendererAgg

    setup_matplotlib()
    renderer = RendererAgg(400, 100, 72)
    font = FontProperties(family=ARABIC_FONT, size=20)
    raw = renderer.get_text_width_height_descent(_PROBE, font, ismath=False)[0]
    pre = renderer.get_text_width_height_descent(arabic_reshaper.reshape(_PROBE), font, ismath=False)[0]
    return raw, pre


def _pil_widths(layout_engine: int) -> tuple[float, float]:
    """Width of the probe as typed, and as shaped in advance, with PIL's given layout engine."""
    from PIL import ImageFont

    font = ImageFont.truetype(str(FONT_FILE), 20, layout_engine=layout_engine)
    return font.getlength(_PROBE), font.getlength(arabic_reshaper.reshape(_PROBE))


@functools.cache
def renderer_shapes_arabic(renderer: str = "matplotlib") -> bool:
    """True when ``renderer`` joins Arabic letters itself (then text must be passed as typed).

    Measured, not assumed: a run of letters that join on both sides is narrower
    when shaped, so if the typed run is as narrow as the pre-shaped one, the
    renderer shaped it. ``renderer`` is ``matplotlib``, ``pil-basic`` or ``pil-raqm``.
    """
    if renderer == "matplotlib":
        raw, pre = _matplotlib_widths()
    elif renderer in ("pil-basic", "pil-raqm"):
        from PIL import ImageFont

        engine = ImageFont.Layout.BASIC if renderer == "pil-basic" else ImageFont.Layout.RAQM
        raw, pre = _pil_widths(engine)
    else:
        raise ValueError(f"unknown renderer {renderer!r}: use matplotlib, pil-basic or pil-raqm")
    return raw <= pre * 1.05


def shape_arabic(text: str) -> str:
    """Join letters into presentation forms and put them in visual order (for non-shaping output)."""
    if not _ARABIC.search(text):
        return text
    return get_display(arabic_reshaper.reshape(text))


def ar(text: object, renderer: str = "matplotlib") -> str:
    """A label for ``renderer``: as typed if it shapes Arabic, else shaped in advance."""
    label = "" if text is None else str(text)
    return label if renderer_shapes_arabic(renderer) else shape_arabic(label)


LABEL_LIMIT = 60  # characters of a label from the data; longer ones are clipped with "…"
TITLE_LIMIT = 120  # characters of a title (which may carry data: a topic, an outlet)
FIRST_YEAR, LAST_YEAR = 1900, 2100  # time charts leave out dates outside these years (kept in the tables)


def label(text: object, limit: int | None = LABEL_LIMIT, renderer: str = "matplotlib") -> str:
    """Chart text that comes from the data: on one line, clipped to ``limit`` characters, made readable by
    :func:`ar`, and with ``$`` escaped so matplotlib draws it instead of reading maths ("$x^2$ news")."""
    text = " ".join(("" if text is None or (isinstance(text, float) and text != text) else str(text)).split())
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return ar(text, renderer).replace("$", r"\$")


def _note(ax: Axes, message: str, where: str = "centre") -> None:
    """A note written on the chart: in the middle of an empty one, else in its top right corner."""
    if where == "centre":
        ax.text(0.5, 0.5, ar(message), ha="center", va="center", transform=ax.transAxes, color="#555555")
    else:
        box = {"boxstyle": "round,pad=0.2", "fc": "white", "ec": "#bbbbbb", "alpha": 0.85}
        message = "\n".join(ar(line) for line in message.split("\n"))
        ax.text(0.99, 0.97, message, ha="right", va="top", transform=ax.transAxes, fontsize=8, bbox=box, zorder=5)


def _integer_ticks(axis) -> None:
    """Counts: no fractional ticks."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def _year(value: object) -> float:
    """The calendar year of a date-like value, or NaN when it is missing or not a date."""
    if value is None or value is pd.NaT:
        return float("nan")
    try:
        stamp = value if hasattr(value, "year") else pd.Timestamp(value)
        return float("nan") if pd.isna(stamp) else float(stamp.year)
    except (ValueError, TypeError, OverflowError):
        return float("nan")


def calendar_dates(dates: pd.Series) -> tuple[pd.Series, int]:
    """The dates a time chart can draw (years 1900–2100, as datetimes) and how many others it leaves out.

    Missing values are dropped silently; dates outside the years, or values that are no date, are counted.
    """
    dates = pd.Series(dates)
    if pd.api.types.is_datetime64_any_dtype(dates):
        years = dates.dt.year.astype("float64")
    else:
        years = dates.map(_year).astype("float64")
    present = dates.notna()
    inside = years.between(FIRST_YEAR, LAST_YEAR)  # False for missing values and for values that are no date
    kept = dates[inside]
    kept = pd.to_datetime(kept if pd.api.types.is_datetime64_any_dtype(kept) else kept.map(pd.Timestamp))
    if isinstance(kept.dtype, pd.DatetimeTZDtype):
        kept = kept.dt.tz_localize(None)
    return kept, int((present & ~inside).sum())


def left_out_note(n: int) -> str | None:
    """The note (Arabic, then English, one line each) saying how many dates a time chart left out, or None."""
    if not n:
        return None
    return (
        f"{n} تاريخ خارج السنوات من {FIRST_YEAR} إلى {LAST_YEAR} لم يُرسم (وهو باقٍ في الجداول)\n"
        f"{n} date(s) outside {FIRST_YEAR}-{LAST_YEAR} left out of the chart (kept in the tables)"
    )


def bar_chart(
    counts: pd.Series,
    title: str,
    xlabel: str = "",
    top: int = 20,
    ax: Axes | None = None,
) -> Figure:
    """A horizontal bar chart of the largest ``top`` counts, Arabic labels made readable."""
    setup_matplotlib()
    data = pd.Series(counts).dropna().sort_values(ascending=False).head(top).iloc[::-1]
    if ax is None:
        _, ax = plt.subplots(figsize=(8, max(2.5, 0.38 * len(data) + 1)))
    # numeric positions: two labels the same once clipped stay two bars
    ax.barh(range(len(data)), data.to_numpy(), color="#4c72b0")
    ax.set_yticks(range(len(data)), [label(name) for name in data.index])
    ax.set_title(label(title, limit=TITLE_LIMIT))
    ax.set_xlabel(ar(xlabel))
    for y, value in enumerate(data.to_numpy()):
        ax.annotate(f"{value:,}", (value, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=9)
    if data.empty:
        _note(ax, "لا توجد بيانات")
    elif pd.api.types.is_integer_dtype(data):
        _integer_ticks(ax.xaxis)
    ax.figure.tight_layout()
    return ax.figure


def time_chart(dates: pd.Series, title: str, freq: str = "W", by: pd.Series | None = None) -> Figure:
    """Counts per period (week by default), stacked by ``by`` when given."""
    setup_matplotlib()
    dates = pd.Series(dates)
    groups = pd.Series(by, index=dates.index) if by is not None else pd.Series("all", index=dates.index)
    kept, left_out = calendar_dates(dates[groups.notna()])
    frame = pd.DataFrame({"date": kept, "by": groups[kept.index]})
    fig, ax = plt.subplots(figsize=(9, 3.5))
    if frame.empty:
        _note(ax, "لا توجد تواريخ")
    else:
        table = frame.groupby([pd.Grouper(key="date", freq=freq), "by"]).size().unstack(fill_value=0)
        table.index = table.index.date
        table.columns = [label(c) for c in table.columns]
        table.plot(kind="bar", stacked=True, ax=ax, width=0.85, legend=by is not None)
        _thin_ticks(ax, len(table))
        _integer_ticks(ax.yaxis)
    note = left_out_note(left_out)
    if note:
        _note(ax, note, where="corner")
    ax.set_title(label(title, limit=TITLE_LIMIT))
    ax.set_xlabel("")
    fig.tight_layout()
    return fig


def histogram(values: Sequence[float], title: str, xlabel: str, bins: int = 30) -> Figure:
    """A histogram of numeric values."""
    setup_matplotlib()
    fig, ax = plt.subplots(figsize=(8, 3.2))
    values = pd.to_numeric(pd.Series(values, dtype="object"), errors="coerce").dropna()
    if values.empty:
        _note(ax, "لا توجد بيانات")
    else:
        ax.hist(values.astype(float), bins=bins, color="#55a868")
        _integer_ticks(ax.yaxis)
    ax.set_title(label(title, limit=TITLE_LIMIT))
    ax.set_xlabel(ar(xlabel))
    fig.tight_layout()
    return fig


def _thin_ticks(ax: Axes, n: int, most: int = 16) -> None:
    """Keep at most ``most`` x tick labels so dates stay legible."""
    step = max(1, n // most)
    for i, label in enumerate(ax.get_xticklabels()):
        label.set_visible(i % step == 0)
        label.set_rotation(45)
        label.set_ha("right")


STATUS_COLOURS = {"reported": "#4c72b0", "claimed": "#8172b2", "planned": "#dd8452", "forecast": "#c44e52"}


def timeline_chart(
    events: pd.DataFrame,
    by: str = "speaker",
    top: int = 12,
    title: str = "الجدول الزمني المعلن",
    window: tuple[pd.Timestamp, pd.Timestamp] | None = None,
) -> Figure:
    """Stated events on a calendar, one row per ``by`` value: dates as points, durations as spans.

    ``window`` clips the axis (spans running past it are cut at its edge).
    """
    setup_matplotlib()
    data = events.dropna(subset=["start_date"])
    start, left_out = calendar_dates(data["start_date"])
    data = data.loc[start.index].assign(start_date=start)
    end, _ = calendar_dates(data["end_date"])
    data["end_date"] = end.reindex(data.index)  # an end outside the years: drawn as a point
    if window is not None:
        data = data[data["start_date"].between(*window)]
        data["end_date"] = data["end_date"].clip(upper=window[1])
    data[by] = data[by].replace("", pd.NA).fillna("(بلا مصدر)")
    keep = data[by].value_counts().head(top).index
    data = data[data[by].isin(keep)]
    fig, ax = plt.subplots(figsize=(10, max(3, 0.45 * len(keep) + 1.5)))
    rows = {name: i for i, name in enumerate(keep)}
    start, end = pd.to_datetime(data["start_date"]), pd.to_datetime(data["end_date"])
    spans = end.notna() & (end > start)
    y = data[by].map(rows)
    for status, group in data.groupby("status"):  # one call per status, not per event: fast on big corpora
        colour = STATUS_COLOURS.get(status, "#777777")
        span, point = group.index[spans[group.index]], group.index[~spans[group.index]]
        if len(span):
            ax.hlines(y[span], start[span], end[span], colors=colour, linewidth=6, alpha=0.6)
        if len(point):
            ax.plot(start[point], y[point], "o", color=colour, markersize=6, alpha=0.8, linestyle="")
    ax.set_yticks(range(len(keep)), [label(name) for name in keep])
    handles = [
        plt.Line2D([], [], color=c, marker="o", linestyle="", label=ar(STATUS_LABELS[s]))
        for s, c in STATUS_COLOURS.items()
    ]
    ax.legend(handles=handles, loc="upper left", fontsize=8)
    if data.empty:
        _note(ax, "لا توجد أحداث مؤرخة")
    note = left_out_note(left_out)
    if note:
        _note(ax, note, where="corner")
    ax.set_title(label(title, limit=TITLE_LIMIT))
    ax.grid(axis="x", alpha=0.3)
    if window is not None:
        ax.set_xlim(*window)
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig


STATUS_LABELS = {
    "reported": "وقع (مُبلَّغ عنه)",
    "claimed": "منسوب إلى مصدر",
    "planned": "مخطط أو معلن",
    "forecast": "توقع أو مدة متوقعة",
}


def stated_vs_reported_chart(comparison: pd.DataFrame, outcomes: pd.DataFrame, topic: str) -> Figure:
    """Each forecast or plan as a span from when it was stated to when it was due; outcome reports as lines."""
    setup_matplotlib()
    stated_on, _ = calendar_dates(comparison["stated_on"])
    expected_by, _ = calendar_dates(comparison["expected_by"])
    drawable = comparison.index.isin(stated_on.index) & comparison.index.isin(expected_by.index)
    left_out = int((~drawable).sum())
    comparison = comparison[drawable].assign(stated_on=stated_on, expected_by=expected_by)
    outcomes = outcomes.assign(date=calendar_dates(outcomes["date"])[0]).dropna(subset=["date"])
    fig, ax = plt.subplots(figsize=(10, max(2.5, 0.5 * len(comparison) + 1.5)))
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
    if not outcomes.empty:
        ax.annotate(ar("تقارير النتيجة"), (outcomes["date"].min(), len(comparison) - 0.5), color="#2ca02c", fontsize=8)
    ax.set_yticks([])
    ax.set_title(label(f"المعلن مقابل ما أُبلغ عنه: {topic}", limit=TITLE_LIMIT))
    ax.grid(axis="x", alpha=0.3)
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig


@functools.cache
def world_outlines() -> dict[str, dict]:
    """Natural Earth country outlines shipped in helpers/data (no network needed)."""
    import gzip
    import json

    with gzip.open(config.DATA_DIR / "world_outlines.json.gz", "rt", encoding="utf-8") as handle:
        return json.load(handle)


def place_map(
    places: pd.DataFrame,
    title: str = "الأماكن المذكورة",
    label_top: int = 12,
    extent: tuple[float, float, float, float] | None = None,
) -> Figure:
    """Resolved places as circles sized by mentions, over country outlines. ``places`` needs
    name, lat, lon and mentions columns; ``extent`` is (lon_min, lon_max, lat_min, lat_max)."""
    from matplotlib.patches import Polygon

    setup_matplotlib()
    data = places.dropna(subset=["lat", "lon"])
    if extent is None and not data.empty:
        weighted = data.loc[data.index.repeat(data["mentions"].clip(lower=1).astype(int))]
        lon_lo, lon_hi = weighted["lon"].quantile([0.02, 0.98])
        lat_lo, lat_hi = weighted["lat"].quantile([0.02, 0.98])
        pad = 2.5
        extent = (lon_lo - pad, lon_hi + pad, lat_lo - pad, lat_hi + pad)
    extent = extent or (-20.0, 60.0, 0.0, 45.0)
    fig, ax = plt.subplots(figsize=(10, 7))
    ax.set_facecolor("#eaf2f8")
    for country in world_outlines().values():
        for ring in country["rings"]:
            ax.add_patch(Polygon(ring, closed=True, facecolor="#f7f7f2", edgecolor="#9a9a9a", linewidth=0.5))
    if not data.empty:
        sizes = 30 + 600 * (data["mentions"] / data["mentions"].max())
        ax.scatter(data["lon"], data["lat"], s=sizes, color="#c44e52", alpha=0.55, edgecolor="white", zorder=3)
        labelled = data.assign(_at=data["lat"].round(1).astype(str) + data["lon"].round(1).astype(str))
        labelled = labelled.sort_values("mentions", ascending=False).drop_duplicates("_at")
        for row in labelled.head(label_top).itertuples():
            ax.annotate(
                label(row.name), (row.lon, row.lat), xytext=(4, 4), textcoords="offset points", fontsize=9, zorder=4
            )
    ax.set_xlim(extent[0], extent[1])
    ax.set_ylim(extent[2], extent[3])
    ax.set_aspect("equal")
    outside = data[~data["lon"].between(extent[0], extent[1]) | ~data["lat"].between(extent[2], extent[3])]
    if not outside.empty:
        title += f" ({len(outside)} أماكن خارج الإطار)"
    if data.empty:
        _note(ax, "لا توجد أماكن بإحداثيات")
    ax.set_title(label(title, limit=TITLE_LIMIT))
    ax.set_xlabel("")
    fig.tight_layout()
    return fig


def network_chart(nodes: pd.DataFrame, edges: pd.DataFrame, title: str, seed: int = 7) -> Figure:
    """A co-occurrence network: ``nodes`` (label, mentions, type), ``edges`` (source, target, weight).

    Node size follows mentions, edge width follows weight; the layout is seeded so reports are stable.
    Labels are Arabic, passed through ``ar`` so they read right whichever renderer draws them.
    """
    import networkx as nx

    setup_matplotlib()
    graph = nx.Graph()
    for row in nodes.itertuples(index=False):
        graph.add_node(row.label, mentions=row.mentions, type=row.type)
    for row in edges.itertuples(index=False):
        if row.source in graph and row.target in graph:
            graph.add_edge(row.source, row.target, weight=row.weight)
    fig, ax = plt.subplots(figsize=(10, 8))
    ax.set_axis_off()
    ax.set_title(label(title, limit=TITLE_LIMIT))
    if graph.number_of_nodes() == 0:
        _note(ax, "لا توجد علاقات")
        return fig
    pos = nx.spring_layout(graph, k=1.6 / max(graph.number_of_nodes(), 1) ** 0.5, seed=seed, weight="weight")
    types = sorted({graph.nodes[n]["type"] for n in graph})
    palette = plt.get_cmap("tab10")
    colours = [palette(types.index(graph.nodes[n]["type"]) % 10) for n in graph]
    largest = max(graph.nodes[n]["mentions"] for n in graph)
    sizes = [120 + 1400 * graph.nodes[n]["mentions"] / largest for n in graph]
    heaviest = max([d["weight"] for _, _, d in graph.edges(data=True)] or [1])
    widths = [0.4 + 4 * d["weight"] / heaviest for _, _, d in graph.edges(data=True)]
    nx.draw_networkx_edges(graph, pos, ax=ax, width=widths, alpha=0.35, edge_color="#555555")
    nx.draw_networkx_nodes(graph, pos, ax=ax, node_size=sizes, node_color=colours, alpha=0.85)
    for node, (x, y) in pos.items():
        ax.text(x, y, label(node), ha="center", va="center", fontsize=9,
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7})  # fmt: skip
    handles = [
        plt.Line2D([], [], marker="o", ls="", color=palette(i % 10), label=label(t)) for i, t in enumerate(types)
    ]
    ax.legend(handles=handles, loc="lower left", fontsize=8, frameon=False)
    fig.tight_layout()
    return fig
