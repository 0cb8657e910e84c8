"""An act told again by a definite generic noun (helpers/extract/incidents/pointing_back.py)."""

import pandas as pd

from helpers.extract.incidents.pointing_back import points_back, told_back
from helpers.extract.incidents.scope import COLUMN, INCIDENT_COLUMNS

STRIKE = "Explosions/Remote violence"


def row(sentence: int, trigger: str, notes: str, **values: object) -> tuple:
    base = {name: "" for name in INCIDENT_COLUMNS}
    base.update(event_id=f"a:{sentence}:0", article_id="a", sentence_id=sentence, start=100 * sentence,
                end=100 * sentence + len(trigger), trigger=trigger, notes=notes, event_type=STRIKE,
                sub_event_type="Suicide bomb", action="تفجير انتحاري", event_date=pd.Timestamp("2015-07-31"),
                reported_as="reported", fatalities=None, location="مايدوغوري", location_en="Maiduguri",
                confidence=0.5)  # fmt: skip
    base.update(values)
    return tuple(base[name] for name in INCIDENT_COLUMNS)


def get(r: tuple, name: str) -> object:
    return r[COLUMN[name]]


def lead() -> tuple:
    return row(2, "فجر", "قتل ستة اشخاص اليوم الجمعة عندما فجر انتحاري نفسه في سوق", fatalities=6,
               fatalities_qualifier="exact", date_text="اليوم الجمعة")  # fmt: skip


def test_the_definite_noun_of_a_later_sentence_is_the_act_told_before():
    again = row(3, "تفجير", "ولم تعلن اي جهة مسؤوليتها عن التفجير", sub_event_type="Remote explosive/landmine/IED",
                actor1_en="Boko Haram (JAS)", confidence=0.6)  # fmt: skip
    (one,) = told_back([lead(), again])
    assert (get(one, "sentence_id"), get(one, "sub_event_type"), get(one, "confidence")) == (2, "Suicide bomb", 0.6)


def test_an_indefinite_noun_is_another_act():
    other = row(3, "تفجير", "ووقع تفجير في السوق المركزي", sub_event_type="Remote explosive/landmine/IED")
    assert len(told_back([lead(), other])) == 2


def test_the_definite_noun_of_another_town_is_another_act():
    other = row(3, "تفجير", "واستهدف التفجير سوقا في بيو", location="بيو", location_en="Biu", geo_precision=1)
    assert len(told_back([lead(), other], 0.0)) == 2


def test_the_definite_noun_dated_to_another_day_is_a_past_act_recalled():
    past = row(4, "هجوم", "وفي 29 مايو وصف الحاكم الهجوم بانه جبان", event_date=pd.Timestamp("2015-05-29"),
               date_text="29 مايو", event_type="Battles")  # fmt: skip
    assert len(told_back([lead(), past])) == 2


def test_the_definite_noun_with_another_toll_is_another_act():
    other = row(3, "هجوم", "وقتل 20 في الهجوم", fatalities=20, fatalities_qualifier="exact", event_type="Battles")
    assert len(told_back([lead(), other])) == 2


def test_a_definite_noun_told_as_another_act_stays():
    other = row(3, "هجوم", "كما اسفر الهجوم الاخر عن مقتل جندي", event_type="Battles")
    assert len(told_back([lead(), other])) == 2


def test_a_generic_attack_typed_against_civilians_takes_the_type_of_its_later_mention():
    first = row(1, "هجوما", "صد الجيش الخميس هجوما شنته سرايا الدفاع", event_type="Violence against civilians",
                sub_event_type="Attack", action="هجوم")  # fmt: skip
    again = row(2, "هجوم", "وشارك في الهجوم مجموعات من المعارضة", event_type="Battles", sub_event_type="Armed clash")
    (one,) = told_back([first, again])
    assert (get(one, "sentence_id"), get(one, "event_type")) == (1, "Battles")


def test_points_back_reads_the_article_and_the_demonstrative():
    assert points_back(row(3, "هجوم", "قتلوا في هذا الهجوم", event_type="Battles"))
    assert points_back(row(3, "تفجير", "حصيلة التفجير ارتفعت"))
    assert not points_back(row(3, "تفجير", "اسفر تفجير عن مقتل"))
    assert not points_back(row(3, "قتل", "وقتل في السوق"))


def test_a_definite_noun_far_from_the_act_is_not_folded():
    far = row(6, "تفجير", "ولم تعلن اي جهة مسؤوليتها عن التفجير")
    assert len(told_back([lead(), far])) == 2


def test_a_definite_noun_by_another_doer_is_another_act():
    army = "Military Forces of Nigeria"
    other = row(3, "هجوم", "ونفذ الجيش الهجوم على المسلحين", event_type="Battles", actor1_en=army)
    first = row(2, "فجر", "فجر انتحاري نفسه في سوق", actor1_en="Boko Haram (JAS)")
    assert len(told_back([first, other])) == 2
