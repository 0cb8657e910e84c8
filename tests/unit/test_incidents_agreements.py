"""The parties of an agreement (helpers/extract/incidents/agreements.py, stop 34): a state, its capital or its head
is its government; the other party is named after مع or joined by و after بين. Minimal sentences through the
pipeline; each fails on the code of stop 33."""

from tests.unit.test_incidents_rules import events


def _sides(text: str, trigger: str) -> list[tuple[str, str]]:
    return [(e["actor1_en"], e["actor2_en"]) for e in events(text) if e["trigger"].startswith(trigger)]


def test_the_state_named_after_with_is_the_other_party_of_a_ceasefire_by_its_government():
    text = "في المقابل، أعلنت حركة الجهاد الإسلامي مساء الثلاثاء وقفا لإطلاق النار مع إسرائيل."
    assert _sides(text, "وقف") == [("Palestinian Islamic Jihad", "Government of Israel")]
    text = "في المقابل، أعلنت حركة الجهاد الإسلامي مساء الثلاثاء وقفا لإطلاق النار في غزة."  # no other party named
    assert _sides(text, "وقف") == [("Palestinian Islamic Jihad", "")]


def test_the_state_joined_after_between_is_the_other_party():
    text = (
        "وأعلنت حركة الجهاد الإسلامي مساء الثلاثاء التوصل، برعاية مصر، إلى اتفاق لوقف اطلاق النار بين الفصائل"
        " الفلسطينية وإسرائيل."
    )
    assert _sides(text, "وقف") == [("Palestinian Islamic Jihad", "Government of Israel")]


def test_a_capital_or_a_head_of_state_that_agrees_is_its_government():
    text = "ويشهد الجنوب السوري وقفا لاطلاق النار أعلنته موسكو مع واشنطن منذ يوليو الماضي."
    assert _sides(text, "وقف") == [("Government of Russia", "Government of the United States")]
    text = "ووقع الهجوم في وقت أعلن فيه الرئيس الأفغاني أشرف غني تمديد وقف لإطلاق النار مدته أسبوع مع طالبان."
    assert _sides(text, "وقف") == [("Government of Afghanistan", "Taliban")]


def test_a_capital_that_strikes_is_no_government_of_an_agreement():
    text = "وقصفت موسكو مواقع للمعارضة في إدلب أمس."
    assert all(a1 != "Government of Russia" for a1, _ in _sides(text, "قصف"))


def test_two_places_after_between_are_ground_not_parties():
    text = "وأعلنت فصائل المعارضة هدنة لمدة يومين على الطريق الدولي بين حلب ودمشق."
    assert all(a2 != "Government of Syria" for _, a2 in _sides(text, "هدن"))
    text = "وأعلنت فصائل المعارضة هدنة لمدة يومين بين الفصائل وإسرائيل."  # a party first: the other is a party
    assert [a2 for _, a2 in _sides(text, "هدن")] == ["Government of Israel"]
