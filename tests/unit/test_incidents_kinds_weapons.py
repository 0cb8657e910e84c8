"""The kind of an attack from its weapon and its target (helpers/extract/incidents/kinds.py): minimal pairs."""

from helpers.extract.incidents.kinds import by_weapon_or_death, refined, unarmed, weapon_kind
from helpers.extract.incidents.sides import NOBODY, Party
from helpers.extract.incidents.vocabulary import NOT_CONFLICT, trigger_regex, trigger_table
from helpers.text.normalize import normalize_letters

BATTLE = ("Battles", "Armed clash")
CIVILIAN_ATTACK = ("Violence against civilians", "Attack")
REMOTE = "Explosions/Remote violence"


def row(form: str):
    return trigger_table()[normalize_letters(form)]


def kind(sentence: str, form: str, before: tuple[str, str] = BATTLE) -> tuple[str, str]:
    norm = normalize_letters(sentence)
    return by_weapon_or_death(norm, (0, len(norm)), row(form), before, None)


def test_a_chemical_adjective_after_an_attack_makes_it_a_chemical_weapon():
    assert kind("شنت الحكومة هجمات جوية كيماوية على البلدة", "هجمات") == (REMOTE, "Chemical weapon")
    assert kind("شنت الحكومة هجمات على البلدة", "هجمات") == BATTLE


def test_an_air_adjective_after_an_attack_makes_it_an_air_strike():
    assert kind("شن الجيش هجوما جويا على مواقع المسلحين", "هجوما") == (REMOTE, "Air/drone strike")


def test_a_ground_attack_stays_a_battle_with_air_cover_in_its_clause():
    assert kind("تعرض المسلحون لهجوم بري من الجيش مدعوما بغطاء من الطائرات", "هجوم") == BATTLE
    # the cover is support, not the attack's weapon (stop 50); planes as the attack's own weapon still type it
    assert kind("تعرض المسلحون لهجوم من الجيش مدعوما بغطاء من الطائرات", "هجوم") == BATTLE
    assert kind("تعرض المسلحون لهجوم من طائرات الجيش", "هجوم")[0] == REMOTE


def test_an_air_adjective_far_from_the_attack_does_not_type_it():
    assert kind("هاجم المسلحون نقطة للجيش بعد أن نفذت القوات طلعات جوية", "هاجم") == BATTLE


def test_a_killing_of_civilians_by_a_missile_is_remote_violence():
    assert kind("قتل ثلاثة مدنيين بصاروخ أطلقه المسلحون", "قتل", CIVILIAN_ATTACK) == (
        REMOTE,
        "Shelling/artillery/missile attack",
    )
    assert kind("قتل ثلاثة مدنيين برصاص المسلحين", "قتل", CIVILIAN_ATTACK) == CIVILIAN_ATTACK


def test_a_shooting_is_not_remote_violence_by_a_weapon_elsewhere_in_its_clause():
    assert kind("أطلق المسلحون النار على دورية قرب مخزن صواريخ", "أطلق النار") == BATTLE


def test_a_targeted_facility_is_remote_violence_when_no_weapon_is_named():
    assert kind("نفت الهيئة استهداف مطار دبي الدولي", "استهداف") == (REMOTE, "Shelling/artillery/missile attack")
    assert kind("نفت الهيئة استهداف جنود في دبي", "استهداف") == BATTLE


def test_weapon_precedence_chemical_before_air():
    norm = normalize_letters("هجمات جوية كيماوية")
    assert weapon_kind(norm, 0, len(norm)) == "Chemical weapon"
    assert weapon_kind(norm, 0, len(norm), adjectives=False) == ""


UN = Party(5, 20, "الأمم المتحدة", "United Nations", "named", "organisation")
UNIFIL = Party(5, 20, "اليونيفيل", "UNIFIL", "named", "organisation")
ATTACK = row("هجوم")


def test_an_attack_on_the_un_is_violence_against_civilians_on_peacekeepers_a_battle():
    assert refined(ATTACK, NOBODY, UN) == CIVILIAN_ATTACK
    assert refined(ATTACK, NOBODY, UNIFIL) == BATTLE


def test_aid_workers_named_in_arabic_are_unarmed():
    assert unarmed(Party(0, 9, "منظمة أطباء بلا حدود", "", "named", "organisation"))
    assert not unarmed(Party(0, 9, "وزارة الدفاع", "", "named", "organisation"))


def test_a_multiword_form_with_al_is_found_after_the_clitic():
    norm = normalize_letters("ردا على الهجوم الكيماوي في دوما")
    found = [trigger_table()[m.group("form")].sub_event_type for m in trigger_regex().finditer(norm)]
    assert found == ["Chemical weapon"]


def test_a_plane_crash_is_not_conflict():
    assert NOT_CONFLICT.search(normalize_letters("تحطمت طائرة هليكوبتر عسكرية ما أسفر عن مقتل 18"))
    assert not NOT_CONFLICT.search(normalize_letters("أسقطت طائرة هليكوبتر عسكرية ما أسفر عن مقتل 18"))


def test_aid_workers_attacked_are_civilians():
    from helpers.extract.incidents.vocabulary import ACTOR_NOUN_KIND

    assert ACTOR_NOUN_KIND[normalize_letters("عمال الإغاثة")] == "civilian"
    assert ACTOR_NOUN_KIND[normalize_letters("المسعفين")] == "civilian"


def test_a_voweled_targeting_of_facilities_is_remote_violence():
    assert kind("واستُهدفت أربع منشآت صحية في الغوطة", "استهدفت")[0] == REMOTE


def test_a_killing_caused_by_the_bombing_told_next_is_remote_violence():
    sentence = "قتل 4 جنود في درنة بعد أن فجر انتحاري سيارة ملغومة"
    norm = normalize_letters(sentence)
    high = norm.index("انتحاري")
    assert by_weapon_or_death(norm, (0, high), row("قتل"), BATTLE, None) == (REMOTE, "Suicide bomb")
    other = normalize_letters("قتل 4 جنود في درنة وأعلن انتحاري ولاءه للتنظيم")
    at = other.index("انتحاري")
    assert by_weapon_or_death(other, (0, at), row("قتل"), BATTLE, None) == BATTLE


def test_a_verb_continuing_an_air_strike_clause_is_an_air_strike():
    norm = normalize_letters("دمرت طائرات التحالف عربات للمتمردين، كما استهدفت تعزيزات للحوثيين")
    low = norm.index("،")
    assert by_weapon_or_death(norm, (low, len(norm)), row("استهدفت"), BATTLE, None) == (REMOTE, "Air/drone strike")
    own = normalize_letters("دمرت طائرات التحالف عربات للمتمردين، واستهدف المسلحون تعزيزات للجيش")
    low = own.index("،")
    assert by_weapon_or_death(own, (low, len(own)), row("استهدف"), BATTLE, None) == BATTLE


def test_a_poisoning_attack_is_a_chemical_weapon():
    assert kind("تعهدت بالتحرك عقب الهجوم على جاسوس روسي سابق بغاز أعصاب", "الهجوم") == (REMOTE, "Chemical weapon")
    assert kind("تعهدت بالتحرك عقب الهجوم على جاسوس روسي سابق", "الهجوم") == BATTLE
