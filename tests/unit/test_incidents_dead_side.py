"""The dead's side of a killing is its actor 2, never its actor 1 (helpers/extract/incidents/dead_side.py and the
death nouns of roles.by_nationality)."""

from helpers.extract.incidents.dead_side import dead_not_doer, dead_side
from helpers.extract.incidents.sides import NOBODY, Party
from helpers.text.normalize import normalize_letters
from tests.unit.test_incidents_rules import events


def _sides(text: str) -> list[tuple[str, str]]:
    return [(e["actor1_en"], e["actor2_en"]) for e in events(text)]


def test_the_dead_told_after_a_death_are_actor_2_not_its_doer():
    rows = events("وقتل عنصر من ميليشيا الدفاع الوطني في ريف القنيطرة.")
    killing = next(e for e in rows if e["trigger"] == "قتل")
    assert killing["actor2_en"] == "National Defence Forces (Syria)"
    assert killing["actor1_en"] != "National Defence Forces (Syria)"


def test_the_same_side_named_as_the_doer_stays_actor_1():
    rows = events("وقتلت ميليشيا الدفاع الوطني مدنيين في الريف.")
    assert rows and rows[0]["actor1_en"] == "National Defence Forces (Syria)"


def test_a_partitive_after_a_death_is_its_dead_but_a_doer_after_min_qibal_is_not():
    norm = normalize_letters("مقتل العشرات من عناصر داعش في غارة")
    side = Party(norm.index("عناصر"), norm.index(" في"), "داعش", "Islamic State (ISIS)", "named")
    assert dead_side(norm, (0, 4), side)
    norm = normalize_letters("مقتل جنديين من قبل عناصر داعش")
    side = Party(norm.index("عناصر"), len(norm), "داعش", "Islamic State (ISIS)", "named")
    assert not dead_side(norm, (0, 4), side)


def test_the_dead_side_before_its_death_after_laqiya():
    norm = normalize_letters("لقي 7 عناصر من داعش مصرعهم في غارة")
    side = Party(norm.index("داعش"), norm.index(" مصرعهم"), "داعش", "Islamic State (ISIS)", "named")
    at = (norm.index("مصرعهم"), norm.index("مصرعهم") + 6)
    assert dead_not_doer(norm, at, [side], (side, NOBODY)) == (NOBODY, side)


def test_a_martyr_nationality_is_the_dead_not_the_doer():
    assert _sides("وأعلن عن استشهاد جنديين بحرينيين في إطلاق نار من قبل مسلحين بمنطقة سترة.")[0] == (
        "Unidentified armed group",
        "Military Forces of Bahrain",
    )
    assert _sides("ولقي شخصان مصرعهما في غارة جوية أمريكية على القرية.")[0][0].startswith(
        "Military Forces of the United"
    )


def test_a_definite_killing_is_killing_in_general_and_names_no_dead():
    norm = normalize_letters("والحكم عليه بالقتل قصاصا وصدق الحكم من محكمة الاستئناف")
    court = Party(norm.index("محكمه"), len(norm), "محكمة الاستئناف", "Court of Appeal", "named")
    at = (norm.index("قتل"), norm.index("قتل") + 3)
    assert not dead_side(norm, at, court)


def test_a_side_joined_to_the_dead_is_dead_too_not_the_doer():
    norm = normalize_letters("قتل 9 من مسلحي الحوثيين و6 من مقاتلي المقاومة")
    houthis = Party(norm.index("مسلحي"), norm.index(" و6"), "جماعة الحوثي", "Houthis (Ansar Allah)", "named")
    resistance = Party(norm.index("مقاتلي المقاومه"), len(norm), "المقاومة الشعبية", "Yemeni Resistance", "named")
    assert dead_not_doer(norm, (0, 3), [houthis, resistance], (houthis, resistance)) == (NOBODY, houthis)
    norm = normalize_letters("قتل 9 من مسلحي الحوثيين في اشتباكات مع المقاومة")
    houthis = houthis._replace(end=norm.index(" في"))
    resistance = resistance._replace(start=norm.index("المقاومه"), end=len(norm))
    assert dead_not_doer(norm, (0, 3), [houthis, resistance], (houthis, resistance)) == (resistance, houthis)


def test_a_killer_told_after_the_verb_with_its_victims_counted_stays_actor_1():
    assert _sides("وقتل مسلحون من تنظيم داعش خمسة جنود عراقيين في هجوم على حاجز.")[0] == (
        "Islamic State (ISIS)",
        "Military Forces of Iraq",
    )


def test_a_partitive_subject_of_an_active_killing_with_its_object_stays_actor_1():
    assert _sides("قتل عنصران من الشرطة المصرية مسلحا في مدينة العريش.")[0][0] == "Police Forces of Egypt"
    assert _sides("قتل عنصران من الشرطة المصرية في مدينة العريش.")[0][1] == "Police Forces of Egypt"
    assert _sides("قتل ثلاثة من جنود الجيش الأفغاني خمسة مسلحين من طالبان في هلمند.")[0][0].startswith(
        "Military Forces of Afghanistan"
    )
