"""What the event table keeps of an article's rows (helpers/extract/incidents/scope.py), on hand-made rows."""

import pandas as pd

from helpers.extract.incidents.scope import (
    COLUMN,
    INCIDENT_COLUMNS,
    dated_by_previous,
    in_scope,
    merge_mentions,
    same_event,
)
from helpers.text.normalize import normalize_letters

DCT = pd.Timestamp("2018-06-10").date()
NOUNS = frozenset({normalize_letters("إعلان")})


def row(**values) -> tuple:
    base = {name: "" for name in INCIDENT_COLUMNS}
    base.update(
        event_type="Battles", sub_event_type="Armed clash", action="اشتباك", sentence_id=1, start=0, end=5,
        event_date=pd.Timestamp("2018-06-09"), time_precision=1, latitude=None, longitude=None,
        geo_precision=None, fatalities=None, location="درنة",
    )  # fmt: skip
    base.update(values)
    return tuple(base[name] for name in INCIDENT_COLUMNS)


LNA = {"actor1": "الجيش الوطني الليبي", "actor1_en": "Libyan National Army (LNA)"}
AQ = {"actor2": "تنظيم القاعدة", "actor2_en": "Al-Qaeda"}


def test_a_row_more_than_a_year_old_is_out_of_scope():
    assert not in_scope(row(event_date=pd.Timestamp("2017-06-01")), "", DCT, NOUNS)
    assert in_scope(row(event_date=pd.Timestamp("2017-07-01")), "", DCT, NOUNS)


def test_a_statement_needs_an_operation_after_its_verb():
    said, other = "أعلن الجيش بدء عملية تحرير درنة", "أعلن الجيش نتائج المسابقة"
    statement = {"event_type": "Statement", "trigger": "أعلن", "end": 4, "action_en": "announcement"}
    assert in_scope(row(**statement, notes=said), normalize_letters(said), DCT, NOUNS)
    assert not in_scope(row(**statement, notes=other), normalize_letters(other), DCT, NOUNS)


def test_a_statement_noun_is_out_of_scope():
    norm = normalize_letters("إعلان الجيش بدء عملية تحرير درنة")
    assert not in_scope(row(event_type="Statement", trigger="إعلان", end=5), norm, DCT, NOUNS)


def test_a_criminal_arrest_is_out_of_scope_a_political_one_in():
    arrest = {"event_type": "Strategic developments", "sub_event_type": "Arrests", "action": "اعتقال"}
    assert not in_scope(row(**arrest, notes="اعتقلت الشرطة مهربا للمخدرات"), "", DCT, NOUNS)
    assert in_scope(row(**arrest, notes="اعتقلت الشرطة ناشطا معارضا"), "", DCT, NOUNS)


def test_two_mentions_with_the_same_sides_are_one_event():
    assert same_event(row(**LNA, **AQ), row(**LNA, **AQ, sentence_id=3))


def test_swapped_sides_of_a_clash_are_one_event():
    swapped = {
        "actor1": AQ["actor2"],
        "actor1_en": AQ["actor2_en"],
        "actor2": LNA["actor1"],
        "actor2_en": LNA["actor1_en"],
    }
    assert same_event(row(**LNA, **AQ), row(**swapped))


def test_two_stated_days_are_two_events():
    assert not same_event(
        row(**LNA, date_text="الجمعة"), row(**LNA, date_text="6 يونيو", event_date=pd.Timestamp("2018-06-06"))
    )


def test_a_generic_noun_alone_does_not_make_two_named_rows_one():
    a = row(actor1="عطية الشاعري", actor1_en="Attiya al-Shaari", actor2="مسلحين", actor2_en="militants")
    b = row(
        **LNA,
        actor2="الأمن",
        actor2_en="military forces",
        action="سيطرة",
        sub_event_type="Government regains territory",
    )
    assert not same_event(a, b)


def test_a_town_and_its_district_are_one_place_two_districts_are_not():
    grt = {**LNA, "action": "سيطرة", "sub_event_type": "Government regains territory"}
    town = row(**grt, location="درنة", location_en="Darnah", latitude=32.76, longitude=22.63, geo_precision=1)
    district = row(
        **grt, location="المغار", location_en="Al-Maghar (Derna)", latitude=32.75, longitude=22.64, geo_precision=2
    )
    other = row(
        **grt, location="الساحل", location_en="East Coast (Derna)", latitude=32.77, longitude=22.66, geo_precision=2
    )
    assert same_event(town, district)
    assert not same_event(district, other)


def test_on_a_tie_the_merged_row_keeps_the_first_offsets_and_fills_its_empty_place():
    first = row(**LNA, start=10, end=15, location="", date_text="الجمعة")
    later = row(**AQ, sentence_id=4, start=200, end=205)
    (merged,) = merge_mentions([first, later])
    assert (merged[COLUMN["start"]], merged[COLUMN["location"]]) == (10, "درنة")


