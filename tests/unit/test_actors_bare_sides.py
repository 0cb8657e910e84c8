"""A war's sides told by a bare noun (helpers/extract/actors/bare_sides): the coalition and the resistance are
the ones the article names, else those of the war it tells (the Houthis: the Yemen war; the Islamic State: the
US-led coalition's war); another body with an adjective, or no war told, is no side."""

from helpers.extract.actors.bare_sides import bare_side_mentions
from helpers.text.normalize import normalize_letters
from tests.unit.test_incidents_rules import events


def _bare(text: str) -> list[str]:
    return [m.extra["side"] for m in bare_side_mentions(text, normalize_letters(text), 0, len(text))]


def _actors(text: str, trigger: str) -> list[tuple[str, str]]:
    return [(e["actor1_en"], e["actor2_en"]) for e in events(text) if e["trigger"].startswith(trigger)]


def test_a_bare_coalition_or_resistance_is_a_mention_and_one_with_an_adjective_is_not():
    assert _bare("وقصفت طائرات التحالف مواقع في المدينة") == ["coalition"]
    assert _bare("وتقدمت المقاومة اليوم نحو الميناء") == ["resistance"]
    assert _bare("وانسحب الحزب من التحالف الوطني") == []
    assert _bare("وأشادت الفصائل بالمقاومة الفلسطينية") == []


def test_the_coalition_planes_in_a_story_of_the_houthis_are_the_saudi_led_coalition():
    text = "وتواصل جماعة الحوثي حصار المدينة. وشنت طائرات التحالف غارات على مواقع للمتمردين في مديرية صرواح."
    assert _actors(text, "غارات")[0][0] == "Saudi-led coalition"


def test_the_coalition_planes_in_a_story_of_the_islamic_state_are_the_us_led_coalition():
    text = "وأعلن تنظيم داعش مسؤوليته عن التفجير. وقصف طيران التحالف مواقع للتنظيم قرب الموصل."
    assert _actors(text, "قصف")[0][0].startswith("Global Coalition Against Daesh")


def test_the_resistance_in_a_story_of_the_houthis_is_the_yemeni_resistance():
    text = "وتواصل جماعة الحوثي حصار المدينة. وسيطرت المقاومة على مواقع جديدة في مديرية الصبيحة."
    assert _actors(text, "سيطرت")[0][0] == "Yemeni Resistance"


def test_a_bare_coalition_in_a_story_of_no_war_is_no_side():
    text = "وقصفت طائرات التحالف مواقع في المدينة."
    assert all(a1 == "" for a1, _ in _actors(text, "قصفت"))


def test_a_bloc_or_a_camp_is_no_war_side_and_a_definite_object_is_no_adjective():
    assert _bare("وهاجم أنصار التحالف مقر المفوضية في البصرة") == []
    assert _bare("وهدد محور المقاومة بالرد") == []
    assert _bare("واستهدف التحالف الحوثيين في صعدة") == ["coalition"]


def test_the_resistance_of_a_lebanese_or_palestinian_story_is_not_yemens():
    text = (
        "وتحدث التقرير عن جماعة الحوثي في اليمن. وقال حزب الله إن المقاومة قصفت موقعا إسرائيليا في مزارع شبعا "
        "صباح اليوم."
    )
    assert all(a1 != "Yemeni Resistance" for a1, _ in _actors(text, "قصفت"))


def test_a_story_of_two_wars_gives_a_bare_coalition_no_war():
    text = (
        "وأعلن تنظيم داعش مسؤوليته عن الهجوم في هجين. وكان تنظيم داعش قد خسر مواقعه. وتحدث المسؤول عن الحوثيين "
        "أيضا. وقصف طيران التحالف مواقع قرب هجين."
    )
    assert all(a1 != "Saudi-led coalition" for a1, _ in _actors(text, "قصف"))
