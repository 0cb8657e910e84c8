"""Institutions and states as actors (helpers/extract/actors/institutions.py)."""

from helpers.extract.actors.institutions import institution_mentions, state_mentions
from helpers.resources.actor_tables import institution_heads
from helpers.text.normalize import normalize_letters


def found(text: str) -> list[tuple[str, str, str, str, str]]:
    norm = normalize_letters(text)
    mentions = institution_mentions(text, norm, 0, len(text)) + state_mentions(text, norm, 0, len(text))
    return [(m.surface, m.canonical, m.english, m.country, m.acled_type) for m in mentions]


def test_head_with_a_nationality_is_a_state_force_of_that_country():
    assert found("قالت الشرطة المصرية إن") == [
        ("الشرطة المصرية", "الشرطة المصرية", "Egyptian Police", "EG", "state_forces")
    ]


def test_an_indefinite_head_with_a_nationality_gets_the_definite_canonical_name():
    assert found("أصدرت محكمة مصرية حكما")[0][1:4] == ("المحكمة المصرية", "Egyptian Court", "EG")


def test_the_adjective_agrees_with_the_canonical_head_not_the_matched_word():
    assert found("نجح الأمن المصري")[0][1] == "قوات الأمن المصرية"


def test_a_ministry_with_its_portfolio_and_nationality():
    assert found("وقالت وزارة الخارجية التركية")[0][1:4] == ("وزارة الخارجية التركية", "Turkish Foreign Ministry", "TR")


def test_a_head_followed_by_a_place_names_that_places_institution():
    assert found("ذكرت شرطة دبي")[0][1:4] == ("شرطة دبي", "Dubai Police", "AE")


def test_a_definite_head_with_in_and_a_country_takes_the_countrys_adjective():
    assert found("قالت السلطات في مصر")[0][0:4] == ("السلطات", "السلطات المصرية", "Egyptian Authorities", "EG")


def test_a_bare_head_marked_bare_is_an_actor_without_a_country():
    assert found("وقال البرلمان إن") == [("البرلمان", "البرلمان", "Parliament", "", "government")]


def test_a_bare_head_not_marked_bare_is_no_actor():
    assert institution_heads()["الاداره"].bare is False
    assert found("وقالت الإدارة إن") == []


def test_a_head_with_another_adjective_is_not_the_bare_institution():
    assert found("لافتة المحكمة الإسلامية") == []


def test_a_ministry_named_in_a_persons_office_is_not_an_institution_actor():
    assert found("وقال وزير الخارجية المصري") == []


def test_a_named_institution_in_the_alias_table_becomes_that_actor():
    text = "وقال مجلس النواب الليبي"
    mention = institution_mentions(text, normalize_letters(text), 0, len(text))[0]
    assert (mention.actor_id, mention.source) == ("hor", "alias")


def test_air_force_is_an_actor_alone():
    assert found("قصف سلاح الجو مواقع")[0][1:3] == ("سلاح الجو", "Air Force")


def test_foreign_forces_are_external_forces():
    assert found("انسحبت القوات الأجنبية")[0][4] == "external_forces"


def test_a_country_after_a_speech_verb_is_a_state():
    assert found("وقالت ألمانيا إن") == [("ألمانيا", "ألمانيا", "Germany", "DE", "state")]


def test_a_country_opening_a_headline_before_a_verb_is_a_state():
    assert found("اليونان تنفي مبادلة جنود")[0][3:] == ("GR", "state")


def test_a_country_as_a_place_is_no_state():
    assert found("وصل الوفد إلى ألمانيا أمس") == []


def test_civilians_with_a_nationality_take_the_plural_adjective():
    assert found("ضد المدنيين الليبيين في")[0][1:5] == ("المدنيون الليبيون", "Libyan Civilians", "LY", "civilians")


def test_protesters_are_an_actor_alone():
    assert found("وردد المتظاهرون هتافات")[0][4] == "protesters"


def test_a_count_of_civilians_is_no_actor():
    assert found("قتل 9 مدنيين") == []


def test_the_men_of_security_are_the_security_forces_not_men_and_a_force():
    assert [f[:3] for f in found("وأصيب ثلاثة من رجال الأمن في الهجوم")] == [
        ("رجال الأمن", "قوات الأمن", "Security Forces")
    ]


def test_war_planes_with_a_nationality_are_that_countrys_air_force():
    assert found("وقصفت الطائرات التركية مواقع قرب الحدود")[0][2:4] == ("Turkish Air Force", "TR")
    assert found("وقصفت المقاتلات الإسرائيلية مواقع في غزة")[0][2:4] == ("Israeli Air Force", "IL")
    assert found("وقصفت الطائرات مواقع في المدينة") == []  # no nationality: no country's force


def test_indefinite_warplanes_told_with_a_nationality_are_that_countrys_air_force():
    (plane,) = found("وأغارت مقاتلات حربية فرنسية على مخازن سلاح")
    assert plane[1:4] == ("الطائرات الحربية الفرنسية", "French Air Force", "FR")


def test_protesters_in_the_city_of_a_town_are_that_towns_not_medinas():
    """«المتظاهرين في مدينة البصرة» was «Medina Protesters» (Saudi Arabia): مدينة is the kind of place."""
    (mention,) = found("وتجمع المتظاهرون في مدينة البصرة أمس")
    assert mention[1:3] == ("المتظاهرون في البصرة", "Basrah Protesters")


def test_a_state_is_glossed_by_its_short_english_name():
    """Iran, not the gazetteer's «Iran, Islamic Republic of»; Turkey, not «Türkiye» (acled_countries.csv)."""
    assert found("وقال برلمان إيران")[0][2:4] == ("Iran Parliament", "IR")
    assert found("وقالت حكومة تركيا")[0][2:4] == ("Turkey Government", "TR")


def test_a_place_name_that_is_an_ordinary_word_does_not_name_the_institution():
    """قوات أمن is security forces, not the forces of Emmen (NL); حكومة دولة is a state's, not Dhulia's (IN);
    its neighbour with a real place still names the institution's place."""
    assert not [m for m in found("وقالت قوات أمن إن") if m[3] == "NL"]
    assert not [m for m in found("وقالت حكومة دولة إن") if m[3] == "IN"]
    assert found("ذكرت شرطة دبي")[0][3] == "AE"
