"""Who acts and to whom, stop 23 (helpers/extract/incidents: clause_cues, sides, component): a side followed by an
air base is no base; the two sides of a symmetric battle are ordered state first. Minimal pairs through the pipeline; each fails on the code of stop 22."""

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
