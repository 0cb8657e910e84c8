"""The event table's third-pass rules, as minimal pairs through the pipeline: names (nationality-named forces, a
strike told with its nationality, a country as a side of violence), actor 2 (exposed and passive victims), sides
that are not sides (a leader in a relative clause, a source, a speaker), figurative attacks, source scale."""

from helpers.extract.incidents.naming import country_label
from tests.unit.test_incidents_rules import events, only


def test_soldiers_with_a_nationality_are_that_countrys_forces():
    assert only("وقتل مسلحون ثلاثة جنود إسرائيليين في غزة الخميس.")["actor2_en"] == "Military Forces of Israel"
    assert only("وقتل مسلحون ثلاثة جنود في غزة الخميس.")["actor2_en"] == "military forces"


def test_a_strike_told_with_its_nationality_is_that_countrys():
    assert only("ونفذت غارة جوية أمريكية على قرية السوسة في دير الزور الخميس.")["actor1_en"] == (
        "Military Forces of the United States"
    )
    assert only("ونفذت غارة جوية على قرية السوسة في دير الزور الخميس.")["actor1_en"] == ""


def test_a_country_striking_is_its_military():
    event = only("وشنت الولايات المتحدة ضربات جوية على مواقع في دمشق الخميس.")
    assert event["actor1_en"] == "Military Forces of the United States"


def test_the_side_exposed_to_an_attack_is_actor2_and_its_agent_actor1():
    event = only("وتعرض مسلحون لهجوم من القوات الحكومية السورية في دير الزور الخميس.")
    assert (event["actor1_en"], event["actor2"]) == ("Military Forces of Syria", "مسلحون")
    assert events("وتوجه مسلحون لهجوم القوات الحكومية السورية في دير الزور الخميس.") == []


def test_victims_told_before_the_bomb_that_hurt_them_are_actor2():
    event = only("وجرح أربعة جنود إسرائيليين بتفجير عبوة ناسفة قرب السياج في غزة الخميس.")
    assert (event["actor1"], event["actor2_en"]) == ("", "Military Forces of Israel")


def test_a_leader_in_a_relative_clause_is_not_a_side():
    assert only("واستهدف الجيش الموقع الذي تقوده حركة حماس في غزة الخميس.")["actor2"] == ""
    assert only("واستهدف الجيش الموقع الذي تسكنه حركة حماس في غزة الخميس.")["actor2"] == "حركة حماس"


def test_a_noun_with_a_pronoun_suffix_has_its_owner_before_it():
    event = only("وجدد الجيش الإسرائيلي غاراته مستهدفا حركة حماس في غزة السبت.")
    assert (event["actor1_en"], event["actor2_en"]) == ("Military Forces of Israel", "Hamas")


def test_the_speaker_before_reported_words_is_not_a_dropped_subject():
    event = only("وقالت الشرطة في إندونيسيا إن انتحاريين هاجموا ثلاث كنائس في سورابايا الأحد.")
    assert event["actor1"] == "انتحاريين"
    event = only("وقالت الشرطة في إندونيسيا بعد أن هاجموا ثلاث كنائس في سورابايا الأحد.")
    assert event["actor1"] != "انتحاريين"


def test_a_source_named_before_a_noun_is_not_its_actor():
    assert only("وبحسب الجيش فإن الهجمات استهدفت درنة الخميس.")["actor1"] == ""


def test_a_verbal_attack_is_not_an_event():
    assert events("وشن الرئيس هجوما لاذعا على المعارضة في أنقرة.") == []
    assert len(events("وشن مسلحون هجوما على المعارضة في أنقرة.")) == 1


def test_speech_after_the_verb_hajama_makes_it_verbal_unless_a_weapon_is_named():
    assert events("وهاجم الوزير المعارضة بشدة في أنقرة الخميس.") == []
    assert len(events("وهاجم مسلحون المعارضة بشدة بالرصاص في أنقرة الخميس.")) == 1


def test_attacks_on_critics_and_a_war_on_corruption_are_words():
    assert events("وقال أردوغان إن هجماتهم على المنتقدين لن تتوقف في أنقرة.") == []
    assert events("وأعلن الرئيس الحرب على الفساد في أنقرة.") == []


