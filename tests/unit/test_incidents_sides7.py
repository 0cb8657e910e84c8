"""Who acts, stop 37 (helpers/extract/incidents/vocabulary.AGENT, sides.sides): an act attributed in a relative
clause after it (هجوم نسب إلى تنظيم داعش) names its doer; the same sentence without the attribution names none.
Minimal sentences through the pipeline; the first fails on the code of stop 36."""

from tests.unit.test_incidents_rules import events


def _sides(text: str, trigger: str) -> list[tuple[str, str]]:
    return [(e["actor1_en"], e["actor2_en"]) for e in events(text) if e["trigger"].startswith(trigger)]


def test_an_attack_attributed_to_an_armed_group_is_its_act():
    text = "وقتل شرطي تركي ومدني في هجوم في جنوب شرقي البلاد تمت نسبته إلى تنظيم داعش."
    assert _sides(text, "قتل") == [("Islamic State (ISIS)", "Police Forces of Turkey")]


def test_without_the_attribution_the_attack_has_no_named_doer():
    text = "وقتل شرطي تركي ومدني في هجوم في جنوب شرقي البلاد."
    assert _sides(text, "قتل") == [("", "Police Forces of Turkey")]


def test_an_attribution_of_another_act_leaves_the_subject():
    text = "قصف الجيش السوري مواقع في ريف إدلب ردا على هجمات نسبت إلى هيئة تحرير الشام."
    assert _sides(text, "قصف")[0][0] == "Military Forces of Syria"


def test_an_armed_side_far_after_the_cue_is_not_the_doer():
    text = "واعتقلت الشرطة الصومالية رجلا ينسب له التخطيط لهجمات حركة الشباب في العاصمة."
    assert _sides(text, "اعتقلت")[0][0] == "Police Forces of Somalia"
