"""Members of a side (helpers/extract/incidents/members, read by ranker_naming and sides): the dead counted by a
member word before a group are its men, policemen counted are the police, مسلح after an act noun is its adjective.
Minimal sentences through the pipeline; each fails on the code of stop 25."""

from tests.unit.test_incidents_rules import events


def _sides(text: str, trigger: str) -> list[tuple[str, str]]:
    return [(e["actor1_en"], e["actor2_en"]) for e in events(text) if e["trigger"].startswith(trigger)]


def test_the_dead_counted_as_members_of_a_group_are_its_men():
    text = "وقتل 15 عنصرا من داعش خلال كمين للجيش العراقي قرب الفلوجة أمس."
    assert _sides(text, "كمين") == [("Military Forces of Iraq", "Islamic State (ISIS)")]


def test_a_leader_told_with_the_groups_adjective_is_its_man():
    text = "ولقي قيادي حوثي بارز مصرعه في غارة للتحالف العربي على صعدة أمس."
    assert _sides(text, "غارة") == [("Saudi-led coalition", "Houthis (Ansar Allah)")]


def test_policemen_counted_among_the_dead_are_the_police_of_their_country():
    assert _sides("وقتل شرطيان في هجوم مسلح على دورية في العريش أمس.", "قتل")[0][1] == "Police Forces of Egypt"
    assert _sides("وقتل شرطي تركي ومدني في هجوم قرب الحدود أمس.", "قتل")[0][1] == "Police Forces of Turkey"


def test_armed_after_an_act_noun_is_the_acts_adjective_not_a_side():
    found = _sides("وأدى اشتباك مسلح أمس إلى مقتل ثلاثة أشخاص في ريف درعا.", "اشتباك")
    assert found and "Unidentified armed group" not in found[0]


def test_armed_after_a_definite_act_noun_is_its_doer():
    """الهجوم المسلح is the adjective's definite form: in «نفذ الهجوم مسلح» مسلح is the subject (after review)."""
    rows = events("ونفذ الهجوم مسلح يرتدي حزاما ناسفا في المسجد.")
    assert rows and rows[0]["actor1_en"] == "Unidentified armed group"


def test_a_side_told_among_the_dead_before_an_act_noun_is_its_actor_2():
    text = "قتل خمسة جنود عراقيين خلال يومين من المعارك في الأنبار."
    assert _sides(text, "معارك") == [("", "Military Forces of Iraq")]
    text = "وقالت الوكالة إن نحو 80 مقاتلا من حزب العمال الكردستاني قتلوا خلال أسبوع من الغارات التركية على قواعدهم."
    assert _sides(text, "غارات") == [("Military Forces of Turkey", "Kurdistan Workers' Party (PKK)")]
    text = "قتل الجيش 10 مسلحين خلال اشتباكات في سيناء."  # a subject before its object: it kills
    assert _sides(text, "اشتباكات") == [("military forces", "Unidentified armed group")]
    text = "وأعلن الجيش الليبي مقتل قائدهم في المدينة بعد أسابيع من المعارك مع تنظيم القاعدة."  # who announces
    assert _sides(text, "معارك")[0][0] == "Libyan National Army (LNA)"


def test_the_condemner_of_an_act_is_no_side_of_it():
    assert _sides("أدان مجلس الوزراء تفجير مسجد قوات الأمن في أبها أمس.", "تفجير")[0][0] == ""


def test_a_side_killed_in_an_attack_is_its_victim_not_its_doer():
    text = "ولقي ستة من رجال الأمن مصرعهم في هجوم انتحاري على حاجز قرب المدينة."
    assert _sides(text, "هجوم") == [("", "Security Forces")]  # not the security forces' own attack


def test_a_former_policeman_killed_is_a_civilian():
    assert _sides("قتل شرطي سابق برصاص مسلحين مجهولين أمام منزله في بنغازي.", "قتل")[0][1] == "Civilians (Libya)"


def test_a_battles_opponent_named_after_it_keeps_both_sides():
    """After review of s27: خلال اشتباكات مع X names both sides; a ل-genitive doer (هجوم للمقاومة) stays the rule's."""
    text = "قتل 4 جنود عراقيين خلال اشتباكات مع تنظيم داعش قرب تكريت."
    assert _sides(text, "اشتباكات") == [("Military Forces of Iraq", "Islamic State (ISIS)")]


def test_the_dead_told_as_the_attackers_are_its_doer_not_its_victim():
    """After review of s27: انتحاريين، هجومهم، هجوم شنوه: the dead attacked."""
    assert _sides("قتل أربعة انتحاريين خلال هجوم على كمين قرب الحدود.", "كمين") == [("Unidentified armed group", "")]
    assert _sides("قتل 3 مسلحين خلال هجومهم على كمين في رفح.", "كمين") == [("Unidentified armed group", "")]
    assert _sides("قتل 3 مسلحين خلال هجوم شنوه على كمين في رفح.", "كمين") == [("Unidentified armed group", "")]


