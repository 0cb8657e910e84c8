"""The sides of an event as ACLED names them (helpers/extract/incidents: persons, sides, roles): persons read as
their group, army, militants or civilians; passive verbs; a speaker is no actor 2; operation names, romanised
organisations, clause fragments and facilities are no sides; a unit of the article's army is that army. Minimal
pairs through the pipeline and on the rules' own functions."""

from helpers.extract.incidents.persons import passive, patient_first, person_side, spoken, tied_group
from helpers.extract.incidents.roles import force_unit
from helpers.extract.incidents.sides import NOBODY, Party, sentence_parties
from helpers.extract.incidents.vocabulary import Trigger
from helpers.text.normalize import normalize_letters
from tests.unit.test_incidents_rules import events, only

LNA = Party(-1, -1, "الجيش الوطني الليبي", "Libyan National Army (LNA)", "named", "army", "LY")
KILL = Trigger("verb", "Violence against civilians", "Attack", "قتل", "killing", 1, "actor1", "actor1")
TAKE = Trigger("verb", "Battles", "Government regains territory", "سيطرة", "control", 2, "actor1", "actor1")


def _person(text: str, name: str, country: str = "") -> Party:
    start = text.index(name)
    return Party(start, start + len(name), name, name, "named", "person", country)


def test_a_civilian_arrested_is_civilians_not_a_person():
    event = only("اعتقلت السلطات المصرية الناشط والمدون وائل عباس في القاهرة الأربعاء.")
    assert event["actor2_en"].startswith("Civilians")


def test_a_militant_arrested_is_an_unidentified_militant_group():
    event = only("وألقت قوات الجيش الوطني الليبي القبض على الإرهابي المصري هشام عشماوي في درنة الاثنين.")
    assert event["actor2_en"] == "Unidentified Islamist militants"


def test_a_speaker_after_the_act_is_not_its_actor_2():
    event = only("وسيطر الجيش الوطني الليبي على أحياء وسط درنة الخميس، وقال أحمد المسماري إن المعركة انتهت.")
    assert event["actor2_en"] != "Ahmed al-Mismari"


def test_a_voweled_passive_verb_has_its_patient_as_actor_2():
    assert passive(normalize_letters("قُتل")) and passive(normalize_letters("اُعتقل"))
    assert not passive("قتل") and not passive(normalize_letters("قَتل"))
    text = normalize_letters("وقالت المصادر إن خاشقجي قُتل داخل القنصلية.")
    person = _person(text, "خاشقجي")
    span = (text.index("قُتل"), text.index("قُتل") + 4)
    assert patient_first(text, KILL, span, (person, NOBODY), [person]) == (NOBODY, person)


def test_a_person_before_a_killing_with_nobody_after_it_is_its_victim():
    text = "وقالت المصادر إن خاشقجي قتل داخل القنصلية."
    person = _person(text, "خاشقجي")
    span = (text.index("قتل"), text.index("قتل") + 3)
    assert patient_first(text, KILL, span, (person, NOBODY), [person]) == (NOBODY, person)
    other = "وقالت المصادر إن الرئيس سيطر على المدينة."
    ruler = _person(other, "الرئيس")
    span = (other.index("سيطر"), other.index("سيطر") + 4)
    assert patient_first(other, TAKE, span, (ruler, NOBODY), [ruler]) == (ruler, NOBODY)


def test_a_person_tied_to_a_group_is_that_group():
    text = normalize_letters("اعتقل الجيش سالم عمر، مسؤول الملف الأمني لتنظيم القاعدة في درنة.")
    person = _person(text, "سالم عمر")
    start = text.index("القاعده")
    group = Party(start, start + 7, "تنظيم القاعدة", "Al-Qaeda", "named", "armed_group")
    assert tied_group(text, person, [person, group]).english == "Al-Qaeda"
    apart = normalize_letters("اعتقل الجيش سالم عمر. وقال الجيش إن تنظيم القاعدة انسحب.")
    person = _person(apart, "سالم عمر")
    start = apart.index("القاعده")
    group = Party(start, start + 7, "تنظيم القاعدة", "Al-Qaeda", "named", "armed_group")
    assert tied_group(apart, person, [person, group]) == NOBODY


def test_an_official_of_the_armys_country_is_that_army():
    text = "وقال قائد الجيش خليفة حفتر إن قواته تتقدم."
    person = _person(text, "خليفة حفتر", "LY")
    assert person_side(text, person, "person_official", [person], (LNA, "LY", "actor1", "")).english == LNA.english
    foreign = _person(text, "خليفة حفتر", "EG")
    assert person_side(text, foreign, "person_official", [foreign], (LNA, "LY", "actor1", "")) == foreign


def test_a_person_fought_in_a_battle_gives_way_to_the_articles_side():
    text = "وحاصرت وحدات الجيش سرور جمعة في منزله."
    person = _person(text, "سرور جمعة")
    assert person_side(text, person, "person", [person], (LNA, "LY", "fought", "")) == NOBODY
    assert person_side(text, person, "person", [person], (LNA, "LY", "actor2", "")).english == "Civilians (Libya)"


