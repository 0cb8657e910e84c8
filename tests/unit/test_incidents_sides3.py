"""Who acts and to whom, stop 23 (helpers/extract/incidents: clause_cues, sides, naming): a side followed by an air
base is no base; the two sides of a symmetric battle are ordered state first. Minimal pairs through the pipeline;
each fails on the code of stop 22. The second set (from the killing verb's subject on) guards the first: the subject
told between a killing verb and its counted dead kills; a lone noun before an object kills; a monitor reports; a
battle's told attacker stays first; an ally backed by strikes and a rally of supporters are not struck; each fails
on the code that first held these rules."""

from helpers.text.normalize import normalize_letters
from tests.unit.test_incidents_rules import events


def _sides(text: str, trigger: str) -> list[tuple[str, str]]:
    return [(e["actor1_en"], e["actor2_en"]) for e in events(text) if e["trigger"].startswith(trigger)]


def test_the_subject_before_an_air_base_it_shells_is_not_the_base():
    text = "وفي المساء قصفت طائرات التحالف العربي قاعدة جوية قرب صنعاء."
    assert _sides(text, "قصفت")[0][0] == "Saudi-led coalition"


def test_a_clash_between_rebels_and_state_forces_has_the_forces_first():
    text = "ودارت اشتباكات عنيفة بين مسلحي حركة الشباب والجيش الصومالي في إقليم شبيلي السفلى."
    assert _sides(text, "اشتباكات") == [("Military Forces of Somalia", "Al Shabaab")]
    text = "ودارت اشتباكات عنيفة بين المتظاهرين والشرطة الصومالية في مقديشو."  # protesters stay first
    assert _sides(text, "اشتباكات")[0][0].startswith(("Protesters", "Rioters"))


def test_a_countrys_government_or_authorities_take_acleds_government_label():
    text = "وأعلنت الحكومة الأفغانية وقف إطلاق النار مع حركة طالبان خلال أيام العيد."
    assert _sides(text, "وقف")[0][0] == "Government of Afghanistan"
    text = "ووقعت السلطات المصرية اتفاق هدنة مع حركة حماس في القاهرة."
    assert _sides(text, "هدنة")[0][0] == "Government of Egypt"


def test_the_doer_of_the_attack_that_killed_is_actor_1():
    text = "وقتل 12 جنديا جراء هجمات شنها تنظيم داعش على مواقع في ريف دير الزور."
    assert _sides(text, "قتل") == [("Islamic State (ISIS)", "military forces")]


def test_the_owner_of_a_target_in_the_accusative_is_struck_not_striking():
    text = "وشنت طائرات التحالف العربي بعدة غارات معسكرا تدريبيا لجماعة الحوثي في الحديدة."
    assert _sides(text, "غارات") == [("Saudi-led coalition", "Houthis (Ansar Allah)")]


def test_the_counted_dead_after_a_killing_verb_are_killed_not_killing():
    text = "ونفذ الجيش اليمني عمليات عسكرية نوعية، قتل فيها ما لا يقل عن 30 حوثيا."
    assert _sides(text, "قتل") == [("Military Forces of Yemen", "Houthis (Ansar Allah)")]


def test_a_strike_told_as_the_means_of_a_reported_verb_is_the_speakers():
    text = "قال الجيش الإسرائيلي، الأربعاء، إنه ضرب عشرة أهداف لحركة حماس بغارات جوية في قطاع غزة."
    assert _sides(text, "غارات") == [("Military Forces of Israel", "Hamas")]


def test_the_owner_of_a_target_behind_lam_is_struck_not_striking():
    text = "وقال الجيش الأمريكي إنه دمر مخازن أسلحة لحركة الشباب بغارة جوية في الصومال."
    assert _sides(text, "غارة") == [("Military Forces of the United States", "Al Shabaab")]


def test_a_military_target_is_no_soldier():
    text = "وقالت إسرائيل إن مقاتلاتها قصفت أكثر من 35 هدفا عسكريا في قطاع غزة."
    assert "military forces" not in {side for pair in _sides(text, "قصفت") for side in pair}


def test_a_military_projectile_is_no_soldier():
    text = "وأطلقت الميليشيات صاروخا عسكريا على قرية في جازان."  # on stop 41's code: «عسكريا», military forces
    assert [a1 for a1, _ in _sides(text, "صاروخا")] == ["Unidentified armed group"]


