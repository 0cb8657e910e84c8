"""Stop 43 (lead): a battle told with no side takes the article's pair (helpers/extract/incidents/unsided.py);
unknown and masked men are an unidentified armed group, opposition fighters Syrian rebels in Syria, a suicide
bomber the article's armed group (vocabulary._ACTOR_NOUNS, kinds.state_labelled, kinds.armed_named). Minimal pairs
on the rule and through the pipeline; the first assertion of each test fails on the code of stop 42."""

from helpers.extract.incidents.scope import INCIDENT_COLUMNS
from helpers.extract.incidents.unsided import article_pair, sided_battles
from tests.unit.test_incidents_rules import events


def _row(event_type: str, actor1: str = "", actor1_en: str = "", actor2: str = "", actor2_en: str = "",
         confidence: float = 0.9) -> tuple:  # fmt: skip
    base = {c: "" for c in INCIDENT_COLUMNS}
    base.update(event_type=event_type, actor1=actor1, actor1_en=actor1_en, actor2=actor2, actor2_en=actor2_en,
                confidence=confidence)  # fmt: skip
    return tuple(base[c] for c in INCIDENT_COLUMNS)


def _sides(row: tuple) -> tuple:
    return tuple(row[INCIDENT_COLUMNS.index(c)] for c in ("actor1_en", "actor2_en"))


RESISTANCE = ("المقاومة", "Yemeni Resistance", "الحوثيين", "Houthis (Ansar Allah)")


def test_a_battle_with_no_side_takes_the_articles_pair():
    rows = [_row("Battles", *RESISTANCE), _row("Battles")]
    assert _sides(sided_battles(rows, 0.35)[1]) == ("Yemeni Resistance", "Houthis (Ansar Allah)")


def test_only_a_battle_with_neither_side_and_only_from_kept_battles():
    one_side = _row("Battles", "الجيش", "military forces")
    strike = _row("Explosions/Remote violence")
    rows = [_row("Battles", *RESISTANCE), one_side, strike]
    assert sided_battles(rows, 0.35)[1:] == [one_side, strike]
    assert article_pair([_row("Battles", *RESISTANCE, confidence=0.2), _row("Battles")], 0.35) is None
    assert article_pair([_row("Explosions/Remote violence", *RESISTANCE), _row("Battles")], 0.35) is None


def test_civilians_make_no_pair_and_the_most_told_pair_wins():
    civilians = _row("Battles", "المسلحين", "Unidentified armed group", "المدنيين", "Civilians (Iraq)")
    assert article_pair([civilians], 0.35) is None
    army = ("الجيش", "Military Forces of Iraq", "داعش", "Islamic State (ISIS)")
    assert article_pair([_row("Battles", *RESISTANCE), _row("Battles", *army), _row("Battles", *army)], 0.35) == army


def test_a_battle_sentence_with_no_side_through_the_pipeline():
    text = (
        "اندلعت اشتباكات عنيفة بين المقاومة الشعبية وميليشيات الحوثي في مديرية الشعيب بمحافظة الضالع. "
        "وتستمر معارك الكر والفر في تعز ثالث أكبر مدن اليمن."
    )
    found = {e["trigger"]: e["actor1_en"] for e in events(text)}
    assert found.get("معارك") == "Yemeni Resistance"


def test_unknown_men_who_fire_are_an_unidentified_armed_group():
    found = [e for e in events("أطلق مجهولون النار على دورية أمنية في القطيف.") if e["trigger"] == "أطلق"]
    assert found and found[0]["actor1"] == "مجهولون"
    assert found[0]["actor1_en"] == "Unidentified armed group"


def test_opposition_fighters_are_syrian_rebels_in_syria():
    found = events("قتل طفل في شرق دمشق جراء قصف نفذته فصائل معارضة في الغوطة.")
    assert [e["actor1_en"] for e in found if e["trigger"] == "قصف"] == ["Syrian rebels"]
    found = events("شنت الفصائل المسلحة هجوما على مواقع الجيش في ليبيا.")
    assert all(e["actor1_en"] != "Syrian rebels" for e in found)


def test_a_suicide_bomber_is_the_articles_armed_group_or_unidentified():
    text = (
        "قالت السلطات إن جماعة بوكو حرام تقف وراء الهجمات الأخيرة في شمال نيجيريا. "
        "وقتل ستة أشخاص عندما فجرت انتحارية نفسها أمس في سوق في مايدوغوري."
    )
    assert [e["actor1_en"] for e in events(text) if e["trigger"] == "فجرت"] == ["Boko Haram (JAS)"]
    found = events("فجر انتحاري نفسه قرب موكب عسكري في ولاية ننجرهار.")
    assert [e["actor1_en"] for e in found] == ["Unidentified armed group"]
