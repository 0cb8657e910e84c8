"""Who acts and to whom, stop 22 (helpers/extract/incidents: ranker_naming, sides, roles): the government's forces
are the state's own, not the coalition that backs it; a supporter is no side; أحكم's participle is no court.
Minimal pairs through the pipeline and on the rules' own functions; each fails on the code of stop 21."""

from helpers.extract.incidents.clause_cues import supporting
from helpers.extract.incidents.clauses import light_verb_doer
from helpers.extract.incidents.ranker_naming import government_forces, resolve_forces
from helpers.extract.incidents.sides import Party
from helpers.text.normalize import normalize_letters
from tests.unit.test_incidents_rules import events

_COALITION = "وشنت طائرات التحالف العربي غارات على مواقع جماعة الحوثي. وقال التحالف العربي إن الغارات دمرت آليات. "


def _sides(text: str, trigger: str) -> list[tuple[str, str]]:
    return [(e["actor1_en"], e["actor2_en"]) for e in events(text) if e["trigger"].startswith(trigger)]


def test_the_governments_forces_are_the_states_military_not_the_coalition_the_article_names_most():
    text = _COALITION + "واستعادت القوات الشرعية السيطرة على مواقع في مديرية حرض شمال غربي اليمن."
    assert _sides(text, "استعادت") == [("Military Forces of Yemen", "Houthis (Ansar Allah)")]
    text = text.replace("القوات الشرعية", "القوات")  # forces, unqualified: the article's most named army
    assert _sides(text, "استعادت") == [("Saudi-led coalition", "Houthis (Ansar Allah)")]


def test_the_governments_forces_with_no_country_known_still_fight_the_articles_rebels():
    text = _COALITION + "واستعادت القوات الشرعية السيطرة على مواقع في مديرية حرض بمحافظة حجة."
    assert _sides(text, "استعادت") == [("military forces", "Houthis (Ansar Allah)")]


def test_government_forces_are_told_by_their_qualifier():
    forces = Party(0, 14, "القوات الحكومية", "military forces", "state")
    assert government_forces(forces)
    assert not government_forces(forces._replace(name="القوات"))
    coalition = Party(-1, -1, "التحالف العربي", "Saudi-led coalition", "named", "army", "")
    assert resolve_forces(forces, coalition, "YE").english == "Military Forces of Yemen"
    assert resolve_forces(forces._replace(name="القوات"), coalition, "YE").english == "Saudi-led coalition"


def test_a_supporter_is_no_side_of_the_act():
    text = "وحررت قوات الجيش اليمني، بإسناد من التحالف العربي، مواقع كانت تتمركز فيها ميليشيات الحوثي بمديرية باقم."
    assert _sides(text, "حررت") == [("Military Forces of Yemen", "Houthis (Ansar Allah)")]


def test_support_is_told_by_its_words_before_the_party():
    norm = normalize_letters("تقدمت القوات بإسناد من التحالف العربي ضد التحالف")
    first, last = norm.index("التحالف"), norm.rindex("التحالف")
    assert supporting(norm, Party(first, first + 14, "التحالف", "", "named"))
    assert not supporting(norm, Party(last, last + 7, "التحالف", "", "named"))
    norm = normalize_letters("قوات الجيش مسنودة بقوات التحالف")
    at = norm.index("قوات التحالف")
    assert supporting(norm, Party(at, at + 12, "قوات التحالف", "", "named"))


def test_the_participle_of_tightening_a_grip_is_no_court():
    text = "وسيطرت ألوية العمالقة على مفرق المخا غرب تعز، محكمة سيطرتها الكاملة على المنطقة."
    assert _sides(text, "سيطرت") == [("Giants Brigades (Yemen)", "")]


def test_militants_told_with_the_one_group_their_sentence_names_are_its_men():
    text = "قتل الجيش الليبي عشرة من المتشددين في درنة، وقال إن القاعدة فقدت زعيمها."
    assert _sides(text, "قتل") == [("Libyan National Army (LNA)", "Al-Qaeda")]
    text = text.replace("القاعدة فقدت", "القاعدة وداعش فقدا")  # two groups: the militants stay unidentified
    assert _sides(text, "قتل") == [("Libyan National Army (LNA)", "Unidentified Islamist militants")]


def test_an_act_owned_by_a_states_arm_after_lam_is_that_states_forces():
    text = "وقال المصدر إن حذيفة البدري قتل بضربة جوية للروس على مغارة في حمص."
    assert _sides(text, "ضربة") == [("Military Forces of Russia", "")]


def test_the_lam_of_possession_names_a_state_only_by_its_nationality():
    for text, english in (
        ("وقتل في ضربة جوية للروس على مغارة", "Military Forces of Russia"),
        ("وقتل في غارة للطيران العراقي", "Military Forces of Iraq"),
        ("وقتل في غارة للطيران على مغارة", ""),
        ("وقتل في غارة للتحالف على مغارة", ""),
    ):
        norm = normalize_letters(text)
        at = norm.index(" غاره") + 1 if " غاره" in norm else norm.index("ضربه")
        assert light_verb_doer(norm, (at, at + 4), 0, []).english == english


def _protest(text: str) -> list[tuple[str, str, str]]:
    return [
        (e["sub_event_type"], e["actor1_en"], e["actor2_en"]) for e in events(text) if e["event_type"] == "Protests"
    ]


def test_the_force_whose_fire_killed_in_a_protests_relative_clause_met_the_protest():
    text = "والاحتجاجات التي قتل فيها حتى الآن 121 فلسطينيا برصاص القوات الإسرائيلية، بلغت ذروتها في 14 مايو في غزة."
    force = ("Excessive force against protesters", "Protesters (Palestine)", "Military Forces of Israel")
    assert _protest(text) == [force]
    text = "والاحتجاجات التي شارك فيها حتى الآن 121 فلسطينيا، بلغت ذروتها في 14 مايو في غزة."  # no killing told
    assert _protest(text) == [("Peaceful protest", "Protesters (Palestine)", "")]


def test_the_protesters_are_never_the_force_that_met_them():
    text = "وامتدت الاحتجاجات إلى بغداد، حيث واجهت قوات الأمن المتظاهرين بالقوة، مما أدى إلى مقتل 4 أشخاص الجمعة."
    assert _protest(text) == [("Excessive force against protesters", "Protesters (Iraq)", "Police Forces of Iraq")]


def test_security_forces_named_with_no_country_are_the_police_of_the_events_country():
    assert _sides("وداهمت قوات الأمن منزل ناشط في بغداد.", "داهمت") == [("Police Forces of Iraq", "Civilians (Iraq)")]


def test_militants_a_group_acts_on_are_not_its_own_men():
    text = "وقتلت قوات سوريا الديمقراطية عشرة من المتشددين في دير الزور."
    assert _sides(text, "قتلت") == [("Syrian Democratic Forces (SDF)", "Unidentified Islamist militants")]


def test_the_military_base_is_not_al_qaeda():
    text = "وقتل الجيش العراقي خمسة من المتشددين بعد أن هاجموا القاعدة العسكرية في الأنبار."
    assert _sides(text, "قتل")[0][1] == "Unidentified Islamist militants"


def test_a_peoples_name_after_lam_owns_only_a_raid_not_shelling_them():
    for text in ("وقتل في قصف للسوريين على الحدود", "وقتل في استهداف للفلسطينيين على الحدود"):
        norm = normalize_letters(text)
        word = "قصف" if "قصف" in norm else "استهداف"
        at = norm.index(word)
        assert light_verb_doer(norm, (at, at + len(word)), 0, []).english == ""
