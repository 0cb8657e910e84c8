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


def test_the_locations_limits_say_what_the_shipped_place_tables_hold(tmp_path, monkeypatch):
    """The locations report said «the shipped table knows no districts but Derna's» and «facilities get their own
    point only in Libya and neighbours»: the bundled corpus's own words. The limits now say what the shipped tables
    hold, counted from them (here tables of one Yemeni district and two Iraqi facilities)."""
    import shutil

    from helpers import config

    for name in ("country_names_ar.csv", "acled_countries.csv"):
        shutil.copy(config.DATA_DIR / name, tmp_path / name)
    (tmp_path / "places_curated.csv").write_text(
        "# comment\nid,name,aliases,name_en,lat,lon,kind,country,precision,note\n"
        "1,الحوك,,al-Hawak,14.8,42.95,district,YE,2,\n2,الضفة الغربية,,West Bank,31.9,35.2,region,PS,3,\n",
        encoding="utf-8",
    )
    (tmp_path / "places_facilities.tsv.gz").write_bytes(
        __import__("gzip").compress(
            "key\tname\tname_en\tlat\tlon\tkind\tcountry\tsource_id\n"
            "a\tمطار بغداد\tBaghdad Airport\t33.26\t44.23\taeroway=aerodrome\tIQ\t1\n"
            "b\tمستشفى الكندي\tKindi Hospital\t33.33\t44.42\tamenity=hospital\tIQ\t2\n".encode()
        )
    )
    monkeypatch.setattr(config, "DATA_DIR", tmp_path)
    first, second = trust._shipped_places()
    assert "places_curated.csv" in first and "اليمن 1" in first and "Yemen 1" in first
    assert "places_facilities.tsv.gz" in second and "العراق 2" in second and "Iraq 2" in second
    assert not any(word in first + second for word in ("درنة", "Derna", "ليبيا", "Libya"))
    assert len(trust.LIMITS["locations"]) == 3  # the shipped tables' two limits follow the gazetteer's