def test_soldiers_told_with_a_nationality_after_them_are_that_countrys_forces():
    assert _sides("وقتل ثلاثة جنود أتراك في هجوم قرب الحدود.", "قتل") == [("", "Military Forces of Turkey")]


def test_a_lone_indefinite_noun_after_a_killing_verb_is_the_dead():
    text = "وقتل جنديان إسرائيليان في هجوم بالسكاكين قرب نابلس."
    assert _sides(text, "قتل") == [("", "Military Forces of Israel")]
    text = "وقتل مسلحون مجهولون ضابطا في الشرطة العراقية."  # an object after them: the killers
    assert _sides(text, "قتل")[0][0] == "Unidentified armed group"


def test_a_party_between_a_killing_verb_and_the_counted_dead_is_the_killer():
    text = "وقتلت الشرطة العراقية ستة مسلحين قرب سامراء."
    assert _sides(text, "قتلت")[0][0] == "Police Forces of Iraq"
    text = "وقتل مسلحون مجهولون أربعة جنود عراقيين في هجوم قرب بعقوبة."
    assert _sides(text, "قتل") == [("Unidentified armed group", "Military Forces of Iraq")]


def test_the_counted_with_an_object_after_them_are_the_killers():
    text = "وقتل ثلاثة مسلحين مجهولين ضابطا في الشرطة العراقية في البصرة."
    assert _sides(text, "قتل")[0][0] == "Unidentified armed group"


def test_a_lone_noun_after_a_killing_verb_with_a_victim_after_it_is_the_killer():
    for victim in ("صاحب متجر", "قاضيا", "سائق سيارة أجرة"):
        found = events(f"وقتل مسلحون مجهولون {victim} في مدينة الموصل.")
        assert [(e["event_type"], e["actor1_en"]) for e in found if e["trigger"].startswith("قتل")] == [
            ("Violence against civilians", "Unidentified armed group")
        ]


def test_a_monitor_reporting_a_strike_is_not_its_doer():
    text = "وقال المرصد السوري لحقوق الإنسان إنه وثق مقتل تسعة مدنيين بغارات جوية على ريف حماة."
    assert "Syrian Observatory for Human Rights (SOHR)" not in {a for a, _ in _sides(text, "غارات")}
    text = "وذكرت الشرطة العراقية أنه قتل أربعة جنود في هجوم بقذائف الهاون على قاعدتهم."
    assert "Police Forces of Iraq" not in {a for a, _ in _sides(text, "قذائف")}


def test_a_battle_whose_attacker_the_sentence_tells_keeps_it_first():
    text = "وأدى هجوم شنه مسلحو حركة الشباب على بلدة في شبيلي إلى اشتباكات بين الحركة والجيش الصومالي."
    assert _sides(text, "اشتباكات") == [("Al Shabaab", "Military Forces of Somalia")]


def test_an_ally_given_support_by_strikes_is_not_struck():
    text = "وقدم الطيران الروسي إسنادا جويا للجيش السوري بغارات مكثفة على ريف إدلب."
    assert "Military Forces of Syria" not in {b for _, b in _sides(text, "غارات")}


def test_a_rally_of_supporters_is_no_target():
    text = "وفرقت الشرطة العراقية تجمعا لأنصار التيار الصدري في الناصرية."
    assert _sides(text, "فرقت")[0][1] == "Sadrist Movement"


def test_the_counted_dead_joined_by_and_are_all_dead():
    text = "وقتل خمسة مسلحين وجنديان أتراك قرب الحدود."  # no object: the first of the dead stays actor 2
    assert _sides(text, "قتل") == [("", "Unidentified armed group")]


def test_the_dead_before_a_clause_of_the_wounded_are_the_dead():
    text = "وقتل ثلاثة جنود عراقيين فيما أصيب خمسة آخرون قرب الرمادي."
    assert _sides(text, "قتل") == [("", "Military Forces of Iraq")]


def test_the_subject_of_a_killing_told_with_the_operation_that_killed_stays_actor_1():
    text = "وقتلت القوات الأمنية ستة من عناصر داعش في عملية نفذتها قوة من جهاز مكافحة الإرهاب."
    assert _sides(text, "قتلت")[0][0] != ""


