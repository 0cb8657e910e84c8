"""The countryside of provinces given as an event's area is one event; towns, provinces and regions named as
targets one each (helpers/extract/incidents/places.py ``_area``), a town and its province or country one place,
and a row told by two triggers is not split again."""

from types import SimpleNamespace

import pandas as pd

from helpers.extract import pipeline
from helpers.extract.incidents.places import _area
from helpers.extract.incidents.scope import INCIDENT_COLUMNS

TITLE = "غارات على سوريا"


def rows(sentence: str) -> list[dict]:
    text = f"{TITLE}\n{sentence}"
    record = {"article_id": "a", "text": text, "dct": pd.Timestamp("2018-08-10"), "dct_source": "published",
              "outlet": "Sky News Arabia", "body_start": len(TITLE) + 1}  # fmt: skip
    (article,) = pipeline.run([record])
    return [dict(zip(INCIDENT_COLUMNS, r, strict=True)) for r in article.incidents]


def test_a_strike_on_the_countryside_of_two_provinces_is_one_event():
    assert len(rows("شنت طائرات حربية غارات جوية على ريفي إدلب وحلب.")) == 1


def test_a_strike_on_two_towns_is_still_two_events():
    assert len(rows("شن طيران التحالف غارات على صنعاء وعمران.")) == 2


def test_a_place_named_after_a_countryside_word_is_an_area_not_after_a_province_word():
    norm = "في ريفي ادلب"
    mention = SimpleNamespace(start=norm.index("ادلب"), place=SimpleNamespace(kind="city"))
    assert _area(norm, mention)
    assert not _area("في محافظتي ادلب", SimpleNamespace(start=11, place=SimpleNamespace(kind="city")))


def test_a_region_is_a_place_a_sea_is_an_area():
    assert not _area("علي حضرموت", SimpleNamespace(start=4, place=SimpleNamespace(kind="region")))
    assert _area("في البحر الاحمر", SimpleNamespace(start=3, place=SimpleNamespace(kind="sea")))


def test_strikes_on_listed_provinces_are_one_event_each():
    found = rows("شنت طائرات التحالف غارات استهدفت تجمعات المتمردين في محافظات الحديدة وصعدة وحجة وعمران.")
    assert len(found) == 4


def test_protests_in_towns_and_a_region_are_one_event_each():
    found = rows("وخرجت تظاهرات في البصرة وذي قار والنجف.")
    assert [r["location_en"] for r in found] == ["Basrah", "Dhi Qar", "Najaf"]


def test_a_town_then_its_province_after_a_comma_is_one_place():
    assert len(rows("شنت طائرات التحالف غارات على المكلا، حضرموت.")) == 1
    assert len(rows("شنت طائرات التحالف غارات على المكلا وحضرموت.")) == 2


def test_a_town_then_its_country_is_one_place():
    assert len(rows("شن طيران التحالف غارات على صنعاء، اليمن.")) == 1
    assert len(rows("شن طيران التحالف غارات على مواقع في مدينة عدن جنوب اليمن.")) == 1


def test_countries_listed_in_a_diplomatic_sentence_give_no_row():
    assert rows("وبحث الوزير مع نظرائه في مصر والأردن والسعودية سبل تعزيز التعاون.") == []


def test_a_suicide_bombing_told_by_three_triggers_is_one_row_with_its_dead():
    (one,) = rows("قبل أن يفجر انتحاري نفسه في الموكب، ويقتل 11 طفلا.")
    assert (one["sub_event_type"], one["fatalities"]) == ("Suicide bomb", 11)
