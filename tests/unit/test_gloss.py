"""Tests for helpers.extract.actors.gloss: English names from the table, word by word, or romanised."""

from helpers.extract.actors.gloss import NAME_TABLE, NAME_TABLE_WORDS, ROMANISED, group_gloss, name_gloss, romanize


def test_whole_name_from_the_table():
    assert name_gloss("باراك أوباما") == ("Barack Obama", NAME_TABLE)


def test_whole_name_matches_with_hamza_and_ta_marbuta_variants():
    assert name_gloss("خليفه حفتر") == ("Khalifa Haftar", NAME_TABLE)


def test_issue_examples_read_as_people_spell_them():
    got = [name_gloss(n)[0] for n in ("جون بولتون", "جمال خاشقجي", "فتح الله غولن", "هشام عشماوي")]
    assert got == ["John Bolton", "Jamal Khashoggi", "Fethullah Gulen", "Hisham Ashmawy"]


def test_name_composed_word_by_word_from_the_table():
    assert name_gloss("محمد عبد الله") == ("Mohammed Abdullah", NAME_TABLE_WORDS)


def test_two_word_run_beats_single_words():
    assert name_gloss("عبد الرحمن")[0] == "Abdul Rahman"


def test_table_word_with_al_gets_al_hyphen():
    assert name_gloss("الحسن علي") == ("al-Hassan Ali", NAME_TABLE_WORDS)


def test_unknown_word_is_romanised_and_marked_approximate():
    assert name_gloss("محمد القماطي") == ("Mohammed al-Qamati", ROMANISED)


def test_abd_with_unknown_al_word_is_abdul_and_approximate():
    assert name_gloss("عبد الودود") == ("Abdul Wadoud", ROMANISED)


def test_abd_with_known_al_word_is_from_the_table():
    assert name_gloss("عبد الحسن") == ("Abdul Hassan", NAME_TABLE_WORDS)


def test_single_surname_from_the_table():
    assert name_gloss("أردوغان") == ("Erdogan", NAME_TABLE)


def test_punctuation_only_name_does_not_crash():
    assert name_gloss("،")[1] == ROMANISED


def test_romanize_returns_the_english_only():
    assert romanize("جون بولتون") == "John Bolton"


def test_group_gloss_romanises_the_rest_after_the_head():
    assert group_gloss("مجلس شورى مجاهدي درنة") == "Shura Council of Majahdi Darna"


def test_conjunction_before_a_table_word_is_dropped():
    assert name_gloss("ومحمد علي") == ("Mohammed Ali", NAME_TABLE_WORDS)


def test_group_gloss_translates_a_nationality_adjective_before_the_head():
    """A Hodeidah sample's actors table read «militias al-Irania»: the adjective is the nationality list's."""
    assert group_gloss("الميليشيات الإيرانية") == "Iranian militias"
    assert group_gloss("ميليشيات الحوثي الإيرانية") == "Iranian militias al-Houthi"
    assert group_gloss("مجلس شورى مجاهدي درنة") == "Shura Council of Majahdi Darna"  # no adjective: unchanged
