"""Tests for helpers.report.valuewords: codes shown in words, the code kept beside them."""

import pandas as pd

from helpers.report import valuewords


def test_a_qualifier_code_is_shown_in_words_and_kept_in_a_code_column():
    frame = pd.DataFrame({"fatalities": [3, 12], "fatalities_qualifier": ["exact", "at_least"]})
    out, columns = valuewords.in_words(frame)
    assert columns == ["fatalities", "fatalities_qualifier", "fatalities_qualifier_code"]
    assert "at least" in out.loc[1, "fatalities_qualifier"]
    assert out.loc[1, "fatalities_qualifier_code"] == "at_least"


def test_a_compound_source_scale_is_shown_in_words():
    assert "national and regional" in valuewords.words_for("source_scale", "National-Regional")


def test_a_role_written_by_the_article_is_not_a_code():
    frame = pd.DataFrame({"role": ["الرئيس التركي", ""]})
    out, columns = valuewords.in_words(frame)
    assert columns == ["role"] and out["role"].tolist() == ["الرئيس التركي", ""]


def test_only_the_columns_asked_for_get_a_code_column():
    frame = pd.DataFrame({"role": ["in_name"], "source_kind": ["named"]})
    out, columns = valuewords.in_words(frame, ["role"])
    assert columns == ["role", "role_code"] and out.loc[0, "source_kind"] == "named"


def test_a_forecast_status_is_shown_in_words_like_the_other_statuses():
    """The stated-vs-reported and time-expression tables showed 'forecast' raw with an empty code beside it."""
    frame = pd.DataFrame({"status": ["forecast", "planned"]})
    out, columns = valuewords.in_words(frame)
    assert columns == ["status", "status_code"]
    assert out["status"].tolist() == ["توقع / forecast", "خطة معلنة / stated plan"]
    assert out["status_code"].tolist() == ["forecast", "planned"]


def test_an_acled_actor_type_is_shown_in_words_not_as_a_code():
    """The actors tables showed state_forces, person_official... to analysts."""
    frame = pd.DataFrame({"acled_type": ["state_forces", "person_official"]})
    out, columns = valuewords.in_words(frame)
    assert columns == ["acled_type", "acled_type_code"]
    assert out["acled_type"].tolist() == ["قوات الدولة / state forces", "شخص ذو منصب / person with an office"]


def test_every_acled_type_extraction_assigns_has_words():
    from helpers.extract.actors.types import ACLED_TYPES

    assert all(valuewords.words_for("acled_type", code) for code in ACLED_TYPES)


def test_an_actor_type_a_place_kind_and_a_direction_are_shown_in_words():
    assert valuewords.words_for("type", "armed_group") == "جماعة مسلحة / armed group"
    assert valuewords.words_for("kind", "capital") == "عاصمة / capital"
    assert valuewords.words_for("direction", "NW") == "شمال غرب / north-west"


def test_true_and_false_read_as_yes_and_no_in_a_flag_column():
    """The stated-sequence table showed True/False in 'disagrees with most articles'."""
    frame = pd.DataFrame({"disagrees": [True, False]})
    out, _ = valuewords.in_words(frame)
    assert out["disagrees"].tolist() == ["نعم / yes", "لا / no"]


def test_chart_labels_get_the_same_words_and_keep_other_values():
    labels = valuewords.series_in_words("acled_type", pd.Series(["rebel_group", "something else"]))
    assert labels.tolist() == ["جماعة متمردة / rebel group", "something else"]


def test_a_country_code_is_shown_as_the_country_name():
    """The actors and places tables showed LY, EG, KP, BF: codes an analyst has to decode."""
    frame = pd.DataFrame({"country": ["LY", "KP", ""]})
    out, columns = valuewords.in_words(frame)
    assert columns == ["country", "country_code"]
    assert out["country"].tolist() == ["ليبيا / Libya", "كوريا الشمالية / North Korea", ""]
    assert out["country_code"].tolist() == ["LY", "KP", ""]


def test_a_country_without_an_arabic_spelling_keeps_its_english_name():
    assert valuewords.words_for("country", "BF").endswith("Burkina Faso")
    assert valuewords.words_for("country", "Libya") is None


def test_an_event_type_reads_in_arabic_and_english_in_every_events_table():
    """The events, statements and deaths tables showed ACLED's English type alone (Battles)."""
    frame = pd.DataFrame({"event_type": ["Battles", "Statement"]})
    out, columns = valuewords.in_words(frame)
    assert columns == ["event_type", "event_type_code"]
    assert out.loc[0, "event_type"] == "معارك / Battles" and out.loc[1, "event_type_code"] == "Statement"


def test_sahel_countries_are_named_in_arabic_in_the_country_columns():
    """A Sahel sample's reports showed «Burkina Faso / Burkina Faso» and «Cameroon / Cameroon»: no Arabic name."""
    assert valuewords.country_words("BF") == "بوركينا فاسو / Burkina Faso"
    assert valuewords.country_words("CM") == "الكاميرون / Cameroon"
    assert valuewords.country_words("GN") == "غينيا / Guinea"
