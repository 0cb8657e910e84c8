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

from helpers.report import charts, maps

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
    assert any(charts.ar("لا توجد تواريخ") in t.get_text() for t in fig.axes[0].texts)
    matplotlib.pyplot.close(fig)


# Issue 18: text from the data never breaks a chart, far dates are left out with a note, empty input draws.
MATHS = ["$x^2$ news", "a $ b $ c", r"$\frac{$ wire"]  # the last one made matplotlib raise ParseSyntaxException
FAR = ["9999-12-31", "0001-01-01", "4516-06-01"]


def drawn_texts(fig) -> list[str]:
    """Every string the figure draws, as drawn: its mathtext escapes resolved (and failing if it is maths)."""
    fig.canvas.draw()
    shown = []
    for text in fig.findobj(matplotlib.text.Text):
        if text.get_visible() and text.get_text():
            drawn, is_maths = text._preprocess_math(text.get_text())
            assert not is_maths, text.get_text()
            shown.append(drawn)
    return shown


def assert_draws_as_typed(fig, labels=MATHS) -> None:
    shown = drawn_texts(fig)
    for wanted in labels:
        assert any(wanted in s for s in shown), (wanted, shown)
    matplotlib.pyplot.close(fig)


def test_label_escapes_dollars_clips_and_keeps_one_line():
    assert charts.label("$x^2$ news") == r"\$x^2\$ news"
    long = charts.label("س" * 200 + "\n$")
    assert len(long) == charts.LABEL_LIMIT and long.endswith("…") and "\n" not in long
    assert charts.label(None) == "" and charts.label(float("nan")) == ""


def test_every_chart_draws_maths_like_names_as_typed():
    names = pd.Series({name: i + 2 for i, name in enumerate(MATHS)})
    assert_draws_as_typed(charts.bar_chart(names, "عنوان $x$"), [*MATHS, "عنوان $x$"])
    dates = pd.Series(pd.to_datetime(["2018-05-01", "2018-05-09", "2018-05-20"]))
    assert_draws_as_typed(charts.time_chart(dates, "عنوان", by=pd.Series(MATHS)))
    events = pd.DataFrame(
        {
            "start_date": pd.to_datetime(["2018-05-01", "2018-05-03", "2018-05-05"]),
            "end_date": pd.to_datetime([None, "2018-05-20", None]),
            "speaker": MATHS,
            "status": ["reported", "planned", "forecast"],
        }
    )
    assert_draws_as_typed(charts.timeline_chart(events))
    comparison = pd.DataFrame(
        {
            "stated_on": pd.to_datetime(["2018-05-01"]),
            "expected_by": pd.to_datetime(["2018-05-15"]),
            "status": ["forecast"],
            "stated": ["$x^2$ news"],
        }
    )
    outcomes = pd.DataFrame({"date": pd.to_datetime(["2018-05-20"])})
    assert_draws_as_typed(charts.stated_vs_reported_chart(comparison, outcomes, "a $ b $ c"), MATHS[:2])
    places = pd.DataFrame(
        {"name": MATHS, "kind": "town", "lat": [32.0, 31.0, 30.0], "lon": [22.0, 20.0, 25.0], "mentions": [3, 2, 1]}
    )
    assert_draws_as_typed(maps.place_map(places))
    nodes = pd.DataFrame({"label": MATHS, "mentions": [3, 2, 1], "type": ["$t^2$", "org", "org"]})
    edges = pd.DataFrame({"source": [MATHS[0]], "target": [MATHS[1]], "weight": [1]})
    assert_draws_as_typed(charts.network_chart(nodes, edges, "شبكة"), [*MATHS, "$t^2$"])


def test_long_names_are_clipped_on_the_chart():
    fig = charts.bar_chart(pd.Series({"ا" * 300: 2, "ب" * 300: 1}), "عنوان")
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(labels) == 2 and all(len(t) == charts.LABEL_LIMIT for t in labels)
    matplotlib.pyplot.close(fig)


@pytest.mark.parametrize("as_text", [False, True], ids=["timestamps", "strings"])
def test_time_chart_leaves_far_dates_out_and_says_how_many(as_text):
    dates = [*FAR, "2018-05-01", "2018-05-09", None]
    series = pd.Series(dates, dtype=object) if as_text else pd.Series([pd.Timestamp(d) if d else None for d in dates])
    fig = charts.time_chart(series, "عنوان", by=pd.Series(["أ", "ب", "أ", "ب", "أ", "ب"]))
    shown = drawn_texts(fig)  # "year 10000 is out of range" before
    assert any(charts.ar(charts.left_out_note(3)[0]) in s for s in shown), shown
    assert sum(p.get_height() for p in fig.axes[0].patches) == 2  # the two dates inside the years
    matplotlib.pyplot.close(fig)


