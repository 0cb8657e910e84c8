"""The event table's after-merge completion of a battle's sides (helpers/extract/incidents/roles.opposed)."""

from helpers.extract.incidents.roles import opposed
from helpers.extract.incidents.scope import COLUMN, INCIDENT_COLUMNS
from helpers.extract.incidents.sides import Party
from tests.unit.test_incidents_rules import events

LNA = Party(-1, -1, "الجيش الوطني الليبي", "Libyan National Army (LNA)", "named", "army", "LY")
AQ = Party(-1, -1, "تنظيم القاعدة", "Al-Qaeda", "named", "armed_group")
ROOM = Party(-1, -1, "غرفة عمليات الكرامة", "Karama Operations Room", "named", "armed_group")
COALITION = Party(-1, -1, "التحالف العربي", "Saudi-led coalition", "named", "army")
HOUTHIS = Party(-1, -1, "جماعة الحوثي", "Houthis (Ansar Allah)", "named", "armed_group", "YE")


def row(**fields) -> tuple:
    out = dict.fromkeys(INCIDENT_COLUMNS, "")
    out.update({"event_type": "Battles", **fields})
    return tuple(out[c] for c in INCIDENT_COLUMNS)


def test_the_armys_unnamed_opponent_is_the_articles_armed_group():
    done = opposed(row(actor1=LNA.name, actor1_en=LNA.english), LNA, AQ, set())
    assert done[COLUMN["actor2_en"]] == "Al-Qaeda"


def test_an_armys_command_is_never_its_opponent():
    done = opposed(row(actor1=LNA.name, actor1_en=LNA.english), LNA, ROOM, set())
    assert done[COLUMN["actor2"]] == ""


def test_a_town_as_actor2_is_the_ground_not_a_side():
    done = opposed(row(actor1=LNA.name, actor1_en=LNA.english, actor2="شيحة", actor2_en="Shiha"), LNA, AQ, {"شيحة"})
    assert done[COLUMN["actor2_en"]] == "Al-Qaeda"


def test_an_unnamed_side_against_civilians_is_not_filled():
    done = opposed(row(actor2="مدنيين", actor2_en="Civilians (Libya)"), LNA, AQ, set())
    assert done[COLUMN["actor1"]] == ""
    done = opposed(row(actor2=AQ.name, actor2_en=AQ.english), LNA, AQ, set())
    assert done[COLUMN["actor1_en"]] == "Libyan National Army (LNA)"


def test_other_event_types_are_left_alone():
    done = opposed(row(event_type="Protests", actor1=LNA.name), LNA, AQ, set())
    assert done[COLUMN["actor2"]] == ""


def test_any_armed_group_fighting_with_no_opponent_named_fights_the_articles_army():
    militia = row(actor1="ميليشيا إبراهيم الجضران", actor1_en="Militia (Ibrahim Jadhran)")
    assert opposed(militia, LNA, AQ, set())[COLUMN["actor2_en"]] == "Libyan National Army (LNA)"
    egypt = row(actor1="القوات المسلحة المصرية", actor1_en="Military Forces of Egypt")
    assert opposed(egypt, LNA, AQ, set())[COLUMN["actor2"]] == ""


def test_a_strike_on_military_sites_is_against_the_countrys_forces():
    from helpers.extract.incidents.roles import struck_forces
    from helpers.text.normalize import normalize_letters

    us = Party(-1, -1, "الولايات المتحدة", "Military Forces of the United States", "place", "place", "US")
    text = normalize_letters("شن التحالف ضربات فجر الخميس ضد مواقع عسكرية حكومية في البوكمال.")
    at = text.index("ضربات") + 5
    assert struck_forces(text, (at, len(text)), "SY", us).english == "Military Forces of Syria"
    text = normalize_letters("شن التحالف ضربات فجر الخميس ضد مواقع في البوكمال.")
    assert struck_forces(text, (at, len(text)), "SY", us).name == ""
    text = normalize_letters("وشنت إسرائيل غارات على أهداف سورية وإيرانية.")
    at = text.index("غارات") + 5
    israel = us._replace(country="IL")
    assert struck_forces(text, (at, len(text)), "", israel).english == "Military Forces of Syria"


