"""Tests for helpers.report.trust: each report opens with how to read it, its accuracy and its limits."""

from helpers.report import trust
from tests.conftest import PAYLOAD_SCRIPT


def test_each_report_lists_only_the_extractors_it_rests_on():
    assert set(trust.accuracy_table("locations")["extractor"]) == {"places"}
    assert trust.accuracy_table("overview").empty


def test_accuracy_rows_say_the_set_and_whether_it_was_held_out():
    table = trust.accuracy_table("timelines")
    assert set(table["held_out"]) == {"held-out", "in-sample"}
    assert table["measured"].str.match(r"\d{4}-\d{2}-\d{2}").all()


def test_a_row_with_its_own_date_shows_it(monkeypatch):
    monkeypatch.setattr(trust, "ACCURACY", [("places", "set", "figure", True, "cmd", "2030-01-02")])
    assert list(trust.accuracy_table("locations")["measured"]) == ["2030-01-02"]


def test_intro_has_three_reading_lines_accuracy_and_limits():
    page = trust.intro_html("actors")
    assert page.count("<li>") >= 3 + 1 + 1
    assert "How to read this report" in page and "Known limits" in page and "73.0" in page


def test_bilingual_lines_are_escaped():
    assert "<script>" not in trust.bilingual_html(f"{PAYLOAD_SCRIPT} / x")


def test_every_figure_of_the_accuracy_rows_is_in_the_readme():
    import re
    from pathlib import Path

    readme = Path(__file__).resolve().parents[2].joinpath("README.md").read_text(encoding="utf-8")
    measured = readme.split("## Measured accuracy", 1)[1].split("\n## ", 1)[0]
    missing = [
        (row[0], number)
        for row in trust.ACCURACY
        for number in re.findall(r"\d+\.\d+", row[2])
        if number not in measured
    ]
    assert missing == []


def test_the_locations_limits_speak_of_any_town_not_only_the_bundled_corpus():
    """On a Yemen corpus the locations report said «Derna's districts without their own point are drawn around
    Derna's»: the ring is drawn for any town's districts and facilities (ميناء الحديدة، مطار الحديدة), and only the
    shipped district rows are Derna's, which is what an analyst of another corpus needs to know."""
    from helpers.report import trust

    limits = " ".join(trust.LIMITS["locations"])
    assert "around their town's point" in limits
    assert "places_curated.csv" in limits
    assert "Derna's districts without" not in limits
