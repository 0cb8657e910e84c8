"""What a strike hit, told by who holds it (helpers/extract/incidents/held, read by sides): the holder is actor 2,
not when the dead told before the act are civilians. Minimal sentences through the pipeline; fails on stop 28."""

from tests.unit.test_incidents_rules import events


def _sides(text: str, trigger: str) -> list[tuple[str, str]]:
    return [(e["actor1_en"], e["actor2_en"]) for e in events(text) if e["trigger"].startswith(trigger)]


def test_the_holder_of_the_ground_a_strike_hit_is_its_target():
    text = "وشن الجيش العراقي قصفا مدفعيا على القرى التي يسيطر عليها تنظيم داعش جنوب الموصل أمس."
    assert _sides(text, "قصف") == [("Military Forces of Iraq", "Islamic State (ISIS)")]


def test_the_holder_is_no_side_when_the_strike_killed_civilians_told_before_it():
    text = "وقتل ثمانية مدنيين في قصف على بلدة يسيطر عليها الجيش السوري الحر قرب إدلب أمس."
    assert all("Free Syrian Army (FSA)" not in pair for pair in _sides(text, "قصف"))