def test_the_mention_that_tells_most_is_kept():
    first = row(**LNA, start=10, end=15)
    later = row(**LNA, **AQ, sentence_id=4, start=200, end=205)
    (merged,) = merge_mentions([first, later])
    assert (merged[COLUMN["start"]], merged[COLUMN["actor2_en"]]) == (200, "Al-Qaeda")


def test_a_specific_act_is_kept_over_a_generic_part_of_its_battle():
    part = row(**LNA, start=10, end=15)
    act = row(**LNA, action="سيطرة", sub_event_type="Government regains territory", sentence_id=2, start=90, end=95)
    (merged,) = merge_mentions([part, act])
    assert (merged[COLUMN["start"]], merged[COLUMN["sub_event_type"]]) == (90, "Government regains territory")


def test_a_sentence_continuing_a_dated_event_takes_its_date():
    dated = row(sentence_id=3, date_text="16 فبراير 2015", event_date=pd.Timestamp("2015-02-16"))
    follows = row(sentence_id=4, event_type="Explosions/Remote violence")
    far = row(sentence_id=6)
    out = dated_by_previous([dated, follows, far])
    assert out[1][COLUMN["event_date"]] == pd.Timestamp("2015-02-16")
    assert out[2][COLUMN["event_date"]] == pd.Timestamp("2018-06-09")


def test_shelling_is_kept_over_a_clash_told_generically_in_its_sentence():
    clash = row(**LNA, start=10, end=15)
    shelling = row(**LNA, action="قصف", event_type="Explosions/Remote violence", start=90, end=95)
    (merged,) = merge_mentions([clash, shelling])
    assert merged[COLUMN["start"]] == 90


def test_a_strike_told_in_a_sentence_of_its_own_is_not_folded_into_a_battle():
    battle = row(**LNA, **AQ, start=10, end=15)
    strike = {"action": "قصف", "event_type": "Explosions/Remote violence", "start": 90, "end": 95}
    assert len(merge_mentions([battle, row(**LNA, **strike, sentence_id=3)])) == 2
    assert len(merge_mentions([battle, row(**LNA, **strike)])) == 1
    assert len(merge_mentions([battle, row(**LNA, action="قتل", sentence_id=3, start=90, end=95)])) == 1


def test_two_acts_by_different_named_actors_with_no_target_are_not_one_event_swapped():
    fields = {"event_type": "Battles", "action": "هجوم", "event_date": "2018-09-12", "time_precision": 2}
    treasury = row(actor1="وزارة الخزانة الأميركية", actor1_en="American Treasury", **fields)
    militia = row(actor1="ميليشيا الجضران", actor1_en="Militia (Ibrahim Jadhran)", **fields)
    assert not same_event(treasury, militia)
    assert same_event(militia, row(actor1="ميليشيا الجضران", actor1_en="Militia (Ibrahim Jadhran)", **fields))


def test_a_clash_told_elsewhere_with_its_own_dead_is_not_folded_into_a_battle():
    battle = row(action="سيطرة", sentence_id=4, **LNA, **AQ)
    clash = row(sentence_id=7, location="", fatalities=1, **LNA)
    assert not same_event(battle, clash)
    assert same_event(battle, row(sentence_id=7, location="", **LNA))


def test_two_strikes_each_with_their_own_toll_are_two_events_an_approximate_toll_may_be_the_same():
    shelling = {"event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack"}
    first = row(action="قصف", sentence_id=2, fatalities=20, fatalities_qualifier="exact", **shelling)
    second = row(action="قصف", sentence_id=8, fatalities=1, fatalities_qualifier="exact", **shelling)
    assert not same_event(first, second)
    assert same_event(first, row(action="قصف", sentence_id=8, fatalities=12, fatalities_qualifier="about", **shelling))


def test_the_arrest_of_a_lone_shooter_is_police_work_on_a_crime():
    arrest = row(event_type="Strategic developments", sub_event_type="Arrests", action="اعتقال", actor1="الشرطة")
    crime = normalize_letters("اعتقلت الشرطة مطلق النار الذي قتل عشرة في مدرسة ثانوية")
    assert not in_scope(arrest, crime, DCT, NOUNS)
    assert in_scope(arrest, crime + " " + normalize_letters("وتبنى تنظيم داعش الهجوم"), DCT, NOUNS)


def test_a_statement_told_in_the_pluperfect_is_background_not_the_articles_statement():
    said, before = "أعلن الجيش بدء عملية تحرير درنة", "وكان الجيش قد أعلن بدء عملية تحرير درنة"
    statement = {"event_type": "Statement", "trigger": "أعلن", "action_en": "announcement"}
    assert in_scope(row(**statement, end=4, notes=said), normalize_letters(said), DCT, NOUNS)
    assert not in_scope(row(**statement, start=17, end=21, notes=before), normalize_letters(before), DCT, NOUNS)
