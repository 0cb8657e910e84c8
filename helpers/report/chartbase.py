"""What every chart shares: Arabic that comes out joined and right-to-left, labels from the data made safe,
bilingual text (Arabic first, then English), notes, integer ticks, and the dates a time chart can draw.

matplotlib 3.11+ shapes Arabic itself and shaping twice reverses it, so :func:`ar` measures the renderer
to decide whether to shape in advance.
"""

from __future__ import annotations

import functools
import re

import arabic_reshaper
import matplotlib
import pandas as pd
from bidi import get_display
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.font_manager import FontProperties

from helpers import config
from helpers.report.language import LANGUAGES, Text, set_language, words  # noqa: F401 - charts' API

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
    :func:`ar`, and with ``$`` escaped so matplotlib draws it instead of reading maths ("$x^2$ news"). A lone
    quotation mark, cut from its pair with the name (منطقة "شيحة), is dropped. A long label loses its asides in
    brackets before it is cut, and is cut after a whole word (:func:`clip`)."""
    text = " ".join(("" if text is None or (isinstance(text, float) and text != text) else str(text)).split())
    if text.count('"') % 2:
        text = " ".join(text.replace('"', " ").split())
    if limit is not None and len(text) > limit:
        text = clip(text, limit)
    return ar(text, renderer).replace("$", r"\$")


_ASIDE = re.compile(r"\s*\([^()]*\)")


def clip(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters: first without its asides in brackets (حزب الشعوب الديمقراطي /
    Peoples' Democratic Party (HDP, Turkey) loses "(HDP, Turkey)"), then cut after a whole word with "…", never
    inside one ("(HDP, Tur…") unless the text is one long word."""
    if len(text) <= limit:
        return text
    shorter = " ".join(_ASIDE.sub("", text).split()) or text
    if len(shorter) <= limit:
        return shorter
    cut = shorter[: limit - 1]
    if not shorter[limit - 1].isspace() and cut.rfind(" ") > limit // 2:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" /،,") + "…"


def _note(ax: Axes, message: Text, where: str = "centre") -> None:
    """A note written on the chart (one line per language): in the middle of an empty one, else in its top
    right corner."""
    message = words(message, "\n")
    if where == "centre":
        lines = "\n".join(ar(line) for line in message.split("\n"))
        ax.text(0.5, 0.5, lines, ha="center", va="center", transform=ax.transAxes, color="#555555")
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


def left_out_note(n: int) -> Text | None:
    """The note (Arabic, then English) saying how many dates a time chart left out, or None."""
    if not n:
        return None
    return (
        f"{n} تاريخ خارج السنوات من {FIRST_YEAR} إلى {LAST_YEAR} لم يُرسم (وهو باقٍ في الجداول)",
        f"{n} date(s) outside {FIRST_YEAR}-{LAST_YEAR} left out of the chart (kept in the tables)",
    )


def title(text: Text, limit: int | None = None) -> str:
    """A chart title: each language on its own line, each made readable by :func:`label`."""
    limit = limit or TITLE_LIMIT
    return "\n".join(label(line, limit=limit) for line in words(text, "\n").split("\n"))