def test_a_title_told_elsewhere_in_the_article_names_the_side():
    text = "وألقت قوات الجيش القبض على عشماوي في درنة."
    person = _person(text, "عشماوي", "EG")
    told = normalize_letters(" الإرهابي المصري ")
    side = person_side(text, person, "person", [person], (LNA, "LY", "actor2", told))
    assert side.english == "Unidentified Islamist militants"
    assert person_side(text, person, "person", [person], (LNA, "LY", "actor2", "")).english == "Civilians (Egypt)"


def test_a_unit_of_the_articles_army_is_that_army():
    unit = Party(0, 5, "القوات الخاصة الليبية", "Libyan Special Forces", "named", "army", "LY")
    assert force_unit(unit, LNA)
    assert not force_unit(unit._replace(country="EG"), LNA)
    assert not force_unit(unit._replace(english="Libyan Police", name="الشرطة الليبية"), LNA)


def test_a_speech_verb_before_a_name_makes_it_the_teller():
    text = "وسيطر الجيش على درنة، وقال المسماري إن المعركة انتهت."
    assert spoken(text, _person(text, "المسماري"))
    assert not spoken(text, _person(text, "درنة"))


def _named(text: str, surface: str, english: str, actor_type: str) -> Party:
    start = text.index(surface)
    return Party(start, start + len(surface), surface, english, "named", actor_type)


def test_an_operation_name_stands_for_the_forces_before_it():
    text = 'كشف الجيش المصري نتائج العملية الشاملة "سيناء 2018" معلنا مقتل 52 تكفيريا.'
    norm = normalize_letters(text)
    army = _named(text, "الجيش المصري", "Military Forces of Egypt", "army")
    operation = _named(text, "سيناء 2018", "سيناء 2018", "other")
    found = sentence_parties(text, norm, 0, len(text), [army, operation], [])
    assert [p.english for p in found if p.start == operation.start] == ["Military Forces of Egypt"]


def test_a_romanised_organisation_is_no_side_and_a_fragment_is_cut():
    text = "وهاجمت ميليشيا ليبية شن هجمات المنشآت، واعتقلت بوك الصحفي."
    norm = normalize_letters(text)
    fragment = _named(text, "ميليشيا ليبية شن هجمات", "ميليشيا ليبية شن هجمات", "armed_group")
    outlet = _named(text, "بوك", "بوك", "organisation")
    names = [p.name for p in sentence_parties(text, norm, 0, len(text), [fragment, outlet], [])]
    assert "ميليشيا ليبية" in names and "بوك" not in names and fragment.name not in names


def test_a_facility_named_after_forces_is_no_side():
    text = "وسيطر الجيش على كلية الشرطة في درنة."
    norm = normalize_letters(text)
    assert not [p for p in sentence_parties(text, norm, 0, len(text), [], []) if "الشرطة" in p.name]
    text = "وهاجم مسلحون مقر الشرطة في درنة."
    norm = normalize_letters(text)
    assert [p for p in sentence_parties(text, norm, 0, len(text), [], []) if "الشرطة" in p.name]


def test_a_militia_led_by_a_person_is_acled_s_militia_of_that_person():
    text = "وهاجمت ميليشيات، يقودها إبراهيم الجضران، موانئ المنطقة النفطية."
    norm = normalize_letters(text)
    leader = _named(text, "إبراهيم الجضران", "Ibrahim Jadhran", "person")
    found = sentence_parties(text, norm, 0, len(text), [leader], [])
    assert "Militia (Ibrahim Jadhran)" in [p.english for p in found]
    army = "وهاجم الجيش الليبي بقيادة خليفة حفتر موانئ المنطقة النفطية."
    leader = _named(army, "خليفة حفتر", "Khalifa Haftar", "person")
    found = sentence_parties(army, normalize_letters(army), 0, len(army), [leader], [])
    assert not [p for p in found if p.english.startswith("Militia")]


def test_an_indefinite_armed_noun_before_ala_is_the_verbs_subject():
    text = "بينما يواصل الجيش الليبي معركة درنة ضد تنظيم القاعدة، سيطرت ميليشيات على ميناء راس لانوف الخميس."
    taken = [e for e in events(text) if e["trigger"] == "سيطرت"]
    assert taken and taken[0]["actor2_en"] != taken[0]["actor1_en"]


def test_a_lone_named_person_is_no_doer_of_a_strike():
    text = "وعزى الملك سالم الحمدان أسر الضحايا بعد التفجير."
    person = _person(text, "سالم الحمدان", "SA")
    assert person_side(text, person, "person_official", [person], (LNA, "LY", "attacker", "")) == NOBODY
    assert person_side(text, person, "person", [person], (LNA, "LY", "attacker", "")) == NOBODY
    assert person_side(text, person, "person", [person], (LNA, "LY", "actor1", "")) == person


def test_a_branch_of_a_states_military_struck_is_that_states_military_forces():
    found = events("وقصفت الطائرات التركية مواقع للقوات الخاصة السورية قرب الحدود.")
    assert [e["actor2_en"] for e in found] == ["Military Forces of Syria"]
