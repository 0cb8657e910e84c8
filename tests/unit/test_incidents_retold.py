"""One row per event of an article: second mentions in other sentences (helpers/extract/incidents/retold.py)."""

import pandas as pd

from helpers.extract.incidents.details import AGGREGATE_NOTE
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


def test_an_air_strike_and_a_roadside_bomb_are_two_events_even_with_no_doer_known():
    raid = row(1, "غارات", "شنت طائرات غارات على مواقع في المدينة", actor1_en="")
    bomb = row(3, "انفجرت", "وانفجرت عبوة ناسفة بسيارة عسكرية في المدينة", actor1_en="",
               sub_event_type="Remote explosive/landmine/IED", action="انفجار")  # fmt: skip
    assert len(once_per_article([raid, bomb])) == 2


def test_rockets_and_the_air_raids_that_answered_them_are_two_events():
    rockets = row(1, "قذائف", "أطلق مسلحون قذائف صاروخية على البلدة", actor1_en="",
                  sub_event_type="Shelling/artillery/missile attack", action="قصف")  # fmt: skip
    raids = row(2, "غارات", "وشنت طائرات حربية غارات على مواقع في القطاع", actor1_en="")
    assert len(once_per_article([rockets, raids])) == 2


def test_an_incident_told_as_separate_is_another_event():
    first = row(1, "انفجار", "وقع انفجار في سوق المدينة", sub_event_type="Remote explosive/landmine/IED",
                action="انفجار", actor1_en="")  # fmt: skip
    other = row(3, "انفجار", "وفي حادث منفصل، قتل شخص في انفجار قرب مركز للشرطة",
                sub_event_type="Remote explosive/landmine/IED", action="انفجار", actor1_en="")  # fmt: skip
    assert len(once_per_article([first, other])) == 2


def test_a_blast_retold_by_a_definite_noun_is_one_event_with_the_suicide_bombing():
    bombing = row(1, "انتحاري", "فجر انتحاري نفسه في مسجد", sub_event_type="Suicide bomb", action="انفجار")
    again = row(3, "التفجير", "وأسفر التفجير عن مقتل 5 مصلين", sub_event_type="Remote explosive/landmine/IED",
                action="انفجار", fatalities=5, fatalities_qualifier="exact")  # fmt: skip
    (one,) = once_per_article([bombing, again])
    assert get(one, "fatalities") == 5


def test_two_killings_by_unknown_men_in_one_town_are_two_events_unless_the_later_is_told_as_the_first():
    def killing(sentence: int, trigger: str) -> tuple:
        return row(sentence, trigger, event_type="Violence against civilians", sub_event_type="Attack",
                   action="قتل", actor1_en="Unidentified armed group", location_en="Aden")  # fmt: skip

    assert len(once_per_article([killing(1, "قتل"), killing(3, "اغتال")])) == 2
    assert len(once_per_article([killing(1, "قتل"), killing(3, "الاغتيال")])) == 1


def test_a_shelling_told_again_by_activists_in_the_next_sentence_is_one_event_whatever_its_generic_doer():
    shelling = row(1, "قصفت", "قصفت قوات النظام بالمدفعية البلدة", sub_event_type="Shelling/artillery/missile attack",
                   action="قصف", actor1_en="military forces", location_en="Kafr Nabl")  # fmt: skip
    again = row(2, "قتلت", "وقال ناشطون إن قذائف سقطت على البلدة وقتلت رجلين",
                sub_event_type="Shelling/artillery/missile attack", action="قصف", actor1_en="military forces",
                location_en="Kafr Nabl")  # fmt: skip
    assert len(once_per_article([shelling, again])) == 1


def _bombing(sentence: int, trigger: str, notes: str, day: str, **values: object) -> tuple:
    kinds = {"sub_event_type": "Remote explosive/landmine/IED", "action": "تفجير", "actor1_en": ""}
    return row(sentence, trigger, notes, event_date=pd.Timestamp(day), date_text="x", **{**kinds, **values})