def test_a_government_named_as_a_side_of_violence_is_its_military_forces():
    from helpers.extract.incidents.roles import state_forces

    government = Party(0, 5, "الحكومة التركية", "Turkish Government", "named", "government", "TR")
    assert state_forces("Battles", government).english == "Military Forces of Turkey"
    assert state_forces("Strategic developments", government).english == "Turkish Government"
    parliament = government._replace(name="البرلمان التركي", english="Turkish Parliament")
    assert state_forces("Battles", parliament).english == "Turkish Parliament"


def test_a_states_forces_taking_ground_with_no_opponent_named_fight_the_articles_rebels():
    houthis = Party(-1, -1, "جماعة الحوثي", "Houthis (Ansar Allah)", "named", "armed_group", "YE")
    yemen = row(actor1="الجيش اليمني", actor1_en="Military Forces of Yemen")
    assert opposed(yemen, COALITION, houthis, set())[COLUMN["actor2_en"]] == "Houthis (Ansar Allah)"
    civilians = row(actor1="مدنيون", actor1_en="Civilians (Yemen)")
    assert opposed(civilians, COALITION, houthis, set())[COLUMN["actor2"]] == ""


def test_a_pro_government_militia_fights_the_articles_armed_group_not_its_army():
    houthis = Party(-1, -1, "جماعة الحوثي", "Houthis (Ansar Allah)", "named", "armed_group")
    resistance = row(actor1="المقاومة الشعبية", actor1_en="Yemeni Resistance")
    assert opposed(resistance, COALITION, houthis, set())[COLUMN["actor2_en"]] == "Houthis (Ansar Allah)"


def test_an_unnamed_side_fighting_a_pro_government_militia_is_the_articles_armed_group():
    houthis = Party(-1, -1, "جماعة الحوثي", "Houthis (Ansar Allah)", "named", "armed_group")
    done = opposed(row(actor2="قوات المقاومة", actor2_en="Yemeni Resistance"), COALITION, houthis, set())
    assert (done[COLUMN["actor1_en"]], done[COLUMN["actor2_en"]]) == ("Yemeni Resistance", "Houthis (Ansar Allah)")


HOUTHIS = Party(-1, -1, "جماعة الحوثي", "Houthis (Ansar Allah)", "named", "armed_group")


def test_a_coalitions_strike_with_no_side_struck_is_on_the_articles_armed_group():
    strike = row(event_type="Explosions/Remote violence", actor1=COALITION.name, actor1_en=COALITION.english)
    done = opposed(strike, COALITION, HOUTHIS, set())
    assert done[COLUMN["actor2_en"]] == "Houthis (Ansar Allah)"
    hit = row(event_type="Explosions/Remote violence", actor1=COALITION.name, actor1_en=COALITION.english,
              actor2="مدنيين", actor2_en="Civilians (Yemen)")  # fmt: skip
    assert opposed(hit, COALITION, HOUTHIS, set())[COLUMN["actor2_en"]] == "Civilians (Yemen)"
    army = row(event_type="Explosions/Remote violence", actor1=LNA.name, actor1_en=LNA.english)
    assert opposed(army, LNA, AQ, set())[COLUMN["actor2"]] == ""  # a state's strike: its target is not guessed