def test_timeline_chart_leaves_far_dates_out_and_says_how_many():
    events = pd.DataFrame(
        {
            "start_date": [pd.Timestamp(d) for d in [*FAR, "2018-05-01"]],
            "end_date": [pd.NaT, pd.NaT, pd.Timestamp("9999-12-31"), pd.Timestamp("9999-12-31")],
            "speaker": ["أ", "ب", "ج", "د"],
            "status": ["reported", "planned", "forecast", "planned"],
        }
    )
    fig = charts.timeline_chart(events)  # "Date ordinal ... converts to 10399-01-30" before
    shown = drawn_texts(fig)
    assert any(charts.ar(charts.left_out_note(3)[0]) in s for s in shown), shown
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == [charts.ar("د")]
    matplotlib.pyplot.close(fig)


def test_calendar_dates_keeps_the_years_and_counts_the_rest():
    kept, left_out = charts.calendar_dates(pd.Series(["2018-05-01", "9999-12-31", None, "not a date", "1899-12-31"]))
    assert list(kept) == [pd.Timestamp("2018-05-01")] and left_out == 3


def test_no_chart_raises_on_empty_input():
    empty_events = pd.DataFrame(columns=["start_date", "end_date", "speaker", "status"])
    figures = [
        charts.bar_chart(pd.Series([], dtype="int64"), "عنوان"),
        charts.time_chart(pd.Series([], dtype=object), "عنوان", by=pd.Series([], dtype=object)),
        charts.histogram(pd.Series([], dtype=float), "عنوان", "س"),
        charts.timeline_chart(empty_events),
        maps.place_map(pd.DataFrame(columns=["name", "kind", "lat", "lon", "mentions"])),
        charts.network_chart(
            pd.DataFrame(columns=["label", "mentions", "type"]),
            pd.DataFrame(columns=["source", "target", "weight"]),
            "ش",
        ),
    ]
    for fig in figures:
        assert drawn_texts(fig)
        matplotlib.pyplot.close(fig)


def test_count_charts_have_whole_number_ticks():
    bars = charts.bar_chart(pd.Series({"أ": 1, "ب": 2}), "عنوان")
    weekly = charts.time_chart(pd.Series(pd.to_datetime(["2018-05-01", "2018-05-09"])), "عنوان")
    for axis in (bars.axes[0].xaxis, weekly.axes[0].yaxis):
        bars.canvas.draw(), weekly.canvas.draw()
        assert all(float(t).is_integer() for t in axis.get_ticklocs()), axis.get_ticklocs()
    matplotlib.pyplot.close(bars), matplotlib.pyplot.close(weekly)


def _axis_days(fig):
    """The x-axis limits of a chart's first axes, as timestamps."""
    import matplotlib.dates as mdates

    low, high = fig.axes[0].get_xlim()
    return pd.Timestamp(mdates.num2date(low)).tz_localize(None), pd.Timestamp(mdates.num2date(high)).tz_localize(None)


def test_weekly_time_axis_stays_within_the_corpus_dates():
    dates = pd.Series(pd.to_datetime(["2018-03-01", "2018-05-09", "2018-10-20"]))
    low, high = _axis_days(charts.time_chart(dates, "عنوان"))
    assert dates.min() - pd.Timedelta(days=7) <= low <= dates.min()
    assert dates.max() < high <= dates.max() + pd.Timedelta(days=7)


def test_weeks_start_on_monday_and_empty_weeks_are_drawn_at_zero():
    dates = pd.Series(pd.to_datetime(["2018-05-09", "2018-07-04"]))  # a Wednesday in May, another in July
    fig = charts.time_chart(dates, "عنوان")
    bars = fig.axes[0].patches
    starts = [pd.Timestamp(matplotlib.dates.num2date(p.get_x())).tz_localize(None) for p in bars]
    assert starts[0] == pd.Timestamp("2018-05-07") and all(s.weekday() == 0 for s in starts)
    assert len(bars) == 9 and [p.get_height() for p in bars].count(0) == 7
    assert "week beginning Monday" in fig.axes[0].get_xlabel()


def test_a_short_span_is_counted_by_day():
    dates = pd.Series(pd.to_datetime(["2018-05-09", "2018-05-12"]))
    fig = charts.time_chart(dates, "عنوان")
    assert len(fig.axes[0].patches) == 4 and "day" in fig.axes[0].get_xlabel()


