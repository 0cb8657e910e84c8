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
