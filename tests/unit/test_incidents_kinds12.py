"""Stop 49: what kind of act a row is. A square, a street, a district or a newsroom named after التحرير is no
place taken (vocabulary.NAME_BEFORE); the coalition's aviation and a state's own aircraft make a targeting an air
strike (vocabulary._AIR); reinforcements a strike hits are its target, not forces sent (reinforcements.struck); a
generic attack whose target the naming finds to be a state's forces is a battle (kinds.target_forces); an
execution verb counts its dead (tolls). Minimal pairs through the pipeline; each first assertion fails on the code
of stop 48."""

from tests.unit.test_incidents_rules import events


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(e["trigger"], e["event_type"], e["sub_event_type"], e["actor2_en"]) for e in events(text)]


def test_tahrir_square_and_an_editor_in_chief_take_no_place():
    text = "تظاهر الآلاف في ميدان التحرير بالقاهرة أمس."
    assert [r[1] for r in _rows(text)] == ["Protests"]
    text = "قال رئيس تحرير صحيفة الوطن إن الوضع في عدن مستقر، وشرح للضيوف بعض مراحل التحرير."
    assert [r[1] for r in _rows(text)] == []
    text = "قصف الحوثيون حي التحرير الأسفل في تعز أمس."
    assert [r[:2] for r in _rows(text)] == [("قصف", "Explosions/Remote violence")]
    text = "أعلنت المقاومة تحرير مديرية دار سعد في عدن."
    assert [r[1] for r in _rows(text)] == ["Battles"]  # a district freed: still a place taken


def test_the_coalition_aviation_targeting_a_depot_is_an_air_strike():
    text = "استهدف طيران التحالف مواقع للحوثيين في صنعاء."
    assert [r[2] for r in _rows(text)] == ["Air/drone strike"]
    text = "وكانت تركيا قد أعلنت أمس أن طائراتها المقاتلة شنت هجمات على معسكرات لحزب العمال الكردستاني في شمال العراق."
    assert [r[2] for r in _rows(text)] == ["Air/drone strike"]


def test_reinforcements_a_strike_hits_are_its_target():
    text = "واستهدفت الغارات تجمعات وتعزيزات للحوثيين في منطقة العرج بمديرية باجل."
    assert [(r[0], r[3]) for r in _rows(text)] == [("غارات", "Houthis (Ansar Allah)")]
    text = "وكانت طائرات التحالف شنت غارتين استهدفت تعزيزات للحوثيين، كانت في طريقها إليهم بالقرب من مفرق الجوف."
    assert [(r[0], r[3]) for r in _rows(text)] == [("غارتين", "Houthis (Ansar Allah)")]  # a dual of غارة too
    text = "وصلت تعزيزات عسكرية كبيرة إلى مشارف مدينة درنة."
    assert [r[:2] for r in _rows(text)] == [("تعزيزات عسكرية", "Strategic developments")]  # sent, not struck


def test_an_attack_that_killed_a_policeman_is_a_battle():
    text = "إلى ذلك قتل شرطي تركي ومدني في هجوم في جنوب شرقي البلاد تمت نسبته إلى المتمردين الأكراد."
    assert [r[1:] for r in _rows(text)] == [("Battles", "Armed clash", "Police Forces of Turkey")]
    text = "قتل مسلحون ثلاثة مدنيين في هجوم على قرية قرب الموصل."
    assert [r[1] for r in _rows(text)] == ["Violence against civilians"]


def test_an_execution_counts_its_dead():
    text = "وفي تطور آخر أعدم تنظيم داعش 23 شخصا في قضاء الفلوجة بمحافظة الأنبار."
    assert [e["fatalities"] for e in events(text)] == [23]
