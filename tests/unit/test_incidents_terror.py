"""A terrorist act told by its judgement and a relative clause is an act (incidents.terror): of the article's
bombing, with no actor 1 taken from who condemns it; terrorism in general is none. The first assertion of each test
fails on the code of stop 50."""

from tests.unit.test_incidents_rules import events


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(e["trigger"], e["event_type"], e["actor1_en"]) for e in events(text)]


def test_a_terrorist_act_that_happened_is_the_articles_bombing():
    text = (
        "أدان الوزير بأشد العبارات الجريمة الإرهابية التي استهدفت منسوبي قوات الطوارئ في عسير. "
        "وكان تفجير قد وقع في المسجد أثناء الصلاة."
    )
    rows = _rows(text)
    assert [r[1] for r in rows][:1] == ["Explosions/Remote violence"]
    assert rows[0][2] in ("", "Unidentified armed group")  # the minister condemns it, he did not do it


def test_terrorism_in_general_is_no_act():
    assert _rows("وأكد الوزير أهمية مكافحة العمل الإرهابي بكل أشكاله وصوره.") == []
    assert _rows("وقال إن العمل الإرهابي لا دين له.") == []


def test_without_a_bombing_it_is_an_attack_typed_by_its_target():
    text = "ندد المجلس بالعمل الإرهابي الجبان الذي استهدف فندقا في سوسة وأودى بحياة 38 سائحا."
    assert [r[1] for r in _rows(text)] == ["Violence against civilians"]
