"""Ranks, titles and roles of persons (helpers/extract/actors/roles.py)."""

import pandas as pd

from helpers.extract import pipeline


def _person(text: str, name: str) -> pd.Series:
    actors = pipeline.extract_tables(pd.DataFrame({"article_id": ["a"], "text": [text]}))["actors"]
    rows = actors[actors["canonical"] == name]
    assert len(rows) == 1, actors[["text", "canonical", "title", "role"]]
    return rows.iloc[0]


def test_a_title_behind_a_clitic_or_before_former_is_still_a_title():
    former = _person("وتولى المنصب خلفا للرئيس السابق كريم منصور في العام التالي.", "كريم منصور")
    assert former["title"] == "الرئيس" and former["acled_type"] == "person_official"
    to = _person("وجاء ذلك في رسالة بعث بها للرئيس هشام الزين قبل أيام.", "هشام الزين")
    assert to["title"] == "الرئيس" and to["acled_type"] == "person_official"


def test_an_office_in_a_government_before_a_comma_and_the_name_is_the_role():
    p = _person("وقالت وزيرة الصحة في الحكومة النمساوية، كلوديا برانت إن المستشفيات جاهزة.", "كلوديا برانت")
    assert p["role"] == "وزيرة الصحة في الحكومة النمساوية" and p["acled_type"] == "person_official"
