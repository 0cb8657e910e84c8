"""Charts for the reports: bars, histograms, the co-occurrence network and the place map.

Shared text handling is in :mod:`helpers.report.chartbase`, calendar charts in :mod:`helpers.report.timecharts`;
both are re-exported here so notebooks call ``charts.<name>`` for every chart.
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from helpers.report.chartbase import (
    ARABIC_FONT,
    FIRST_YEAR,
    FONT_FILE,
    LABEL_LIMIT,
    LAST_YEAR,
    TITLE_LIMIT,
    Text,
    _integer_ticks,
    _note,
    ar,
    calendar_dates,
    label,
    left_out_note,
    renderer_shapes_arabic,
    set_language,
    setup_matplotlib,
    shape_arabic,
    title,
    words,
)
from helpers.report.timecharts import (
    STATUS_COLOURS,
    STATUS_LABELS,
    stated_vs_reported_chart,
    time_chart,
    timeline_chart,
)

__all__ = [
    "ARABIC_FONT",
    "FIRST_YEAR",
    "FONT_FILE",
    "LABEL_LIMIT",
    "LAST_YEAR",
    "STATUS_COLOURS",
    "STATUS_LABELS",
    "TITLE_LIMIT",
    "ar",
    "bar_chart",
    "calendar_dates",
    "histogram",
    "label",
    "left_out_note",
    "network_chart",
    "renderer_shapes_arabic",
    "set_language",
    "setup_matplotlib",
    "shape_arabic",
    "stated_vs_reported_chart",
    "time_chart",
    "timeline_chart",
    "title",
    "words",
]
NETWORK_LABELS = 15  # the network names at most this many actors (the most mentioned whose labels do not collide)


def _value_text(value: float, percent: bool) -> str:
    """A bar's value as printed beside it: a share as a percentage with one decimal, else an integer when it is
    one, else one decimal."""
    if percent:
        return f"{100 * value:.1f}%"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def bar_chart(
    counts: pd.Series,
    title_text: Text,
    xlabel: Text = "",
    top: int = 20,
    ax: Axes | None = None,
    percent: bool = False,
) -> Figure:
    """A horizontal bar chart of the largest ``top`` values, Arabic labels made readable. ``percent``: the values
    are shares (0–1), drawn as percentages. When every bar would be the same length, a note says so instead."""
    setup_matplotlib()
    data = pd.Series(counts).dropna().sort_values(ascending=False).head(top).iloc[::-1]
    scale = 100 if percent else 1
    if len(data) > 1 and data.nunique() == 1:
        fig, ax = plt.subplots(figsize=(8, 1.2)) if ax is None else (ax.figure, ax)
        ax.set_axis_off()
        value = _value_text(float(data.iloc[0]), percent)
        _note(
            ax,
            (
                f"القيم كلها {value} لكل من {len(data)} بندا: انظر الجدول",
                f"all {len(data)} values are {value}: see the table",
            ),
        )
        ax.set_title(title(title_text))
        return fig
    if ax is None:
        _, ax = plt.subplots(figsize=(8, max(2.5, 0.38 * len(data) + 1)))
    # numeric positions: two labels the same once clipped stay two bars
    ax.barh(range(len(data)), data.to_numpy() * scale, color="#4c72b0")
    ax.set_yticks(range(len(data)), [label(name) for name in data.index])
    ax.set_title(title(title_text))
    unit = words(xlabel) + (" (%)" if percent else "")
    ax.set_xlabel(ar(unit))
    for y, value in enumerate(data.to_numpy()):
        where = (value * scale, y)
        ax.annotate(
            _value_text(value, percent), where, xytext=(3, 0), textcoords="offset points", va="center", fontsize=9
        )
    if data.empty:
        _note(ax, ("لا توجد بيانات", "no data"))
    elif not percent and all(float(v).is_integer() for v in data.to_numpy()):
        _integer_ticks(ax.xaxis)
    ax.figure.tight_layout()
    return ax.figure


def histogram(values: Sequence[float], title_text: Text, xlabel: Text, bins: int = 30) -> Figure:
    """A histogram of numeric values, counts on integer ticks."""
    setup_matplotlib()
    fig, ax = plt.subplots(figsize=(8, 3.2))
    values = pd.to_numeric(pd.Series(values, dtype="object"), errors="coerce").dropna()
    if values.empty:
        _note(ax, ("لا توجد بيانات", "no data"))
    else:
        ax.hist(values.astype(float), bins=bins, color="#55a868")
        _integer_ticks(ax.yaxis)
        ax.set_ylabel(ar(words(("المقالات", "articles"))))
    ax.set_title(title(title_text))
    ax.set_xlabel(ar(words(xlabel)))
    fig.tight_layout()
    return fig


def network_chart(nodes: pd.DataFrame, edges: pd.DataFrame, title_text: Text, seed: int = 7) -> Figure:
    """A co-occurrence network: ``nodes`` (label, mentions, type), ``edges`` (source, target, weight).

    Node size follows mentions, edge width follows weight; the layout is seeded so reports are stable.
    Labels are Arabic, passed through ``ar`` so they read right whichever renderer draws them; only the most
    mentioned actors are named, and a label that would overlap one already drawn is left out.
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
    ax.set_title(title(title_text))
    if graph.number_of_nodes() == 0:
        _note(ax, ("لا توجد علاقات", "no links"))
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
    _label_nodes(ax, graph, pos)
    handles = [
        plt.Line2D([], [], marker="o", ls="", color=palette(i % 10), label=label(t)) for i, t in enumerate(types)
    ]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    fig.tight_layout()
    return fig


def _label_nodes(ax: Axes, graph, pos: dict) -> None:
    """Name the most mentioned nodes (at most NETWORK_LABELS), skipping a label that would overlap one drawn."""
    renderer = ax.figure.canvas.get_renderer()
    drawn = []
    for node in sorted(graph, key=lambda n: -graph.nodes[n]["mentions"])[:NETWORK_LABELS]:
        x, y = pos[node]
        box = {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7}
        text = ax.text(x, y, label(node), ha="center", va="center", fontsize=9, bbox=box)
        extent = text.get_window_extent(renderer).expanded(1.05, 1.1)
        if any(extent.overlaps(other) for other in drawn):
            text.remove()
        else:
            drawn.append(extent)
