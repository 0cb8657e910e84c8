"""Which rules the tagger tries at which words (dispatch.py): starts read off a rule's parsed pattern."""

import re

from helpers.extract.timex import tagger  # noqa: F401  (registers the rules)
from helpers.extract.timex.dispatch import candidates, starts
from helpers.extract.timex.values import _RULES


def compiled(body: str) -> re.Pattern[str]:
    return re.compile(f"(?P<t>{body})")


def test_words_give_their_first_letters():
    assert starts(compiled(r"(?:يوم|اليوم)\s+\d+")) == {"يوم #", "اليوم "}


def test_white_space_is_crossed_as_one_space():
    assert starts(compiled(r"من\s+الساعه")) == {"من الس"}


def test_a_start_stops_after_the_second_word():
    assert starts(compiled(r"من\s+\d\s+الى")) == {"من #"}


def test_a_start_stops_after_its_first_punctuation():
    assert starts(compiled(r"يوم\s*[،,]\s*\d")) == {"يوم،", "يوم,", "يوم ،", "يوم ,"}


def test_digits_are_one_symbol():
    assert starts(compiled(r"\d{1,2}:\d\d")) == {"#:"}


def test_a_run_of_digits_is_one_symbol():
    assert starts(compiled(r"\d{1,2}\s+يونيو")) == {"# يوني"}


def test_a_number_is_looked_up_with_the_punctuation_after_it():
    slash, colon = dict(candidates(" 12/5/2018")), dict(candidates(" 12:30"))
    assert "date_numeric_dmy" in {_RULES[i][0] for i in slash[0]}
    assert "date_numeric_dmy" not in {_RULES[i][0] for i in colon[0]}


def test_a_lookbehind_takes_no_letters():
    assert starts(compiled(r"(?<=في )(?:مايو|يونيو)")) == {"مايو", "يونيو"}


def test_an_optional_prefix_adds_the_starts_after_it():
    assert starts(compiled(r"(?:صباح\s+)?الاحد")) == {"صباح ا", "الاحد"}


def test_a_wide_class_cannot_be_named():
    assert starts(compiled(r"\w+ عام")) is None


def test_a_rule_is_tried_after_a_proclitic():
    text = " وبعد يومين"
    names = {_RULES[i][0] for position, rules in candidates(text) if position == 0 for i in rules}
    assert "ago_or_later" in names


def test_no_rule_is_tried_at_a_word_no_rule_starts_with():
    assert list(candidates(" كتاب")) == []


def test_tagging_compiles_no_pattern_through_the_re_module_cache():
    # a pattern given to re.sub/re.search as a string is looked up in re's shared cache of 512 patterns, which
    # another library (dateparser) cycles: the tagger's own patterns are compiled once, at import
    from datetime import date

    from helpers.extract.timex.tagger import tag

    text = (
        "قتل الأحد 23 شخصا بعد الظهر، ووصل الوفد في 5 مايو 2018 الساعة الثامنة والنصف مساءً، ويعود خلال ثلاثة أيام "
        "أو بعد 2 عام و 21 يوما من الآن، من السابعة إلى 4 مساءً يوم الجمعة المقبل، في الربع الأول من العام، "
        "منذ شهرين، في الثاني والعشرين من شعبان 1439 هـ، أول أيام عيد الفطر، كل صباح، نهاية الأسبوع بعد المقبل."
    )
    tag(text, date(2018, 6, 18))
    re.purge()
    tag(text, date(2018, 6, 18))
    assert not re._cache
