"""Stop 43 (lead): the attack that caused a killing, its doer in construct with the attack noun or undertaking it
(helpers/extract/incidents/causes.py): the doer is actor 1, the dead actor 2. Minimal pairs through the pipeline;
the first assertion of each test fails on the code of stop 42."""

from tests.unit.test_incidents_rules import events


def _sides(text: str, trigger: str) -> tuple[str, str]:
    (row,) = [e for e in events(text) if e["trigger"] == trigger]
    return row["actor1"], row["actor2"]


def test_the_genitive_of_an_attack_that_killed_is_its_doer():
    assert _sides("لقي جندي مصرعه إثر هجوم مسلحين على حاجز في سيناء.", "مصرعه") == ("مسلحين", "جندي")
    assert _sides("قتل جندي إثر هجوم مسلحين على حاجز في سيناء.", "قتل") == ("مسلحين", "جندي")
    assert _sides("قتل ثلاثة مسلحين في هجوم الجيش على مواقعهم في سيناء.", "قتل") == ("الجيش", "مسلحين")


def test_who_undertook_the_shooting_is_its_doer():
    assert _sides("لقي أمين شرطة مصرعه إثر قيام مجهولين بإطلاق النار عليه في سيناء.", "مصرعه")[0] == "مجهولين"


def test_an_attack_with_an_adjective_names_no_doer():
    assert _sides("قتل جنديان في هجوم مسلح على حاجز في سيناء.", "قتل") == ("", "جنديان")


def test_gunmen_affiliated_in_the_plural_are_the_group_they_serve():
    text = "قام مسلحون تابعون للحوثيين بالقبض على عشرة من قياديي حزب الإصلاح في صنعاء."
    assert _sides(text, "قبض على")[0] == "جماعة الحوثي"
    assert _sides("قام مسلحون بالقبض على عشرة من قياديي حزب الإصلاح في صنعاء.", "قبض على")[0] == "مسلحون"


def test_a_side_before_a_singular_killing_verb_with_no_object_is_its_dead():
    text = "وكان جندي أردني قتل، السبت، في هجوم استهدف حافلة لقوات الدرك في مدينة الفحيص."
    assert _sides(text, "قتل") == ("", "جندي أردني")
    assert _sides("وكان الجيش قتل، السبت، 20 مسلحا في الموصل.", "قتل") == ("الجيش", "مسلحا")


def test_an_active_killing_with_its_own_subject_keeps_it_over_a_later_attack():
    """Stop 44: the attack after an active verb with subject and object is only when it happened (first assertion
    fails on the code of stop 43)."""
    text = "قتلت القوات العراقية خمسة مسلحين عقب هجوم مسلحين على نقطة تفتيش في الرمادي."
    assert _sides(text, "قتلت")[0] == "الجيش العراقي"
    assert _sides("قتل جندي وشرطي إثر هجوم مسلحين على حاجز في سيناء.", "قتل")[0] == "مسلحين"
