"""Tests for helpers.report.maps: what is drawn, circle sizes, the second panel, labels and the notes below."""

import matplotlib
import numpy as np
import pandas as pd
import pytest

from helpers.report import maps


@pytest.fixture(autouse=True)
def _close_figures():
    """Each test's maps are closed after it, so the suite does not pile up open figures."""
    yield
    matplotlib.pyplot.close("all")


matplotlib.use("Agg")

COLUMNS = ["name", "kind", "lat", "lon", "mentions"]


def summary(*rows):
    return pd.DataFrame(list(rows), columns=COLUMNS)


DERNA_AREA = summary(
    ("درنة", "city", 32.767, 22.639, 40),
    ("الفتائح", "district", 32.70, 22.68, 6),
    ("القبة", "town", 32.757, 22.242, 3),
    ("بنغازي", "city", 32.115, 20.069, 12),
    ("ليبيا", "country", 27.0, 18.0, 30),
    ("البحر المتوسط", "sea", 34.5, 18.0, 5),
    ("باريس", "capital", 48.85, 2.35, 4),
)


def texts_of(fig) -> str:
    return " ".join(t.get_text() for t in fig.texts) + " ".join(t.get_text() for ax in fig.axes for t in ax.texts)


def test_countries_and_regions_are_not_drawn_as_dots():
    drawn = maps.drawable(DERNA_AREA)["name"].tolist()
    assert "ليبيا" not in drawn and "البحر المتوسط" not in drawn
    assert "ليبيا" in maps.drawable(DERNA_AREA, countries=True)["name"].tolist()


def test_circle_area_grows_with_mentions():
    small, large = maps.circle_area(np.array([1, 40]), 40)
    assert large > 10 * small


def test_the_densest_area_holds_derna_and_its_districts():
    box = maps.densest_area(maps.drawable(DERNA_AREA))
    assert box is not None
    lon_lo, lon_hi, lat_lo, lat_hi = box
    assert lon_lo < 22.24 and lon_hi > 22.68 and lat_lo < 32.70 < lat_hi
    assert not lon_lo < 20.07 < lon_hi  # Benghazi is not in the crowd


def test_no_second_panel_when_nothing_crowds():
    assert maps.densest_area(summary(("درنة", "city", 32.7, 22.6, 3), ("باريس", "capital", 48.8, 2.3, 1))) is None


def test_places_outside_the_frame_are_named_below_the_map():
    fig = maps.place_map(DERNA_AREA, extent=(15.0, 30.0, 25.0, 38.0))
    assert "باريس" in texts_of(fig) or "ﺲﻳﺭﺎﺑ" in texts_of(fig)
    assert len(fig.axes) == 2  # the map and the densest area


def test_regions_are_listed_not_drawn():
    fig = maps.place_map(DERNA_AREA, extent=(15.0, 30.0, 25.0, 38.0))
    text = texts_of(fig)
    assert "(5)" in text  # البحر المتوسط and its mentions, under the map


def test_the_map_has_a_size_legend():
    fig = maps.place_map(DERNA_AREA, extent=(15.0, 30.0, 25.0, 38.0), inset=False)
    legend = fig.axes[0].get_legend()
    assert [t.get_text() for t in legend.get_texts()] == ["1", "10", "40"]


def test_simple_repel_separates_overlapping_labels():
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    texts = [ax.text(5, 5, "درنة"), ax.text(5, 5, "الفتائح"), ax.text(5.1, 5, "شيحا")]
    maps.simple_repel(ax, texts)
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in texts]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def test_an_empty_summary_gives_a_map_with_a_note():
    fig = maps.place_map(summary())
    assert fig.axes and len(fig.axes) == 1


def test_places_sharing_a_point_are_spread_on_a_ring_in_the_second_panel():
    shared = summary(("درنة", "city", 32.767, 22.639, 40), ("شيحا", "district", 32.767, 22.639, 6),
                     ("المغار", "district", 32.767, 22.639, 5))  # fmt: skip
    out = maps.spread_shared_points(shared, radius=0.05)
    assert out.loc[out["name"] == "درنة", ["lat", "lon", "spread"]].values.tolist() == [[32.767, 22.639, False]]
    moved = out[out["spread"]]
    assert len(moved) == 2 and moved[["lat", "lon"]].drop_duplicates().shape[0] == 2
    distances = np.hypot(moved["lat"] - 32.767, moved["lon"] - 22.639)
    assert np.allclose(distances, 0.05)