def test_a_definite_noun_retells_the_one_event_of_its_type_whatever_the_day_and_target_its_sentence_gives():
    lead = _bombing(1, "تفجير", "قتل 9 من رجال الامن في تفجير مسجد بالمدينة الخميس", "2015-08-06",
                    location_en="Abha", geo_precision=1, actor2_en="Police Forces of Saudi Arabia", fatalities=9,
                    fatalities_qualifier="exact")  # fmt: skip
    statement = _bombing(3, "تفجير", "وادان الوزير اليوم التفجير الذي استهدف المصلين في المنطقة", "2015-08-09",
                         location="عسير", location_en="Asir Region", geo_precision=3,
                         actor2_en="Civilians (Saudi Arabia)")  # fmt: skip
    (one,) = once_per_article([lead, statement])
    assert (get(one, "sentence_id"), get(one, "event_date"), get(one, "fatalities")) == (
        1,
        pd.Timestamp("2015-08-06"),
        9,
    )


def test_a_definite_noun_for_a_past_event_another_town_or_two_events_told_before_stays_apart():
    lead = _bombing(1, "تفجير", "قتل 9 في تفجير سيارة مفخخة بالمدينة الخميس", "2015-08-06", location_en="Abha",
                    geo_precision=1)  # fmt: skip
    recalled = _bombing(4, "تفجير", "وكان التفجير الذي استهدف مسجدا الشهر الماضي", "2015-07-10")
    assert len(once_per_article([lead, recalled])) == 2
    elsewhere = _bombing(4, "تفجير", "وجاء التفجير بعد يوم من هجوم", "2015-08-07", location_en="Jizan",
                         geo_precision=1)  # fmt: skip
    assert len(once_per_article([lead, elsewhere])) == 2
    second = _bombing(2, "تفجير", "وقتل 3 في تفجير عبوة في بلدة اخرى الجمعة", "2015-08-07", location_en="Jizan",
                      geo_precision=1)  # fmt: skip
    told = _bombing(5, "تفجير", "وادان الوزير التفجير", "2015-08-08", location="عسير", location_en="Asir Region",
                    geo_precision=3)  # fmt: skip
    assert len(once_per_article([lead, second, told])) == 3
    country = _bombing(4, "تفجير", "وجاء التفجير في البلاد", "2015-08-07", location="اليمن", location_en="Yemen",
                       geo_precision=3)  # fmt: skip
    assert len(once_per_article([lead, country])) == 2
    since = _bombing(4, "تفجير", "واسفر التفجير وغيره منذ مارس عن مقتل 300", "2015-08-07", location="عسير",
                     location_en="Asir Region", geo_precision=3, date_note=AGGREGATE_NOTE)  # fmt: skip
    assert len(once_per_article([lead, since])) == 2
    indefinite = _bombing(4, "تفجير", "ووقع تفجير في المنطقة اليوم", "2015-08-08", location="عسير",
                          location_en="Asir Region", geo_precision=3)  # fmt: skip
    assert len(once_per_article([lead, indefinite])) == 2


def test_a_definite_noun_retells_the_one_event_told_before_at_its_town_even_with_another_elsewhere():
    battle = {"event_type": "Battles", "sub_event_type": "Armed clash", "actor1_en": "Houthis"}
    aden = row(1, "اشتباكات", "اندلعت اشتباكات في المدينة", action="اشتباك", location_en="Aden", **battle)
    toll = row(2, "قتلت", "وقتلت المقاومة 17 مسلحا في المحافظة", action="قتل", location_en="Marib", fatalities=17,
               fatalities_qualifier="exact", **battle)  # fmt: skip
    again = row(3, "مواجهات", "وقتل القيادي خلال المواجهات التي شهدتها المحافظة", action="اشتباك",
                location_en="Marib", **battle)  # fmt: skip
    assert [get(r, "sentence_id") for r in once_per_article([aden, toll, again])] == [1, 2]
    two_there = row(1, "هجوم", "قتل 5 في هجوم في المحافظة", action="هجوم", location_en="Marib", fatalities=5,
                    fatalities_qualifier="exact", **battle)  # fmt: skip
    assert len(once_per_article([two_there, toll, again])) == 3


