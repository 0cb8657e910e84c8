"""One country per list of places (helpers.extract.toponyms.lists), the verb أدى read as the place word وادي
(toponyms.evidence.verb_cue), and the stop-36 rows of the place tables (Golan, Nassib, Jerada; homographs)."""

import pytest

from helpers.extract import pipeline
from helpers.extract.toponyms import evidence, lists
from helpers.extract.toponyms.mention import PlaceMention
from helpers.resources.gazetteer import Place
from helpers.text.normalize import normalize_letters


def town(name, country, population=0):
    return Place(name, name, 0.0, 0.0, "town", country, population, "test", name)


def mention(text, word, candidates, chosen):
    start = text.index(word)
    m = PlaceMention(start, start + len(word), word, word, candidates)
    m.place = chosen
    return m


def resolved(text):
    found = pipeline.run([{"article_id": "x", "text": text}], pipeline.components_for(["places"]))[0].places
    return {m.surface: (m.place.name_en, m.place.country) for m in found if m.place is not None}


def test_a_list_member_resolved_abroad_takes_its_namesake_in_the_lists_country():
    text = "قصفت الطائرات بلدات نوى وكحيل والسهوة والمسيفرة وطفس"
    nawa_eg, nawa_sy = town("Nawa", "EG"), town("Nawa", "SY")
    members = [
        mention(text, "نوى", [nawa_sy, nawa_eg], nawa_eg),
        mention(text, "المسيفرة", [town("Al Musayfirah", "SY")], town("Al Musayfirah", "SY")),
        mention(text, "طفس", [town("Tafas", "SY")], town("Tafas", "SY")),
    ]
    lists.one_country_per_list(members, normalize_letters(text))
    assert members[0].place.country == "SY"


def test_a_name_not_in_a_list_keeps_its_choice():
    text = "قصفت الطائرات نوى ثم عادت إلى قواعدها قرب المسيفرة"
    nawa_eg, nawa_sy = town("Nawa", "EG"), town("Nawa", "SY")
    members = [
        mention(text, "نوى", [nawa_sy, nawa_eg], nawa_eg),
        mention(text, "المسيفرة", [town("Al Musayfirah", "SY")], town("Al Musayfirah", "SY")),
    ]
    lists.one_country_per_list(members, normalize_letters(text))
    assert members[0].place.country == "EG"


def test_a_list_of_two_countries_capitals_is_left_alone():
    text = "زار الوزير دمشق وعمان"
    amman = Place("عمان", "Amman", 0.0, 0.0, "capital", "JO", 4_000_000, "test", "a")
    members = [
        mention(text, "دمشق", [town("Damascus", "SY")], town("Damascus", "SY")),
        mention(text, "عمان", [amman, town("Oman village", "SY")], amman),
    ]
    lists.one_country_per_list(members, normalize_letters(text))
    assert members[1].place.country == "JO"


@pytest.mark.parametrize(
    ("gap", "joined"), [("وكحيل والسهوة وأم المياذن و", True), ("وتحاصر القوات السورية مدينة", False)]
)
def test_unnamed_members_between_two_names_continue_the_list(gap, joined):
    assert lists._unnamed_members(normalize_letters(gap)) is joined


def test_the_verb_led_to_is_no_valley_before_a_name():
    text = "وأدى إلى مقتل"
    assert evidence.verb_cue(text, (0, 4, normalize_letters(text[:4])))
    assert not evidence.verb_cue("وادي", (0, 4, "وادي"))
    assert "إلى" not in resolved("اندلعت مواجهات عنيفة وأدى إلى مقتل عشرات الفلسطينيين في غزة")


def test_the_golan_heights_nassib_crossing_and_jerada_are_places():
    assert resolved("قصفت إسرائيل مواقع في هضبة الجولان")["هضبة الجولان"] == ("Golan Heights", "SY")
    assert ("Nassib border crossing", "SY") in resolved("سيطرت القوات على معبر نصيب الحدودي").values()
    assert ("Jerada", "MA") in resolved("تظاهر المئات في مدينة جرادة شرقي المغرب").values()


def test_ordinary_words_are_no_places_and_the_town_still_is():
    assert "الشهداء" not in resolved("أسفر القصف الإسرائيلي عن سقوط عدد كبير من الشهداء")
    assert "وإن" not in resolved("سيطرت القوات على بلدتي الحراك ورخم وإن مقاتلي المعارضة وافقوا على التسوية")
    assert resolved("وقع زلزال في مدينة وان شرقي تركيا")["وان"][1] == "TR"
