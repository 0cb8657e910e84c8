"""Tests for helpers.resources.english_names: the curated English spellings load and reject wrong rows."""

import pytest

from helpers.resources.english_names import EnglishNamesError, english_names


def test_shipped_table_has_several_hundred_names_and_words():
    table = english_names()
    assert len(table.names) >= 300 and len(table.words) >= 300


def test_shipped_table_spells_common_given_names():
    words = english_names().words
    assert (words["محمد"], words["احمد"], words["عبد الله"]) == ("Mohammed", "Ahmed", "Abdullah")


def test_keys_are_normalised():
    assert english_names().names["خليفه حفتر"] == "Khalifa Haftar"


def test_longest_word_run_counts_words():
    assert english_names().longest_word_run >= 2


def test_row_without_english_names_the_file_and_row(tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("arabic,english,scope\nمحمد,Mohammed,word\nأحمد,,word\n", encoding="utf-8")
    with pytest.raises(EnglishNamesError, match=r"names\.csv: row 3: empty"):
        english_names(path)


def test_unknown_scope_is_rejected(tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("arabic,english,scope\nمحمد,Mohammed,given\n", encoding="utf-8")
    with pytest.raises(EnglishNamesError, match="scope 'given'"):
        english_names(path)


def test_first_row_of_a_key_wins(tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("arabic,english,scope\nأحمد,Ahmed,word\nاحمد,Ahmad,word\n", encoding="utf-8")
    assert english_names(path).words["احمد"] == "Ahmed"