def test_the_source_scale_joins_the_named_source_and_the_outlet():
    event = only("قال المتحدث باسم الجيش الليبي أحمد المسماري إن الجيش سيطر على حي شيحة في درنة الخميس.")
    assert event["source_scale"] == "National-Regional"
    assert only("قتل مسلحون خمسة مدنيين في درنة الخميس.")["source_scale"] == "Regional"


def test_an_unnamed_opponent_of_the_articles_army_is_its_armed_group():
    taken = " وسيطر الجيش الوطني الليبي على حي المغار في درنة الخميس."
    battle = next(e for e in events("أعلن الجيش بدء عملية ضد تنظيم القاعدة." + taken) if e["event_type"] == "Battles")
    assert battle["actor2_en"] == "Al-Qaeda"
    battle = next(e for e in events("أعلن الجيش بدء عملية." + taken) if e["event_type"] == "Battles")
    assert battle["actor2_en"] == ""


def test_a_killed_leader_named_after_his_title_is_not_who_fought():
    text = "وأعلن الجيش عن مقتل زعيم القاعدة في المدينة عطية الشاعري، خلال اشتباكات مع المتشددين في درنة."
    assert all(e["actor1"] != "عطية الشاعري" for e in events(text))


def test_an_unnamed_side_fighting_a_named_one_is_the_articles_army():
    taken = " ودارت اشتباكات مع تنظيم القاعدة في درنة الخميس."
    assert only("وتقدم الجيش الوطني الليبي في درنة." + taken)["actor1_en"] == "Libyan National Army (LNA)"
    assert only("وتقدمت الوحدات في درنة." + taken)["actor1_en"] == ""


def test_a_person_speaking_is_not_the_actor_of_the_battle_he_tells():
    said = 'وأضاف المسماري: "تقدمت وحداتنا المقاتلة في معركة درنة".'
    assert only(said)["actor1"] == ""
    told = "وتقدم المسماري في معركة درنة."
    assert only(told)["actor1"] != ""


def test_generic_army_is_never_resolved_to_the_police():
    event = only("وذكرت مصادر أن الجيش سيطر على معسكر الشرطة في درنة الخميس.")
    assert (event["actor1"], event["actor2_en"]) == ("الجيش", "Police Forces of Libya")


def test_a_subject_with_its_adjective_right_before_the_verb_is_its_subject():
    told = "تقدم الجيش الوطني الليبي في درنة. وذكرت مصادر أن الجيش الوطني سيطر على معسكر الشرطة في درنة الخميس."
    assert only(told)["actor1_en"] == "Libyan National Army (LNA)"


def test_named_civilians_are_victims_not_killers():
    event = only("وتشير الأنباء إلى أن عددا من المدنيين السوريين قتلوا جراء الغارة في دير الزور الخميس.")
    assert (event["actor1"], event["actor2_en"]) == ("", "Civilians (Syria)")


def test_actors_in_a_relative_clause_are_not_sides_and_a_country_after_a_light_verb_acts():
    event = only("كما نفذ العراق، الذي حررت أراضيه من تنظيم الدولة، ضربات جوية على مناطق في سوريا الخميس.")
    assert event["actor1_en"] == "Military Forces of Iraq"
    event = only("كما نفذت طائرات ضربات جوية على مناطق في العراق الخميس.")
    assert event["actor1_en"] == ""


def test_one_strike_told_by_its_town_and_by_its_country_is_one_event():
    town = "ونفذت غارة جوية أمريكية على قرية السوسة في دير الزور الخميس."
    assert len(events(town + " وقال مسؤول إن غارة جوية أمريكية نفذت في سوريا الخميس.")) == 1
    assert len(events(town + " وقال مسؤول إن غارة جوية أمريكية نفذت في سوريا الأحد.")) == 2


def test_a_country_as_the_place_takes_acleds_short_name():
    """ACLED's short name (Syria, not Syrian Arab Republic); a country alone is no event place (``where``)."""
    assert country_label("SY") == "Syria"
    assert only("وشنت إسرائيل غارات جوية على مواقع في سوريا الخميس.")["location_en"] == ""
