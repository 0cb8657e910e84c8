"""Stop 47: who a killing or an attack hit. An indefinite act right before its relative verb told what it hit
(عملية انتحارية استهدفت مركزا للشرطة: held._TARGETED), unless a place follows the verb (غارات استهدفت في جبهة);
a gendarmerie (الدرك) is its state's military forces (vocabulary, kinds.state_labelled); a terrorist group
(مجموعة إرهابية) is a party and اغتالت a killing verb with its count (tolls). Minimal pairs through the pipeline; each
first assertion fails on the code of stop 46."""

from tests.unit.test_incidents_rules import events


def _rows(text: str, trigger: str) -> list[tuple[str, str, int | None]]:
    return [(e["actor1_en"], e["actor2_en"], e["fatalities"]) for e in events(text) if e["trigger"].startswith(trigger)]


def test_what_an_indefinite_act_targeted_right_after_it_is_actor_2():
    text = "وقعت عملية انتحارية استهدفت مركزا للشرطة في ولاية أغري شرق تركيا."
    assert [r[:2] for r in _rows(text, "عملية انتحارية")] == [("", "Police Forces of Turkey")]


def test_a_place_after_the_relative_verb_is_no_target():
    text = "وشنت مقاتلات التحالف العربي أمس غارات استهدفت في مديرية صرواح غرب مأرب."
    assert all(r[1] == "" for r in _rows(text, "غارات"))


def test_a_gendarmerie_post_is_the_states_military_forces():
    text = "وقعت عملية انتحارية استهدفت مركزا للدرك في ولاية أغري شرق تركيا."
    assert [r[:2] for r in _rows(text, "عملية انتحارية")] == [("", "Military Forces of Turkey")]
    text = "وقعت عملية انتحارية استهدفت مركزا للشرطة في ولاية أغري شرق تركيا."
    assert [r[:2] for r in _rows(text, "عملية انتحارية")] == [("", "Police Forces of Turkey")]


def test_a_terrorist_group_that_assassinated_three_gendarmes_is_actor_1_and_they_are_the_dead():
    text = "أكد مصدر أمني أن مجموعة إرهابية اغتالت ثلاثة من أفراد الدرك الوطني الجزائري في منطقة عين الدفلى."
    assert _rows(text, "اغتالت") == [("Unidentified Islamist militants", "Military Forces of Algeria", 3)]
