"""A readable map of the places an article set mentions.

Circles sized by mentions over the shipped Natural Earth outlines (no network), labels for the most-mentioned
places placed without overlap (adjustText when installed, else a small repel of our own), a legend of circle
sizes, a second panel on the densest area (a town and its districts), and, below the map, the places outside the
frame and the regions (seas, deserts, continents...) that are named but never drawn as dots.
"""

from __future__ import annotations

import functools
import itertools
import math

import numpy as np
import pandas as pd
from matplotlib import pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Polygon, Rectangle
from matplotlib.text import Text

from helpers import config
from helpers.report.chartbase import TITLE_LIMIT, _note, label, setup_matplotlib, words
from helpers.report.chartbase import title as chart_title
from helpers.resources.gazetteer import MACRO_KINDS

CIRCLE = "#c44e52"
LAND, SEA, BORDER = "#f7f7f2", "#eaf2f8", "#9a9a9a"
MAX_AREA = 900.0  # points² of the most-mentioned place's circle
DENSE_DEGREES = 0.6  # the second panel covers places within this many degrees of the densest point


@functools.cache
def world_outlines() -> dict[str, dict]:
    """Natural Earth country outlines shipped in helpers/data (no network needed)."""
    import gzip
    import json

    with gzip.open(config.DATA_DIR / "world_outlines.json.gz", "rt", encoding="utf-8") as handle:
        return json.load(handle)


def drawable(summary: pd.DataFrame, countries: bool = False) -> pd.DataFrame:
    """The places drawn as circles: resolved points, without regions (precision 3 kinds) and, unless asked,
    without countries mentioned as a whole."""
    data = summary.dropna(subset=["lat", "lon"])
    data = data[~data["kind"].isin(MACRO_KINDS)]
    if not countries:
        data = data[data["kind"] != "country"]
    return data.reset_index(drop=True)


def circle_area(mentions: pd.Series | np.ndarray | float, most: float) -> np.ndarray:
    """Circle area (points²) for a number of mentions: proportional to it, with a visible minimum."""
    return 12.0 + MAX_AREA * np.asarray(mentions, dtype=float) / max(float(most), 1.0)


def fit_extent(data: pd.DataFrame, pad: float = 2.0) -> tuple[float, float, float, float]:
    """(lon_min, lon_max, lat_min, lat_max) around most mentions (2nd–98th percentile, weighted)."""
    if data.empty:
        return (-20.0, 60.0, 0.0, 45.0)
    weighted = data.loc[data.index.repeat(data["mentions"].clip(lower=1).astype(int))]
    lon_lo, lon_hi = weighted["lon"].quantile([0.02, 0.98])
    lat_lo, lat_hi = weighted["lat"].quantile([0.02, 0.98])
    return (lon_lo - pad, lon_hi + pad, lat_lo - pad, lat_hi + pad)


FRAME_DEGREES = 20.0  # a place this far (latitude or longitude) from the events' weighted middle is listed, not framed
FAR_SHARE = 0.1  # ... only when such places hold at most this share of the events


