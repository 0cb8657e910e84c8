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


def test_what_an_indefinite_act_hit_and_the_side_whose_building_it_happened_in_are_its_target():
    text = "قتل ثمانية أشخاص في تفجير انتحاري استهدف مقر الشرطة العراقية في كركوك أمس."
    assert _sides(text, "تفجير") == [("", "Police Forces of Iraq")]
    text = "ودان الوزير التفجير الذي وقع في مسجد الشرطة العراقية في كركوك أمس."
    assert _sides(text, "تفجير") == [("", "Police Forces of Iraq")]


def test_a_bomb_that_went_off_at_a_sides_building_hit_that_side():
    text = "وأعلنت الوزارة أن التفجير وقع داخل مسجد في مقر الشرطة العراقية ظهر الخميس."
    assert [pair[1] for pair in _sides(text, "تفجير")] == ["Police Forces of Iraq"]