def test_a_definite_noun_in_a_sentence_opened_on_another_place_tells_another_event():
    lead = _bombing(1, "انفجار", "قتل 20 في انفجار سيارة مفخخة في حي الكرادة ببغداد الاحد", "2018-05-27",
                    location_en="al-Krada", geo_precision=2, fatalities=20, fatalities_qualifier="exact")  # fmt: skip
    diyala = _bombing(2, "انفجار", "وفي محافظه ديالي، ادي الانفجار الذي وقع في سوق شعبي صباح الثلاثاء الي اصابه سبعه",
                      "2018-05-29", location="ديالى", location_en="Diyala", geo_precision=3)  # fmt: skip
    assert len(once_per_article([lead, diyala])) == 2


def test_an_act_told_again_in_other_words_with_its_toll_is_one_event_whatever_its_type():
    ambush = row(2, "كمين", "وقتل اربعة مسلحين في كمين نصبه مسلحون لدورية في حي الميناء", event_type="Battles",
                 sub_event_type="Armed clash", action="كمين", actor1_en="Unidentified armed group",
                 location="الحديدة", location_en="Al Hudaydah", fatalities=4, fatalities_qualifier="exact")  # fmt: skip
    attack = row(3, "هجوما", "وقال شهود ان المسلحين شنوا هجوما بقذيفة ثم باسلحة رشاشة اسفر عن مقتل اربعة",
                 sub_event_type="Shelling/artillery/missile attack", action="هجوم", actor1_en="Yemeni Resistance",
                 location="الحديدة", location_en="Al Hudaydah", fatalities=4, fatalities_qualifier="exact")  # fmt: skip
    (one,) = once_per_article([ambush, attack])
    assert (get(one, "trigger"), get(one, "event_type"), get(one, "fatalities")) == ("كمين", "Battles", 4)


def test_the_same_toll_on_two_days_at_two_towns_far_apart_or_of_one_or_two_dead_stays_two_events():
    def battle(sentence: int, **values: object) -> tuple:
        base = dict(event_type="Battles", sub_event_type="Armed clash", action="اشتباك", fatalities=5,
                    fatalities_qualifier="exact", location="تعز", location_en="Taiz")  # fmt: skip
        base.update(values)
        return row(sentence, "اشتباكات", "اندلعت اشتباكات عنيفة", **base)

    blast = dict(event_type=STRIKE, sub_event_type="Remote explosive/landmine/IED", action="انفجار")
    day = dict(event_date=pd.Timestamp("2015-07-27"), date_text="امس")
    assert (
        len(
            once_per_article(
                [battle(1), row(2, "انفجار", "انفجار", fatalities=5, fatalities_qualifier="exact", **blast, **day)]
            )
        )
        == 2
    )
    assert (
        len(
            once_per_article(
                [
                    battle(1),
                    row(
                        2,
                        "انفجار",
                        "انفجار",
                        fatalities=5,
                        fatalities_qualifier="exact",
                        location="عدن",
                        location_en="Aden",
                        **blast,
                    ),
                ]
            )
        )
        == 2
    )
    assert (
        len(
            once_per_article(
                [battle(1), row(5, "انفجار", "انفجار", fatalities=5, fatalities_qualifier="exact", **blast)]
            )
        )
        == 2
    )
    assert (
        len(
            once_per_article(
                [
                    battle(1, fatalities=2),
                    row(2, "انفجار", "انفجار", fatalities=2, fatalities_qualifier="exact", **blast),
                ]
            )
        )
        == 2
    )
    assert (
        len(
            once_per_article(
                [battle(1), row(2, "انفجار", "انفجار", fatalities=5, fatalities_qualifier="exact", **blast)]
            )
        )
        == 1
    )


