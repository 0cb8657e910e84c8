"""The curated actor tables: aliases of media, organisations, parties and armed groups match by the rules
(clitics off, longest match), common words do not, and the table loads with no alias pointing at two actors."""

import csv

import pytest

from helpers import config
from helpers.extract.actors.rules import alias_mentions
from helpers.extract.actors.types import ACLED_TYPES
from helpers.resources.actor_tables import curated_acled
from helpers.resources.actors import alias_table
from helpers.text.normalize import name_key, normalize_letters


def found(text: str) -> list[tuple[str, str]]:
    """(surface, actor id) of the curated aliases the rules find in a sentence."""
    return [(m.surface, m.actor_id) for m in alias_mentions(text, normalize_letters(text), 0, len(text))]


def ids(text: str) -> list[str]:
    return [actor_id for _, actor_id in found(text)]


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("ذكرت صحيفة نيويورك تايمز أن المفاوضات توقفت", "nyt"),
        ("وقالت واشنطن بوست إن الوزير استقال", "wapo"),
        ("نشرت مجلة جون أفريك مقابلة مع الرئيس", "jeune_afrique"),
        ("بثت تي أر تي صورا من الحدود", "trt"),
    ],
)
def test_a_media_name_is_its_outlet(text: str, actor_id: str) -> None:
    assert actor_id in ids(text)


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("وقالت واس إن الملك استقبل الوفد", "spa"),
        ("ونقلت سانا عن مصدر عسكري أن", "sana"),
        ("أفادت كونا بأن الأمير غادر البلاد", "kuna"),
        ("قالت يونهاب إن بيونغ يانغ أطلقت صاروخا", "yonhap"),
        ("ذكرت شينخوا أن الرئيس الصيني", "xinhua"),
    ],
)
def test_an_agency_acronym_is_its_agency(text: str, actor_id: str) -> None:
    assert actor_id in ids(text)


def test_an_organisation_by_its_name_and_its_acronym() -> None:
    assert ids("اجتمعت منظمة البلدان المصدرة للبترول في فيينا") == ["opec"]
    assert ids("قررت أوبك خفض الإنتاج") == ["opec"]


def test_a_party() -> None:
    assert ids("فاز حزب الشعوب الديمقراطي بمقاعد في البرلمان") == ["hdp"]


def test_an_armed_group() -> None:
    assert ids("سيطرت هيئة تحرير الشام على القرية") == ["hts"]
    assert ids("هاجمت جبهة النصرة مواقع للجيش") == ["nusra"]


def test_a_clitic_before_the_first_word_comes_off() -> None:
    assert found("وأشاد بدور وللحشد الشعبي في المعركة")[0][1] == "pmf"
    assert ids("والناتو يرفض") == ["nato"]


def test_the_pkk_by_the_turkish_press_letters_of_its_acronym() -> None:
    assert ids("شنت الطائرات غارات على مواقع منظمة بي كيه كيه قرب الحدود") == ["pkk"]


def test_the_longest_alias_wins() -> None:
    assert ids("أعلن حزب العمال الكردستاني مسؤوليته") == ["pkk"]
    assert ids("عاقب الاتحاد الأوروبي لكرة القدم النادي") == ["uefa"]


def test_the_justice_and_development_party_is_given_its_country_only_when_named() -> None:
    assert ids("فاز حزب العدالة والتنمية التركي") == ["akp"]
    assert ids("فاز حزب العدالة والتنمية بالانتخابات") == ["justice_development"]


@pytest.mark.parametrize(
    "text",
    [
        "تقع شبه الجزيرة العربية في جنوب غرب آسيا",
        "يتحدث سكان الجزيرة اللغة العربية",
        "تواصلت الاحتجاجات لليوم السابع على التوالي",
        "حسم الفريق المباراة في الشوط الثاني",
        "أعادت الحكومة فتح المعبر أمام المسافرين",
        "تطل الأهرام على الصحراء منذ آلاف السنين",
    ],
)
def test_a_common_word_or_place_is_no_actor(text: str) -> None:
    assert found(text) == []


def test_an_ambiguous_form_is_kept_only_for_the_model() -> None:
    assert alias_table()["~" + name_key("الجزيرة")].actor_id == "aljazeera"
    assert name_key("الجزيرة") not in alias_table()


