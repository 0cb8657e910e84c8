import importlib.util

import pytest

from helpers import config

SCRIPT = config.PROJECT_ROOT / "scripts" / "wikifane_ner.py"


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("wikifane_ner", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_proclitic_joins_the_next_word_with_its_entity_tag(script):
    assert script.join_clitics(["و", "هران"], ["O", "B-Population-Center"]) == (["وهران"], ["B-Population-Center"])


def test_chained_proclitics_join_the_next_word(script):
    assert script.join_clitics(["و", "ل", "باليرمو"], ["O", "O", "B-Population-Center"])[0] == ["ولباليرمو"]


def test_enclitic_joins_the_previous_word(script):
    assert script.join_clitics(["عدد", "هم", "كبير"], ["O", "O", "O"]) == (["عددهم", "كبير"], ["O", "O"])


def test_enclitic_after_a_digit_stays_apart(script):
    assert script.join_clitics(["1412", "ه"], ["O", "O"])[0] == ["1412", "ه"]


def test_groups_are_no_anercorp_entity(script):
    assert script.mapped(["B-Group", "B-Politician", "I-Politician"], script.TO_ANERCORP) == ["O", "B-PERS", "I-PERS"]


def test_inside_tag_after_another_type_starts_an_entity(script):
    assert script.mapped(["B-Nation", "I-Politician"], script.TO_ANERCORP) == ["B-LOC", "B-PERS"]


def test_overlap_key_ignores_spaces_and_alef_forms(script):
    assert script.sentence_key(["أعلن", "و", "زير"]) == script.sentence_key(["اعلن", "وزير"])