def test_count_axes_get_integer_ticks():
    fig = charts.time_chart(pd.Series(pd.to_datetime(["2018-05-09"])), "عنوان")
    assert all(float(t).is_integer() for t in fig.axes[0].get_yticks())


def test_bar_values_are_printed_as_integers_or_percentages():
    counts = charts.bar_chart(pd.Series({"أ": 3.0, "ب": 1.0}), "عنوان")
    assert sorted(t.get_text() for t in counts.axes[0].texts) == ["1", "3"]
    shares = charts.bar_chart(pd.Series({"أ": 0.169, "ب": 0.5}), "عنوان", percent=True)
    assert sorted(t.get_text() for t in shares.axes[0].texts) == ["16.9%", "50.0%"]


def test_a_bar_chart_of_equal_values_is_replaced_by_a_note():
    fig = charts.bar_chart(pd.Series({"أ": 1, "ب": 1, "ج": 1}), "عنوان")
    assert not fig.axes[0].patches and any("all 3 values are 1" in t.get_text() for t in fig.axes[0].texts)


def test_titles_follow_the_report_language():
    try:
        assert charts.set_language("en") == "en"
        assert charts.title(("عنوان", "Title")) == "Title"
        charts.set_language("both")
        assert charts.title(("عنوان", "Title")) == charts.ar("عنوان") + "\nTitle"
    finally:
        charts.set_language("both")


def test_network_labels_do_not_overlap():
    names = [f"فاعل رقم {i}" for i in range(30)]
    nodes = pd.DataFrame({"label": names, "mentions": range(30, 0, -1), "type": "person"})
    edges = pd.DataFrame({"source": names[:-1], "target": names[1:], "weight": 1})
    fig = charts.network_chart(nodes, edges, "شبكة")
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in fig.axes[0].texts]
    assert 0 < len(boxes) <= charts.NETWORK_LABELS
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def test_a_span_of_years_is_counted_by_month():
    dates = pd.Series(pd.to_datetime(["2012-10-11", "2018-07-30"]))
    fig = charts.time_chart(dates, "عنوان")
    low, high = _axis_days(fig)
    assert len(fig.axes[0].patches) == 70 and "month" in fig.axes[0].get_xlabel()
    assert low == pd.Timestamp("2012-10-01") and high == pd.Timestamp("2018-08-01")


def _timeline_events():
    return pd.DataFrame(
        {
            "start_date": pd.to_datetime(["2018-05-08", "2018-06-01"]),
            "end_date": pd.to_datetime(["2093-01-01", pd.NaT]),
            "speaker": ["أ", "ب"],
            "status": ["forecast", "reported"],
        }
    )


def test_timeline_axis_stays_in_its_window():
    window = (pd.Timestamp("2017-05-01"), pd.Timestamp("2019-06-01"))
    low, high = _axis_days(charts.timeline_chart(_timeline_events(), window=window))
    assert (low, high) == window


def test_timeline_spans_stop_a_year_after_the_last_start_without_a_window():
    _, high = _axis_days(charts.timeline_chart(_timeline_events()))
    assert high <= pd.Timestamp("2019-06-01") + pd.Timedelta(days=60)


def test_a_lone_quotation_mark_cut_from_a_place_name_is_not_drawn():
    """The map and the 'who published first' chart labelled a place منطقة "شيحة (its closing quote lost)."""
    from helpers.report.chartbase import label

    assert '"' not in label('منطقة "شيحة')
    assert label('قال "نعم"').count('"') == 2


def test_a_long_label_loses_its_aside_in_brackets_before_it_is_cut_and_is_never_cut_inside_a_word():
    """«حزب الشعوب الديمقراطي / Peoples' Democratic Party (HDP, Turkey)» was drawn "... (HDP, Tur…"."""
    party = "حزب الشعوب الديمقراطي / Peoples' Democratic Party (HDP, Turkey)"
    assert "Tur" not in charts.label(party, renderer="pil-raqm") and "Party" in charts.label(party)
    from helpers.report.chartbase import clip

    assert clip(party, 60) == "حزب الشعوب الديمقراطي / Peoples' Democratic Party"
    long = "المجلس الأعلى للدولة في ليبيا / High Council of State of the Libyan Republic and its committees"
    clipped = clip(long, 60)
    assert len(clipped) <= 60 and clipped.endswith("…") and long.startswith(clipped[:-1])
    assert long[len(clipped) - 1] == " "  # the cut falls between two words