def test_a_region_told_first_takes_the_town_its_retelling_names():
    dead = dict(event_type="Battles", fatalities=8, fatalities_qualifier="exact")
    lead = row(1, "قتلت", "قتلت القوات ثمانية مسلحين في منطقة القوقاز", action="قتل", location="القوقاز",
               location_en="Caucasus", geo_precision=3, country="Russia", **dead)  # fmt: skip
    again = row(2, "اشتبكت", "اشتبكت القوات مع المسلحين في قرية اهراج", action="اشتباك", location="اهراج",
                location_en="Ahraj", geo_precision=1, country="Russia", **dead)  # fmt: skip
    (one,) = once_per_article([lead, again])
    assert (get(one, "trigger"), get(one, "location_en"), get(one, "geo_precision")) == ("اشتبكت", "Ahraj", 1)
    abroad = (*again[: COLUMN["country"]], "Germany", *again[COLUMN["country"] + 1 :])
    assert len(once_per_article([lead, abroad])) == 2  # a town in another country: another event


def test_a_reply_told_with_the_toll_of_the_act_it_answers_is_another_event():
    dead = dict(fatalities=25, fatalities_qualifier="exact", location="الاحواز", location_en="Ahvaz")
    attack = row(1, "هجوم", "قتل 25 شخصا في هجوم على عرض عسكري في الاحواز", event_type="Violence against civilians",
                 action="هجوم", actor1_en="", **dead)  # fmt: skip
    strike = row(2, "هجوما", "شن الحرس الثوري هجوما صاروخيا ردا على هجوم الاحواز الذي اسفر عن مقتل 25 شخصا",
                 sub_event_type="Shelling/artillery/missile attack", action="هجوم", actor1_en="", **dead)  # fmt: skip
    assert len(once_per_article([attack, strike])) == 2


def test_a_car_bomb_told_first_without_its_town_is_kept_where_its_retelling_names_the_town_with_its_type():
    bomb = row(1, "قتل", "قتل تسعة جنود الجمعة في هجوم بسيارة مفخخة", sub_event_type="Suicide bomb", action="قتل",
               actor1_en="", fatalities=9, fatalities_qualifier="exact")  # fmt: skip
    storm = row(2, "اقتحم", "اقتحم انتحاري بسيارته نقطة التفتيش في بلدة القطن وقتل تسعة جنود", event_type="Battles",
                sub_event_type="Armed clash", action="اقتحام", actor1_en="", location="القطن", location_en="Al Qatn",
                geo_precision=1, fatalities=9, fatalities_qualifier="exact")  # fmt: skip
    (one,) = once_per_article([bomb, storm])
    assert (get(one, "sentence_id"), get(one, "location_en")) == (2, "Al Qatn")
    assert (get(one, "event_type"), get(one, "sub_event_type")) == (STRIKE, "Suicide bomb")


def test_the_same_toll_of_other_dead_at_a_region_and_its_town_stays_two_events():
    from tests.unit.test_incidents_rules import events as told

    police_then_militants = (
        "قتل عشرة من عناصر الشرطة في هجوم لمسلحين على مركز أمني في محافظة شمال سيناء أمس. "
        "وقتلت قوات الجيش عشرة مسلحين في غارات على مخابئهم في مدينة رفح."
    )
    mosque_then_soldiers = (
        "قتل ستة أشخاص في تفجير انتحاري استهدف مسجدا في محافظة صلاح الدين أمس. "
        "وقتل ستة جنود عراقيين في هجوم لتنظيم داعش على قرية قرب تكريت."
    )
    assert len(told(police_then_militants)) == 2
    assert len(told(mosque_then_soldiers)) == 2


def test_an_attack_told_against_civilians_then_as_a_battle_is_one_attack():
    civil = "Violence against civilians"
    lead = row(1, "اعتداء", event_type=civil, sub_event_type="Attack", action="هجوم", actor1_en="",
               actor2_en="Civilians (Turkey)", location_en="Istanbul")  # fmt: skip
    again = row(4, "اعتداء", "وكان مقر الحزب تعرض لاعتداء مسلح", event_type="Battles", sub_event_type="Armed clash",
                action="هجوم", actor1_en="", location_en="Istanbul")  # fmt: skip
    (one,) = once_per_article([lead, again])
    assert (get(one, "sentence_id"), get(one, "event_type")) == (1, civil)


