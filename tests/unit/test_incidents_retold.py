"""One row per event of an article: second mentions in other sentences (helpers/extract/incidents/retold.py)."""

import pandas as pd

from helpers.extract.incidents.retold import once_per_article
from helpers.extract.incidents.scope import COLUMN, INCIDENT_COLUMNS

STRIKE = "Explosions/Remote violence"


def row(sentence: int, trigger: str, notes: str = "", **values: object) -> tuple:
    base = {name: "" for name in INCIDENT_COLUMNS}
    base.update(event_id=f"a:{sentence}:0", article_id="a", sentence_id=sentence, start=100 * sentence,
                end=100 * sentence + len(trigger), trigger=trigger, notes=notes or trigger, event_type=STRIKE,
                sub_event_type="Air/drone strike", action="غارة", actor1_en="Saudi-led coalition",
                event_date=pd.Timestamp("2015-07-28"), reported_as="reported", fatalities=None,
                confidence=0.5)  # fmt: skip
    base.update(values)
    return tuple(base[name] for name in INCIDENT_COLUMNS)


def get(r: tuple, name: str) -> object:
    return r[COLUMN[name]]


def test_a_strike_retold_in_a_later_sentence_is_one_row_the_first_mention_completed():
    lead = row(1, "غارات", location="صعدة", location_en="Sa'dah")
    again = row(4, "القصف", "واسفر القصف عن مقتل 7 من الحوثيين", actor2_en="Houthis", action="قصف",
                sub_event_type="Shelling/artillery/missile attack", fatalities=7, fatalities_qualifier="exact",
                confidence=0.8)  # fmt: skip
    (one,) = once_per_article([lead, again])
    assert (get(one, "sentence_id"), get(one, "trigger"), get(one, "sub_event_type")) == (
        1,
        "غارات",
        "Air/drone strike",
    )
    assert (get(one, "actor2_en"), get(one, "fatalities"), get(one, "confidence")) == ("Houthis", 7, 0.8)


def test_strikes_on_two_places_are_two_events():
    rows = once_per_article([row(1, "غارات", location_en="Sa'dah"), row(3, "غارات", location_en="Hajjah")])
    assert len(rows) == 2


def test_strikes_on_two_days_are_two_events():
    earlier = row(3, "غارات", event_date=pd.Timestamp("2015-07-27"), date_text="امس")
    assert len(once_per_article([row(1, "غارات"), earlier])) == 2


def test_a_strike_told_as_one_more_act_is_another_event():
    also = row(3, "قصفت", "كما قصفت طائرات التحالف مواقع للمتمردين", action="قصف")
    other = row(4, "غارة", "وشنت الطائرات غارة اخرى على المنطقة")
    assert len(once_per_article([row(1, "غارات"), also, other])) == 3


def test_two_tolls_stated_are_two_events():
    first = row(1, "غارات", fatalities=12, fatalities_qualifier="exact")
    second = row(3, "غارة", fatalities=3, fatalities_qualifier="exact")
    assert len(once_per_article([first, second])) == 2


def test_two_doers_are_two_events_but_a_battles_sides_may_be_told_in_either_order():
    strikes = [row(1, "غارات"), row(3, "غارات", actor1_en="Military Forces of Israel")]
    assert len(once_per_article(strikes)) == 2
    battle = {"event_type": "Battles", "sub_event_type": "Armed clash", "action": "اشتباك"}
    clash = row(1, "اشتباكات", actor1_en="Yemeni Resistance", actor2_en="Houthis", **battle)
    again = row(5, "المواجهات", actor1_en="Houthis", actor2_en="Yemeni Resistance", **battle)
    assert len(once_per_article([clash, again])) == 1


def test_two_acts_of_a_strategic_development_are_two_events_and_one_statement_told_twice_is_one():
    kinds = {"event_type": "Strategic developments", "actor1_en": "Military Forces of Yemen"}
    arrest = row(1, "اعتقلت", action="اعتقال", sub_event_type="Arrests", **kinds)
    troops = row(2, "تعزيزات", action="تعزيزات", sub_event_type="Other", **kinds)
    assert len(once_per_article([arrest, troops])) == 2
    said = {"event_type": "Statement", "sub_event_type": "Statement/Announcement", "action": "إعلان"}
    lead = row(1, "اعلن", actor1_en="Khalifa Haftar", **said)
    again = row(3, "اعلن", actor1_en="Khalifa Haftar", **said)
    assert len(once_per_article([lead, again])) == 1


def test_a_planned_act_is_not_the_act_told():
    planned = row(3, "غارات", reported_as="planned")
    assert len(once_per_article([row(1, "غارات"), planned])) == 2


def test_a_generic_side_or_a_district_of_the_town_agrees_with_the_named_one():
    lead = row(1, "قصف", actor1_en="Houthis", action="قصف", location_en="Aden")
    again = row(3, "الهجمات", actor1_en="military forces", action="هجوم", location_en="Dar Sad (Aden)")
    (one,) = once_per_article([lead, again])
    assert (get(one, "actor1_en"), get(one, "location_en")) == ("Houthis", "Aden")