def frame(spots: pd.DataFrame) -> tuple[tuple[float, float, float, float], pd.DataFrame]:
    """The map's extent around the events' own areas, and the spots left outside it. An area is the spots within
    ``FRAME_DEGREES`` of the weighted median of the spots not yet in one; areas are taken while the spots left
    hold more than ``FAR_SHARE`` of the mentions and each new area holds more than that share, and those left at
    the end are listed, not framed (a Syria
    corpus's map ran from the mid-Atlantic to Iraq because a statement in Washington and a misread «إلى» in Nevada
    were among its 150 dots; a Gaza and Afghanistan corpus, two areas 35 degrees apart, was framed from Washington
    to Kabul because a third of its events were far from the first area's middle). The spots listed are those
    beyond the extent finally drawn."""
    if spots.empty:
        return fit_extent(spots), spots
    lat = spots["lat"].to_numpy(dtype=float)
    lon = spots["lon"].to_numpy(dtype=float)
    weights = spots["mentions"].clip(lower=1).astype(int).to_numpy()
    left = np.ones(len(spots), dtype=bool)
    small_rest = False
    while left.any() and weights[left].sum() > FAR_SHARE * weights.sum():
        lat0 = float(np.median(np.repeat(lat[left], weights[left])))
        lon0 = float(np.median(np.repeat(lon[left], weights[left])))
        near = left & (np.abs(lat - lat0) <= FRAME_DEGREES) & (np.abs(lon - lon0) <= FRAME_DEGREES)
        if not left.all() and weights[near].sum() <= FAR_SHARE * weights.sum():
            small_rest = True  # after the first area, scattered spots or an area as small as a far place (Geneva
            break  # and London beside Syria): the rest is listed
        if not near.any():  # the median fell between scattered spots: they are the corpus's area, all framed
            break
        left &= ~near
    if not small_rest and weights[left].sum() > FAR_SHARE * weights.sum():
        left[:] = False  # many spots far apart and scattered (a pan-Arab corpus): all framed
    far = pd.Series(left, index=spots.index)
    extent = fit_extent(spots[~far])
    inside = spots["lon"].between(extent[0], extent[1]) & spots["lat"].between(extent[2], extent[3])
    return extent, spots[~inside]


def densest_area(data: pd.DataFrame, radius: float = DENSE_DEGREES) -> tuple[float, float, float, float] | None:
    """The box around the point with the most mentions within ``radius`` degrees, when at least three distinct
    places lie there (else None: nothing worth a second panel)."""
    if len(data) < 3:
        return None
    lat, lon, mentions = data["lat"].to_numpy(), data["lon"].to_numpy(), data["mentions"].to_numpy()
    near = (np.abs(lat[:, None] - lat[None, :]) <= radius) & (np.abs(lon[:, None] - lon[None, :]) <= radius)
    weight = near @ mentions
    best = int(np.argmax(weight))
    members = near[best]
    if members.sum() < 3:
        return None
    pad = 0.08
    box = (lon[members].min() - pad, lon[members].max() + pad, lat[members].min() - pad, lat[members].max() + pad)
    if box[1] - box[0] < 0.2:  # points on one spot: show a small neighbourhood around it
        box = (box[0] - 0.1, box[1] + 0.1, box[2] - 0.1, box[3] + 0.1)
    return box


def _inside(data: pd.DataFrame, extent: tuple[float, float, float, float]) -> pd.Series:
    return data["lon"].between(extent[0], extent[1]) & data["lat"].between(extent[2], extent[3])


def _outlines(ax: Axes) -> None:
    ax.set_facecolor(SEA)
    for country in world_outlines().values():
        for ring in country["rings"]:
            ax.add_patch(Polygon(ring, closed=True, facecolor=LAND, edgecolor=BORDER, linewidth=0.5))


def _labelled(data: pd.DataFrame, top: int) -> pd.DataFrame:
    """The ``top`` most-mentioned places, one per spot (places sharing a point get one label)."""
    spots = data.assign(_at=data["lat"].round(2).astype(str) + "," + data["lon"].round(2).astype(str))
    return spots.sort_values("mentions", ascending=False).drop_duplicates("_at").head(top)


def _label_texts(ax: Axes, rows: pd.DataFrame) -> list:
    return [
        ax.text(r.lon, r.lat, label(r.name, limit=30), fontsize=8, zorder=5, ha="center", va="bottom",
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75})
        for r in rows.itertuples()
    ]  # fmt: skip


def repel_labels(ax: Axes, texts: list, points: np.ndarray) -> None:
    """Move labels apart (and off the circles): adjustText when installed, else :func:`simple_repel`."""
    if not texts:
        return
    try:
        from adjustText import adjust_text
    except ImportError:
        simple_repel(ax, texts)
        return
    adjust_text(texts, x=points[:, 0], y=points[:, 1], ax=ax, expand=(1.2, 1.4),
                arrowprops={"arrowstyle": "-", "color": "#777777", "lw": 0.5})  # fmt: skip


