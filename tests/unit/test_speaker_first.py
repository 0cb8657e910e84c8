"""A speaker written before its verb at the start of the sentence (helpers.extract.speaker_first)."""

from helpers.extract.attribution import attributions


def _said(text: str) -> list[tuple[str, str]]:
    return [(a.verb, a.speaker) for a in attributions(text)]


def test_a_subject_before_the_verb_is_the_speaker():
    assert _said("المزارعون المحليون قالوا إن المحصول تضرر كثيرا.") == [("قالوا", "المزارعون المحليون")]
    assert _said("الخبير الاقتصادي يرى أن الأسعار ستنخفض.") == [("يرى", "الخبير الاقتصادي")]


def test_an_adverb_or_a_particle_is_no_subject():
    assert _said("ومن جهته قال إن الاتفاق صامد.") == [("قال", "")]
    assert _said("وتعليقا على ذلك قال إن الاتفاق صامد.") == [("قال", "")]


def test_the_subject_of_a_first_verb_speaks_the_second_joined_by_wa():
    found = _said("اليونان تعتبر الاتفاق خطوة مهمة وتقول إن المفاوضات ستستمر.")
    assert found == [("تقول", "اليونان")]


def test_a_subject_set_off_by_a_relative_clause():
    text = "رئيس الوزراء السابق فلان الفلاني، الذي يواجه تحقيقا في قضية فساد، تساءل عن أسباب التأخير."
    assert _said(text) == []  # (no أن, no quote: not a statement)
    text = "رئيس الوزراء السابق فلان الفلاني، الذي يواجه تحقيقا في قضية فساد، تساءل إن كان التحقيق عادلا."
    assert _said(text) == [("تساءل", "رئيس الوزراء السابق فلان الفلاني")]


def test_the_subject_of_a_clause_after_lakin():
    text = "وترتفع الأسعار كل عام لكن خبراء الاقتصاد يقولون إن الأجور ترتفع أيضا."
    assert _said(text) == [("يقولون", "خبراء الاقتصاد")]
