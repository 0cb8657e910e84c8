"""Which side of a battle told by بين X و Y comes first (helpers/extract/incidents/battle_order): the militias
fighting beside a state come first with it; a side told as attempting the attack after the battle started it.
Minimal sentences through the pipeline; each fails on the code of stop 30."""

from tests.unit.test_incidents_rules import events


def _sides(text: str, trigger: str) -> list[tuple[str, str]]:
    return [(e["actor1_en"], e["actor2_en"]) for e in events(text) if e["trigger"].startswith(trigger)]


def test_a_militia_fighting_beside_the_state_comes_first_in_a_battle_with_no_initiator():
    text = "ودارت معارك بين مسلحي داعش وقوات الحشد الشعبي قرب تكريت أمس."
    assert _sides(text, "معارك") == [("Popular Mobilization Forces (PMF)", "Islamic State (ISIS)")]
    text = "وتواصلت المعارك بين الميليشيات الحوثية والمقاومة الشعبية في إب أمس."
    assert _sides(text, "معارك") == [("Yemeni Resistance", "Houthis (Ansar Allah)")]


def test_the_side_told_attempting_an_attack_after_the_battle_started_it():
    text = "واندلعت اشتباكات عنيفة بين المقاومة الشعبية والحوثيين في أبين بعد محاولة الحوثيين التقدم نحو المنطقة."
    assert _sides(text, "اشتباكات") == [("Houthis (Ansar Allah)", "Yemeni Resistance")]
    text = "واندلعت اشتباكات عنيفة بين الحوثيين والمقاومة الشعبية في أبين بعد محاولة الحوثيين التقدم نحو المنطقة."
    assert _sides(text, "اشتباكات") == [("Houthis (Ansar Allah)", "Yemeni Resistance")]


def test_a_states_own_forces_come_before_the_militia_fighting_beside_it():
    text = "وقتل ثلاثة في اشتباكات بين قوات الحشد الشعبي وقوات الجيش العراقي في سامراء."
    assert _sides(text, "اشتباكات") == [("Military Forces of Iraq", "Popular Mobilization Forces (PMF)")]


def test_a_militia_beside_the_state_comes_first_when_the_other_sides_dead_or_lost_ground_are_told():
    text = "قتل 15 من المسلحين الحوثيين وقوات صالح، في مواجهات مع المقاومة الشعبية في مدينة تعز."
    assert _sides(text, "مواجهات") == [("Yemeni Resistance", "Houthis (Ansar Allah)")]
    text = "وسقط العشرات من المسلحين الحوثيين بين قتيل وجريح في مواجهات مع المقاومة الشعبية في محافظة مأرب."
    assert _sides(text, "مواجهات") == [("Yemeni Resistance", "Houthis (Ansar Allah)")]


def test_an_armed_group_told_attacking_a_militia_beside_the_state_stays_first():
    text = "هاجم مسلحون حوثيون مواقع المقاومة الشعبية في الضالع أمس."
    assert _sides(text, "هاجم") == [("Houthis (Ansar Allah)", "Yemeni Resistance")]


def test_an_armed_group_told_taking_ground_keeps_it_unless_told_losing_it():
    text = "وكان الحوثيون قد استولوا على العاصمة صنعاء في سبتمبر الماضي بعد مواجهات مع المقاومة الشعبية."
    assert _sides(text, "استولوا") == [("Houthis (Ansar Allah)", "Yemeni Resistance")]
