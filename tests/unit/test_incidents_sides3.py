"""Who acts and to whom, stop 23 (helpers/extract/incidents: clause_cues, sides, naming): a side followed by an air
base is no base; the two sides of a symmetric battle are ordered state first. Minimal pairs through the pipeline;
each fails on the code of stop 22."""

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


def test_soldiers_told_with_a_nationality_after_them_are_that_countrys_forces():
    assert _sides("وقتل ثلاثة جنود أتراك في هجوم قرب الحدود.", "قتل") == [("", "Military Forces of Turkey")]


def test_a_lone_indefinite_noun_after_a_killing_verb_is_the_dead():
    text = "وقتل جنديان إسرائيليان في هجوم بالسكاكين قرب نابلس."
    assert _sides(text, "قتل") == [("", "Military Forces of Israel")]
    text = "وقتل مسلحون مجهولون ضابطا في الشرطة العراقية."  # an object after them: the killers
    assert _sides(text, "قتل")[0][0] == "Unidentified armed group"
