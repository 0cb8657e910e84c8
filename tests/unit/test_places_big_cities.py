"""Tests for helpers.extract.places: big cities that news mostly names as places need no place word before them."""

import pytest

from helpers.extract.places import find_places
from helpers.text.normalize import normalize_for_matching


def keys(text: str) -> list[str]:
    return [m.key for m in find_places(text, normalize_for_matching(text))]


@pytest.mark.parametrize("text", ["تقدمت القوات نحو الحديدة", "زار الرئيس القدس أمس"])
def test_a_big_city_mostly_named_as_a_place_needs_no_cue(text):
    assert len(keys(text)) == 1


def test_a_club_city_still_needs_a_cue():
    assert keys("فاز ليفربول على ميلان") == []
    assert len(keys("وصل إلى مدينة ليفربول")) == 1


def test_a_noun_in_place_slots_with_a_village_namesake_is_not_a_place():
    assert keys("أفرج عنه من السجن") == []


def test_a_city_often_named_as_a_place_passes_after_a_spatial_preposition():
    assert len(keys("خرج آلاف في غزة")) == 1
    assert len(keys("وفي غزة قال مسؤول")) == 1
    assert keys("حماس غزة") == []


def test_qitaa_is_a_place_word():
    assert len(keys("قصف الجيش قطاع غزة")) == 1
