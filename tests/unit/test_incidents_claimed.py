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


def test_an_announcement_a_denial_or_an_unclaimed_act_gives_no_claimant():
    announced = "قتل خمسة مدنيين في هجوم بقذائف الهاون على قرية. وأعلن الجيش العراقي أن الهجوم أسفر أيضا عن إصابة عشرة."
    assert claims(normalize_letters(announced)) == []
    denied = "انفجرت سيارة مفخخة قرب مقر للشرطة. ونفى تنظيم القاعدة أن يكون قد أعلن مسؤوليته عن التفجير."
    assert claims(normalize_letters(denied)) == []
    other = (
        "وكان تنظيم داعش قد أعلن مسؤوليته عن تفجير الشهر الماضي. "
        "وفي القطيف أطلق مجهولون النار على دورية، ولم تعرف هوية المهاجمين."
    )
    done = claimed_doer(row(other, "أطلق", event_type="Violence against civilians"), normalize_letters(other))
    assert done[COLUMN["actor1_en"]] == ""


def test_the_accuser_of_a_finite_blame_is_not_made_the_doer():
    text = "انفجرت عبوة ناسفة في سوق شعبي صباح اليوم. وحمل الحوثيون التحالف المسؤولية عن التفجير."
    done = claimed_doer(row(text, "انفجرت", actor1_en="Unidentified armed group"), normalize_letters(text))
    assert done[COLUMN["actor1_en"]] != "Houthis"
