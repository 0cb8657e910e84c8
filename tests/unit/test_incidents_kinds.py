"""The kind of an event and the labels of its sides (helpers/extract/incidents/kinds.py), on hand-made sides."""

from helpers.extract.incidents.kinds import armed_named, by_weapon_or_death, labelled, refined, riot_destruction
from helpers.extract.incidents.sides import NOBODY, Party
from helpers.extract.incidents.vocabulary import REBELS, Trigger, trigger_table
from helpers.text.normalize import normalize_letters

ATTACK = Trigger("verb", "Battles", "Attack", "هجوم", "attack", 1, "actor1", "actor1")
RAID = trigger_table()[normalize_letters("مداهمة")]
ARMY = Party(0, 5, "الجيش", "Army", "named", "army")
CIVILIANS = Party(10, 15, "مدنيين", "civilians", "civilian")
HOUTHIS = Party(-1, -1, "جماعة الحوثي", "Houthis (Ansar Allah)", "named", "armed_group")


def test_a_generic_attack_on_civilians_is_violence_against_civilians_on_forces_a_battle():
    assert refined(ATTACK, ARMY, CIVILIANS) == ("Violence against civilians", "Attack")
    assert refined(ATTACK, NOBODY, ARMY) == ("Battles", "Armed clash")


def test_a_weapon_of_remote_violence_makes_an_attack_an_explosion():
    norm = normalize_letters("استهدفت صواريخ مستودعات للجيش")
    assert by_weapon_or_death(norm, (0, len(norm)), ATTACK, ("Battles", "Armed clash"), None)[0] == (
        "Explosions/Remote violence"
    )
    plain = normalize_letters("استهدفت القوات مستودعات للجيش")
    assert by_weapon_or_death(plain, (0, len(plain)), ATTACK, ("Battles", "Armed clash"), None)[0] == "Battles"


def test_a_raid_with_deaths_is_a_battle():
    kind = ("Strategic developments", "Other")
    assert by_weapon_or_death("", (0, 0), RAID, kind, object()) == ("Battles", "Armed clash")
    assert by_weapon_or_death("", (0, 0), RAID, kind, None) == kind


def test_unnamed_protesters_and_civilians_are_labelled_with_their_country():
    actor1, _ = labelled("Protests", NOBODY, NOBODY, "JO")
    assert actor1.english == "Protesters (Jordan)"
    _, victims = labelled("Violence against civilians", ARMY, CIVILIANS, "LY")
    assert victims.english == "Civilians (Libya)"


def test_rebels_are_the_named_armed_group_or_an_unidentified_one():
    rebels = Party(3, 9, "المتمردين", REBELS, "armed")
    assert armed_named(rebels, HOUTHIS).english == "Houthis (Ansar Allah)"
    assert armed_named(rebels, NOBODY).english == "Unidentified armed group"


def test_an_armed_groups_attack_with_no_armed_target_is_violence_against_civilians_a_states_an_operation():
    assert refined(ATTACK, HOUTHIS, NOBODY) == ("Violence against civilians", "Attack")
    assert refined(ATTACK, ARMY, NOBODY) == ("Battles", "Armed clash")
    assert refined(ATTACK, HOUTHIS, ARMY) == ("Battles", "Armed clash")


def test_destruction_by_a_weapon_of_remote_violence_is_the_strike():
    destroy = trigger_table()[normalize_letters("دمرت")]
    kind = (destroy.event_type, destroy.sub_event_type)
    norm = normalize_letters("وأوضح أن طائرات التحالف دمرت عربات عسكرية للمتمردين.")
    assert by_weapon_or_death(norm, (0, len(norm)), destroy, kind, None) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    norm = normalize_letters("وأوضح أن المسلحين دمروا عربات عسكرية للمتمردين.")
    assert by_weapon_or_death(norm, (0, len(norm)), destroy, kind, None) == kind


def test_lethal_violence_by_forces_in_a_demonstration_is_excessive_force_against_protesters():
    from tests.unit.test_incidents_rules import only

    event = only("وارتكب الجيش الإسرائيلي الاثنين مجزرة دامية بحق المتظاهرين على حدود قطاع غزة.")
    assert (event["event_type"], event["sub_event_type"]) == ("Protests", "Excessive force against protesters")
    assert (event["actor1"], event["actor2_en"]) == ("المتظاهرون", "Military Forces of Israel")
    event = only("وارتكب الجيش الإسرائيلي الاثنين مجزرة دامية بحق المدنيين على حدود قطاع غزة.")
    assert event["event_type"] != "Protests"


