"""Stop 46: the founding article's clash and shelling rows. The side after مع is the other side of a clash verb,
not its subject, when a side stands before the verb (sides._verb_sides: «مجموعات إرهابية، كانت اشتبكت مع الجيش
الليبي»); indefinite armed and terrorist groups are parties, and الإرهابين (one ي, a common misspelling) too
(vocabulary._ACTOR_NOUNS); an army's operations room is never the article's armed group (ranker_context.Context:
غرفة عمليات المختار التابعة للقيادة العامة للجيش). Minimal pairs through the pipeline; each first assertion fails on
the code of stop 45."""

from tests.unit.test_incidents_rules import events


def _sides(text: str, trigger: str) -> list[tuple[str, str]]:
    return [(e["actor1_en"], e["actor2_en"]) for e in events(text) if e["trigger"].startswith(trigger)]


def test_the_side_after_with_is_the_other_side_of_a_clash_verb():
    text = "وفرت مجموعات إرهابية، كانت اشتبكت مع الجيش الليبي قبل يومين جنوب منطقة الهلال النفطي."
    assert _sides(text, "اشتبكت") == [("Unidentified Islamist militants", "Libyan National Army (LNA)")]
    text = "وأفادت مصادر عن فرار مجموعات مسلحة كانت اشتبكت مع الجيش الليبي قبل يومين جنوب منطقة الهلال النفطي."
    assert _sides(text, "اشتبكت") == [("Unidentified armed group", "Libyan National Army (LNA)")]


def test_a_subject_right_after_the_clash_verb_stays_first():
    text = "اشتبك الجيش الليبي مع مسلحين في درنة أمس."
    assert _sides(text, "اشتبك") == [("Libyan National Army (LNA)", "Unidentified armed group")]


def test_misspelt_terrorists_are_the_target_of_shelling():
    text = "وقال إن قوات الجيش الليبي استهدفت بالمدفعية الثقيلة تمركزات الإرهابين جنوب مدينة درنة."
    assert _sides(text, "استهدفت") == [("Libyan National Army (LNA)", "Unidentified Islamist militants")]
    text = "وقال إن قوات الجيش الليبي استهدفت بالمدفعية الثقيلة تمركزات الإرهابيين جنوب مدينة درنة."
    assert _sides(text, "استهدفت") == [("Libyan National Army (LNA)", "Unidentified Islamist militants")]


def test_an_operations_room_is_not_the_armed_group_the_army_fights():
    room = "وأكد المسؤول الإعلامي لغرفة عمليات المختار التابعة للقيادة العامة للجيش أن الأوامر لم تصدر بعد."
    war = "وقالت مصادر إن الجيش الليبي اشتبك أمس في درنة. وتسيطر جماعة مجلس شورى مجاهدي درنة على المدينة."
    assert _sides(room + " " + war, "اشتبك") == [("Libyan National Army (LNA)", "Mujahideen Shura Council of Derna")]