def test_attacks_of_two_types_at_two_places_or_two_days_stay_two():
    civil = "Violence against civilians"
    lead = row(1, "هجوم", event_type=civil, action="هجوم", actor1_en="", location_en="Istanbul")
    elsewhere = row(4, "هجوم", event_type="Battles", action="هجوم", actor1_en="", location_en="Mardin")
    later = row(5, "هجوم", event_type="Battles", action="هجوم", actor1_en="", location_en="Istanbul",
                event_date=pd.Timestamp("2015-07-30"), date_text="الخميس")  # fmt: skip
    assert len(once_per_article([lead, elsewhere, later])) == 3


def test_a_lead_dated_by_its_reports_day_and_the_act_told_on_its_own_day_are_one_act_of_that_day():
    battle = {"event_type": "Battles", "sub_event_type": "Armed clash", "action": "اشتباك", "location_en": "Ad Dali"}
    lead = row(0, "الاشتباكات", "أفاد مصدر في المقاومة، أمس، بمقتل 18 مسلحا خلال الاشتباكات في المدينة",
               date_text="أمس", event_date=pd.Timestamp("2015-07-31"), fatalities=18, fatalities_qualifier="exact",
               **battle)  # fmt: skip
    details = row(1, "مواجهات", "وقال المصدر إن مواجهات عنيفة اندلعت مساء الخميس بين الطرفين",
                  date_text="مساء الخميس", event_date=pd.Timestamp("2015-07-30"), **battle)  # fmt: skip
    (one,) = once_per_article([lead, details])
    assert (get(one, "sentence_id"), str(get(one, "event_date"))[:10], get(one, "date_text")) == (
        0,
        "2015-07-30",
        "مساء الخميس",
    )


def test_an_act_dated_by_its_own_verb_and_one_of_the_day_before_stay_two():
    battle = {"event_type": "Battles", "sub_event_type": "Armed clash", "action": "اشتباك", "location_en": "Ad Dali"}
    today = row(0, "اشتباكات", "اندلعت اشتباكات عنيفة أمس بين الطرفين في المدينة", date_text="أمس",
                event_date=pd.Timestamp("2015-07-31"), **battle)  # fmt: skip
    before = row(1, "اشتباكات", "واندلعت اشتباكات مساء الأربعاء بين الطرفين", date_text="مساء الأربعاء",
                 event_date=pd.Timestamp("2015-07-29"), **battle)  # fmt: skip
    assert len(once_per_article([today, before])) == 2
    report = row(0, "الاشتباكات", "أفاد مصدر، أمس، بمقتل 18 مسلحا خلال الاشتباكات", date_text="أمس",
                 event_date=pd.Timestamp("2015-07-31"), **battle)  # fmt: skip
    weekly = row(1, "اشتباكات", "وكانت اشتباكات قد اندلعت قبل أسبوع في المدينة", date_text="قبل أسبوع",
                 event_date=pd.Timestamp("2015-07-24"), **battle)  # fmt: skip
    assert len(once_per_article([report, weekly])) == 2  # a week before: no report's delay
    strike = {"event_type": STRIKE, "sub_event_type": "Air/drone strike", "action": "غارة", "location_en": "Erbil"}
    total = row(0, "الغارات", "وأعلنت الوكالة أمس مقتل 260 مسلحا خلال أسبوع من الغارات", date_text="أمس",
                event_date=pd.Timestamp("2015-08-01"), **strike)  # fmt: skip
    one_day = row(1, "غارة", "وشنت الطائرات غارة على قرية قرب أربيل صباح الخميس", date_text="صباح الخميس",
                  event_date=pd.Timestamp("2015-07-30"), **strike)  # fmt: skip
    assert len(once_per_article([total, one_day])) == 2  # a week's total is not the day's strike