def test_a_condemner_referred_to_after_the_act_is_its_victim():
    """After review of s27: أدان الجيش الهجوم على دورية تابعة له: the army is actor 2, the row is kept."""
    text = "أدان الجيش الأردني الهجوم على دورية تابعة له قرب الحدود السورية."
    assert _sides(text, "هجوم") == [("", "Military Forces of Jordan")]
    assert _sides("أدان الجيش اللبناني الهجوم على جنوده في بلدة عرسال.", "هجوم") == [("", "Military Forces of Lebanon")]


def test_policemen_killed_earlier_or_beside_a_former_one_are_the_police():
    """After review of s27: سابقا after a nominative is "earlier"; a serving policeman among the dead."""
    assert _sides("وقتل شرطيان سابقا في هجوم مماثل على حاجز في بنغازي.", "قتل")[0][1] == "Police Forces of Libya"
    assert _sides("قتل شرطي سابق وشرطي آخر في هجوم مسلح في بنغازي.", "قتل")[0][1] == "Police Forces of Libya"


def test_the_dead_members_first_in_a_list_of_dead_are_their_groups_men():
    text = "فجر انتحاري نفسه داخل مسجد في أبها، ونتج عن الحادثة مقتل 12 من رجال الأمن، وثلاثة من العاملين في الموقع."
    assert _sides(text, "انتحاري") == [("Unidentified armed group", "Police Forces of Saudi Arabia")]


def test_an_ambush_told_armed_has_its_adjective_not_a_side():
    for text in ("وقتل جنديان في كمين مسلح قرب مأرب أمس.", "وتعرضت دورية لكمين مسلح في أبين أمس."):
        assert all("مسلح" not in e["actor1"] + e["actor2"] for e in events(text) if e["trigger"].endswith("كمين"))


def test_people_held_to_belong_to_a_group_are_that_group_not_civilians():
    text = "واعتقلت الشرطة العراقية ستة أشخاص يشتبه في انتمائهم إلى تنظيم داعش في كركوك أمس."
    assert _sides(text, "اعتقلت") == [("Police Forces of Iraq", "Islamic State (ISIS)")]
    text = "واعتقلت قوات الأمن التركية 20 شخصا مشتبها بانتمائهم لحزب العمال الكردستاني في أضنة أمس."
    assert _sides(text, "اعتقلت")[0][1] == "Kurdistan Workers' Party (PKK)"


def test_the_side_told_dead_before_an_ambush_by_another_is_its_target():
    text = "ولقي ثلاثة جنود مصرعهم في كمين لمسلحي القاعدة في أبين أمس."
    assert _sides(text, "كمين") == [("Al-Qaeda", "military forces")]


def test_a_side_that_owns_the_dead_of_a_death_noun_lost_him_and_did_not_kill_him():
    text = "واعترفت حركة الشباب بمقتل قائدها في هجوم بطائرة أمريكية بدون طيار جنوب الصومال."
    assert _sides(text, "مقتل") == [("Military Forces of the United States", "Al Shabaab")]


def test_the_finder_of_bodies_did_not_kill_them_and_the_dead_keep_their_side():
    text = "عثرت الشرطة العراقية على جثث ثلاثة عناصر من قوات الصحوة غرب بغداد أمس."
    assert [pair for pair in _sides(text, "عثرت")] == [("", "Sahwa Militia")]


def test_a_side_told_right_before_a_plural_killing_verb_with_no_object_is_the_dead_not_the_killer():
    text = "وأفادت مصادر بأن العشرات من المسلحين الحوثيين قتلوا في أحياء من تعز خلال مواجهتهم مع المقاومة الشعبية."
    rows = [(e["actor1_en"], e["actor2_en"]) for e in events(text) if e["trigger"] == "قتلوا"]
    assert rows == [("Yemeni Resistance", "Houthis (Ansar Allah)")]
    text = "وأفادت مصادر بأن المسلحين الحوثيين قتلوا 12 مدنيا في تعز أمس."  # an object: the side before kills
    rows = [(e["actor1_en"], e["actor2_en"]) for e in events(text) if e["trigger"] == "قتلوا"]
    assert rows == [("Houthis (Ansar Allah)", "Civilians (Yemen)")]


def test_the_dead_told_between_laqiya_and_a_death_noun_with_an_agent_are_its_victims():
    text = "لقي قيادي حوثي بارز وعشرة من مرافقيه مصرعهم الأحد على يد المقاومة الشعبية في الضالع."
    assert _sides(text, "مصرع") == [("Yemeni Resistance", "Houthis (Ansar Allah)")]


def test_a_side_before_a_plural_killing_verb_with_a_counted_object_after_a_time_word_killed_them():
    text = "وأضاف أن مسلحي داعش قتلوا فجر اليوم 7 من عناصر الحشد الشعبي في هجوم على بيجي."
    rows = [(e["actor1_en"], e["actor2_en"]) for e in events(text) if e["trigger"] == "قتلوا"]
    assert rows == [("Islamic State (ISIS)", "Popular Mobilization Forces (PMF)")]


def test_laqiya_in_another_sense_before_a_death_noun_names_no_victim():
    text = "لقيت دعوات الحكومة ترحيبا بعد مقتله برصاص مسلحين مجهولين في بنغازي."
    assert [pair for pair in _sides(text, "مقتل")] == [("Unidentified armed group", "")]
