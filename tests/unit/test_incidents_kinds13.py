"""Stop 50: a weapon told as support (بدعم من طيران التحالف) is not the weapon of a ground attack (kinds.weapon_kind);
security forces named together after one count are one count (tolls.co_counted); a repelled attack is a battle and
the side facing it is actor 2 (repelled, vocabulary.EXPOSED); workers, employees and drivers are civilians, and one
of them killed is one dead (vocabulary._ACTOR_NOUNS, tolls._PEOPLE); a killing told as the result of an act before it
in its sentence takes that act's weapon (causes.told_before). Minimal pairs through the pipeline; each first
assertion fails on the code of stop 49."""

from tests.unit.test_incidents_rules import events


def _rows(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(e["trigger"], e["event_type"], e["sub_event_type"], e["actor1_en"], e["actor2_en"]) for e in events(text)]


def test_air_support_is_not_the_weapon_of_a_ground_attack():
    text = "وشنت قوات الجيش الوطني والمقاومة الشعبية هجوما بدعم من طيران التحالف على مواقع الحوثيين في مديرية صرواح."
    assert [r[1:3] for r in _rows(text)] == [("Battles", "Armed clash")]
    text = "هاجمت قوات النظام مدعومة بالطائرات الحربية بلدة الزبداني."
    assert [r[1] for r in _rows(text)] == ["Battles"]
    text = "وشنت طائرات التحالف هجوما على مواقع الحوثيين في مديرية صرواح."
    assert [r[2] for r in _rows(text)] == ["Air/drone strike"]  # the planes' own attack


def test_soldiers_and_policemen_after_one_count_are_that_count():
    text = "ومنذ اندلاع موجة العنف الجديدة في 20 يوليو، قتل 13 جنديا وشرطيا على الأقل في كمين استهدف قافلة عسكرية."
    assert [e["fatalities"] for e in events(text)] == [13]
    text = "أسفر الهجوم عن مقتل 3 جنود وشرطي في ديار بكر."
    assert [e["fatalities"] for e in events(text)] == [4]  # three soldiers and one policeman
    text = "قال إن 12 مدنيا على الأقل وجنديا تشاديا قتلوا في هجومين في بلدة باغا."
    assert [e["fatalities"] for e in events(text)] == [13]  # civilians and a soldier


def test_a_repelled_attack_is_a_battle():
    text = "وصدت المقاومة في البيضاء هجوما للحوثيين وقوات صالح في منطقة آل حميقان."
    assert [r[1:4] for r in _rows(text)] == [("Battles", "Armed clash", "Houthis (Ansar Allah)")]
    text = "وتصدت المقاومة الشعبية لهجوم الحوثيين على منطقة الوازعية."
    assert [r[1:] for r in _rows(text)] == [("Battles", "Armed clash", "Houthis (Ansar Allah)", "Yemeni Resistance")]
    text = "شن مسلحون هجوما على قرية في ولاية بورنو."
    assert [r[1] for r in _rows(text)] == ["Violence against civilians"]  # no side fought back


def test_a_worker_killed_is_a_civilian_and_one_dead():
    text = "وقتل عامل في شركة خطوط السكك الحديدية التركية وأصيب شخص آخر في هجوم بالأسلحة في منطقة ساريكاميس شرق تركيا."
    assert [(e["actor2_en"], e["fatalities"]) for e in events(text)] == [("Civilians (Turkey)", 1)]


def test_a_killing_told_as_the_result_of_a_bombing_is_the_bombing():
    text = (
        "قالت الوكالة إن انتحاريا فجر نفسه في سوق مكتظة بمدينة مايدوجوري بشمال شرق نيجيريا اليوم الجمعة مما أدى إلى"
        " مقتل ستة أشخاص."
    )
    assert [r[1:3] for r in _rows(text)] == [("Explosions/Remote violence", "Suicide bomb")]
    text = "وأطلق مسلحون النار على حافلة في بلدة قرب الموصل، مما أدى إلى مقتل ستة أشخاص."
    assert [r[1] for r in _rows(text)] == ["Violence against civilians"]  # no weapon of remote violence told