def test_the_main_panel_labels_only_the_top_place_of_the_zoomed_crowd():
    fig = maps.place_map(DERNA_AREA, extent=(15.0, 30.0, 25.0, 38.0))
    main, zoom = fig.axes[:2]
    assert len(main.texts) < len(zoom.texts)


def test_the_maps_own_words_follow_the_report_language():
    """The size legend, the zoom panel's title and note and the lists under the map were Arabic only: an English
    report (REPORT_LANGUAGE "en") read «عدد مرات الذكر», «خارج الإطار»."""
    from helpers.report.language import set_language

    set_language("en")
    try:
        fig = maps.place_map(DERNA_AREA, extent=(15.0, 30.0, 25.0, 38.0))
        text = texts_of(fig) + " ".join(ax.get_title() + ax.get_xlabel() for ax in fig.axes)
        legend = fig.axes[0].get_legend().get_title().get_text()
    finally:
        set_language("both")
    assert legend == "mentions"
    for english in ("outside the frame", "regions, seas and continents", "the most crowded area", "dashed circles"):
        assert english in text, english
    assert "خارج الإطار" not in text and "ﺝﺭﺎﺧ" not in text


def test_the_panels_are_raised_clear_of_a_note_that_wraps_to_more_lines_than_was_kept_for_it():
    """On a Yemen corpus the two lists under the map (10 places outside the frame, 20 regions and seas) wrapped
    to three lines and ran into the zoom panel's two-line note on dashed circles: the space kept for them
    counted one line per list (0.04 + 0.035 per list), and a panel kept to its aspect reached lower still."""
    fig, (_, right) = matplotlib.pyplot.subplots(1, 2, figsize=(13, 7))
    right.set_xlabel("سطر أول من ملاحظة الدوائر\nsecond line of the note on dashed circles")
    listing = "، ".join(f"مكان مذكور خارج الإطار رقم {i} (3)" for i in range(40))
    note = fig.text(0.5, 0.01, listing + "\n" + listing, ha="center", va="bottom", fontsize=8, wrap=True)
    fig.tight_layout(rect=(0, 0.04 + 0.035 * 2, 1, 1))  # what the map kept for two lists
    renderer = fig.canvas.get_renderer()
    top = maps.note_top(fig, note)
    assert min(ax.get_tightbbox(renderer).y0 for ax in fig.axes) < top  # the overlap the report showed
    maps.keep_above_note(fig, note)
    assert min(ax.get_tightbbox(renderer).y0 for ax in fig.axes) >= top


def test_the_notes_under_the_map_do_not_run_into_the_zoom_panels_note():
    """On a Yemen corpus the two lists under the map (10 places outside the frame, 20 regions and seas) wrapped
    to three lines and ran into the zoom panel's note on dashed circles: the space kept for them counted one
    line per list."""
    crowd = [(f"حي {i}", "district", 14.8, 42.95, 3) for i in range(6)]
    crowd += [("الحديدة", "city", 14.80, 42.95, 180), ("زبيد", "town", 14.20, 43.32, 10)]
    crowd += [("حيس", "town", 13.93, 43.48, 2), ("صنعاء", "capital", 15.35, 44.21, 100)]
    crowd += [("تعز", "city", 13.58, 44.02, 30), ("طهران", "capital", 35.7, 51.4, 9)]
    outside = [(f"مدينة خارج الإطار {i}", "city", 40.0 + i, -70.0 - i, 4) for i in range(10)]
    regions = [(f"محافظة مذكورة في الأخبار {i}", "region", 15.0, 45.0, 20 - i) for i in range(20)]
    fig = maps.place_map(summary(*crowd, *outside, *regions), extent=(4.0, 53.0, 11.0, 48.0))
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    top = maps.note_top(fig, fig.texts[-1])
    assert len(fig.axes) == 2  # the main map and the zoom panel
    assert min(ax.get_tightbbox(renderer).y0 for ax in fig.axes) >= top


