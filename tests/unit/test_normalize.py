"""Normalisation: one behaviour each, plus properties."""

from hypothesis import given
from hypothesis import strategies as st

from helpers.text import normalize as n


def test_strip_tatweel_removes_kashida():
    assert n.strip_tatweel("الجـــيش") == "الجيش"


def test_strip_diacritics_removes_harakat_and_shadda():
    assert n.strip_diacritics("مُحَمَّدٌ") == "محمد"


def test_normalize_alef_maps_hamza_forms():
    assert n.normalize_alef("أإآٱ") == "اااا"


def test_normalize_yeh_maps_alef_maqsura():
    assert n.normalize_yeh("بنغازى") == "بنغازي"


def test_persian_yeh_and_keheh_become_arabic_letters():
    assert n.normalize_for_matching("بنغازی الکبری") == n.normalize_for_matching("بنغازي الكبرى")


def test_teh_marbuta_makes_derna_spellings_match():
    assert n.normalize_teh_marbuta("درنة") == n.normalize_teh_marbuta("درنه")


def test_digits_arabic_indic_and_persian():
    assert n.normalize_digits("٢٠١٨ و۲۰۱۸") == "2018 و2018"


def test_quotes_guillemets_become_ascii():
    assert n.normalize_quotes("«العربية نت»") == '"العربية نت"'


def test_matching_key_joins_variants():
    assert n.normalize_for_matching("بِنغازى  الـجيش") == n.normalize_for_matching("بنغازي الجيش")


def test_name_key_of_hashtags_marks_and_punctuation():
    assert n.name_key("#الجيش_الليبي") == "الجيش الليبي"
    assert n.name_key("الإسكندرية") == n.name_key("الاسكندريه") == "الاسكندريه"
    assert n.name_key("  مُحمّد،  القماطي. ") == "محمد القماطي"
    assert n.name_key("الكتيبة 210") == "الكتيبه 210"


def test_arabic_share_of_english_is_zero_and_arabic_is_one():
    assert n.arabic_share("The army said") == 0.0
    assert n.arabic_share("قال الجيش") == 1.0


@given(st.text())
def test_length_keeping_functions_keep_length(text):
    assert len(n.normalize_letters(text)) == len(text)


@given(st.text())
def test_matching_key_is_idempotent(text):
    once = n.normalize_for_matching(text)
    assert n.normalize_for_matching(once) == once


@given(st.text())
def test_name_key_is_idempotent_and_single_spaced(text):
    key = n.name_key(text)
    assert n.name_key(key) == key
    assert key == " ".join(key.split())


@given(st.text(alphabet=st.sampled_from("أإآٱىة٠١٩۴«»“”‘’ابت 😀\n") | st.characters(), min_size=200, max_size=600))
def test_long_texts_take_the_table_path_with_the_same_result(text):
    assert n.normalize_letters(text) == text.translate(n._LETTERS_TABLE)


def _stripped_one_by_one(text: str) -> str:
    return n.normalize_whitespace(n.normalize_letters(n.strip_diacritics(n.strip_tatweel(n.strip_zero_width(text)))))


def test_the_matching_key_drops_what_the_three_strip_functions_drop_in_one_pass():
    text = "الجـيش\u200f  أُعلِنَ «إنّ» ٢٠١٨\ufeff"
    assert n.normalize_for_matching(text) == _stripped_one_by_one(text) == 'الجيش اعلن "ان" 2018'


@given(st.text(alphabet="اأبةى \t\n\u0640\u064e\u0651\u0670\u06d6\u200b\u200f\u2066\ufeff«٢", max_size=60))
def test_the_matching_key_is_the_strip_functions_applied_one_by_one(text):
    assert n._matching_key(text) == _stripped_one_by_one(text)
