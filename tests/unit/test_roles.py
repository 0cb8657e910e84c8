"""Roles: each bound to the one name it describes (before the name, in an apposition, in a relative clause)."""

from helpers.extract.actors.mention import ActorMention
from helpers.extract.actors.roles import assign_roles
from helpers.text.normalize import normalize_letters


def roles(text: str, *names: str) -> dict[str, str]:
    """The role of each name (given as person mentions, in order) after ``assign_roles``."""
    mentions, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        pos = start + len(name)
        mentions.append(ActorMention(start, pos, name, "person", "ner"))
    assign_roles(mentions, text, normalize_letters(text))
    return {m.surface: m.role for m in mentions}


def test_role_before_the_name():
    assert roles("قال المتحدث باسم الجيش الليبي أحمد المسماري إن", "أحمد المسماري") == {
        "أحمد المسماري": "المتحدث باسم الجيش الليبي"
    }


def test_role_in_an_apposition_after_the_name():
    text = "قال أحمد المسماري، المتحدث باسم الجيش الوطني الليبي، إن القوات تتقدم"
    assert roles(text, "أحمد المسماري") == {"أحمد المسماري": "المتحدث باسم الجيش الوطني الليبي"}


def test_apposition_after_a_comma_before_the_name():
    text = "ووصف المتحدث باسم الجيش الليبي، العميد أحمد المسماري، العملية بأنها ناجحة"
    assert roles(text, "أحمد المسماري")["أحمد المسماري"] == "المتحدث باسم الجيش الليبي"


def test_role_in_a_relative_clause():
    text = "وصل جون بولتون الذي يشغل منصب مستشار الأمن القومي الأمريكي إلى لندن"
    assert roles(text, "جون بولتون")["جون بولتون"] == "مستشار الأمن القومي الأمريكي"


def test_two_names_each_with_its_own_role():
    text = "التقى خليفة حفتر، قائد الجيش الليبي، فايز السراج، رئيس المجلس الرئاسي."
    assert roles(text, "خليفة حفتر", "فايز السراج") == {
        "خليفة حفتر": "قائد الجيش الليبي",
        "فايز السراج": "رئيس المجلس الرئاسي",
    }


def test_an_apposition_running_into_the_next_name_is_that_names():
    text = "التقى خليفة حفتر، رئيس الحكومة فايز السراج في باريس"
    assert roles(text, "خليفة حفتر", "فايز السراج") == {"خليفة حفتر": "", "فايز السراج": "رئيس الحكومة"}


def test_a_spokesman_of_an_army_led_by_someone_is_not_that_leader():
    text = "أعلن المتحدث باسم الجيش الليبي بقيادة خليفة حفتر مقتل القيادي"
    assert roles(text, "خليفة حفتر") == {"خليفة حفتر": ""}


def test_a_role_joined_by_wa_belongs_to_the_next_name_only():
    text = "ويضم الاجتماع رئيس حكومة الوفاق ورئيس مجلس الدولة خالد المشري"
    assert roles(text, "خالد المشري") == {"خالد المشري": "رئيس مجلس الدولة"}


def test_a_new_role_phrase_after_an_adverb_starts_over():
    text = "وهاجم نائب الوزير الكوري الشمالي بعنف مستشار الأمن القومي الأميركي جون بولتون"
    assert roles(text, "جون بولتون") == {"جون بولتون": "مستشار الأمن القومي الأميركي"}


def test_a_verb_ends_the_role_before_a_name():
    text = "متحدث الجيش الليبي يكشف تفاصيل القبض على هشام عشماوي"
    assert roles(text, "هشام عشماوي") == {"هشام عشماوي": ""}


def test_a_role_keeps_no_proclitic():
    assert roles("تيمنا بالرئيس الأميركي السابق باراك أوباما", "باراك أوباما") == {
        "باراك أوباما": "الرئيس الأميركي السابق"
    }


def test_apposition_of_a_former_officer():
    text = "أن أحد مخططي العملية هو هشام عشماوي، الضابط السابق بسلاح الصاعقة."
    assert roles(text, "هشام عشماوي") == {"هشام عشماوي": "الضابط السابق بسلاح الصاعقة"}


def test_an_under_secretary_before_the_name():
    text = "صرح وكيل وزارة الخارجية اليوناني يورغوس كاتروغالوس للصحافيين"
    assert roles(text, "يورغوس كاتروغالوس") == {"يورغوس كاتروغالوس": "وكيل وزارة الخارجية اليوناني"}


def test_a_title_after_a_head_is_part_of_the_role():
    assert roles("علق نائب الرئيس مايك بنس على اختفاء خاشقجي", "مايك بنس") == {"مايك بنس": "نائب الرئيس"}


def test_a_verb_spelt_like_a_head_is_no_role():
    assert roles("أمر حفتر، في 8 مايو، بدء الزحف نحو درنة", "حفتر") == {"حفتر": ""}
    assert roles("التقى آمر غرفة عمليات عمر المختار سالم الرفادي", "سالم الرفادي")["سالم الرفادي"] != ""


def _role_en(text: str, name: str) -> str:
    start = text.index(name)
    mention = ActorMention(start, start + len(name), name, "person", "ner")
    assign_roles([mention], text, normalize_letters(text))
    return mention.role_en


def test_a_two_word_head_with_the_article_on_its_second_word():
    assert _role_en("واغتيل النائب العام السابق هشام بركات", "هشام بركات") == "prosecutor-general"
    text = "وقال القائد العام للجيش الليبي خليفة حفتر إن"
    assert _role_en(text, "خليفة حفتر") == "commander-in-chief of Libyan National Army (LNA)"


def test_a_head_with_only_a_nationality_is_a_president_and_of_the_government_a_prime_minister():
    assert _role_en("وقال الرئيس التركي رجب طيب أردوغان إن", "رجب طيب أردوغان") == "president"
    assert _role_en("وقال رئيس الوزراء العراقي حيدر العبادي إن", "حيدر العبادي") == "prime minister"
    assert _role_en("وقال رئيس البلدية سالم محمد إن", "سالم محمد") == "head"