def test_the_place_map_frames_the_places_own_area_and_lists_a_few_far_ones_below():
    """On an Iraq and Sinai corpus the places map ran from longitude −76 to 56: three mentions of New York and one
    of Bogotá pulled the percentile fit across the Atlantic, Iraq and Sinai a strip at its right. The 04 events
    map already framed its own area (stop 29); the places map now does the same."""
    rows = [
        ("البصرة", "city", 30.51, 47.78, 111),
        ("بغداد", "capital", 33.34, 44.4, 68),
        ("العريش", "city", 31.13, 33.8, 38),
    ]
    rows += [
        ("الموصل", "city", 36.34, 43.12, 36),
        ("رفح", "city", 31.28, 34.24, 12),
        ("كركوك", "city", 35.47, 44.39, 18),
    ]
    rows += [
        ("واشنطن", "capital", 38.9, -77.04, 12),
        ("نيويورك", "city", 40.71, -74.01, 3),
        ("بوغوتا", "capital", 4.61, -74.08, 1),
    ]
    fig = maps.place_map(summary(*rows), inset=False)
    left, right = fig.axes[0].get_xlim()
    assert 20 < left < 33.8 and 47.78 < right < 60, (left, right)
    assert "نيويورك" in texts_of(fig) or "outside the frame (3)" in texts_of(fig)


def test_a_corpus_of_two_wars_far_apart_frames_both_and_lists_the_far_capital_below():
    """A Gaza and Afghanistan corpus: a third of its places 35 degrees east of Gaza made the old rule frame every
    spot, so the map ran from Washington to Kabul, both wars small dots. Each war is an area of the frame; the few
    mentions of Washington are listed under the map."""
    spots = pd.DataFrame(
        {
            "name": ["غزة", "خان يونس", "كابول", "قندهار", "واشنطن"],
            "lat": [31.5, 31.34, 34.53, 31.61, 38.9],
            "lon": [34.47, 34.3, 69.17, 65.71, -77.04],
            "mentions": [60, 10, 30, 5, 5],
        }
    )
    extent, outside = maps.frame(spots)
    assert 20 < extent[0] < 34.3 and 69.17 < extent[1] < 80
    assert outside["name"].tolist() == ["واشنطن"]


def test_a_second_area_as_small_as_a_far_place_is_listed_not_framed():
    """A Syria corpus with a few mentions of Washington, Geneva and London: together they hold more than a tenth,
    but they are far places, not a second war; framing Geneva and London as an area pushed Syria to the map's
    edge. Scattered far places after the first area (Washington and Geneva alone) are listed too."""
    spots = pd.DataFrame(
        {
            "name": ["حلب", "دمشق", "واشنطن", "جنيف", "لندن"],
            "lat": [36.2, 33.51, 38.9, 46.2, 51.5],
            "lon": [37.16, 36.29, -77.04, 6.14, -0.13],
            "mentions": [50, 38, 5, 4, 3],
        }
    )
    extent, outside = maps.frame(spots)
    assert 25 < extent[0] < 36.29 and 37.16 < extent[1] < 50
    assert sorted(outside["name"]) == sorted(["واشنطن", "جنيف", "لندن"])
    scattered = spots[spots["name"] != "لندن"].assign(mentions=[50, 38, 6, 6])
    extent, outside = maps.frame(scattered)
    assert 25 < extent[0] < 36.29 and sorted(outside["name"]) == sorted(["واشنطن", "جنيف"])


def test_the_place_maps_size_legend_takes_the_corner_hiding_the_fewest_places():
    """On a Gaza and Afghanistan corpus the legend of circle sizes, fixed in the lower left, covered Gaza (421
    mentions, the map's largest circle, at its lower left): it goes to the corner whose box hides the fewest."""
    rows = [
        ("غزة", "city", 31.5, 34.47, 421),
        ("رفح", "city", 31.28, 34.24, 12),
        ("كابول", "capital", 34.53, 69.17, 42),
        ("قندهار", "city", 31.61, 65.71, 15),
        ("طهران", "capital", 35.69, 51.42, 3),
    ]
    fig = maps.place_map(summary(*rows), inset=False)
    legend = fig.axes[0].get_legend()
    assert legend._loc != 3, legend._loc  # matplotlib's code of "lower left", where Gaza is