def simple_repel(ax: Axes, texts: list, rounds: int = 60) -> None:
    """Push overlapping labels apart vertically, in display space, until none overlap (or ``rounds`` passes)."""
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    to_data = ax.transData.inverted()
    for _ in range(rounds):
        boxes = [t.get_window_extent(renderer).expanded(1.05, 1.15) for t in texts]
        moved = False
        for i, j in itertools.combinations(range(len(texts)), 2):
            if not boxes[i].overlaps(boxes[j]):
                continue
            shift = (min(boxes[i].y1, boxes[j].y1) - max(boxes[i].y0, boxes[j].y0)) / 2 + 1
            lower, upper = (i, j) if boxes[i].y0 <= boxes[j].y0 else (j, i)
            for k, sign in ((lower, -1), (upper, 1)):
                x, y = ax.transData.transform(texts[k].get_position())
                texts[k].set_position(to_data.transform((x, y + sign * shift)))
            boxes[lower], boxes[upper] = (t.get_window_extent(renderer) for t in (texts[lower], texts[upper]))
            moved = True
        if not moved:
            return


def spread_shared_points(data: pd.DataFrame, radius: float) -> pd.DataFrame:
    """Places sharing one point (Derna's districts carry Derna's point when their own is unknown): the most
    mentioned stays, the others are set on a ring of ``radius`` degrees around it, marked ``spread``."""
    out = data.assign(spread=False).sort_values("mentions", ascending=False).reset_index(drop=True)
    spot = out["lat"].round(3).astype(str) + "," + out["lon"].round(3).astype(str)
    for _, members in out.groupby(spot, sort=False):
        others = members.index[1:]
        for k, row in enumerate(others):
            angle = 2 * math.pi * k / len(others) + math.pi / 2
            out.loc[row, "lat"] += radius * math.sin(angle)
            out.loc[row, "lon"] += radius * math.cos(angle)
            out.loc[row, "spread"] = True
    return out


def _draw_panel(
    ax: Axes, data: pd.DataFrame, extent: tuple, most: float, top: int, spread: bool = False, zoomed: tuple = ()
) -> None:
    """One panel: outlines, circles, labels. ``zoomed`` is the box the second panel shows: in it only the most
    mentioned place is labelled here."""
    _outlines(ax)
    inside = data[_inside(data, extent)]
    if spread:
        inside = spread_shared_points(inside, radius=0.06 * (extent[1] - extent[0]))
        moved = inside[inside["spread"]]
        ax.scatter(moved["lon"], moved["lat"], s=circle_area(moved["mentions"], most), facecolor="none",
                   edgecolor=CIRCLE, linewidth=1.0, linestyle="--", zorder=3)  # fmt: skip
        inside = inside[~inside["spread"]]
        rows = _labelled(pd.concat([inside, moved]), top)
    ax.scatter(inside["lon"], inside["lat"], s=circle_area(inside["mentions"], most), color=CIRCLE, alpha=0.55,
               edgecolor="white", linewidth=0.6, zorder=3)  # fmt: skip
    ax.set_xlim(extent[0], extent[1])
    ax.set_ylim(extent[2], extent[3])
    ax.set_aspect(1 / max(math.cos(math.radians((extent[2] + extent[3]) / 2)), 0.2))
    ax.tick_params(labelsize=7)
    if not spread:
        rows = _labelled(inside, top)
        if zoomed:
            crowd = _inside(rows, zoomed)
            rows = pd.concat([rows[~crowd], rows[crowd].head(1)])
    repel_labels(ax, _label_texts(ax, rows), rows[["lon", "lat"]].to_numpy())


