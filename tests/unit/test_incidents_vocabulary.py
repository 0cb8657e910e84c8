"""The trigger table and its pattern (helpers/extract/incidents/vocabulary.py)."""

import pytest

from helpers.extract.incidents.vocabulary import read_triggers, trigger_pattern, trigger_table, triggers_path
from helpers.text.normalize import normalize_letters

HEADER = "forms,pos,event_type,sub_event_type,action,action_en,priority,genitive,before\n"


def test_the_shipped_table_reads_and_has_an_arrest_noun():
    table = trigger_table()
    assert triggers_path().exists()
    assert table[normalize_letters("اعتقال")].sub_event_type == "Arrests"
    assert table[normalize_letters("غارة")].sub_event_type == "Air/drone strike"


def test_an_analyst_row_adds_forms(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(
        HEADER + "رشق|رشقوا,verb,Riots,Violent demonstration,رشق,stoning,2,actor1,actor1\n", encoding="utf-8"
    )
    table = read_triggers(path)
    assert set(table) == {"رشق", "رشقوا"}
    assert table["رشقوا"].event_type == "Riots"


def test_a_row_with_an_unknown_side_is_refused(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(HEADER + "رشق,verb,Riots,Violent demonstration,رشق,stoning,2,subject,actor1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="actor1 or actor2"):
        read_triggers(path)


def test_the_pattern_takes_clitics_before_and_a_pronoun_after():
    pattern = trigger_pattern(["اعتقال"])
    match = pattern.search("وباعتقالهم امس")
    assert (match.group("pre"), match.group("form"), match.group("suf")) == ("وب", "اعتقال", "هم")


def test_the_pattern_matches_whole_words_only():
    assert trigger_pattern(["قصف"]).search("القصفي") is None


@pytest.mark.parametrize(
    ("form", "event_type", "sub_event_type"),
    [
        ("سيطروا", "Battles", "Government regains territory"),  # the plural of a take-control verb
        ("استعادوا", "Battles", "Government regains territory"),
        ("فتحوا النار", "Battles", "Attack"),  # opening fire is a shooting
        ("وقفات احتجاجية", "Protests", "Peaceful protest"),
        ("تفجيرين", "Explosions/Remote violence", "Remote explosive/landmine/IED"),  # a dual blast
        ("عمليتان انتحاريتان", "Explosions/Remote violence", "Suicide bomb"),
        ("أضرموا النار", "Strategic developments", "Looting/property destruction"),
    ],
)
def test_forms_arabic_news_uses_for_acts_are_in_the_table(form, event_type, sub_event_type):
    trigger = trigger_table()[normalize_letters(form)]
    assert (trigger.event_type, trigger.sub_event_type) == (event_type, sub_event_type)


def test_an_abduction_noun_is_an_abduction_not_an_assassination():
    assert trigger_table()[normalize_letters("اختطاف")].sub_event_type == "Abduction/forced disappearance"
    assert trigger_table()[normalize_letters("اغتيال")].sub_event_type == "Attack"


def test_a_weapon_glued_to_a_non_joining_letter_is_read_after_its_trigger():
    pattern = trigger_pattern(["انفجار", "اعتقال"])
    forms = [m.group("form") for m in pattern.finditer(normalize_letters("وقتل شخصان في انفجارعبوة ناسفة أمس."))]
    assert forms == ["انفجار"]
    assert [m.group("form") for m in pattern.finditer(normalize_letters("انفجارات واعتقالعبوة"))] == []
