"""Tests for helpers.report.timecharts: the stated timeline's window, rows and legend, and the legend of the
stated-vs-reported chart."""

import matplotlib
import matplotlib.dates as mdates
import pandas as pd

from helpers.report import charts, timelines
from helpers.report.chartbase import ar, words
from helpers.report.timecharts import SHAPE_LABELS, STATED_LEGEND

matplotlib.use("Agg")


def _events(**more):
    frame = pd.DataFrame(
        {
            "start_date": pd.to_datetime(["2018-05-08", "2018-05-20", "2018-06-01"]),
            "end_date": pd.to_datetime(["2160-05-14", pd.NaT, "2018-06-01"]),
            "actor_label": ["أ / A", "ب / B", "أ / A"],
            "status": ["reported", "claimed", "planned"],
        }
    )
    return frame.assign(**more)


def _texts(fig):
    fig.canvas.draw()
    return [t.get_text() for t in fig.findobj(matplotlib.text.Text) if t.get_text()]


def _xlim(fig):
    low, high = fig.axes[0].get_xlim()
    return pd.Timestamp(mdates.num2date(low)).tz_localize(None), pd.Timestamp(mdates.num2date(high)).tz_localize(None)


def test_a_span_to_2160_is_cut_at_the_window_with_an_arrow_and_never_sets_the_axis():
    dct = pd.Series(pd.to_datetime(["2018-05-08", "2018-06-01"]))
    window = timelines.timeline_window(dct, spans=_events())
    fig = charts.timeline_chart(_events(), by="actor_label", window=window)
    assert _xlim(fig) == window and window[1] < pd.Timestamp("2019-01-01")
    arrows = [line for line in fig.axes[0].get_lines() if line.get_marker() == ">"]
    assert len(arrows) == 1
    matplotlib.pyplot.close(fig)


def test_timeline_rows_are_the_actor_labels():
    fig = charts.timeline_chart(_events(), by="actor_label")
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == [charts.label("أ / A"), charts.label("ب / B")]
    matplotlib.pyplot.close(fig)


def test_ages_and_histories_are_not_drawn():
    fig = charts.timeline_chart(_events(role=["age", "event", "history"]), by="actor_label")
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == [charts.label("ب / B")]
    matplotlib.pyplot.close(fig)


def test_no_actor_is_the_last_row():
    frame = _events(actor_label=["(بلا فاعل) / (no actor)"] * 2 + ["أ / A"])
    fig = charts.timeline_chart(frame, by="actor_label")
    assert fig.axes[0].get_yticklabels()[-1].get_text() == charts.label("(بلا فاعل) / (no actor)")
    matplotlib.pyplot.close(fig)


def test_the_timeline_legend_says_what_dots_lines_and_arrows_mean():
    texts = _texts(charts.timeline_chart(_events(), by="actor_label"))
    for key in ("point", "span", "cut"):
        assert ar(words(SHAPE_LABELS[key])) in texts, key
    matplotlib.pyplot.close("all")


def test_the_stated_vs_reported_legend_explains_solid_and_dashed_lines():
    comparison = pd.DataFrame(
        {
            "stated_on": pd.to_datetime(["2018-05-08"]),
            "expected_by": pd.to_datetime(["2018-05-22"]),
            "status": ["forecast"],
            "stated": ["أسبوعين"],
            "actor": ["الجيش / army"],
        }
    )
    fig = charts.stated_vs_reported_chart(comparison, pd.DataFrame({"date": pd.to_datetime(["2018-06-28"])}), "درنة")
    texts = _texts(fig)
    assert ar(words(STATED_LEGEND["stated"])) in texts and ar(words(STATED_LEGEND["outcome"])) in texts
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == [charts.label("الجيش / army")]
    matplotlib.pyplot.close(fig)


def _segments(fig):
    """(start, end) of every line drawn on a timeline, as dates."""
    found = []
    for collection in fig.axes[0].collections:
        for segment in collection.get_segments():
            found.append(tuple(pd.Timestamp(mdates.num2date(x)).tz_localize(None).normalize() for x in segment[:, 0]))
    return found


def test_a_period_stated_as_its_end_is_drawn_as_its_last_part_not_the_whole_period():
    """«بحلول نهاية العام» (2018, mod END) and «أواخر العام الماضي» (2017, mod END) are the end of the year,
    «منتصف شهر نيسان» (2018-04, mod MID) the middle of April: not lines from January or the 1st of April."""
    frame = pd.DataFrame(
        {
            "start_date": pd.to_datetime(["2018-01-01", "2017-01-01", "2018-04-01"]),
            "end_date": pd.to_datetime(["2018-12-31", "2017-12-31", "2018-04-30"]),
            "mod": ["END", "END", "MID"],
            "actor_label": ["أ / A", "ب / B", "ج / C"],
            "status": ["planned", "reported", "reported"],
        }
    )
    window = (pd.Timestamp("2017-01-01"), pd.Timestamp("2018-12-31"))
    fig = charts.timeline_chart(frame, by="actor_label", window=window)
    starts = sorted(start for start, _ in _segments(fig))
    assert starts[0] >= pd.Timestamp("2017-08-01")
    assert pd.Timestamp("2018-04-08") <= starts[1] <= pd.Timestamp("2018-04-15")
    assert starts[2] >= pd.Timestamp("2018-08-01")
    matplotlib.pyplot.close(fig)


def test_a_span_since_the_start_of_the_year_is_drawn_whole_up_to_the_article_date():
    """«منذ بداية العام» (2018, mod START) was read as a past span from 1 January to the DCT: not narrowed again."""
    frame = pd.DataFrame(
        {
            "start_date": pd.to_datetime(["2018-01-01"]),
            "end_date": pd.to_datetime(["2018-06-01"]),
            "mod": ["START"],
            "direction": ["past"],
            "actor_label": ["أ / A"],
            "status": ["reported"],
        }
    )
    window = (pd.Timestamp("2017-12-01"), pd.Timestamp("2018-07-01"))
    fig = charts.timeline_chart(frame, by="actor_label", window=window)
    (start, end), *_ = _segments(fig)
    assert start <= pd.Timestamp("2018-01-02") and end >= pd.Timestamp("2018-05-31")
    matplotlib.pyplot.close(fig)


def test_the_days_of_early_mid_and_late_read_a_month_by_tens_and_a_year_by_thirds():
    from helpers.extract.events import mod_days

    may = pd.Timestamp("2018-05-01"), pd.Timestamp("2018-05-31")
    assert mod_days(*may, "START") == (pd.Timestamp("2018-05-01"), pd.Timestamp("2018-05-10"))
    assert mod_days(*may, "END") == (pd.Timestamp("2018-05-22"), pd.Timestamp("2018-05-31"))
    year = pd.Timestamp("2017-01-01"), pd.Timestamp("2017-12-31")
    assert mod_days(*year, "END")[0] == pd.Timestamp("2017-09-02")
    assert mod_days(*year, "APPROX") == year and mod_days(*year, "") == year
