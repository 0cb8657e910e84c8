"""Actor names: clitics before a head word, hyphenated second parts, group names that stop at a verb."""

from helpers.extract.actors.canonical import clitic_before_name
from helpers.extract.actors.component import over_hyphen
from helpers.extract.actors.rules import rule_mentions
from helpers.text.normalize import normalize_letters


def _groups(text: str) -> list[str]:
    norm = normalize_letters(text)
    return [m.surface for m in rule_mentions(text, norm, 0, len(text)) if m.type == "armed_group"]


def test_a_conjunction_before_a_party_head_comes_off():
    assert clitic_before_name("وحزب الخير", "other") == "حزب الخير"


def test_a_preposition_before_an_agreement_comes_off():
    assert clitic_before_name("لاتفاق باريس", "other") == "اتفاق باريس"


def test_a_conjunction_before_a_kunya_comes_off():
    assert clitic_before_name("وأبو عمر المهاجر", "person") == "أبو عمر المهاجر"


def test_a_conjunction_before_a_first_name_comes_off():
    assert clitic_before_name("ومختار بلمختار", "person") == "مختار بلمختار"


def test_a_name_that_begins_with_waw_keeps_it():
    assert clitic_before_name("وليد بدر", "person") == "وليد بدر"


def test_a_name_that_begins_with_ba_keeps_it():
    assert clitic_before_name("بترو بوروشينكو", "person") == "بترو بوروشينكو"


def test_an_organisation_word_that_begins_with_waw_keeps_it():
    assert clitic_before_name("وزارة العدل", "organisation") == "وزارة العدل"


def test_a_person_span_runs_over_a_hyphenated_second_part():
    sentence = "قال كيم كاي-غوان إن"
    assert sentence[4 : over_hyphen(sentence, 11)] == "كيم كاي-غوان"


def test_a_spaced_dash_is_no_part_of_the_name():
    sentence = "التقى مون - إن"
    assert over_hyphen(sentence, 9) == 9


def test_a_group_name_ends_before_a_verb():
    assert _groups("قالت إن ميليشيات الجضران أضرمت النيران في الموانئ") == ["ميليشيات الجضران"]


def test_a_group_name_keeps_its_definite_words():
    assert _groups("أعلنت كتائب حزب الله العراقية مسؤوليتها") == ["كتائب حزب الله العراقية"]


def test_other_militias_are_no_named_group():
    assert _groups("وقاتلت ميليشيات أخرى في المدينة") == []


def test_an_agency_behind_the_preposition_li_is_the_agency():
    from helpers.extract.actors.rules import alias_mentions

    text = "وقال مسؤول لرويترز إن"
    assert [m.surface for m in alias_mentions(text, normalize_letters(text), 0, len(text))] == ["رويترز"]
