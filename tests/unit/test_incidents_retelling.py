"""An act of violence told again as the subject of «يأتي/جاء» (helpers/extract/incidents/retelling.py)."""

import pandas as pd

from helpers.extract.incidents.retelling import comes_after, one_row_per_act
from helpers.extract.incidents.scope import COLUMN, INCIDENT_COLUMNS

STRIKE = "Explosions/Remote violence"


def row(sentence: int, trigger: str, notes: str = "", **values: object) -> tuple:
    base = {name: "" for name in INCIDENT_COLUMNS}
    base.update(event_id=f"a:{sentence}:0", article_id="a", sentence_id=sentence, start=100 * sentence,
                end=100 * sentence + len(trigger), trigger=trigger, notes=notes or trigger, event_type=STRIKE,
                sub_event_type="Remote explosive/landmine/IED", action="انفجار", actor1_en="",
                event_date=pd.Timestamp("2018-07-13"), reported_as="reported", fatalities=None,
                location="كابل", location_en="Kabul", confidence=0.5)  # fmt: skip
    base.update(values)
    return tuple(base[name] for name in INCIDENT_COLUMNS)


def get(r: tuple, name: str) -> object:
    return r[COLUMN[name]]


def lead() -> tuple:
    return row(1, "انفجار", "لقي 128 شخصا حتفهم اثر انفجار قنبلة قرب تجمع انتخابي", fatalities=128,
               fatalities_qualifier="exact", actor2_en="Civilians (Pakistan)")  # fmt: skip


def attack(sentence: int, notes: str, **values: object) -> tuple:
    fields = {"event_type": "Battles", "sub_event_type": "Armed clash", "action": "هجوم", **values}
    return row(sentence, "هجوم", notes, **fields)


def test_the_leads_strike_and_the_bodys_retelling_are_one_row():
    again = row(4, "التفجير", "واسفر التفجير عن اصابة 20 اخرين", confidence=0.7)
    (one,) = one_row_per_act([lead(), again])
    assert (get(one, "sentence_id"), get(one, "fatalities"), get(one, "confidence")) == (1, 128, 0.7)


def test_two_strikes_on_two_towns_the_same_day_stay_two_rows():
    other = row(3, "انفجار", "وقتل اربعة في انفجار في بانو", location="بانو", location_en="Bannu")
    assert len(one_row_per_act([lead(), other])) == 2


def test_a_strike_and_the_next_days_strike_on_the_same_town_stay_two_rows():
    other = row(3, "انفجار", "وقتل اربعة في انفجار السبت", event_date=pd.Timestamp("2018-07-14"), date_text="السبت")
    assert len(one_row_per_act([lead(), other])) == 2


def test_a_sentence_opening_on_comes_with_the_definite_act_is_the_act_told_before():
    context = attack(5, "وجاء الهجوم فيما بدأت الحكومة حملة على التجمعات", actor1_en="Authorities",
                     location="اسلام اباد", location_en="Islamabad", confidence=0.6)  # fmt: skip
    (one,) = one_row_per_act([lead(), context])
    assert (get(one, "sentence_id"), get(one, "actor1_en"), get(one, "location_en")) == (1, "", "Kabul")
    assert get(one, "confidence") == 0.6


def test_an_indefinite_act_after_comes_is_another_act():
    other = attack(5, "وجاء هجوم مسلحين على مركز للشرطة بعد ساعات")
    assert len(one_row_per_act([lead(), other])) == 2


def test_comes_needs_the_act_as_its_definite_subject():
    assert comes_after(attack(5, "ويأتي الهجوم بعد اسابيع من نشر القوات"))
    assert comes_after(row(5, "قصف", "ويأتي القصف بعد ساعات من تهديد واشنطن", action="قصف"))
    assert not comes_after(attack(5, "ويأتي ذلك بعد هجوم شنه مسلحون"))
    assert not comes_after(row(5, "اطلاق نار", "وجاءت الواقعة في اعقاب اطلاق نار بمدرسة"))


def test_a_sentence_opening_on_comes_without_an_act_before_stays():
    assert len(one_row_per_act([attack(2, "ويأتي الهجوم بعد اسابيع من نشر القوات")])) == 1


def test_comes_with_another_act_of_the_same_noun_in_the_sentence_is_that_act():
    assert comes_after(attack(5, "ويأتي الهجوم بعد اسابيع من نشر القوات"))
    assert not comes_after(attack(5, "ويأتي الهجوم بعد يومين من هجوم مماثل في منطقة دوري"))


def test_an_ordinal_or_a_relative_clause_after_the_act_tells_another_act():
    assert comes_after(row(5, "الغارة", "وجاءت الغارة بعد ساعات من اطلاق صاروخ", action="غارة"))
    assert not comes_after(row(5, "الغارة", "وجاءت الغارة الثانية على مديرية رازح بعد ساعات", action="غارة"))
    assert not comes_after(row(5, "القصف", "وجاء القصف الذي تعرض له المطار بعد يوم من الاشتباكات", action="قصف"))


def test_a_second_raid_told_after_comes_stays_a_row():
    first = row(1, "غارة", "قتل عشرة مدنيين في غارة جوية استهدفت سوقا في صعدة", location_en="Saada")
    second = row(2, "الغارة", "وجاءت الغارة الثانية على مديرية رازح بعد ساعات", location_en="Razih")
    assert len(one_row_per_act([first, second])) == 2