def test_an_act_told_in_the_evening_after_a_morning_act_at_the_same_place_is_a_second_act():
    attack = {"event_type": "Violence against civilians", "action": "هجوم", "actor1_en": "Islamic State (ISIS)",
              "location_en": "Tripoli", "sub_event_type": "Attack"}  # fmt: skip
    morning = row(0, "هاجم", "هاجم مسلحو التنظيم مقر المفوضية في طرابلس صباح الأربعاء", date_text="صباح الأربعاء",
                  **attack)  # fmt: skip
    evening = row(1, "هاجم", "وفي المساء هاجم مسلحو التنظيم مقرا حكوميا في المدينة", **attack)
    assert len(once_per_article([morning, evening])) == 2
    again = row(1, "الهجوم", "وأثار الهجوم على المقر غضبا واسعا في المدينة", **attack)
    assert len(once_per_article([morning, again])) == 1


def test_a_definite_noun_at_this_place_retells_the_first_act_told_there_even_after_a_second_taking():
    battle = {"event_type": "Battles", "sub_event_type": "Government regains territory", "action": "سيطرة",
              "actor1_en": "Yemeni Resistance", "actor2_en": "Houthis", "location_en": "Tawahi",
              "geo_precision": 1}  # fmt: skip
    taken = row(1, "بسطت", "أكدت القوات أنها بسطت سيطرتها على معظم حي التواهي", **battle)
    palace = row(3, "استعادت", "وأضاف أن القوات استعادت القصر الرئاسي في الحي", **battle)
    fighting = row(5, "معارك", "وقالت مصادر إن المعارك في هذا الحي أسفرت عن سقوط 28 قتيلا", action="اشتباك",
                   fatalities=28, fatalities_qualifier="exact", actor1_en="", actor2_en="",
                   **{k: v for k, v in battle.items() if k not in ("action", "actor1_en", "actor2_en")})  # fmt: skip
    rows = once_per_article([taken, palace, fighting])
    assert [(get(r, "sentence_id"), get(r, "fatalities")) for r in rows] == [(1, 28), (3, None)]
    there = row(5, "معارك", "وقالت مصادر إن المعارك في الحي أسفرت عن سقوط 28 قتيلا", action="اشتباك",
                fatalities=28, fatalities_qualifier="exact", actor1_en="", actor2_en="",
                **{k: v for k, v in battle.items() if k not in ("action", "actor1_en", "actor2_en")})  # fmt: skip
    assert len(once_per_article([taken, palace, there])) == 3  # no demonstrative: which of the two is not said


def test_a_lead_with_no_day_and_the_act_told_on_its_own_day_just_before_are_one_act_of_that_day():
    from helpers.extract.incidents.timecues import DCT_NOTE

    shelling = {"event_type": STRIKE, "sub_event_type": "Shelling/artillery/missile attack", "action": "قصف",
                "actor1_en": "Houthis", "location_en": "Taiz", "date_note": DCT_NOTE}  # fmt: skip
    lead = row(0, "قصفت", "قصفت الميليشيات حي الروضة في مدينة تعز", **shelling)
    details = row(1, "قصف", "وقال مصدر إن الميليشيات قامت أمس بقصف حي الروضة", date_text="أمس",
                  event_date=pd.Timestamp("2015-07-27"), **{**shelling, "date_note": ""})  # fmt: skip
    (one,) = once_per_article([lead, details])
    assert (get(one, "sentence_id"), str(get(one, "event_date"))[:10]) == (0, "2015-07-27")
    elsewhere = row(1, "قصف", "وقامت الميليشيات أمس بقصف مدينة عدن", date_text="أمس", event_date=pd.Timestamp(
        "2015-07-27"), **{**shelling, "date_note": "", "location_en": "Aden"})  # fmt: skip
    assert len(once_per_article([lead, elsewhere])) == 2  # two places: two acts
    weeks = row(1, "قصف", "وكانت الميليشيات قصفت الحي قبل أسبوعين", date_text="قبل أسبوعين",
                event_date=pd.Timestamp("2015-07-14"), **{**shelling, "date_note": ""})  # fmt: skip
    assert len(once_per_article([lead, weeks])) == 2  # two times: two acts