def test_a_coalitions_strike_is_not_given_an_ally_or_a_group_when_its_clause_names_another_target():
    sdf = Party(-1, -1, "قوات سوريا الديمقراطية", "Syrian Democratic Forces (SDF)", "named", "armed_group")
    us_led = Party(-1, -1, "التحالف الدولي", "Global Coalition Against Daesh", "named", "army")
    strike = row(event_type="Explosions/Remote violence", actor1=us_led.name, actor1_en=us_led.english)
    assert opposed(strike, us_led, sdf, set())[COLUMN["actor2"]] == ""
    norm = "شن طيران التحالف غارات علي مواقع تنظيم القاعده في ابين"
    at = norm.index("غارات")
    strike = row(event_type="Explosions/Remote violence", actor1=COALITION.name, actor1_en=COALITION.english,
                 start=at, end=at + 5)  # fmt: skip
    assert opposed(strike, COALITION, HOUTHIS, set(), norm)[COLUMN["actor2"]] == ""
    assert opposed(strike, COALITION, HOUTHIS, set(), norm.replace("تنظيم القاعده", "الحوثيين"))[COLUMN["actor2"]]


def test_an_actor_2_naming_actor_1s_side_again_gives_way_to_the_articles_group():
    yemen = "Military Forces of Yemen"
    told = row(actor1="القوات الشرعية", actor1_en=yemen, actor2="الجيش اليمني", actor2_en=yemen)
    assert opposed(told, COALITION, HOUTHIS, set())[COLUMN["actor2_en"]] == "Houthis (Ansar Allah)"


def test_a_coalitions_jets_are_no_side_of_a_ground_battle():
    from helpers.text.normalize import normalize_letters

    told = normalize_letters("وقصفت طائرات التحالف مواقع في صعدة، فيما تقدمت المقاومة الشعبية في تعز.")
    battle = row(trigger="مواجهات", actor1=HOUTHIS.name, actor1_en=HOUTHIS.english)
    done = opposed(battle, COALITION, HOUTHIS, set(), told)  # no initiator: the coalition's ally first
    assert (done[COLUMN["actor1_en"]], done[COLUMN["actor2_en"]]) == ("Yemeni Resistance", HOUTHIS.english)
    done = opposed(row(actor2=HOUTHIS.name, actor2_en=HOUTHIS.english), COALITION, HOUTHIS, set(), "من دون مقاومة")
    assert done[COLUMN["actor1"]] == ""  # no ally on the ground named: none, not the jets
    done = opposed(row(actor1=HOUTHIS.name, actor1_en=HOUTHIS.english), LNA, HOUTHIS, set())
    assert done[COLUMN["actor2_en"]] == LNA.english  # any other army is its own ground force


def test_a_coalition_whose_ground_troops_are_named_is_the_battles_side():
    """After review of s27: القوات السودانية المشاركة في التحالف، قواته البرية: the coalition fights on the ground."""
    from helpers.text.normalize import normalize_letters

    for told in ("وقال التحالف إن القوات السودانية المشاركة في التحالف تقدمت.", "وقال التحالف إن قواته البرية تقدمت."):
        battle = row(trigger="اشتباكات", actor2=HOUTHIS.name, actor2_en=HOUTHIS.english)
        done = opposed(battle, COALITION, HOUTHIS, set(), normalize_letters(told) + " وتقدمت المقاومة")
        assert done[COLUMN["actor1_en"]] == COALITION.english


def test_a_killing_told_with_the_strike_of_a_nationality_after_it_is_that_states_act():
    text = "وقتل ثلاثة مسلحين، بينهم قيادي بارز، في ضربة جوية بطائرة روسية قرب إدلب أمس."
    assert next(e["actor1_en"] for e in events(text)) == "Military Forces of Russia"


def test_a_country_after_in_is_where_a_strike_fell_not_the_nationality_of_who_struck():
    text = "وقال المتحدث إن الطائرات نفذت 9 غارات جوية في سورية خلال الليل."
    assert all(e["actor1_en"] != "Military Forces of Syria" for e in events(text))


