"""Places: matching with clitics, disambiguation, precision, relative places, metonymy."""

import pandas as pd
import pytest

from helpers.extract import pipeline
from helpers.extract.mentions import iter_mentions
from helpers.extract.places import PLACE_COLUMNS, find_places, resolve
from helpers.text.normalize import normalize_letters


def place_mentions(text: str) -> list:
    """The places of one article as the pipeline leaves them (``reconcile`` included)."""
    return pipeline.run([{"article_id": "x", "text": text}], pipeline.components_for(["places"]))[0].places


def resolved(text: str) -> list[tuple[str, str, str]]:
    return [
        (m.surface, m.place.name_en if m.place else "", m.place.country if m.place else "")
        for m in place_mentions(text)
    ]


def first(text: str):
    return place_mentions(text)[0]


@pytest.mark.parametrize("surface", ["بدرنة", "لدرنة", "ودرنه", "فدرنة"])
def test_clitics_come_off(surface):
    m = first(f"وصلت القوات {surface} اليوم")
    assert (m.place.name_en, m.surface) == ("Darnah", surface[1:])


def test_spelling_variants_match():
    assert first("في بنغازى").place.name_en == first("في بنغازي").place.name_en == "Benghazi"


def test_lam_lam_becomes_the_article():
    assert first("عاد للقبة أمس، جنوب ليبيا").place.name_en == "Al Qubbah"


def test_tripoli_follows_the_article_context():
    assert first("اشتباكات في طرابلس الليبية بين ميليشيات في ليبيا").place.country == "LY"
    assert first("انفجار في طرابلس شمال لبنان، وفق الجيش اللبناني في لبنان").place.country == "LB"


def test_country_wins_over_a_village_of_the_same_name():
    m = first("غزو العراق عام 2003 وقع بعد سنوات في مصر")
    assert (m.place.kind, m.place.country) == ("country", "IQ")


def test_precision_town_region_country():
    kinds = {m.surface: m.precision for m in place_mentions("من درنة إلى الهلال النفطي في ليبيا")}
    assert kinds == {"درنة": 1, "الهلال النفطي": 3, "ليبيا": 3}


def test_relative_location_keeps_anchor_direction_and_distance():
    m = first("تقع على بعد 380 كيلومترا شرق بنغازي")
    assert (m.anchor, m.direction, m.distance_km, m.precision) == ("بنغازى", "E", 380.0, 2)
    assert m.lon > m.place.lon + 3
    assert first("في منطقة الظهر الحمر جنوب درنة").surface == "الظهر الحمر"
    south = place_mentions("في منطقة الظهر الحمر جنوب درنة")[1]
    assert (south.surface, south.direction) == ("جنوب درنة", "S")


def test_capital_used_as_an_actor_is_marked():
    assert first("وتتابع القاهرة عن كثب تطورات العملية").role == "actor"
    assert first("وصل الوفد إلى القاهرة أمس").role == "location"


def test_common_words_are_not_places():
    text = "المدينة الرياضية في البلاد، وصول الوفد ليل الخميس، وفي حصار طويل"
    assert resolved(text) == []


def test_unknown_town_is_listed_unresolved():
    found = place_mentions("سيطر الجيش على بلدة زرزورة الصغيرة")
    assert [(m.surface, m.place, m.flag) for m in found] == [("زرزورة", None, "not in gazetteer")]


def test_empty_and_non_arabic_text_yield_nothing():
    assert place_mentions("") == []
    assert place_mentions("Fighting in Derna continued.") == []


def test_find_then_resolve_offsets_index_the_text():
    text = "وصلت القوات بدرنة ثم اتجهت إلى بنغازي"
    norm = normalize_letters(text)
    found = find_places(text, norm)
    assert [(m.surface, m.place) for m in found] == [("درنة", None), ("بنغازي", None)]  # not resolved yet
    done = resolve(found, text, norm)
    assert [m.place.name_en for m in done] == ["Darnah", "Benghazi"]
    assert all(text[m.start : m.end] == m.surface for m in done)


def test_place_table_counts_every_mention_of_every_article():
    articles = pd.DataFrame({"article_id": ["a", "b"], "text": ["قصف في درنة ودرنة", "وصل إلى درنة وبنغازي"]})
    table = pipeline.extract_tables(articles)["places"]
    assert list(table.columns) == PLACE_COLUMNS
    darnah = table[table["name_en"] == "Darnah"]
    assert len(darnah) == 3
    assert darnah["article_id"].nunique() == 2
    assert table.loc[table["name_en"] == "Benghazi", "article_id"].tolist() == ["b"]


