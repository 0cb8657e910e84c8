"""Tests for helpers.report.charts: Arabic labels come out joined and in order, on both paths.

Path 1, a shaping renderer (matplotlib >= 3.11 via libraqm, or PIL with raqm): labels pass
through as typed. Path 2, a renderer that does not shape (PIL's basic layout, like old
matplotlib): labels are reshaped and reordered in advance. Both are checked by rendering.
"""

import matplotlib
import numpy as np
import pandas as pd
import pytest
from PIL import Image, ImageDraw, ImageFont, features

from helpers.report import charts

matplotlib.use("Agg")
WORD = "عربي"
PHRASE = "الجيش الليبي"


def laid_out_glyphs(text: str) -> list[int]:
    """Glyph ids matplotlib places, left to right, for ``text``."""
    from matplotlib import _text_helpers
    from matplotlib.font_manager import FontProperties, findfont, get_font

    charts.setup_matplotlib()
    font = get_font(findfont(FontProperties(family=charts.ARABIC_FONT)))
    font.set_size(20, 72)
    items = sorted(_text_helpers.layout(text, font), key=lambda item: item.x)
    return [item.glyph_index for item in items]


def visual_glyphs(text: str) -> list[int]:
    """Glyph ids of the joined letters in visual (left-to-right) order, from the font's own map."""
    from matplotlib.font_manager import FontProperties, findfont, get_font

    font = get_font(findfont(FontProperties(family=charts.ARABIC_FONT)))
    return [font.get_char_index(ord(c)) for c in charts.shape_arabic(text) if not c.isspace()]


def pil_render(text: str, engine: int) -> np.ndarray:
    """Render ``text`` with PIL's given layout engine; return the ink as an array."""
    font = ImageFont.truetype(str(charts.FONT_FILE), 32, layout_engine=engine)
    image = Image.new("L", (400, 80), 0)
    ImageDraw.Draw(image).text((10, 10), text, font=font, fill=255)
    return np.asarray(image, dtype=float)


def test_detection_matches_what_each_renderer_does():
    assert charts.renderer_shapes_arabic("pil-basic") is False
    if features.check("raqm"):
        assert charts.renderer_shapes_arabic("pil-raqm") is True


@pytest.mark.skipif(not charts.renderer_shapes_arabic("matplotlib"), reason="this matplotlib does not shape")
def test_shaping_matplotlib_gets_text_as_typed_and_lays_it_out_joined_right_to_left():
    assert charts.ar(PHRASE) == PHRASE
    assert laid_out_glyphs(charts.ar(WORD)) == visual_glyphs(WORD)


@pytest.mark.skipif(not charts.renderer_shapes_arabic("matplotlib"), reason="this matplotlib does not shape")
def test_shaping_twice_reverses_the_word_which_is_why_we_detect():
    assert laid_out_glyphs(charts.shape_arabic(WORD)) == visual_glyphs(WORD)[::-1]


@pytest.mark.skipif(not features.check("raqm"), reason="PIL has no raqm to compare against")
@pytest.mark.parametrize("text", [WORD, "درنة", PHRASE])
def test_non_shaping_renderer_gets_pre_shaped_text_that_matches_a_real_shaper(text):
    label = charts.ar(text, renderer="pil-basic")
    reference = pil_render(text, ImageFont.Layout.RAQM)
    diff = np.abs(pil_render(label, ImageFont.Layout.BASIC) - reference).mean()
    unshaped = np.abs(pil_render(text, ImageFont.Layout.BASIC) - reference).mean()
    reversed_ = np.abs(pil_render(label[::-1], ImageFont.Layout.BASIC) - reference).mean()
    assert diff < 0.35 * min(unshaped, reversed_), (diff, unshaped, reversed_)


@pytest.mark.skipif(not features.check("raqm"), reason="PIL has no raqm to compare against")
def test_single_word_pre_shaped_is_pixel_identical_to_real_shaping():
    label = charts.ar(WORD, renderer="pil-basic")
    assert np.array_equal(pil_render(label, ImageFont.Layout.BASIC), pil_render(WORD, ImageFont.Layout.RAQM))


def test_shape_arabic_leaves_latin_alone():
    assert charts.shape_arabic("Sky News Arabia") == "Sky News Arabia"


def test_bar_chart_draws_labels_through_ar():
    fig = charts.bar_chart(pd.Series({PHRASE: 3, "درنة": 5}), "عنوان", "عدد")
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == [charts.ar("الجيش الليبي"), charts.ar("درنة")]
    assert fig.axes[0].get_title() == charts.ar("عنوان")
    matplotlib.pyplot.close(fig)


def test_time_chart_without_dates_says_so():
    fig = charts.time_chart(pd.Series([None, None], dtype="datetime64[ns]"), "عنوان")
    assert charts.ar("لا توجد تواريخ") in [t.get_text() for t in fig.axes[0].texts]
    matplotlib.pyplot.close(fig)
