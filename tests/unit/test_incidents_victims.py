"""Civilians are never actor 1 of a strike, a shelling or an attack (helpers/extract/incidents/component.py
``_sides``), on an Article the pipeline builds from a minimal text; the dead named by a count as a side
(helpers/extract/incidents/victims, stop 39): counted fighters in the accusative singular (16 متمردا، 52 عنصرا) are
fighters standing for the article's armed group, counted people (12 مدنيا، 19 شخصا) stay civilians."""

import pandas as pd

from helpers.extract import pipeline
from helpers.extract.incidents.victims import victim_kind, victim_noun
from helpers.extract.incidents.vocabulary import REBELS
from tests.unit.test_incidents_rules import events

TITLE = "قصف على الغوطة"


def test_civilians_killed_in_a_shelling_are_its_target_and_the_army_its_doer():
    sentence = (
        "قال المرصد السوري لحقوق الإنسان إنه وثق مقتل 20 مدنيا، بينهم أربعة أطفال، السبت في القصف على مدينة دوما، "
        "وسط تقدم جديد للجيش السوري."
    )
    record = {"article_id": "a", "text": f"{TITLE}\n{sentence}", "dct": pd.Timestamp("2018-03-11"),
              "dct_source": "published", "outlet": "France 24", "body_start": len(TITLE) + 1}  # fmt: skip
    (article,) = pipeline.run([record])
    (row,) = article.incidents
    assert (row[10], row[13]) == ("Military Forces of Syria", "Civilians (Syria)")


def test_the_accusative_singular_of_a_counted_noun_reads_as_its_plural():
    assert victim_noun("متمردا") == "متمردين"
    assert victim_noun("عنصرا") == "عناصر"  # a broken plural
    assert victim_noun("مقاتلا") == "مقاتلين"
    assert victim_noun("كيلومترا") == ""  # no actor noun


def test_counted_fighters_are_armed_and_counted_people_civilians():
    assert victim_kind("متمردا") == ("armed", REBELS)
    assert victim_kind("عنصرا") == ("armed", REBELS)
    assert victim_kind("مدنيا") == ("civilian", "")
    assert victim_kind("شخصا") == ("civilian", "")


def _actor2(text: str, trigger: str) -> list[str]:
    return [e["actor2_en"] for e in events(text) if e["trigger"].startswith(trigger)]


def test_the_dead_of_a_battle_counted_as_rebels_are_no_civilians():
    text = "وأشار المركز الإعلامي للمقاومة إلى أن مواجهات عنيفة دارت في جبهة كلابة، مما أسفر عن مصرع 16 متمردا."
    assert _actor2(text, "مواجهات") == ["Unidentified armed group"]
    text = "وأشار المركز الإعلامي للمقاومة إلى أن مواجهات عنيفة دارت في جبهة كلابة، مما أسفر عن مصرع 16 مدنيا."
    assert _actor2(text, "مواجهات") == ["Civilians"]


def test_counted_fighters_belong_to_the_side_named_after_the_partitive():
    text = "وأشار البيان إلى مقتل 488 عنصرا من منتسبي قوات الأمن العراقية خلال شهر يوليو."
    assert _actor2(text, "مقتل") == ["Police Forces of Iraq"]
    text = "وأشار البيان إلى مقتل 488 عنصرا من تنظيم داعش خلال شهر يوليو."
    assert _actor2(text, "مقتل") == ["Islamic State (ISIS)"]


def test_counted_fighters_belong_to_the_side_after_the_lam_or_in_their_genitive():
    text = "أفادت المعارضة السورية بمقتل 50 عنصرا لقوات النظام في حي الراشدين."
    assert _actor2(text, "مقتل") == ["military forces"]
    text = "أفادت المعارضة السورية بمقتل 50 عنصرا في حي الراشدين."
    assert _actor2(text, "مقتل") == ["Unidentified armed group"]
    text = "وأسفرت الاشتباكات عن مقتل 18 من عناصر البيشمركة قرب مخمور."
    assert _actor2(text, "اشتباكات") == ["Peshmerga (Kurdistan Region)"]


def test_a_counted_noun_with_its_nun_heads_no_genitive():
    text = "أعلن الجيش الأميركي أنه شن غارة جوية أسفرت عن مقتل 15 من مسلحين متطرفين في وسط الصومال."
    assert _actor2(text, "غارة") == ["Unidentified armed group"]


def test_counted_policemen_in_the_accusative_stay_the_police_of_the_events_country():
    assert victim_kind("شرطيا") == ("state", "police")
    text = "قتل 15 شرطيا في كمين نصبه مسلحون في ولاية زمفارا شمال نيجيريا."
    assert _actor2(text, "كمين") == ["Police Forces of Nigeria"]
    text = "قتل 15 شخصا في كمين نصبه مسلحون في ولاية زمفارا شمال نيجيريا."
    assert _actor2(text, "كمين") == ["Civilians (Nigeria)"]
