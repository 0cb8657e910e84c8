"""GeoNames towns by the consonants of their Latin names (helpers/resources/gazetteer_latin.py)."""

from helpers.resources.gazetteer_latin import arabic_skeleton, latin_places, latin_skeleton, spelling_likeness


def test_an_arabic_spelling_and_the_latin_name_share_a_skeleton():
    assert arabic_skeleton("جاكرتا") == latin_skeleton("Jakarta")
    assert arabic_skeleton("داباتشي") == latin_skeleton("Dapchi")
    assert arabic_skeleton("البوكمال") == latin_skeleton("Albu Kamal")


def test_the_written_vowels_tell_masaya_from_mesa():
    assert spelling_likeness("ماسايا", "Masaya") > 0.9
    assert spelling_likeness("ماسايا", "Mesa") < 0.7


def test_the_shipped_table_has_towns_with_no_arabic_name():
    assert ("Menaka", "ML") in {(p.name_en, p.country) for p in latin_places()[latin_skeleton("Menaka")]}


def test_turkish_letters_are_respelt_as_heard():
    from helpers.resources.gazetteer_latin import native_spelling

    assert (native_spelling("Suruç", "TR"), native_spelling("Cizre", "TR"), native_spelling("Suruç", "FR")) == (
        "Suruch", "Jizre", "",
    )  # fmt: skip
