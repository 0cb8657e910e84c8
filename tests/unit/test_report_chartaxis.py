"""The date axis a chart states in the report's <img>."""

from __future__ import annotations

import pandas as pd

from helpers.report import chartaxis, charts


def test_a_time_chart_states_the_first_and_last_day_its_axis_draws():
    dates = pd.Series(pd.to_datetime(["2018-05-09", "2018-06-20"]))
    fig = charts.time_chart(dates, ("أ", "a"))
    assert chartaxis.date_axis(fig) == ("2018-05-07", "2018-06-25")


def test_a_chart_without_a_calendar_states_no_axis():
    fig = charts.histogram([1, 2, 3], ("أ", "a"), ("ب", "b"))
    assert chartaxis.date_axis(fig) is None


def test_the_image_carries_the_axis_in_its_alt_text_and_data_attributes():
    fig = charts.time_chart(pd.Series(pd.to_datetime(["2018-05-09"])), ("أ", "a"))
    img = chartaxis.figure_html(fig, "AAAA")
    assert 'data-ans-x-from="2018-05-09"' in img and 'data-ans-x-to="2018-05-10"' in img
    assert "x: 2018-05-09 … 2018-05-10" in img and 'data-ans-chart="counts"' in img


def test_the_chart_kind_is_escaped():
    fig = charts.histogram([1, 2], ("أ", "a"), ("ب", "b"))
    img = chartaxis.figure_html(chartaxis.record_axis(fig, '"><script>'), "AAAA")
    assert "<script>" not in img


def test_outside_a_kernel_nothing_is_registered():
    assert chartaxis.register_figure_html() is False


def test_the_alt_text_says_what_the_chart_shows():
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    ax.set_title('Top places <"a">')
    img = chartaxis.figure_html(fig, "AAAA")
    plt.close(fig)
    assert 'alt="Top places &lt;&quot;a&quot;&gt;"' in img
