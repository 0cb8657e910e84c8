"""A step word told as possible, threatened or attempted is no step done (helpers/report/stepmood.py)."""

from helpers.report.stepmood import strikes_waged, unrealised
from helpers.text.normalize import normalize_letters


def is_unrealised(sentence: str, word: str) -> bool:
    norm = normalize_letters(sentence)
    return unrealised(norm, norm.index(normalize_letters(word)))


def test_an_attempt_a_few_words_before_the_step_word_is_no_step():
    assert is_unrealised("وتحاول القوات الموالية للحكومة منذ الأربعاء الماضي اقتحام المدينة", "اقتحام")
    assert is_unrealised("تقدمت القوات في محاولة لاقتحام المدينة", "اقتحام")


def test_a_step_after_another_clause_or_done_in_the_past_is_a_step():
    assert not is_unrealised("حاولوا الفرار قبل اقتحام الجيش المدينة", "اقتحام")
    assert not is_unrealised("وأعلنت الإمارات أن القوات اقتحمت المطار", "اقتحمت")
    assert not is_unrealised("في المنطقة التي تهدد الملاحة شنت الحكومة هجوما", "شنت")


def test_a_threat_right_before_the_step_word_is_no_step():
    assert is_unrealised("تتوعد الحكومة الأحد بشن هجوم", "بشن")


def test_an_attempt_ends_at_a_comma_a_clause_word_or_a_second_act_joined_by_and():
    assert not is_unrealised("منذ محاولة الانقلاب، ألقت السلطات القبض على الآلاف", "القبض")
    assert not is_unrealised("لكن محاولة طهران رغم أنها خلفت قتلى فشلت", "قتلى")
    assert not is_unrealised("تم إفشال محاولة اعتداء جديدة في فرنسا وتوقيف شقيقين", "وتوقيف")
    assert is_unrealised("وقالت الوحدات إن القوات تحاول اقتحام المدينة", "اقتحام")


def waged(sentence: str, word: str) -> bool:
    norm = normalize_letters(sentence)
    start = norm.index(normalize_letters(word))
    return strikes_waged(norm, start, start + len(normalize_letters(word)))


def test_waging_strikes_is_no_launch_but_waging_an_offensive_is():
    assert waged("شن الاثنين التحالف العربي بقيادة السعودية غارات على مواقع الحوثيين", "شن")
    assert not waged("شن الجيش هجوما واسعا على المدينة ترافقه غارات", "شن")
    assert not waged("شن الجيش الأربعاء عملية عسكرية في المدينة", "شن")
    assert not waged("شن الجيش الأربعاء، بعد غارات مكثفة، عملية في المدينة", "شن")


def test_a_past_verb_or_an_act_joined_by_fa_after_an_attempt_happened():
    """«بعد محاولات عدة اقتحمت القوات»: a past verb, no verbal noun the attempt governs; «فاعتقلت» a second act."""
    assert not is_unrealised("وبعد محاولات عدة اقتحمت القوات الحكومية المدينة فجر الأربعاء", "اقتحمت")
    assert not is_unrealised("وحاول المسلحون الفرار فاعتقلت القوات ثلاثة منهم", "فاعتقلت")
    assert is_unrealised("وتحاول القوات منذ أيام اقتحام المدينة", "اقتحام")


def test_an_operation_waged_with_the_support_of_strikes_is_a_launch():
    """«بدعم من غارات التحالف عملية»: the strikes support the operation, which is launched."""
    assert not waged("وشنت القوات الحكومية بدعم من غارات التحالف عملية عسكرية واسعة", "وشنت")
    assert waged("وشن طيران التحالف سلسلة من الغارات على المدينة", "وشن")