def test_a_killing_is_excessive_force_only_when_its_own_clause_tells_the_protest():
    from tests.unit.test_incidents_rules import events

    text = "قتلت القوات العراقية عشرة مسلحين من داعش في الموصل، بعد أيام من مظاهرات في البصرة."
    killing = [e for e in events(text) if e["trigger"] == "قتلت"]
    assert [(e["event_type"], e["actor1_en"]) for e in killing] == [("Battles", "Military Forces of Iraq")]


def test_an_attack_faced_by_forces_told_before_it_is_a_battle_not_violence_against_civilians():
    from tests.unit.test_incidents_rules import only

    assert only("صمدت القوات الحكومية أمام هجوم المتمردين في مأرب.")["event_type"] == "Battles"
    assert only("نفذ مسلحون هجوما على قرية في نيجيريا.")["event_type"] == "Violence against civilians"


def test_an_exchange_of_fire_is_a_battle():
    from tests.unit.test_incidents_rules import kinds

    found = kinds("أكدت الشرطة حصول تبادل لإطلاق النار أمس في مدينة حمص أصيب خلاله شخص واحد بجروح خطيرة.")
    assert found == [("Battles", "Armed clash")]


def test_riots_told_as_acts_of_violence_and_crowds_of_pilgrims_or_fans_are_kept_apart():
    from tests.unit.test_incidents_rules import kinds

    assert kinds("شهدت مدينة السويس أمس أعمال عنف بين المتظاهرين وقوات الأمن.") == [("Riots", "Violent demonstration")]
    assert kinds("وتجمع الآلاف من الحجاج أمس على صعيد عرفات.") == []
    assert kinds("خرج المشجعون في مسيرات حاشدة احتفالا بفوز الفريق أمس.") == []


def test_dawn_is_no_suicide_bomb_and_an_ongoing_battle_is_an_event():
    from tests.unit.test_incidents_rules import kinds

    dawn = kinds("قتل خمسة جنود في هجوم مسلح على حاجز فجر اليوم في المنطقة نفسها بشمال سيناء.")
    assert ("Explosions/Remote violence", "Suicide bomb") not in dawn and dawn
    assert kinds("قتل عشرة أشخاص في الاشتباكات المستمرة منذ صباح أمس في مدينة حلب.")


def test_an_attack_where_a_man_blew_himself_up_is_a_suicide_bomb():
    from tests.unit.test_incidents_rules import kinds

    found = kinds("وقتل عشرة أشخاص في هجوم على سوق مدينة مايدوغوري أمس بعد أن فجر شاب يحمل حقيبة نفسه وسط المارة.")
    assert found == [("Explosions/Remote violence", "Suicide bomb")]


def test_a_peaceful_march_is_a_protest():
    from tests.unit.test_incidents_rules import kinds

    assert kinds("وشارك مئات السكان في مسيرة سلمية في مدينة تعز أمس للمطالبة برفع الحصار.") == [
        ("Protests", "Peaceful protest")
    ]


def test_property_destruction_in_a_sentence_of_demonstrators_is_a_riot():
    norm = normalize_letters("قتل 12 متظاهرا وأحرق المحتجون مبنى المحافظة")
    kind = ("Strategic developments", "Looting/property destruction")
    assert riot_destruction(norm, (0, len(norm)), kind) == ("Riots", "Violent demonstration")
    plain = normalize_letters("وأحرق المسلحون منازل القرية")
    assert riot_destruction(plain, (0, len(plain)), kind) == kind


def test_the_crowd_of_a_riot_is_rioters():
    actor1, _ = labelled("Riots", NOBODY, NOBODY, "IQ")
    assert actor1.english == "Rioters (Iraq)"
    assert labelled("Protests", NOBODY, NOBODY, "IQ")[0].english == "Protesters (Iraq)"


def test_an_attack_on_a_political_party_is_violence_against_civilians_on_its_militia_a_battle():
    party = Party(10, 20, "حزب الوفد", "Wafd Party", "named", "party")
    assert refined(ATTACK, NOBODY, party) == ("Violence against civilians", "Attack")
    militia = Party(10, 20, "حزب الله", "Hezbollah", "armed", "political_militia")
    assert refined(ATTACK, NOBODY, militia) == ("Battles", "Armed clash")
