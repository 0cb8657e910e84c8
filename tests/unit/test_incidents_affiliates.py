"""A militia taking ground for the government (helpers/extract/incidents/affiliates.py): minimal pairs."""

from helpers.extract.incidents.affiliates import government_affiliate, militia
from helpers.extract.incidents.kinds import refined
from helpers.extract.incidents.sides import NOBODY, Party
from helpers.extract.incidents.vocabulary import trigger_table
from helpers.text.normalize import normalize_letters

RESISTANCE = Party(0, 5, "المقاومة الشعبية", "Yemeni Resistance", "named", "armed_group")
HOUTHIS = Party(20, 25, "الحوثيون", "Houthis (Ansar Allah)", "named", "armed_group")
ARMY = Party(20, 25, "الجيش اليمني", "Military Forces of Yemen", "state", "army")
SALEH = Party(20, 25, "قوات صالح", "Saleh loyalists (allied to the Houthis)", "named", "armed_group")


def test_only_curated_militias_are_militias():
    assert militia(RESISTANCE) and militia(SALEH)
    assert not militia(HOUTHIS) and not militia(NOBODY)


def test_a_militia_taking_ground_from_rebels_is_the_governments_affiliate():
    assert government_affiliate(RESISTANCE, HOUTHIS)
    assert government_affiliate(RESISTANCE, NOBODY)
    assert not government_affiliate(HOUTHIS, RESISTANCE)


def test_a_militia_taking_ground_from_a_state_or_another_militia_is_not():
    assert not government_affiliate(RESISTANCE, ARMY)
    assert not government_affiliate(SALEH, RESISTANCE)


def test_the_sub_event_of_a_capture_follows_the_taker():
    seized = trigger_table()[normalize_letters("سيطرت")]
    assert refined(seized, RESISTANCE, HOUTHIS)[1] == "Government regains territory"
    assert refined(seized, HOUTHIS, RESISTANCE)[1] == "Non-state actor overtakes territory"
