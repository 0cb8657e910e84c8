"""The actor rules' look-ups: alias starts per word, and the cues the unit, group and army patterns need."""

from helpers.extract.actors import rules
from helpers.text.normalize import normalize_letters


def rule_surfaces(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.type) for m in rules.rule_mentions(text, normalize_letters(text), 0, len(text))]


def test_the_alias_starts_of_words_are_the_cached_functions_whether_seen_before_or_not():
    words = ["والناتو", "ذلك", "حزب", "والناتو", "الجيش"]
    expected = [rules._alias_starts(w)[1] for w in words]
    assert rules._starts_of(words) == expected  # first sight: looked up
    assert rules._starts_of(words) == expected  # then from the words seen
    assert expected[1] == () and expected[0] != ()


def test_words_inside_an_alias_found_are_not_matched_again_and_the_next_alias_is():
    text = "أعلن حزب العمال الكردستاني والناتو ذلك"
    found = rules.alias_mentions(text, normalize_letters(text), 0, len(text))
    assert [(m.surface, m.actor_id) for m in found] == [("حزب العمال الكردستاني", "pkk"), ("الناتو", "nato")]


def test_a_unit_number_in_arabic_digits_is_found_through_the_normalised_text():
    assert rule_surfaces("هاجمت الكتيبة ١٢٨ مشاة المدينة") == [("الكتيبة ١٢٨ مشاة", "military_unit")]
    assert rule_surfaces("هاجم اللواء رقم 9 المدينة") == [("اللواء رقم 9", "military_unit")]


def test_a_unit_head_without_a_number_and_a_sentence_without_heads_give_no_mention():
    assert rule_surfaces("وصل اللواء إلى المدينة في 9 مايو") == []
    assert rule_surfaces("وصل الوفد إلى المدينة") == []


def test_a_group_and_a_bare_army_are_found_when_their_words_are_there():
    assert rule_surfaces("قال الجيش إن جماعة الإخوان انسحبت") == [("جماعة الإخوان", "armed_group"), ("الجيش", "army")]
    assert rule_surfaces("أعلنت القوات المسلحة النفير") == [("القوات المسلحة", "army")]


def test_the_rule_patterns_cues_are_strings_every_match_holds():
    assert "لواء" in rules._UNIT_CUES and "كتيبه" in rules._UNIT_CUES
    assert "الكتيبه" not in rules._UNIT_CUES  # it holds كتيبه: looking for that finds it too
    assert set(rules._ARMY_CUES) == {"لجيش", "القوات المسلحه"}


def test_a_definite_one_word_alias_of_an_armed_side_behind_lam_or_ba_is_found():
    text = "وأصيب ثلاثة مزارعين في قصف صاروخي للحوثيين على قرية قرب صعدة"
    found = rules.alias_mentions(text, normalize_letters(text), 0, len(text))
    assert [m.actor_id for m in found] == ["houthis"]
    text = "واستقبل الوزير الوفد بحماس كبير"  # a one-word alias without the article behind ب stays a common word
    assert rules.alias_mentions(text, normalize_letters(text), 0, len(text)) == []


def test_a_side_named_as_what_others_are_against_loyal_to_or_handed_to_is_not_found_behind_lam():
    for text in (
        "وخرجت مظاهرة مناهضة للحوثيين في مدينة تعز",
        "واشتبك الجيش مع مسلحين قبليين موالين للحوثيين",
        "وسلمت القوات مواقعها للحوثيين بعد اشتباكات مع القبائل",
    ):
        assert rules.alias_mentions(text, normalize_letters(text), 0, len(text)) == [], text


def test_a_front_named_by_a_place_is_a_front_line_not_an_armed_group():
    assert rule_surfaces("تقدمت القوات على جبهة الساحل الغربي أمس") == []
    assert rule_surfaces("اشتدت المعارك في جبهة تعز ليلا") == []
    assert rule_surfaces("أعلنت جبهة النصر مسؤوليتها") == [("جبهة النصر", "armed_group")]


def test_an_army_in_a_city_told_by_the_word_city_is_in_that_city_not_in_medina():
    """في مدينة الموصل: مدينة is the kind of place before its name, not the Saudi city the gazetteer calls مدينة."""
    text = "انتشر الجيش في مدينة الموصل"
    at = text.index("الجيش") + len("الجيش")
    assert rules.army_modifier(text, normalize_letters(text), at, len(text)) == ("IQ", "في مدينة الموصل")


def test_a_definite_group_head_takes_only_definite_words_after_it():
    """A definite noun takes no genitive: «الميليشيات تستخدم» and «الميليشيات بصنعاء» are the militias and the next
    phrase (a Hodeidah sample had 28 such «actors»), while «الميليشيات الحوثية» keeps its adjective."""
    assert rule_surfaces("وقال إن الميليشيات تستخدم المدنيين دروعا") == []
    assert rule_surfaces("وقال إن الميليشيات بصنعاء تحشد") == []
    assert rule_surfaces("وقال إن الميليشيات الحوثية تستخدم المدنيين") == [("الميليشيات الحوثية", "armed_group")]
    assert rule_surfaces("وقال إن ميليشيات طهران تستخدم المدنيين") == [("ميليشيات طهران", "armed_group")]


def test_air_traffic_and_organising_protests_are_no_armed_group():
    assert rule_surfaces("وأوقفوا حركة الملاحة الجوية في المطار") == []
    assert rule_surfaces("وأوقفوا الحركة الجوية في المطار") == []
    assert rule_surfaces("ودعت إلى تنظيم الوقفات الاحتجاجية") == []
    assert rule_surfaces("أعلنت حركة الشباب مسؤوليتها") == [("حركة الشباب", "armed_group")]


def test_militias_described_by_a_participle_or_an_adjective_are_no_named_group():
    """«الميليشيات المتناحرة», «ميليشيات متحاربة», «ميليشيا محلية» describe militias (a Tripoli sample listed nine
    such «groups», glossed militias al-Matnahra); a people or a place after the head still names them."""
    assert rule_surfaces("وقالت إن الميليشيات المتناحرة توصلت إلى اتفاق") == []
    assert rule_surfaces("اندلعت اشتباكات بين ميليشيات متحاربة في العاصمة") == []
    assert rule_surfaces("وقاتلت ميليشيا محلية موالية للحكومة") == []
    assert rule_surfaces("وقال إن الميليشيات الحوثية تستخدم المدنيين") == [("الميليشيات الحوثية", "armed_group")]


def test_an_operations_room_the_army_owns_is_its_unit_and_one_on_its_own_an_armed_group():
    text = "وأكد المسؤول الإعلامي لغرفة عمليات المختار التابعة للقيادة العامة للجيش أن الأوامر لم تصدر"
    assert rule_surfaces(text)[0] == ("لغرفة عمليات المختار", "military_unit")
    text = "وأكد المسؤول الإعلامي لغرفة عمليات المختار أن الأوامر لم تصدر"
    assert rule_surfaces(text)[0] == ("لغرفة عمليات المختار", "armed_group")
