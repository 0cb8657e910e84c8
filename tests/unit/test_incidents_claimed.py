"""The doer of an attack told in a claim of responsibility or a blame near it (helpers/extract/incidents/claimed)."""

from helpers.extract.incidents.claimed import claimed_doer, claims
from helpers.extract.incidents.roles import opposed
from helpers.extract.incidents.scope import COLUMN, INCIDENT_COLUMNS
from helpers.extract.incidents.sides import NOBODY
from helpers.text.normalize import normalize_letters


def row(text: str, trigger: str, **fields) -> tuple:
    out = dict.fromkeys(INCIDENT_COLUMNS, "")
    out.update({"event_type": "Explosions/Remote violence", "start": text.index(trigger), **fields})
    return tuple(out[c] for c in INCIDENT_COLUMNS)


CLAIMED = "انفجرت سيارة مفخخة قرب مركز للشرطة صباح اليوم. وقد أعلنت حركة الشباب الصومالية مسؤوليتها عن الهجوم."
BLAMED = "قتل خمسة جنود في هجوم انتحاري على حاجز، على ما قال مسؤول أمني محملاً تنظيم القاعدة المسؤولية."
UNCLAIMED = "انفجرت سيارة مفخخة قرب مركز للشرطة صباح اليوم. ولم تعلن أي جهة مسؤوليتها عن الهجوم."


def test_an_attack_with_no_doer_is_the_claimants_who_took_responsibility_for_it():
    done = opposed(row(CLAIMED, "انفجرت"), NOBODY, NOBODY, set(), normalize_letters(CLAIMED))
    assert done[COLUMN["actor1_en"]] == "Al Shabaab"


def test_an_attack_a_source_blames_on_a_named_group_is_that_groups():
    done = claimed_doer(row(BLAMED, "هجوم", actor1_en="Unidentified armed group"), normalize_letters(BLAMED))
    assert done[COLUMN["actor1_en"]] == "Al-Qaeda"


def test_no_claim_when_nobody_claimed_and_a_named_doer_is_kept():
    assert claims(normalize_letters(UNCLAIMED)) == []
    named = row(CLAIMED, "انفجرت", actor1="الجيش", actor1_en="Military Forces of Somalia")
    assert claimed_doer(named, normalize_letters(CLAIMED))[COLUMN["actor1_en"]] == "Military Forces of Somalia"
