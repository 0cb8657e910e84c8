"""Tests for helpers.places: matching with clitics, disambiguation, precision, relative places, metonymy."""

import pandas as pd
import pytest

from helpers.extract import places
from helpers.extract.places import CuratedTableError, place_key, place_mentions, read_curated


def resolved(text: str) -> list[tuple[str, str, str]]:
    return [
        (m.surface, m.place.name_en if m.place else "", m.place.country if m.place else "")
        for m in place_mentions({"text": text})
    ]


def first(text: str):
    return place_mentions({"text": text})[0]


@pytest.mark.parametrize("surface", ["بدرنة", "لدرنة", "ودرنه", "فدرنة"])
def test_clitics_come_off(surface):
    m = first(f"وصلت القوات {surface} اليوم")
    assert (m.place.name_en, m.surface) == ("Darnah", surface[1:])


def test_spelling_variants_match():
    assert first("في بنغازى").place.name_en == first("في بنغازي").place.name_en == "Benghazi"
    assert place_key("الإسكندرية") == place_key("الاسكندريه")


def test_lam_lam_becomes_the_article():
    assert first("عاد للقبة أمس، جنوب ليبيا").place.name_en == "Al Qubbah"


def test_tripoli_follows_the_article_context():
    assert first("اشتباكات في طرابلس الليبية بين ميليشيات في ليبيا").place.country == "LY"
    assert first("انفجار في طرابلس شمال لبنان، وفق الجيش اللبناني في لبنان").place.country == "LB"


def test_country_wins_over_a_village_of_the_same_name():
    m = first("غزو العراق عام 2003 وقع بعد سنوات في مصر")
    assert (m.place.kind, m.place.country) == ("country", "IQ")


def test_precision_town_region_country():
    kinds = {m.surface: m.precision for m in place_mentions({"text": "من درنة إلى الهلال النفطي في ليبيا"})}
    assert kinds == {"درنة": 1, "الهلال النفطي": 3, "ليبيا": 3}


def test_relative_location_keeps_anchor_direction_and_distance():
    m = first("تقع على بعد 380 كيلومترا شرق بنغازي")
    assert (m.anchor, m.direction, m.distance_km, m.precision) == ("بنغازى", "E", 380.0, 2)
    assert m.lon > m.place.lon + 3
    assert first("في منطقة الظهر الحمر جنوب درنة").surface == "الظهر الحمر"
    south = place_mentions({"text": "في منطقة الظهر الحمر جنوب درنة"})[1]
    assert (south.surface, south.direction) == ("جنوب درنة", "S")


def test_capital_used_as_an_actor_is_marked():
    assert first("وتتابع القاهرة عن كثب تطورات العملية").role == "actor"
    assert first("وصل الوفد إلى القاهرة أمس").role == "location"


def test_common_words_are_not_places():
    text = "المدينة الرياضية في البلاد، وصول الوفد ليل الخميس، وفي حصار طويل"
    assert resolved(text) == []


def test_unknown_town_is_listed_unresolved():
    found = place_mentions({"text": "سيطر الجيش على بلدة زرزورة الصغيرة"})
    assert [(m.surface, m.place, m.flag) for m in found] == [("زرزورة", None, "not in gazetteer")]


def test_empty_and_non_arabic_text_yield_nothing():
    assert place_mentions({"text": ""}) == []
    assert place_mentions({"text": "Fighting in Derna continued."}) == []


def write_curated(tmp_path, rows: str):
    path = tmp_path / "curated.csv"
    path.write_text("id,name,aliases,name_en,lat,lon,kind,country,precision,note\n" + rows, encoding="utf-8")
    return path


def test_curated_conflicting_coordinates_name_the_rows(tmp_path):
    path = write_curated(tmp_path, "a,بوابة س,,Gate,32.7,22.6,feature,LY,2,\nb,بوابة س,,Gate,30.0,18.0,feature,LY,2,\n")
    with pytest.raises(CuratedTableError, match=r"curated.csv row 3 .*conflicting coordinates.*row 2"):
        read_curated(path)


def test_curated_bad_values_are_clear_errors(tmp_path):
    with pytest.raises(CuratedTableError, match="out of range"):
        read_curated(write_curated(tmp_path, "a,س,,S,132.7,22.6,feature,LY,2,\n"))
    with pytest.raises(CuratedTableError, match="must be numbers"):
        read_curated(write_curated(tmp_path, "a,س,,S,north,22.6,feature,LY,2,\n"))
    with pytest.raises(CuratedTableError, match="precision must be"):
        read_curated(write_curated(tmp_path, "a,س,,S,32.7,22.6,feature,LY,7,\n"))


def test_shipped_curated_table_is_valid():
    assert len(read_curated()) >= 20


def test_place_table_and_summary():
    articles = pd.DataFrame({"article_id": ["a", "b"], "text": ["قصف في درنة ودرنة", "وصل إلى درنة وبنغازي"]})
    table = places.place_table(articles)
    summary = places.place_summary(table).set_index("name_en")
    assert summary.loc["Darnah", "mentions"] == 3
    assert summary.loc["Darnah", "articles"] == 2


def test_extract_rows_carry_coordinates_and_precision():
    rows = list(places.extract_places({"text": "وصل الوفد إلى درنة"}))
    assert rows[0]["lat"] == pytest.approx(32.767, abs=0.01)
    assert rows[0]["precision"] == 1
    assert rows[0]["value"].startswith("geonames:")


def test_a_person_named_like_a_place_is_not_a_place():
    found = [(m.surface, m.role) for m in place_mentions({"text": "قال فايز السراج إن الوضع في طرابلس هادئ."})]
    assert found == [("طرابلس", "location")]


def test_a_place_inside_an_organisation_name_is_marked_in_name():
    text = "أعلن مجلس شورى مجاهدي درنة رفضه، وتقدمت القوات في درنة."
    roles = [(m.surface, m.role) for m in place_mentions({"text": text})]
    assert roles == [("درنة", "in_name"), ("درنة", "location")]
