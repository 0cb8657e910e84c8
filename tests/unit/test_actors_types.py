"""ACLED types and countries of actors (helpers/extract/actors/types.py)."""

import pandas as pd

from helpers.extract import pipeline
from helpers.extract.actors.types import role_country


def _actors(text: str) -> pd.DataFrame:
    return pipeline.extract_tables(pd.DataFrame({"article_id": ["a"], "text": [text]}))["actors"]


def test_a_person_official_once_is_an_official_at_every_mention_with_the_country_of_his_role():
    text = (
        "قال وزير الدفاع الباكستاني خالد نعيم إن قواته مستعدة للرد على أي هجوم.\n"
        "وأضاف نعيم أن الحكومة لن تتراجع عن قرارها."
    )
    rows = _actors(text)
    rows = rows[rows["canonical"] == "خالد نعيم"]
    assert len(rows) == 2, rows[["text", "canonical", "acled_type", "country"]]
    assert set(rows["acled_type"]) == {"person_official"}
    assert set(rows["country"]) == {"PK"}


def test_the_country_a_role_names_stops_at_a_preposition_to_another_country():
    assert role_country("سفير كوريا الشمالية") == "KP"
    assert role_country("المتحدث باسم وزارة الخارجية الإيرانية") == "IR"
    assert role_country("سفير مصر لدى ليبيا") == "EG"
    assert role_country("مبعوث الأمم المتحدة إلى اليمن") == ""
    assert role_country("رئيس حملة") == ""