def test_the_leader_a_named_force_is_loyal_to_is_no_side_of_its_act():
    from helpers.extract.incidents.clause_cues import affiliated
    from helpers.extract.incidents.sides import Party

    text = normalize_letters("قوات المقاومة الموالية للرئيس اليمني عبد ربه منصور هادي حررت المدينة")
    force = Party(0, len("قوات المقاومة"), "المقاومة الشعبية", "Yemeni Resistance", "named", "armed_group")
    at = text.index("عبد ربه")
    leader = Party(at, at + len("عبد ربه منصور هادي"), "عبد ربه منصور هادي", "Abd Rabbuh Mansour Hadi", "named")
    assert [p.english for p in affiliated(text, [force, leader])] == ["Yemeni Resistance"]


def test_the_popular_resistance_is_a_side_and_fights_the_houthis():
    text = "نجحت قوات المقاومة الشعبية الموالية للرئيس عبد ربه منصور هادي في تحرير مدينة تعز من ميليشيات الحوثي."
    freed = [e for e in events(text) if e["trigger"].startswith("تحرير")]
    assert freed[0]["actor1_en"] == "Yemeni Resistance"


def test_a_forces_noun_before_a_police_unit_is_the_countrys_police():
    text = "هاجم مسلحون مجهولون دورية لقوات الطوارئ في مدينة أبها السعودية."
    assert _sides(text, "هاجم")[0] == ("Unidentified armed group", "Police Forces of Saudi Arabia")


def test_allies_told_on_one_side_of_a_clash_are_not_its_two_sides():
    text = "واندلعت اشتباكات عنيفة بين المتمردين الحوثيين وقوات المخلوع صالح من جهة، والمقاومة الشعبية من جهة أخرى."
    # the pair, not the allies; the militia fighting beside the state first (stop 31, battle_order.state_first)
    assert _sides(text, "اشتباكات")[0] == ("Yemeni Resistance", "Houthis (Ansar Allah)")


def test_the_doer_of_the_attack_that_killed_told_behind_lam_is_actor_1():
    text = "وقتل أربعة جنود في هجوم للمتمردين على نقطة تفتيش قرب الحدود."
    assert _sides(text, "قتل")[0][0] == "Unidentified armed group"
    text = "وقتل طفلان في هجوم للحوثيين على قرية قرب الحدود."
    assert _sides(text, "قتل")[0][0] == "Houthis (Ansar Allah)"


def test_the_owner_of_a_tank_or_vehicle_destroyed_is_struck_not_striking():
    text = (
        "وتواصل جماعة الحوثي حصار مدينة تعز. كما فجر مقاتلو المقاومة الشعبية في اليمن، دبابة للحوثيين وقوات صالح، "
        "في هجوم على حي الجحملية."
    )
    assert _sides(text, "هجوم")[0][0] == "Yemeni Resistance"


_SAUDI = "أعلنت وزارة الداخلية السعودية في بيان أمس ما يلي. "


def test_security_men_killed_are_the_police_and_a_towns_security_forces_their_countrys():
    text = _SAUDI + "واستشهد رجل أمن وأصيب آخر في هجوم مسلح على نقطة تفتيش في القطيف."
    assert ("", "Police Forces of Saudi Arabia") in _sides(text, "استشهد")  # stop 41: Civilians (Saudi Arabia)
    text = _SAUDI + "وأسفر الهجوم عن مقتل اثنين من رجال الأمن في القطيف."
    assert ("", "Police Forces of Saudi Arabia") in _sides(text, "هجوم")  # stop 41: Al Qatif Security Forces
    text = _SAUDI + "واستشهد رجل أعمال وأصيب آخر في هجوم مسلح في القطيف."
    assert ("", "Police Forces of Saudi Arabia") not in _sides(text, "استشهد")  # a businessman is no policeman


def test_a_security_patrol_attacked_is_the_police():
    text = _SAUDI + "واستهدف مسلحون مجهولون دورية أمنية في القطيف."  # stop 41: no actor 2, violence against civilians
    assert ("Unidentified armed group", "Police Forces of Saudi Arabia") in _sides(text, "استهدف")