def test_the_table_loads_with_no_alias_pointing_at_two_actors() -> None:
    owner: dict[str, str] = {}
    with (config.DATA_DIR / "actors_aliases.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for alias in [row["name_ar"], *row["aliases"].split("|")]:
                if alias.strip():
                    key = ("~" if alias.startswith("~") else "") + name_key(alias)
                    assert owner.setdefault(key, row["actor_id"]) == row["actor_id"], alias
    assert set(owner.values()) == {actor.actor_id for actor in alias_table().values()}


def test_every_actor_has_a_known_acled_type() -> None:
    curated = curated_acled()
    for actor in alias_table().values():
        assert curated[actor.actor_id][0] in ACLED_TYPES, actor.actor_id


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("سيطر رجال المقاومة الشعبية على التلة", "yemen_resistance"),
        ("تقدمت قوات الشرعية نحو المدينة", "yemen_hadi_forces"),
        ("هاجمت قوات المخلوع صالح القرية", "yemen_saleh_forces"),
        ("قصف الانفصاليون الموالون لروسيا المدينة", "novorossiya"),
        ("سيطرت القوات الموالية للشرعية على المديرية", "yemen_resistance"),  # stop 28: the loyalists of 2015
        ("تقدم المقاتلون الجنوبيون نحو القاعدة", "yemen_resistance"),
        ("سيطرت القوات الموالية للرئيس اليمني السابق على المعسكر", "yemen_saleh_forces"),  # not Hadi's
    ],
)
def test_the_armed_sides_of_a_civil_war_are_actors(text: str, actor_id: str) -> None:
    assert actor_id in ids(text)


def test_the_houthis_told_as_forces_fighters_or_gunmen_are_the_houthis():
    assert ids("واشتبكت المقاومة مع قوات الحوثي قرب المدينة") == ["houthis"]
    assert ids("وهاجم مسلحو الحوثي نقطة تفتيش") == ["houthis"]


def test_a_name_two_groups_of_two_countries_share_gets_no_country():
    """جماعة أنصار الإسلام is Iraq's Ansar al-Islam in most Arabic news, Burkina Faso's Ansaroul Islam in some:
    the table does not pick one country for both."""
    ((_, actor_id),) = found("انضم إلى جماعة أنصار الإسلام")
    assert curated_acled()[actor_id][1] == ""


def test_the_yemeni_army_is_the_one_actor_of_the_pro_government_forces_not_a_second_one() -> None:
    # one surface, one actor: the institution table's «الجيش اليمني» would count it apart from قوات الشرعية
    assert found("وواصل الجيش اليمني تقدمه نحو المدينة") == [("الجيش اليمني", "yemen_hadi_forces")]
    assert found("وقصفت قوات الجيش اليمني مواقع المسلحين") == [("قوات الجيش اليمني", "yemen_hadi_forces")]


def test_iraqs_sahwa_councils_and_the_syrian_armed_opposition_by_their_acled_names() -> None:
    assert ids("هاجم مسلحون دورية لقوات الصحوة غرب سامراء") == ["iraq_sahwa"]
    assert ids("سيطرت فصائل المعارضة السورية على تل قرب درعا") == ["syrian_rebels"]


def test_sahel_groups_and_boko_haram_written_as_one_word_are_the_curated_actors() -> None:
    """A Sahel sample listed «بوكوحرام» as an unknown «Boukouhram», the Tuareg GATIA as a company «مجموعة إيمغاد»
    and «ناتو» apart from NATO."""
    assert ids("في النزاع ضد مجموعة بوكوحرام") == ["boko_haram"]
    assert ids("أعلنت حركة إنقاذ أزواد ومجموعة الدفاع الذاتي عن الطوارق ذلك") == ["msa", "gatia"]
    assert ids("جماعات مسلحة مدعومة من حلف شمال الأطلسي (ناتو)") == ["nato", "nato"]
    assert curated_acled()["gatia"] == ("political_militia", "ML")


@pytest.mark.parametrize("text", ["واستهدفت المليشيا الحوثية البواخر", "وأطلقت ميليشيا حوثية صاروخا"])
def test_the_houthi_militia_spelled_with_one_yeh_or_indefinite_is_the_houthis(text: str) -> None:
    assert ids(text) == ["houthis"]


def test_soldiers_stationed_at_the_border_are_not_the_sahel_group_al_murabitun() -> None:
    """Saudi news calls its border troops المرابطين (stationed at the frontier) hundreds of times; the Sahel group
    is named with its noun (جماعة المرابطين)."""
    assert ids("من منسوبي القوات المسلحة المرابطين بالحد الجنوبي") == []
    assert ids("يعايد رجال الأمن المرابطين على الحدود") == []
    assert ids("تبنت جماعة المرابطين الهجوم على الفندق في باماكو") == ["murabitun"]
    assert ids("تبنى تنظيم المرابطون الهجوم على الفندق في باماكو") == ["murabitun"]
