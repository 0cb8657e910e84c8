"""Charts in a notebook carry their drawn date axis into the report.

A chart on a calendar records its kind (``record_axis``); when the notebook shows it, the figure is given as an
``<img>`` whose ``data-ans-x-from`` / ``data-ans-x-to`` and alt text state the first and last day its x axis
draws, so a reader (and the browser tests) can check the axis against the corpus's dates. The PNG is rendered
once: the HTML and the plain PNG output share it.
"""

from __future__ import annotations

import html

import matplotlib.dates as mdates
from matplotlib.figure import Figure

DATE_FORMATTERS = (mdates.DateFormatter, mdates.AutoDateFormatter, mdates.ConciseDateFormatter)


def record_axis(fig: Figure, kind: str) -> Figure:
    """Mark ``fig`` as a chart of ``kind`` ("counts", "events", "timeline", "stated") whose x axis is a calendar."""
    fig.ans_chart = kind  # type: ignore[attr-defined]
    register_figure_html()  # in a notebook, the figure is shown with its date axis stated
    return fig


def date_axis(fig: Figure) -> tuple[str, str] | None:
    """The first and last day (ISO) drawn on the figure's date x axes, or None when it has none."""
    limits = [ax.get_xlim() for ax in fig.axes if isinstance(ax.xaxis.get_major_formatter(), DATE_FORMATTERS)]
    if not limits:
        return None
    low, high = min(lo for lo, _ in limits), max(hi for _, hi in limits)
    return mdates.num2date(low).date().isoformat(), mdates.num2date(high).date().isoformat()


def figure_title(fig: Figure) -> str:
    """What the chart shows, for its alt text: its overall title, else its panels' titles, else its axis labels."""
    suptitle = getattr(fig, "_suptitle", None)
    if suptitle is not None and suptitle.get_text().strip():
        return suptitle.get_text().strip()
    titles = [ax.get_title().strip() for ax in fig.axes if ax.get_title().strip()]
    if titles:
        return " | ".join(titles)
    labels = [f"{ax.get_xlabel().strip()} × {ax.get_ylabel().strip()}" for ax in fig.axes[:1]
              if ax.get_xlabel().strip() or ax.get_ylabel().strip()]  # fmt: skip
    return labels[0] if labels else ""


def figure_html(fig: Figure, png_base64: str) -> str:
    """The figure as an escaped ``<img>``: its date axis (if any) in the alt text and data attributes."""
    axis = date_axis(fig)
    kind = getattr(fig, "ans_chart", "")
    alt, data = figure_title(fig) or "رسم بياني / chart", ""
    if axis is not None:
        alt += f"; x: {axis[0]} … {axis[1]}"
        data = f' data-ans-x-from="{axis[0]}" data-ans-x-to="{axis[1]}"'
    if kind:
        data += f' data-ans-chart="{html.escape(kind)}"'
    return f'<img class="ans-chart" alt="{html.escape(alt)}"{data} src="data:image/png;base64,{png_base64}">'


def _as_base64(png: object) -> str | None:
    if png is None:
        return None
    if isinstance(png, bytes):
        import base64

        return base64.b64encode(png).decode("ascii")
    return str(png)


def _share_png(shell, png_formatter) -> None:
    """Make the PNG output reuse the PNG the HTML output has just rendered (``fig.ans_png``)."""
    try:
        render = png_formatter.lookup_by_type(Figure)
    except KeyError:
        return
    if getattr(render, "ans_shared", False):
        return

    def shared_png(fig: Figure):
        return fig.__dict__.pop("ans_png", None) or render(fig)

    shared_png.ans_shared = True  # type: ignore[attr-defined]
    png_formatter.for_type(Figure, shared_png)


def _render_png(fig: Figure) -> str:
    """The figure as the inline backend renders it (its print options), base64-encoded."""
    from IPython.core.pylabtools import print_figure

    try:
        from matplotlib_inline.backend_inline import InlineBackend

        options = dict(InlineBackend.instance().print_figure_kwargs)
    except ImportError:  # pragma: no cover - ships with ipykernel
        options = {"bbox_inches": "tight"}
    return _as_base64(print_figure(fig, "png", **options)) or ""


def register_figure_html() -> bool:
    """In an IPython kernel, show figures as ``figure_html`` (the PNG output reuses the same rendering);
    returns whether a kernel was found."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython ships with the notebooks
        return False
    shell = get_ipython()
    if shell is None:
        return False
    import matplotlib.pyplot as plt

    plt.close(plt.figure())  # the inline backend starts with the first figure and drops every Figure formatter
    formatters = shell.display_formatter.formatters

    def as_html(fig: Figure) -> str | None:
        png = _render_png(fig)
        if not png:
            return None
        _share_png(shell, formatters["image/png"])
        fig.ans_png = png  # type: ignore[attr-defined]
        return figure_html(fig, png)

    formatters["text/html"].for_type(Figure, as_html)
    return True
