"""What is not political violence (helpers/extract/incidents/crime.py): a crime with no political or organised
dimension, and a death told with no violence."""

import pandas as pd

from helpers.extract import pipeline
from helpers.extract.incidents.crime import criminal, unexplained_death
from helpers.extract.incidents.scope import INCIDENT_COLUMNS
from helpers.text.normalize import normalize_letters

TITLE = "أخبار اليوم"


def rows(text: str) -> list[dict]:
    record = {"article_id": "a", "text": f"{TITLE}\n{text}", "dct": pd.Timestamp("2018-08-10"),
              "dct_source": "published", "outlet": "Sky News Arabia", "body_start": len(TITLE) + 1}  # fmt: skip
    (article,) = pipeline.run([record])
    return [dict(zip(INCIDENT_COLUMNS, r, strict=True)) for r in article.incidents]


def test_a_killing_over_a_personal_grudge_is_a_crime_one_by_a_terrorist_group_is_not():
    grudge = normalize_letters("قتل رجل 5 أشخاص في مقر الصحيفة على خلفية ضغينة بعد أن خسر دعوى قضائية")
    terror = normalize_letters("قتل رجل 5 أشخاص وتبنى تنظيم داعش الهجوم الإرهابي")
    attack = ("Violence against civilians", ("رجل", ""), "Civilians")
    assert criminal(*attack, grudge)
    assert not criminal(*attack, terror)


def test_a_school_shooting_with_no_political_setting_is_no_event():
    school = "قتل طالب مسلح عشرة أشخاص بإطلاق النار في مدرسة ثانوية بولاية تكساس الأمريكية يوم الجمعة."
    assert rows(school) == []
    assert rows(school.replace("طالب مسلح", "مسلحون من تنظيم داعش")) != []


def test_an_organised_side_makes_violence_political():
    norm = normalize_letters("فتحت الشرطة النار على رجل في الشارع بسبب شجار")
    assert not criminal("Violence against civilians", ("الشرطة", "Police Forces of the United States"), "", norm)


def test_a_death_with_no_violence_in_its_sentence_is_no_event():
    drowned = normalize_letters("لقي ثلاثة أشخاص حتفهم غرقا في نهر النيل")
    shot = normalize_letters("لقي ثلاثة فلسطينيين حتفهم برصاص القوات الإسرائيلية")
    assert unexplained_death(drowned, (0, len(drowned)))
    assert not unexplained_death(shot, (0, len(shot)))


def test_a_death_told_with_its_cause_is_a_row_with_its_dead():
    (row,) = rows("لقي ثلاثة فلسطينيين حتفهم، برصاص القوات الإسرائيلية، قرب الحدود مع إسرائيل، الأحد.")
    assert (row["event_type"], row["fatalities"]) == ("Violence against civilians", 3)
    assert rows("لقي ثلاثة أشخاص حتفهم غرقا في نهر النيل الأحد.") == []


def test_a_martyrs_death_by_a_violent_act_is_a_row_with_its_dead():
    (row,) = rows("أدى الحادث الإرهابي الذي وقع في مسجد داخل مقر قوات الطوارئ إلى استشهاد 12 من رجال الأمن.")
    assert row["fatalities"] == 12
    assert rows("أدى حادث سير على الطريق الدولي إلى استشهاد 12 من رجال الأمن.") == []


def test_a_martyrs_death_by_shrapnel_or_in_a_confrontation_is_violent():
    (row,) = rows("واستشهد جندي نتيجة إصابته بشظايا مقذوف عسكري من داخل الأراضي اليمنية.")
    assert row["fatalities"] == 1
    (clash,) = rows("واستشهد جنديان في المواجهة مع المسلحين على الحدود.")
    assert clash["fatalities"] == 2
    assert rows("واستشهد جندي نتيجة إصابته بمرض عضال في المستشفى.") == []


def test_a_citation_is_no_martyrs_death():
    assert rows("واستشهد الوزير بتقرير الأمم المتحدة عن الأوضاع في اليمن.") == []


def test_a_citation_beside_a_force_is_no_martyrs_death():
    assert rows("استشهد المتحدث باسم قوات التحالف بصور الأقمار الصناعية لإثبات موقفه.") == []
    (row,) = rows("استشهد جندي من قوات التحالف بشظايا قذيفة أطلقها الحوثيون على الحدود.")
    assert row["fatalities"] == 1


def test_a_killing_of_kin_is_a_family_crime_unless_an_armed_group_did_it():
    """A random SaudiNewsNet scan (seed 5303) kept a father who shot his son and a husband who had his wife killed
    as violence against civilians."""
    assert rows("أقدم مواطن كويتي على قتل ابنه بطلقتين في منطقة صباح السالم أمس.") == []
    assert rows("كشفت التحقيقات أن الإعلامي تواطأ مع أحد السائقين على قتل زوجته في بيروت.") == []
    assert [r["event_type"] for r in rows("وقتل مسلحون من تنظيم داعش شقيقه في الرقة.")] == [
        "Violence against civilians"
    ]


def test_a_riot_named_as_a_charge_of_an_arrest_is_no_riot():
    charged = "ضبطت الأجهزة الأمنية 5 من عناصر جماعة الإخوان بتهمة التحريض على الشغب والعنف في الغربية."
    involved = "ألقت الشرطة القبض على 5 من الإخوان لتورطهم في أعمال شغب وعنف في قرى مركز قطور."
    assert "Riots" not in [r["event_type"] for r in rows(charged) + rows(involved)]
    assert [r["event_type"] for r in rows("اندلعت أعمال شغب في قرى مركز قطور أمس.")] == ["Riots"]


def test_a_husband_killed_by_a_sniper_or_a_ministers_daughter_killed_in_an_attack_is_no_family_crime():
    assert rows("قتل زوجها برصاص قناص في مدينة تعز اليوم.") != []
    assert rows("قتل مسلحون ابنة الوزير في هجوم على منزله في كابول.") != []