def test_extract_rows_carry_coordinates_and_precision():
    rows = list(iter_mentions([{"article_id": "x", "text": "وصل الوفد إلى درنة"}], ["place"]))
    assert rows[0]["kind"] == "place"
    assert rows[0]["lat"] == pytest.approx(32.767, abs=0.01)
    assert rows[0]["precision"] == 1
    assert rows[0]["value"].startswith("geonames:")


def keys(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.key) for m in find_places(text, normalize_letters(text))]


def test_a_name_of_several_words_is_one_mention_and_the_next_name_is_found_after_it():
    assert keys("زار شرم الشيخ وسيدي بوزيد") == [("شرم الشيخ", "شرم الشيخ"), ("سيدي بوزيد", "سيدي بوزيد")]


def test_punctuation_between_two_words_keeps_them_from_being_one_name():
    assert keys("وصل إلى الدار البيضاء أمس") == [("الدار البيضاء", "الدار البيضاء")]
    assert keys("وصل إلى الدار، البيضاء أمس") == [("البيضاء", "البيضاء")]


def test_a_name_after_a_district_word_the_gazetteer_lacks_is_listed():
    found = place_mentions("استهدفت المقاتلات مواقع للمتمردين في منطقة فضحة.")
    assert [(m.surface, m.place) for m in found] == [("فضحة", None)]


def test_a_quoted_name_after_a_district_word_keeps_all_its_words():
    found = place_mentions('دمرت الطائرات تعزيزات أخرى في منطقة "أبواب الحديد".')
    assert [m.surface for m in found] == ["أبواب الحديد"]


def test_a_noun_with_a_pronoun_after_a_district_word_is_no_name():
    assert place_mentions("هدد المدرسون في مناطق سيطرتهم بالإضراب.") == []


def test_a_common_indefinite_word_after_a_district_word_is_no_name():
    assert place_mentions("قال إن ما تبقى من المدينة يعتبر منطقة نيران.") == []


def test_a_facility_name_may_stand_in_quotes():
    found = place_mentions('فجر المسلحون في درنة جسر "الشلال" عند المدخل الجنوبي.')
    assert 'جسر "الشلال' in [m.surface for m in found]


def test_a_particle_begins_a_two_word_name_after_a_district_word():
    found = place_mentions("تقدمت القوات في مديرية جبل حبشي غرب تعز.")
    assert "جبل حبشي" in [m.surface for m in found]  # coded at Taiz, the nearest place named (toponyms/facilities)


def test_dar_and_bab_begin_a_two_word_district_name():
    found = place_mentions("سقطت قذائف على منطقة دار سعد في عدن وعلى حي باب السلام في المدينة القديمة.")
    unknown = [m.surface for m in found if m.place is None]
    assert "دار سعد" in unknown
    assert "باب السلام" in unknown


def test_a_common_definite_word_placed_by_what_follows_is_a_name():
    found = place_mentions("انفجرت عبوة في مدينة الصدر الواقعة شرقي بغداد.")
    assert "الصدر" in [m.surface for m in found if m.place is None]
    assert "كبيرة" not in [m.surface for m in place_mentions("تظاهروا في مدينة كبيرة قرب بغداد.")]


def test_a_word_under_a_proclitic_or_with_a_pronoun_is_no_unknown_name():
    assert place_mentions("اعتقل المئات في 19 مدينة بأنحاء البلاد.") == []
    assert place_mentions("عرقلت الأمطار الإنقاذ في مناطق اجتاحتها السيول.") == []


def test_wahy_is_no_district_word_and_a_noun_with_their_is_no_name():
    assert place_mentions("يختلق قصصا من وحي خياله.") == []
    assert place_mentions("يضطرون لقضاء حاجاتهم في الخلاء.") == []


def test_homographs_need_what_the_analysts_table_asks():
    """helpers/data/places_homographs.csv: طراز (a model) only after a place word, مشهد (a scene) also after في."""
    assert not place_mentions("عرضت الشركة سيارة من طراز جديد في المعرض.")
    assert [m.place.name_en for m in place_mentions("زار الوفد مدينة طراز الشهر الماضي.")] == ["Taraz"]
    assert not place_mentions("ساهمت القرارات في خلق مشهد سياسي جديد.")
    assert [m.place.name_en for m in place_mentions("وقع انفجار في مشهد أمس.")] == ["Mashhad"]