def test_people_killed_in_strikes_on_an_armed_groups_positions_are_that_groups_losses():
    text = "قتل خمسة أشخاص في غارات شنتها المقاتلات التركية ضد مواقع لحزب العمال الكردستاني أمس."
    rows = [e for e in events(text) if e["trigger"] == "غارات"]
    pkk = "Kurdistan Workers' Party (PKK)"
    assert [(e["actor1_en"], e["actor2_en"]) for e in rows] == [("Military Forces of Turkey", pkk)]
    text = "قتل خمسة مدنيين في غارات شنتها المقاتلات التركية ضد مواقع لحزب العمال الكردستاني أمس."
    assert [e["actor2_en"] for e in events(text) if e["trigger"] == "غارات"] == ["Civilians"]


def test_al_qaeda_in_a_story_of_yemen_is_aqap():
    text = "قتل سبعة جنود يمنيين في هجوم لتنظيم القاعدة في أبين أمس. وقال مسؤول يمني إن الهجوم استهدف نقطة."
    assert {e["actor1_en"] for e in events(text)} == {"AQAP: Al Qaeda in the Arabian Peninsula"}
    text = "قتل سبعة جنود في هجوم لتنظيم القاعدة في درنة أمس. وقال مسؤول ليبي إن الهجوم استهدف نقطة في ليبيا."
    assert {e["actor1_en"] for e in events(text)} == {"Al-Qaeda"}


def test_yemens_forces_told_as_no_army_in_a_battle_of_2015_are_the_yemeni_resistance():
    forces = Party(-1, -1, "قوات الشرعية", "Military Forces of Yemen", "named", "army", "YE")
    told = {"actor1": "القوات الشرعية", "actor1_en": "Military Forces of Yemen", "trigger": "تحرير"}
    done = opposed(row(**told, event_date="2015-08-08"), forces, HOUTHIS, set())
    assert (done[COLUMN["actor1_en"]], done[COLUMN["actor2_en"]]) == ("Yemeni Resistance", "Houthis (Ansar Allah)")
    done = opposed(row(**told, event_date="2018-06-01"), forces, HOUTHIS, set())  # the national army, rebuilt
    assert done[COLUMN["actor1_en"]] == "Military Forces of Yemen"
    army = {**told, "actor1": "الجيش الوطني"}  # an army named so in 2015 stays the army
    assert opposed(row(**army, event_date="2015-08-08"), forces, HOUTHIS, set())[COLUMN["actor1_en"]] == (
        "Military Forces of Yemen"
    )
    strike = {**told, "event_type": "Strategic developments"}  # only a battle's fighters
    assert opposed(row(**strike, event_date="2015-08-08"), forces, HOUTHIS, set())[COLUMN["actor1_en"]] == (
        "Military Forces of Yemen"
    )


def test_yemens_army_named_in_2015_and_the_army_of_2012_are_not_the_resistance():
    import pandas as pd

    from helpers.extract import pipeline
    from helpers.extract.incidents.component import INCIDENT_COLUMNS

    def firsts(text: str, dct: str) -> list[str]:
        record = {"article_id": "a", "text": text, "dct": pd.Timestamp(dct), "dct_source": "published", "outlet": "x"}
        (article,) = pipeline.run([record])
        return [dict(zip(INCIDENT_COLUMNS, r, strict=True))["actor1_en"] for r in article.incidents]

    # the alias table writes الجيش اليمني as قوات الشرعية: the sentence, not the row's name, tells the army
    assert firsts("اشتبك الجيش اليمني مع مسلحي الحوثي في مأرب يوم الاثنين.", "2015-06-01") == [
        "Military Forces of Yemen"
    ]
    aqap = "قتل 20 مسلحا من تنظيم القاعدة في اشتباكات مع القوات الحكومية في زنجبار بمحافظة أبين أمس."
    assert firsts(aqap, "2012-05-20") == ["Military Forces of Yemen"]  # 2012: AQAP's war with the army
    assert firsts("وشنت قوات الحكومة الشرعية هجوما على مواقع الحوثيين في عدن يوم الأحد.", "2015-08-10") == [
        "Yemeni Resistance"
    ]
