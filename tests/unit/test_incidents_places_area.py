"""Provinces and regions given as an event's area are one event; towns named as targets one each
(helpers/extract/incidents/places.py ``_area``), and a row told by two triggers is not split again."""

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


def test_a_place_named_after_a_province_word_is_an_area():
    norm = "في محافظتي ادلب"
    mention = SimpleNamespace(start=norm.index("ادلب"), place=SimpleNamespace(kind="city"))
    assert _area(norm, mention)
    assert not _area("علي ادلب", SimpleNamespace(start=4, place=SimpleNamespace(kind="city")))


def test_a_region_is_an_area():
    assert _area("علي الساحل", SimpleNamespace(start=4, place=SimpleNamespace(kind="region")))


def test_a_suicide_bombing_told_by_three_triggers_is_one_row_with_its_dead():
    (one,) = rows("قبل أن يفجر انتحاري نفسه في الموكب، ويقتل 11 طفلا.")
    assert (one["sub_event_type"], one["fatalities"]) == ("Suicide bomb", 11)