MAP_TEXT = {  # the map's own words (Arabic, English), in the report's language
    "legend": ("عدد مرات الذكر", "mentions"),
    "zoom": ("المنطقة الأكثر ازدحاما (تكبير)", "the most crowded area (zoomed in)"),
    "ring": (
        "دوائر متقطعة: أماكن بلا إحداثيات خاصة بها، موزعة حول نقطة مدينتها",
        "dashed circles: places without coordinates of their own, set around their town's point",
    ),
    "outside": ("خارج الإطار", "outside the frame"),
    "regions": ("مناطق وبحار وقارات مذكورة (لا تُرسم نقطة)", "regions, seas and continents mentioned (not drawn)"),
    "empty": ("لا توجد أماكن بإحداثيات", "no places with coordinates"),
}


LEGEND_CORNERS = ("lower left", "upper left", "upper right", "lower right")  # tried in this order on a tie
LEGEND_BOX = (0.4, 0.45)  # the share of the map's width and height a legend of the types may cover in its corner


def legend_corner(
    spots: pd.DataFrame, extent: tuple[float, float, float, float], box: tuple[float, float] = LEGEND_BOX
) -> str:
    """The corner of the map whose legend box covers the fewest events (``spots``: lon, lat, mentions): a
    legend fixed in the lower left hid the Sinai's events (Arish, Rafah, Sheikh Zuweid) on an Iraq and Egypt
    map, whose lower-left corner is where they are; the places map's legend of circle sizes, fixed in the lower
    left too, hid Gaza on a Gaza and Afghanistan map. ``box``: the share of width and height the legend covers."""
    if spots.empty:
        return LEGEND_CORNERS[0]
    x = (spots["lon"] - extent[0]) / max(extent[1] - extent[0], 1e-9)
    y = (spots["lat"] - extent[2]) / max(extent[3] - extent[2], 1e-9)
    width, height = box
    left, right, low, high = x.le(width), x.ge(1 - width), y.le(height), y.ge(1 - height)
    boxes = {
        "lower left": left & low,
        "upper left": left & high,
        "upper right": right & high,
        "lower right": right & low,
    }
    covered = {corner: float(spots.loc[box, "mentions"].sum()) for corner, box in boxes.items()}
    return min(LEGEND_CORNERS, key=lambda corner: (covered[corner], LEGEND_CORNERS.index(corner)))


SIZE_LEGEND_BOX = (0.25, 0.6)  # the share of the places map a legend of circle sizes covers in its corner


def _size_legend(ax: Axes, most: float, corner: str = "lower left") -> None:
    """Three reference circles: 1 mention, the middle and the most."""
    values = sorted({1, max(1, round(most / 4)), max(1, round(most))})
    handles = [ax.scatter([], [], s=circle_area(v, most), color=CIRCLE, alpha=0.55, edgecolor="white") for v in values]
    ax.legend(handles, [str(v) for v in values], title=label(words(MAP_TEXT["legend"])), loc=corner, fontsize=8,
              title_fontsize=8, labelspacing=1.3, borderpad=0.9, framealpha=0.85, scatterpoints=1)  # fmt: skip


def _listing(title: str, rows: pd.DataFrame, limit: int = 14) -> str:
    """ "title: name (n)، name (n)…" for the text under the map."""
    rows = rows.sort_values("mentions", ascending=False)
    names = [f"{' '.join(str(r.name).split())[:30]} ({int(r.mentions)})" for r in rows.head(limit).itertuples()]
    more = f" … +{len(rows) - limit}" if len(rows) > limit else ""
    return label(f"{title}: " + "، ".join(names) + more, limit=None)