def test_a_junction_and_a_quoted_front_head_an_unknown_name():
    found = place_mentions("تقدمت القوات نحو مثلث الكدحة ثم إلى جبهة «المصلى» شرقا.")
    assert [m.surface for m in found if m.place is None] == ["الكدحة", "المصلى"]
    assert not [m for m in place_mentions("أعلنت جبهة النصرة مسؤوليتها عن الهجوم.") if m.place is None]


def test_a_word_of_the_land_heads_an_unknown_name_as_a_district_word_does():
    found = place_mentions("انتقلت المعارك إلى عقبة ثرة بعد سيطرة المقاومة على سهل الغاب.")
    assert [m.surface for m in found if m.place is None] == ["ثرة", "الغاب"]
    assert place_mentions("تشكل الأزمة عقبة كبيرة أمام الحوار في قطاع واسع من الاقتصاد.") == []


def test_a_town_listed_with_wa_after_a_districts_two_word_name_is_a_place():
    found = place_mentions("تمركزت القوات في منطقة رأس الكثيب والصليف شمال مدينة الحديدة.")
    assert "As Salif" in [m.place.name_en for m in found if m.place is not None]
    other = place_mentions("زار منطقة الخليج والصليف شمال الحديدة.")
    assert "As Salif" not in [m.place.name_en for m in other if m.place]


def test_a_facility_word_followed_by_a_description_is_no_named_facility():
    found = place_mentions("فجر انتحاري نفسه داخل مسجد تابع لقوات الأمن في مدينة أبها.")
    assert [m.surface for m in found] == ["أبها"]


def test_a_front_heads_a_place_only_with_one_quoted_word():
    """جبهة «فتح الشام»، جبهة «تحرير الشام»: a group's name, not a front's place."""
    assert not [m for m in place_mentions("قتل عشرة مقاتلين من جبهة «فتح الشام» في غارة.") if m.place is None]
    assert not [m for m in place_mentions("أعلنت جبهة «تحرير الشام» سيطرتها على المدينة.") if m.place is None]


def test_a_district_name_takes_a_third_word_after_bin_and_institutions_are_no_districts():
    found = place_mentions("قتل مسلحون في اشتباكات في منطقة قصر بن غشير جنوب طرابلس.")
    assert "قصر بن غشير" in [m.surface for m in found if m.place is None]
    assert not [m for m in place_mentions("وقع انفجار في منطقة سوق شعبي وسط المدينة.") if m.place is None]
    assert not [m for m in place_mentions("اندلعت اشتباكات في منطقة قصر الرئاسة.") if m.place is None]
    assert "دار سعد" in [m.surface for m in place_mentions("قتل شخصان في منطقة دار سعد.") if m.place is None]


def test_a_junctions_nickname_placed_by_a_direction_is_no_place():
    assert [m.surface for m in place_mentions("تقدمت القوات في مثلث الموت جنوب بغداد.") if m.place is None] == []


def test_abyan_as_a_verb_and_rabak_after_fi_follow_the_homograph_table():
    assert not place_mentions("وأود أن أبين للرأي العام أن الحكومة لم توافق.")
    assert [m.place.name_en for m in place_mentions("قتل جنديان في أبين أمس.")] == ["Abyan"]
    assert [m.surface for m in place_mentions("اندلعت اشتباكات في ربك أمس.")] == ["ربك"]


def test_an_unknown_name_with_a_known_name_in_brackets_is_that_town():
    found = resolved("وصل المتطوعون إلى مدينة كوباني السورية (عين العرب) لإعادة إعمارها.")
    assert found[0] == ("كوباني", "'Ayn al 'Arab", "SY")
    assert resolved("سيطر الجيش على بلدة زرزورة (وهي قرية صغيرة).")[0][1] == ""
    assert resolved("قتل ثمانية مدنيين في قصف على بلدة معرشمارين (إدلب).")[0][1] == ""  # where it lies


def test_an_unknown_two_word_name_placed_by_the_words_after_it_keeps_both_words():
    found = place_mentions("قتل ثلاثة في العراق. وعثر على جثة في حي عرب دليجة التابع لمنطقة الدورة جنوبي بغداد.")
    assert "عرب دليجة" in [m.surface for m in found if m.place is None]
    assert [m.surface for m in place_mentions("سكن في حي شعبي مكتظ قرب السوق.")] == []
