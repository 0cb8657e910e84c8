"""Counts read without vowel marks (``helpers.extract.incidents.unmarked``), through the readers it wraps."""

from helpers.extract.incidents.details import fatalities
from helpers.extract.incidents.wounded import injuries
from helpers.text.normalize import normalize_letters


def _read(reader, text: str) -> list[tuple]:
    return [(f.count, f.text) for f in reader(text, normalize_letters(text), 0, len(text))]


def test_a_vowelled_passive_verb_tells_its_dead_and_wounded_with_offsets_into_the_text():
    text = "وقالت الشرطة إنه قُتل شخصان وأُصيب ثلاثة آخرون في الانفجار."
    assert _read(fatalities, text) == [(2, "شخصان")]
    assert _read(injuries, text) == [(3, "أُصيب ثلاثة آخرون")]


def test_a_shadda_on_the_victims_noun_keeps_the_count_and_the_text_as_written():
    text = "وقُتل 120 مدرّساً على الأقل خلال العام."
    ((count, told),) = _read(fatalities, text)
    assert count == 120 and told.startswith("120 مدرّساً")


def test_an_unvowelled_sentence_reads_as_before():
    text = "قتل شخصان وأصيب ثلاثة آخرون في الانفجار."
    assert _read(fatalities, text) == [(2, "شخصان")]
