"""Stop 48: who fought and how many died. A bare المقاومة before a participle of allegiance or backing is the
Yemeni resistance (actors.bare_sides); actors told as backing the subject before its verb do not act
(backing.backers_dropped); a weapon right after إنّ has its owner as the verb's subject (clause_cues.possessed,
topic); mines left by a side (ألغام تركها الحوثيون) were laid by it (clauses._RELATIVE_LIGHT); duals whose plural is
broken (ضابطين، قتيلين) count two (tolls); an indefinite noun right after a killing verb, with only a preposition's
party after it, is the dead (sides). Minimal pairs through the pipeline; each first assertion fails on the code of
stop 47. The ally told after the side a place was freed from is not the loser (backing.joined_ally)."""

from tests.unit.test_incidents_rules import events


def _rows(text: str, trigger: str) -> list[tuple[str, str, int | None]]:
    return [(e["actor1_en"], e["actor2_en"], e["fatalities"]) for e in events(text) if e["trigger"].startswith(trigger)]


def test_the_resistance_loyal_to_the_president_is_a_side_of_the_battle():
    text = "تحتدم المعارك بين المقاومة الموالية للرئيس هادي والحوثيين في مدينة تعز."
    assert [r[:2] for r in _rows(text, "معارك")] == [("Yemeni Resistance", "Houthis (Ansar Allah)")]
    text = "تحتدم المعارك بين المقاومة الفلسطينية والجيش الإسرائيلي في غزة."
    assert all(r[0] != "Yemeni Resistance" for r in _rows(text, "معارك"))


def test_the_forces_that_back_the_subject_do_not_take_the_place():
    text = "وكانت المقاومة المسنودة بقوات الجيش الوطني وطيران التحالف قد سيطرت على وادي عقان بعد معارك مع الحوثيين."
    assert [r[0] for r in _rows(text, "سيطرت")] == ["Yemeni Resistance"]
    text = "قال مصدر إن المقاومة المسنودة بقوات من الجيش الوطني بسطت سيطرتها على مواقع جنوب مأرب بعد معارك مع الحوثيين."
    assert [r[0] for r in _rows(text, "بسطت")] == ["Yemeni Resistance"]


def test_tanks_after_inna_shell_for_their_owner():
    text = (
        "وفي جبهة الضالع، قالت مصادر في المقاومة الشعبية إن دبابات المقاومة الشعبية الجنوبية في الضالع قصفت "
        "ميليشيات الحوثي التي تحاول الوصول إلى الشريط الحدودي."
    )
    assert [r[:2] for r in _rows(text, "قصفت")] == [("Yemeni Resistance", "Houthis (Ansar Allah)")]


def test_mines_left_by_a_side_were_laid_by_it():
    text = "وقال المسؤول إن مدنيين قتلوا بانفجار الغام ارضية تركها الحوثيون، لدى عودتهم لتفقد منازلهم في زنجبار."
    assert [r[0] for r in _rows(text, "انفجار")] == ["Houthis (Ansar Allah)"]


def test_a_dual_with_a_broken_plural_counts_two_dead():
    text = "وشن مسلحون أكراد هجوما على مركز شرطة جنوب تركيا أمس مما أسفر عن مقتل ضابطين."
    assert [r[2] for r in _rows(text, "هجوما")] == [2]
    text = "وقعت عملية انتحارية استهدفت مركزا للدرك وأوقعت قتيلين و24 جريحا ونسبت إلى متمردي حزب العمال الكردستاني."
    assert [r[2] for r in _rows(text, "عملية انتحارية")] == [2]
    text = "وشن مسلحون أكراد هجوما على مركز شرطة جنوب تركيا أمس مما أسفر عن مقتل مدنيين."
    assert [r[2] for r in _rows(text, "هجوما")] != [2]  # مدنيين is a plural as well as a dual: no count


def test_a_soldier_killed_in_an_attack_of_a_party_is_the_dead_not_the_killer():
    text = "وقتل جندي تركي وآخر في هجوم للحزب."
    assert [r[:2] for r in _rows(text, "قتل")] == [("", "Military Forces of Turkey")]


def test_the_ally_told_after_the_side_a_place_was_freed_from_is_not_the_loser():
    text = (
        "أكد قائد المنطقة العسكرية الرابعة أن الحياة بدأت تعود إلى طبيعتها في عدن، بعد تحريرها من ميليشيات الحوثي "
        "المتمردة وقوات صالح."
    )
    assert [r[1] for r in _rows(text, "تحريرها")] == ["Houthis (Ansar Allah)"]
