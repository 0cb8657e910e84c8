"""The events report's charts, on the synthetic incidents table of test_report_events."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from helpers.report import eventcharts, events
from helpers.report.eventcharts import two_lines
from tests.unit.test_report_events import incident, incidents_frame


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def bar_heights(fig):
    return [p.get_height() for p in fig.axes[0].patches]


def test_period_table_shows_empty_weeks_as_zero():
    dates = pd.Series(pd.to_datetime(["2018-05-07", "2018-05-28"]))
    table = eventcharts.period_table(dates, pd.Series(["Battles", "Battles"]), "W")
    assert list(table["Battles"]) == [1, 0, 0, 1]


def test_period_table_sums_weights():
    dates = pd.Series(pd.to_datetime(["2018-05-07", "2018-05-08"]))
    table = eventcharts.period_table(dates, pd.Series(["exact", "exact"]), "W", pd.Series([30, 12]))
    assert table["exact"].tolist() == [42]


def test_events_over_time_stacks_types_on_a_continuous_axis():
    fig = eventcharts.events_over_time(events.in_window(incidents_frame(), pd.Series(["2018-05-30"]))[0])
    assert fig.ans_chart == "events" and len(fig.axes[0].get_legend().get_texts()) == 3


def test_events_over_time_without_dates_says_so():
    fig = eventcharts.events_over_time(events.with_columns(pd.DataFrame()))
    assert any("no dated events" in t.get_text() for t in fig.axes[0].texts)


def test_events_over_time_names_events_left_out_of_the_window():
    fig = eventcharts.events_over_time(incidents_frame(), left_out=1)
    assert "outside the articles' window" in fig.axes[0].get_xlabel()


def test_fatalities_chart_keeps_qualifiers_apart():
    fig = eventcharts.fatalities_chart(incidents_frame())
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert any("about" in x for x in labels) and any("exact" in x for x in labels)


def test_fatalities_chart_counts_an_event_told_twice_once():
    frame = incidents_frame()
    fig = eventcharts.fatalities_chart(frame[frame["event_type"] == "Battles"])
    assert max(bar_heights(fig)) == 30


def test_precision_3_places_are_not_drawn_as_dots():
    drawn, named = eventcharts.mappable(incidents_frame())
    assert "ليبيا" not in set(drawn["location"]) and "ليبيا" in set(named["location"])


def test_event_map_colours_dots_by_type():
    fig = eventcharts.event_map(incidents_frame())
    assert len(fig.axes[0].get_legend().get_texts()) == 2  # a battle and an airstrike; the protest is a country


def test_event_map_lists_places_not_drawn():
    fig = eventcharts.event_map(incidents_frame())
    assert fig.texts and "(1)" in fig.texts[0].get_text()


def test_event_map_of_no_events_says_so():
    fig = eventcharts.event_map(events.with_columns(pd.DataFrame()))
    assert any("no events with a precise place" in t.get_text() for t in fig.axes[0].texts)


def test_actor_matrix_chart_writes_each_count():
    fig = eventcharts.actor_matrix_chart(events.actor_matrix(incidents_frame()), "Battles")
    assert "1" in [t.get_text() for t in fig.axes[0].texts]


def test_matrix_chart_escapes_dollar_signs_in_labels():
    fig = eventcharts.matrix_chart(pd.DataFrame({"$x$": [1]}, index=["a"]), "t", "x", "y")
    assert fig.axes[0].get_xticklabels()[0].get_text() == r"\$x\$"


def test_empty_matrix_chart_says_no_data():
    fig = eventcharts.outlet_chart(pd.DataFrame())
    assert any("no data" in t.get_text() for t in fig.axes[0].texts)


def test_two_lines_keeps_english_when_arabic_is_long():
    assert two_lines("ا" * 40 + " / police").endswith("\npolice")


def test_two_lines_wraps_a_long_event_label_instead_of_cutting_it():
    wrapped = two_lines("2018-06-10 Strategic developments / منطقة الهلال النفطي")
    assert "…" not in wrapped and "developments" in wrapped.replace("\n", " ")


def test_events_over_time_says_how_many_running_totals_it_left_out():
    fig = eventcharts.events_over_time(incidents_frame(), left_out=3, history=1, totals=2)
    label = fig.axes[0].get_xlabel()
    assert "1 told as history" in label and "2 running totals" in label and "dated outside" not in label


def test_the_note_of_places_not_drawn_follows_the_report_language():
    """The events map's note «مناطق ودول وأماكن بلا نقطة (لا تُرسم): اليمن (25)…» was Arabic only, whatever
    REPORT_LANGUAGE said (the places map's own words were made bilingual, this one was not)."""
    from helpers.report.language import set_language

    set_language("en")
    try:
        text = eventcharts.event_map(incidents_frame()).texts[0].get_text()
    finally:
        set_language("both")
    assert text.startswith("regions and countries (not drawn as a point): ")
    assert "(1)" in text


def test_the_event_map_frames_the_events_own_area_and_lists_a_far_one_below():
    """A Syria corpus's events map ran from the mid-Atlantic to Iraq (Syria a strip at its right edge): among its
    dots were a statement placed in Washington and a misread «إلى» in Nevada, and the percentile fit of a few
    dots follows its outliers. The frame holds the events' own area; the far dots are named under the map."""
    points = [
        ("دمشق", 33.51, 36.29),
        ("دوما", 33.57, 36.40),
        ("إدلب", 35.93, 36.63),
        ("درعا", 32.62, 36.10),
        ("عفرين", 36.51, 36.87),
        ("حمص", 34.73, 36.72),
        ("واشنطن", 38.90, -77.04),
        ("بلدة", 39.25, -114.89),
    ]
    points = points[:6] * 4 + points[6:]  # two far dots of 26 events
    rows = [
        incident(f"a:{i}:0", "a", "Sky", location=name, latitude=lat, longitude=lon, geo_precision=1)
        for i, (name, lat, lon) in enumerate(points)
    ]
    fig = eventcharts.event_map(events.with_columns(pd.DataFrame(rows)))
    left, right = fig.axes[0].get_xlim()
    assert 25 < left < 36.1 and 36.9 < right < 45
    note = fig.texts[-1].get_text()
    assert "outside the frame (2)" in note and "واشنطن" in note
    # a far place is not labelled at the frame's edge (a Gaza map showed «أكابولكو» beside Rafah)
    assert not {"واشنطن", "بلدة"} & {text.get_text() for text in fig.axes[0].texts}


def test_the_event_map_frames_every_area_when_far_events_are_many():
    """A pan-Arab corpus (Libya, Syria, Yemen) has no far outliers: a quarter of its events in Libya are part of
    its area, drawn, and none is listed as outside the frame."""
    points = [("دمشق", 33.51, 36.29), ("حلب", 36.2, 37.16), ("صنعاء", 15.35, 44.2), ("عدن", 12.78, 45.03)] * 3
    points += [("طرابلس", 32.89, 13.19), ("بنغازي", 32.12, 20.07), ("سرت", 31.2, 16.59), ("درنة", 32.76, 22.64)]
    rows = [
        incident(f"a:{i}:0", "a", "Sky", location=name, latitude=lat, longitude=lon, geo_precision=1)
        for i, (name, lat, lon) in enumerate(points)
    ]
    fig = eventcharts.event_map(events.with_columns(pd.DataFrame(rows)))
    left, right = fig.axes[0].get_xlim()
    assert left < 13.19 and right > 45.03
    assert not any("outside the frame" in text.get_text() for text in fig.texts)


def test_the_event_maps_legend_takes_the_corner_with_the_fewest_events():
    """On an Iraq and Sinai corpus the legend, fixed in the lower left, covered Arish, Rafah and Sheikh Zuweid
    (the Sinai's events are the map's lower-left corner): it goes to the corner that hides the fewest."""
    points = [("العريش", 31.13, 33.8), ("رفح", 31.28, 34.24), ("الشيخ زويد", 31.21, 34.11)] * 3
    points += [("البصرة", 30.51, 47.78), ("الموصل", 36.34, 43.12), ("بغداد", 33.34, 44.4), ("كركوك", 35.47, 44.39)]
    rows = [
        incident(f"a:{i}:0", "a", "Sky", location=name, latitude=lat, longitude=lon, geo_precision=1)
        for i, (name, lat, lon) in enumerate(points)
    ]
    fig = eventcharts.event_map(events.with_columns(pd.DataFrame(rows)))
    legend = fig.axes[0].get_legend()
    assert legend._loc == 2, legend._loc  # matplotlib's code of "upper left": Sinai lower left, Iraq at the right
    spots = pd.DataFrame({"lon": [33.8, 47.78], "lat": [31.13, 36.34], "mentions": [9, 1]})
    assert eventcharts.legend_corner(spots, (32.0, 50.0, 29.0, 38.0)) == "upper left"
    assert eventcharts.legend_corner(spots.iloc[:0], (32.0, 50.0, 29.0, 38.0)) == "lower left"


def test_a_town_without_a_point_is_listed_apart_from_the_regions_under_the_map():
    """A Gaza corpus listed «غزة (1)» (a town the gazetteer gave no point) among «regions and countries» under the
    events map: the two are now two lines."""
    named = pd.DataFrame({
        "cluster_id": ["c1", "c2", "c3"], "location": ["ليبيا", "قرية ما", "ليبيا"], "geo_precision": [3, 1, 3],
        "latitude": [None, None, None], "longitude": [None, None, None],
    })  # fmt: skip
    regions, unplaced = eventcharts.undrawn_notes(named)
    assert "ليبيا (2)" in regions and "قرية ما" not in regions and "regions and countries" in regions
    assert "قرية ما (1)" in unplaced and "ليبيا" not in unplaced and "coordinates are not known" in unplaced
