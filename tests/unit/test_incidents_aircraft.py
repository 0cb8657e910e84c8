"""A bombardment by planes is an air strike (helpers/extract/incidents/aircraft.py): minimal pairs."""

from helpers.extract.incidents.aircraft import by_aircraft
from helpers.extract.incidents.kinds import by_weapon_or_death
from helpers.extract.incidents.vocabulary import trigger_table
from helpers.text.normalize import normalize_letters

SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
AIR = ("Explosions/Remote violence", "Air/drone strike")


def kind(sentence: str, form: str) -> tuple[str, str]:
    norm = normalize_letters(sentence)
    return by_weapon_or_death(norm, (0, len(norm)), trigger_table()[normalize_letters(form)], SHELLING, None)


def test_planes_after_the_verb_make_an_air_strike():
    assert kind("قصفت طائرات التحالف مواقع الدفاع الجوي في الحديدة", "قصفت") == AIR
    assert kind("قصفت مدفعية الجيش مواقع الدفاع الجوي في الحديدة", "قصفت") == SHELLING


def test_planes_before_the_verb_make_an_air_strike():
    assert kind("وكان طيران التحالف قصف مزرعة في الدريهمي", "قصف") == AIR
    assert kind("وكان الجيش قصف مزرعة في الدريهمي", "قصف") == SHELLING


def test_a_genitive_of_planes_after_the_noun_makes_an_air_strike():
    assert kind("قتل ثمانية مدنيين في قصف للطائرات الحربية التركية على قنديل", "قصف") == AIR
    assert kind("قتل ثمانية مدنيين في قصف للمدفعية التركية على قنديل", "قصف") == SHELLING


def test_planes_in_another_clause_or_beside_a_ground_weapon_do_not_count():
    assert kind("حلقت الطائرات فوق المدينة، وقصف الجيش مواقع المسلحين", "قصف") == SHELLING
    assert kind("قصفت الطائرات والمدفعية مواقع المسلحين", "قصفت") == SHELLING


def test_civil_aviation_and_anti_aircraft_guns_are_no_planes():
    norm = normalize_letters("قصف مطار الطيران المدني بمضادات الطائرات")
    assert not by_aircraft(norm, (0, 3), (0, len(norm)), "shelling")
    assert by_aircraft(normalize_letters("قصف الطيران الحربي المطار"), (0, 3), (0, 25), "shelling")


def test_planes_after_the_object_are_the_target_not_the_doer():
    assert kind("قصفت طائرات حربية تركية قرية في قنديل", "قصفت") == AIR
    assert kind("قصف مسلحون حظيرة الطائرات في مطار معيتيقة بطرابلس", "قصف") == SHELLING
    assert kind("سمعت انفجارات جراء القصف المكثف لطيران التحالف", "القصف") == AIR