def place_map(
    summary: pd.DataFrame,
    title: str = "الأماكن المذكورة",
    extent: tuple[float, float, float, float] | None = None,
    label_top: int = 15,
    countries: bool = False,
    inset: bool = True,
) -> Figure:
    """The map of ``summary`` (``helpers.report.places.place_summary``: name, kind, lat, lon, mentions).

    ``extent`` is (lon_min, lon_max, lat_min, lat_max), fitted to the mentions when None; ``inset`` adds a second
    panel on the densest area when three or more places crowd there."""
    setup_matplotlib()
    data = drawable(summary, countries)
    extent = extent or frame(data)[0]  # the places' own area: a few far ones (Washington, New York) listed below
    dense = densest_area(data[_inside(data, extent)]) if inset else None
    if dense is not None:
        fig, (ax, zoom) = plt.subplots(1, 2, figsize=(13, 7), gridspec_kw={"width_ratios": [1.6, 1]})
    else:
        fig, ax = plt.subplots(figsize=(10, 7))
        zoom = None
    if data.empty:
        _outlines(ax)
        ax.set_xlim(extent[0], extent[1])
        ax.set_ylim(extent[2], extent[3])
        _note(ax, MAP_TEXT["empty"])
    else:
        most = float(data["mentions"].max())
        _draw_panel(ax, data, extent, most, label_top, zoomed=dense or ())
        shown = data[_inside(data, extent)]
        _size_legend(ax, most, legend_corner(shown, extent, SIZE_LEGEND_BOX))  # the corner hiding the fewest
        if zoom is not None:
            _draw_panel(zoom, data, dense, most, label_top, spread=True)
            zoom.set_title(chart_title(MAP_TEXT["zoom"]), fontsize=10)
            zoom.set_xlabel(chart_title(MAP_TEXT["ring"], limit=200), fontsize=8)
            ax.add_patch(Rectangle((dense[0], dense[2]), dense[1] - dense[0], dense[3] - dense[2], fill=False,
                                   edgecolor="#333333", linewidth=1.0, zorder=6))  # fmt: skip
    ax.set_title(label(title, limit=TITLE_LIMIT))
    notes = []
    outside = data[~_inside(data, extent)]
    if not outside.empty:
        notes.append(_listing(f"{words(MAP_TEXT['outside'])} ({len(outside)})", outside))
    regions = summary[summary["kind"].isin(MACRO_KINDS)]
    if not regions.empty:
        notes.append(_listing(words(MAP_TEXT["regions"]), regions))
    if notes:
        note = fig.text(0.5, 0.01, "\n".join(notes), ha="center", va="bottom", fontsize=8, wrap=True)
        fig.tight_layout(rect=(0, 0.04 + 0.035 * len(notes), 1, 1))
        keep_above_note(fig, note)
    else:
        fig.tight_layout()
    return fig


def note_top(fig: Figure, note: Text) -> float:
    """The height in pixels, from the figure's bottom, that a wrapped note at the bottom takes: each of its
    lines wraps into as many lines as its width needs at 95 % of the figure's width."""
    renderer = fig.canvas.get_renderer()
    usable = 0.95 * fig.bbox.width
    lines = 0
    for line in note.get_text().split("\n"):
        probe = fig.text(0, 0, line, fontsize=note.get_fontsize())
        lines += max(1, math.ceil(probe.get_window_extent(renderer).width / usable))
        probe.remove()
    return note.get_position()[1] * fig.bbox.height + lines * note.get_fontsize() * 1.3 * fig.dpi / 72


def keep_above_note(fig: Figure, note: Text, tries: int = 3) -> None:
    """Raise the panels (their titles, tick labels and the zoom panel's two-line note) clear of the note under
    the map: a panel kept to its aspect can reach below the space tight_layout kept for the note."""
    renderer = fig.canvas.get_renderer()
    top = note_top(fig, note)
    bottom = top / fig.bbox.height + 0.01
    for _ in range(tries):
        lowest = min(ax.get_tightbbox(renderer).y0 for ax in fig.axes)
        if lowest >= top:
            return
        bottom += (top - lowest) / fig.bbox.height + 0.01
        fig.tight_layout(rect=(0, min(bottom, 0.4), 1, 1))
