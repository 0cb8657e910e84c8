"""Number words of the death tolls (helpers/extract/incidents/tolls)."""

from helpers.extract.incidents.details import fatalities
from helpers.extract.incidents.tolls import NUMBER_WORDS
from helpers.text.normalize import normalize_letters


def test_the_hundreds_from_three_to_nine_hundred_are_number_words_joined_or_apart():
    for written, value in (("ثلاثمائة", 300), ("ثلاثمئة", 300), ("خمس مئة", 500), ("ثماني مائة", 800)):
        assert NUMBER_WORDS[normalize_letters(written)] == value


def test_a_toll_in_hundreds_written_as_a_word_is_read():
    text = "وأسفرت المعارك عن مقتل ثلاثمائة شخص خلال أسبوع."
    found = fatalities(text, normalize_letters(text), 0, len(text))
    assert [f.count for f in found] == [300]


def test_two_martyrs_told_by_a_dual_noun_after_the_verb():
    text = "واستشهد جنديان في المواجهة مع المسلحين على الحدود."
    assert [f.count for f in fatalities(text, normalize_letters(text), 0, len(text))] == [2]
    one = "واستشهد جندي في المواجهة مع المسلحين على الحدود."
    assert [f.count for f in fatalities(one, normalize_letters(one), 0, len(one))] == [1]


def _counts(text: str) -> list[int]:
    return [f.count for f in fatalities(text, normalize_letters(text), 0, len(text))]


def test_a_count_before_a_martyrs_verb_is_the_dead_quoted_or_not():
    assert _counts('وحسب المعلومات الأولية، فإن نحو 17 شخصا "استشهدوا" في الهجوم.') == [17]
    assert _counts("وحسب المعلومات الأولية، فإن نحو 17 شخصا استشهدوا في الهجوم.") == [17]


def test_the_attackers_own_death_told_after_the_dead_he_caused_is_one_more():
    assert _counts("حيث قتل خمسة جنود واصاب متطوعا وشرطيا قبل ان يقتل بايدي الشرطة.") == [6]
    assert _counts("مما أدى إلى مقتل أربعة من المارينز وإصابة ثلاثة أشخاص، قبل أن يقتل هو بالرصاص.") == [5]
    assert _counts("مما أدى إلى مقتل أربعة من المارينز وإصابة ثلاثة أشخاص. وقبل أن يقتل القاتل نفسه فر.") == [4]


def test_a_count_that_passed_away_is_the_dead_and_time_spent_is_not():
    assert _counts("قضى 4 فلسطينيين في انفجار داخلي.") == [4]
    assert _counts("وقال إن المتهم قضى 3 ساعات في التحقيق.") == []
    assert _counts("وقد قضى 20 عاما في السجن.") == []


def test_a_death_noun_after_lam_is_a_toll_and_a_plan_to_kill_is_not():
    assert _counts("ما أدى لمقتل 30 إرهابيا في الرمادي.") == [30]
    assert _counts("وخطط لقتل 30 شخصا في الرمادي.") == []


def test_a_count_before_a_word_opening_another_clause_is_not_the_dead_of_its_verb():
    assert _counts("قائدا للقوة المشتركة المؤلفة من 8700 عسكري فيما قتل ستة اشخاص في هجوم.") == [6]
    assert _counts("وأفادت المصادر أن 8700 عسكري قد قتلوا في الهجوم.") == [8700]


def test_the_dead_joined_to_a_count_before_its_verb_add_up():
    assert _counts("ذكر مسؤولون أن اثنين من المتشددين وطفلين قتلوا خلال اشتباكات بولاية ناجالاند.") == [4]
    assert _counts("ذكر مسؤولون أن اثنين من المتشددين قتلوا خلال اشتباكات بولاية ناجالاند.") == [2]


def test_an_assassination_with_its_count_is_a_toll():
    assert _counts("وأدان المجلس اغتيال 3 من القضاة في مدينة العريش.") == [3]
    assert _counts("وأدان المجلس اعتقال 3 من القضاة في مدينة العريش.") == []
