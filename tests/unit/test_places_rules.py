"""Places: ambiguous words need evidence, the article's countries decide, regions, facilities, distances."""

import pandas as pd
import pytest

from helpers.extract import pipeline
from helpers.extract.places import PLACE_COLUMNS
from helpers.report import places as report_places


def place_mentions(text: str) -> list:
    return pipeline.run([{"article_id": "x", "text": text}], pipeline.components_for(["places"]))[0].places


def names(text: str) -> list[str]:
    return [m.place.name_en for m in place_mentions(text) if m.place is not None]


def only(text: str, surface: str):
    return next(m for m in place_mentions(text) if m.surface == surface)


# Ambiguity-aware matching


def test_authorities_are_not_settat():
    assert "Settat" not in names("أو أن سلطات المملكة احتجزته")


def test_the_news_is_not_khobar_but_the_city_of_khobar_is():
    assert "Khobar" not in names("وذكر الخبر أن الاشتباكات مستمرة")
    assert "Khobar" in names("وقع الانفجار في مدينة الخبر السعودية")


def test_an_adjective_after_a_definite_noun_is_not_bayda():
    assert names("أعلنت القوات انتهاء العملية البيضاء") == []
    assert names("وصل الوفد إلى مدينة البيضاء") == ["Bayda"]


def test_a_number_word_is_not_khums_without_a_preposition():
    assert names("خلال الخمس سنوات الماضية") == []
    assert "Al Khums" in names("وصلت القوات إلى الخمس غرب طرابلس في ليبيا")


def test_a_camp_is_not_mascara():
    assert "Mascara" not in names("قتل ضابط في معسكر الصاعقة")


def test_a_known_place_coordinated_with_an_ambiguous_one_is_evidence():
    assert names("من الجفرة والقبة إلى بنغازي") == ["Al Jufrah", "Al Qubbah", "Benghazi"]
    assert "Al Qubbah" not in names("رفعت القبة فوق المسجد")


def test_a_lone_comma_after_a_place_is_no_list():
    assert names("فتحت الانتصارات في درنة، الباب أمام عودة الحياة") == ["Darnah"]


def test_an_ambiguous_word_is_no_evidence_for_itself():
    assert names("قبل أن يتحول الخلاف ما بين الأم وابنتها إلى حرب") == []


def test_a_place_inside_a_group_name_is_in_name_and_not_counted():
    m = only("هاجم عناصر أنصار بيت المقدس كمينا", "بيت المقدس")
    assert m.role == "in_name"
    table = pipeline.extract_tables(
        pd.DataFrame({"article_id": ["a"], "text": ["هاجم عناصر أنصار بيت المقدس كمينا في سيناء"]})
    )["places"]
    assert report_places.place_summary(table)["name_en"].tolist() == ["Sinai Peninsula"]


def test_a_place_inside_a_newspaper_name_is_in_name():
    assert only("قالت صحيفة واشنطن بوست الأمريكية", "واشنطن").role == "in_name"
    assert only("وصل الوزير إلى واشنطن أمس", "واشنطن").role == "location"


# Country-consistent disambiguation (minimal pairs)


def test_western_desert_beside_egyptian_places_is_egypts():
    m = only("خدم في سيناء والصحراء الغربية قرب الحدود مع مصر", "الصحراء الغربية")
    assert (m.place.country, m.precision) == ("EG", 3)


def test_western_sahara_beside_morocco_is_western_sahara():
    m = only("جبهة البوليساريو في الصحراء الغربية والمغرب", "الصحراء الغربية")
    assert m.place.country == "EH"


def test_the_oases_follow_the_articles_country():
    assert only("هجوم الواحات في مصر أسفر عن قتلى في مصر", "الواحات").place.country == "EG"


# Physical and macro regions


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("عبور البحر المتوسط إلى إيطاليا", "البحر المتوسط", "sea"),
        ("المهاجرين من أفريقيا", "أفريقيا", "continent"),
        ("ناقلات النفط في الخليج العربي", "الخليج العربي", "gulf"),
        ("عبر الصحراء الكبرى", "الصحراء الكبرى", "desert"),
    ],
)
def test_regions_are_found_with_precision_three(text, surface, kind):
    m = only(text, surface)
    assert (m.place.kind, m.precision) == (kind, 3)


# Facilities and sub-city places


def test_a_consulate_is_placed_at_its_town_with_its_name_kept():
    found = place_mentions("دخل خاشقجي القنصلية السعودية في إسطنبول")
    consulate = next(m for m in found if m.surface == "القنصلية السعودية")
    istanbul = next(m for m in found if m.surface == "إسطنبول")
    assert (consulate.place.name, consulate.place.kind, consulate.precision) == ("القنصلية السعودية", "facility", 2)
    assert (consulate.lat, consulate.lon) == (istanbul.lat, istanbul.lon)
    assert any(m.surface == "السعودية" and m.place.kind == "country" for m in found)


def test_a_hotel_named_after_a_region_is_in_the_town_named_after_it():
    found = place_mentions("نزل الوفد في فندق تيبستي في بنغازي")
    assert [(m.surface, m.place.kind) for m in found] == [("فندق تيبستي", "facility"), ("بنغازي", "city")]
    assert found[0].lat == found[1].lat


def test_a_facility_in_the_osm_extract_has_its_own_point():
    m = only("هبطت الطائرة في مطار الخروبة", "مطار الخروبة")
    assert (m.place.source, m.precision) == ("osm", 1)
    assert m.lat == pytest.approx(32.001, abs=0.01)


def test_a_port_named_after_its_town():
    m = only("اشتباكات قرب ميناء طرابلس الليبية", "ميناء طرابلس")
    assert (m.place.country, m.precision, m.place.kind) == ("LY", 2, "facility")


def test_an_ordinary_noun_phrase_after_a_head_is_no_facility():
    assert place_mentions("أقام الجيش منطقة عسكرية في ساحة المعركة") == []


def test_an_unknown_facility_without_town_is_listed_for_review():
    m = only("اعتقل في سجن الكويفية", "سجن الكويفية")
    assert (m.place, m.flag) == (None, "facility: town not named")


# Relative locations


def test_distance_in_km_and_direction_moves_the_point():
    m = only("تقع على بعد 70 كلم شرقي درنة", "على بعد 70 كلم شرقي درنة")
    assert (m.distance_km, m.direction, m.precision) == (70.0, "E", 2)
    assert m.lon == pytest.approx(m.place.lon + 70 / (111 * 0.8414), abs=0.02)


def test_number_words_and_compound_directions():
    m = only("على بعد سبعين كيلومترا جنوب غرب طبرق", "على بعد سبعين كيلومترا جنوب غرب طبرق")
    assert (m.distance_km, m.direction) == (70.0, "SW")
    assert m.lat < m.place.lat and m.lon < m.place.lon


def test_miles_become_kilometres():
    assert only("على بعد 10 أميال جنوب بنغازي", "على بعد 10 أميال جنوب بنغازي").distance_km == 16.1


def test_vague_distance_is_kept_and_flagged():
    m = only("على بعد عشرات الكيلومترات من بنغازي", "على بعد عشرات الكيلومترات من بنغازي")
    assert (m.distance_km, m.flag, m.direction) == (30.0, "approximate distance", "")
    assert (m.lat, m.lon) == (m.place.lat, m.place.lon)


def test_the_table_keeps_distance_and_direction():
    table = pipeline.extract_tables(pd.DataFrame({"article_id": ["a"], "text": ["على بعد 70 كلم شرقي درنة"]}))["places"]
    assert list(table.columns) == PLACE_COLUMNS
    assert table.loc[0, ["distance_km", "direction"]].tolist() == [70.0, "E"]


def test_a_continent_after_a_preposition_needs_no_country():
    assert names("هاجر الشاب إلى أوروبا") == ["Europe"]
    assert names("محاولة النيل من الجيش") == []


def test_a_city_of_a_million_needs_no_evidence():
    assert names("أطلقت دبي أول مركبة أجرة ذاتية القيادة") == ["Dubai"]


def test_a_district_word_is_a_place_cue():
    assert "Az Zubayr" in names("تظاهر المحتجون في قضاء الزبير")


def test_a_surname_that_news_rarely_uses_as_a_place_needs_evidence():
    assert names("محادثات نادرة بين حفتر والسراج في باريس") == ["Paris"]


def test_the_articles_country_does_not_turn_a_capital_into_a_small_namesake():
    text = "قال أستاذ في كلية الاقتصاد في لندن إن الولايات المتحدة والولايات المتحدة تضغط"
    assert only(text, "لندن").place.country == "GB"


def test_ordinary_words_after_a_district_or_street_head_are_no_place():
    assert names("سقط صاروخ على منطقة سكنية في مدينة الحديدة") == ["Al Hudaydah"]
    assert names("وفي شارع رئيسي في مدينة الخبر") == ["Khobar"]


def test_a_mid_size_namesake_does_not_beat_a_capital_on_the_articles_country():
    text = "بعدما وافقت موسكو على وقف إطلاق النار. وقالت الولايات المتحدة إن الولايات المتحدة ترحب"
    assert only(text, "موسكو").place.country == "RU"
    text = "وتقع البلدة جنوب خط فض الاشتباك الذي قررته موسكو وواشنطن تفاديا للتصعيد بين الطرفين."
    assert only(text, "موسكو").place.country == "RU"  # Washington in its sentence does not make it Mesquite, Texas


def test_punctuation_breaks_a_place_cue():
    assert names("لكن لبنان ليس جزيرة، إنه يعاني") == ["Lebanon"]
    assert names('سيطر الجيش على منطقة "الفتائح" شرق درنة') == ["Al-Fatayih (Derna)", "Darnah"]


def test_a_district_named_with_a_common_word_is_placed_at_its_town():
    found = place_mentions("أطلق النار في حي السوق بمدينة بريدة")
    assert [(m.surface, m.place.kind) for m in found] == [("حي السوق", "district"), ("بريدة", "city")]
    assert found[0].lat == found[1].lat


def test_a_small_foreign_town_needs_evidence_too():
    assert "Rogers" not in names("وقال الأدميرال مايكل روجرز مدير وكالة الأمن القومي في واشنطن")
    assert "Rogers" in names("وقع الحادث في روجرز بولاية أركنساس في الولايات المتحدة")


def test_a_head_then_in_town_is_no_facility_name():
    assert [m.surface for m in place_mentions("أقام في فندق بنيويورك")] == ["نيويورك"]


def test_cote_divoire_is_the_country_not_al_kut():
    assert names("وكانت وجهة السفينة إلى كوت ديفوار") == ["Côte d'Ivoire"]


def test_every_gazetteer_point_is_on_the_globe():
    from helpers.resources.gazetteer import gazetteer

    points = [(p.lat, p.lon) for places in gazetteer().values() for p in places]
    assert all(-90 <= lat <= 90 and -180 <= lon <= 180 for lat, lon in points)


def test_the_old_city_of_derna_is_not_tripolis():
    assert "Old city of Tripoli" not in names("فروا إلى المدينة القديمة وسط مدينة درنة")


def test_a_dateline_is_where_the_story_was_filed_not_a_location():
    found = place_mentions("عنوان\n\nالقاهرة (رويترز) - قال الجيش إنه قتل 10 في العريش")
    assert [(m.surface, m.role) for m in found] == [("القاهرة", "dateline"), ("العريش", "location")]


# Stop 21: names the layer missed, words it read as places, capitals that act


def test_names_listed_after_a_dual_place_word_are_places():
    assert "Ad Durayhimi" in names("تقدمت القوات في محافظة الحديدة وحررت معظم مناطق مديريتي التحيتا والدريهمي.")


def test_a_wadi_names_its_town():
    assert "Zabid" in names("دمرت الطائرات عربات في وادي زبيد ومديرية الجراحي في محافظة الحديدة.")


def test_a_town_news_mostly_names_as_a_place_passes_after_a_preposition():
    assert "Duma" in names("هجوم كيماوي مفترض وقع في دوما قرب دمشق.")


def test_a_nationality_adjective_is_evidence_for_an_ambiguous_name():
    text = "قتل الجيش الإسرائيلي عشرات المتظاهرين الفلسطينيين، ردا على تصاعد العنف في غزة."
    assert "Gaza" in names(text)
    assert "Gaza" not in names("ردا على تصاعد العنف في غزة.")


def test_a_town_name_after_a_relative_pronoun_is_a_verb():
    assert "Aden" not in names("تحدث إلى الفتيات اللواتي عدن إلى منازلهن في نيجيريا.")
    assert "Aden" in names("وصل الوفد إلى عدن.")


def test_a_town_under_the_clitic_kaf_is_a_verb():
    assert "Sirte" not in names("دخل المسلحون المكتب وكسرت أبوابه في ليبيا.")


def test_a_town_after_kaf_meaning_such_as_is_a_place():
    assert "Aleppo" in names("تعرضت مدن سورية كبرى كحلب وحمص لقصف عنيف.")
    assert "Mosul" in names("نزح آلاف السكان من مدن عراقية كالموصل وتكريت.")


def test_a_capital_after_a_noun_with_a_pronoun_is_a_location():
    assert only("قتل ثلاثة جنود في هجوم استهدف دورية قرب عاصمتها طرابلس.", "طرابلس").role == "location"


def test_a_country_before_a_feminine_plural_is_a_location():
    assert only("يلعب المنتخب أمام بنما لإثبات جدارته", "بنما").role == "location"


def test_a_word_after_a_comma_and_wa_does_not_continue_a_place_list():
    assert "Khobar" not in names("تضررت مدن كثيرة، والخبر الذي نشرته الصحف أكد ذلك.")
    assert "Al Ain City" not in names("زار الوزير مناطق الإنتاج، والعين على زيادة الصادرات في الإمارات.")


def test_a_capital_that_acts_is_an_actor():
    assert only("غارات شنتها دمشق على البلدة", "دمشق").role == "actor"
    assert only("إن تركيا ستطهر قريبا عفرين", "تركيا").role == "actor"
    assert only("وفي ماناغوا داهمت الشرطة جامعة", "ماناغوا").role == "location"


def test_a_place_that_witnessed_is_a_location():
    assert only("وكانت إيران قد شهدت احتجاجات مماثلة", "إيران").role == "location"


def test_central_america_is_a_region_not_the_united_states():
    assert names("في هذا البلد الواقع في أمريكا الوسطى") == ["Central America"]


def test_eastern_ghouta_is_a_region_of_syria():
    assert names("قصفت القوات الحكومية الغوطة الشرقية") == ["Eastern Ghouta"]


def test_a_district_named_after_a_town_near_the_articles_places_is_the_town():
    assert "Ad Durayhimi" in names("سيطرت القوات على منطقة الدريهمي في جنوب محافظة الحديدة.")


def test_a_facility_keeps_the_town_it_is_coded_at():
    airport = only("اشتباكات على طريق مطار الحديدة في اليمن", "مطار الحديدة")
    assert airport.extra["town"].place.name_en == "Al Hudaydah"


def test_a_country_spelling_added_to_the_country_names_is_found_without_a_rebuild():
    assert names("أعلن هو تشي منه استقلال فيتنام من الاحتلال الفرنسي") == ["Viet Nam"]
    assert names("وصل الوزير إلى المجر ثم إلى صربيا") == ["Hungary", "Serbia"]


def test_chechnya_and_the_beqaa_are_regions():
    assert names("ولد المهاجم في الشيشان وزرع المزارعون الحشيش في البقاع") == ["Chechnya", "Beqaa Valley"]


def test_a_country_in_a_team_or_competition_name_is_in_name():
    assert only("تأهل منتخب السويد إلى ربع النهائي", "السويد").role == "in_name"
    assert only("في الدور ربع النهائي لمونديال روسيا", "روسيا").role == "in_name"
    assert only("سافروا على طائرات الخطوط السعودية", "السعودية").role == "in_name"
    assert only("وصل الفريق إلى السويد", "السويد").role == "location"


def test_a_country_before_and_plus_a_common_verb_ends_the_clause_and_is_no_actor():
    assert only("تراجع اقتصاد إيران وقالت الحكومة إن الأزمة عابرة", "إيران").role == "location"
    assert only("قال الوزير إن إيران وافقت على الاتفاق", "إيران").role == "actor"


def test_spellings_news_uses_that_geonames_lacks_are_curated():
    assert names("انفجار في مدينة كيرش في القرم") == ["Kerch", "Crimea"]
    assert names("وصل الوفد إلى بيونغ يانغ") == ["Pyongyang"]


def test_a_town_with_a_masculine_nationality_adjective_is_a_club_throughout_its_article():
    text = "فاز برشلونة الإسباني على ضيفه أمس، وقال مدرب الفريق إن أداء برشلونة تحسن. ويزور المدرب برشلونة غدا."
    roles = [m.role for m in place_mentions(text) if m.surface.endswith("برشلونة")]
    assert roles == ["in_name", "in_name", "in_name"]
    assert only("انضم اللاعب إلى نادي الرياض", "الرياض").role == "in_name"
    assert only("وقع الانفجار في برشلونة الإسبانية", "برشلونة").role == "location"  # a town is feminine
    assert only("تظاهر المئات في مدريد الأحد", "مدريد").role == "location"


def test_a_place_in_a_name_takes_the_place_right_after_it_along():
    found = place_mentions("شارك اللاعب مع منتخب بلاده في بطولة كوبا أمريكا التي أقيمت في تشيلي")
    assert [m.role for m in found if m.surface in ("كوبا", "أمريكا", "تشيلي")] == ["in_name", "in_name", "location"]


def test_saudi_as_the_adjective_of_a_definite_noun_is_no_place():
    assert only("أغلق مؤشر سوق الأسهم السعودية على تراجع", "السعودية").role == "in_name"
    assert only("عاد الوفد إلى السعودية أمس", "السعودية").role == "location"
    assert only("تسللوا عبر الحدود السعودية ليلا", "السعودية").role == "location"
    assert only("دعت المنظمة في تقرير الثلاثاء السعودية إلى الحوار", "السعودية").role == "location"
    assert only("بين القوتين في الشرق الأوسط، السعودية وإيران", "السعودية").role == "location"


def test_a_newspaper_quoted_as_a_source_or_in_its_byline_is_in_name():
    assert only("وأوضح المتحدث لـ«الشرق الأوسط» أن القصف توقف", "الشرق الأوسط").role == "in_name"
    assert only("القاهرة: «الرياض» قال مسؤول إن المحادثات بدأت", "الرياض").role == "in_name"
    assert only("تقدم الجيش في منطقة «الهلال النفطي» أمس", "الهلال النفطي").role == "location"


def test_a_facilitys_adjective_after_its_town_makes_no_club():
    """مطار طرابلس العالمي: the adjective is the airport's; the town stays a place in the whole article."""
    text = "أغلق مطار طرابلس العالمي بعد سقوط صواريخ. واندلعت اشتباكات عنيفة جنوب طرابلس."
    assert [m.role for m in place_mentions(text) if m.surface.endswith("طرابلس")][-1] == "location"
    assert only("اندلع حريق في سوق الرياض الشعبي.", "الرياض").role == "location"
    assert only("وقع انفجار في مدينة الموصل العراقي حسب مصادر.", "الموصل").role == "location"  # cued


def test_a_club_read_by_its_adjective_spreads_only_in_a_sports_article_and_not_into_place_slots():
    text = "أشاد المعلق بأداء برشلونة الإسباني، وقال إن الشركة ستفتتح مكتبا يخدم برشلونة."
    assert [m.role for m in place_mentions(text) if m.surface.endswith("برشلونة")][-1] == "location"
    text = "سجل ميسي هدفين لبرشلونة الإسباني، وعاد الفريق إلى برشلونة ليلا."
    assert [m.role for m in place_mentions(text) if m.surface.endswith("برشلونة")] == ["in_name", "location"]


def test_saudi_keeps_the_country_after_the_capital_a_neighbour_or_a_direction():
    found = place_mentions("وصل الملك إلى العاصمة السعودية الرياض.")
    assert [m.role for m in found] == ["location", "location"]
    assert only("فر مئات اليمنيين إلى الجارة السعودية هربا من القتال.", "السعودية").role == "location"
    assert only("زار الرئيس الأمريكي السعودية الشهر الماضي.", "السعودية").role == "location"
    text = "اعترضت الدفاعات الجوية صاروخا أطلقه الحوثيون جنوب السعودية."
    assert [m.role for m in place_mentions(text)] == ["location"]
    assert only("ارتفع مؤشر البورصة السعودية اليوم.", "السعودية").role == "in_name"


# Stop 25: shorter readings, one sense per article, capitals, firms, homographs


def test_and_plus_jeddah_is_not_oujda_beside_riyadh():
    found = [
        (m.surface, m.place.name_en) for m in place_mentions("افتتحت الشركة فرعين في مدينتي الرياض وجدة هذا العام")
    ]
    assert ("جدة", "Jeddah") in found


def test_oujda_stays_oujda_in_a_story_about_morocco():
    assert "Oujda-Angad" in names("زار الوزير المغرب والتقى المسؤولين في وجدة")


def test_the_city_word_before_a_yemeni_town_does_not_make_it_zanzibar():
    assert names("حاصرت القوات اليمنية مدينة زنجبار، مركز محافظة أبين")[0] == "Zinjibar"


def test_zanzibar_city_in_tanzania_is_still_zanzibar():
    assert names("وصل الرئيس إلى مدينة زنجبار في تنزانيا")[0] == "Zanzibar"


def test_a_capital_anchors_its_country_for_a_small_town_of_it():
    assert "Dhahran" in names("تبدأ الحملة في الرياض ثم تنتقل إلى الظهران الأسبوع المقبل")


def test_a_far_town_named_with_a_cue_once_is_a_place_again_without_one():
    text = "سار المحتجون في مدينة فيرغسون الأمريكية. وكانت فيرغسون شهدت مظاهرات عنيفة العام الماضي."
    assert names(text).count("Ferguson") == 2


def test_the_capital_of_a_country_is_its_capital_city():
    m = only("قتل عشرة أشخاص السبت في عاصمة تشاد", "عاصمة تشاد")
    assert (m.place.name_en, m.place.country) == ("N'Djamena", "TD")


def test_a_country_after_a_firms_name_is_in_its_name():
    assert only("أعلنت شركة موبايلي السعودية نتائجها الفصلية", "السعودية").role == "in_name"
    assert only("أطلقت زين السعودية باقة جديدة", "السعودية").role == "in_name"


def test_a_country_after_a_firm_and_a_preposition_is_a_place():
    assert only("تعمل شركة في السعودية منذ سنوات", "السعودية").role == "location"


def test_a_scene_after_in_is_not_mashhad_but_the_city_of_mashhad_is():
    assert "Mashhad" not in names("شارك الأطفال في مشهد مؤثر أمام الجمهور")
    assert "Mashhad" in names("وقع انفجار في مشهد أمس")
    assert "Mashhad" in names("اعتقل الناشط في مدينة مشهد الإيرانية")


def test_a_catch_is_not_sidon():
    assert "Sidon" not in names("اصطاد الرجل صيدا ثمينا قرب الشاطئ")


def test_rabak_is_rabak_not_kosti():
    assert names("نقل الجرحى إلى مدينة ربك في ولاية النيل الأبيض")[0] == "Rabak"


# Stop 25, after a second reading: the new readings kept to where they hold


def test_oujda_after_in_is_oujda_and_the_city_word_before_a_capital_keeps_the_city():
    assert "Oujda-Angad" in names("تظاهر آلاف المغاربة في وجدة أمس")
    kuwait = only("وصل الوفد إلى مدينة الكويت صباح اليوم", "مدينة الكويت")
    assert kuwait.place.kind != "country"


def test_a_country_as_the_object_of_a_verb_after_a_group_or_firm_is_a_place():
    assert only("طالبت مجموعة العشرين روسيا بوقف التصعيد", "روسيا").role == "location"
    assert only("قاضت شركة أبل الصين أمام المحكمة", "الصين").role == "location"
    assert only("تزود أرامكو الهند بالنفط", "الهند").role == "location"


def test_an_adverb_after_a_homograph_does_not_make_it_its_ordinary_word():
    assert "Abyan" in names("اندلعت الاشتباكات في أبين مجددا")


def test_the_report_is_not_khobar_in_an_article_on_riyadh():
    assert "Khobar" not in names("قال مسؤول في الرياض إن ما ورد في الخبر غير صحيح")


def test_a_us_state_that_is_a_name_needs_a_preposition():
    assert "Kentucky" not in names("تناول الجنود الغداء قرب مطعم كنتاكي في بيروت")
    assert "Kentucky" in names("ضربت عاصفة قوية في كنتاكي أمس")


# Stop 26


def located(text: str) -> list[str]:
    return [m.place.name_en for m in place_mentions(text) if m.place is not None and m.role != "in_name"]


def test_a_homograph_listed_after_a_place_with_wa_is_a_place():
    assert "Abyan" in names("تقدمت القوات اليمنية في أطراف عدن ولحج وأبين.")
    assert "Abyan" not in names("أود أن أبين للقراء في اليمن أن الوضع خطير.")


def test_a_name_after_a_negation_or_a_demonstrative_is_a_word():
    assert "Najd" not in names("قال الوزير في الرياض إننا لا نجد حلا سريعا للأزمة.")
    assert "Najd" in names("قال الوزير في الرياض إن مناطق نجد شهدت أمطارا.")
    assert located("ستسعى الرياض من هذه الزاوية إلى الحوار.") == ["Riyadh"]


def test_a_place_name_in_a_phrase_of_the_analysts_table_is_a_word():
    assert "Muscat" not in names("ولد الشاعر في مسقط رأسه حلب.")
    assert "Muscat" in names("وصل الشاعر إلى مسقط أمس.")
    assert "Morocco" not in names("قتل المسلح خاله قبل المغرب في الرياض.")
    assert "Morocco" in names("زار الوزير المغرب أمس.")


def test_an_accord_or_a_competition_named_after_a_place_is_no_place():
    assert located("تمسك اللبنانيون باتفاق الطائف.") == []
    assert located("فاز الهلال بلقب دوري أبطال آسيا.") == []


def test_a_temporary_capital_or_a_town_named_as_the_capital_adds_no_capital():
    assert names("انتقل الرئيس إلى عاصمة اليمن المؤقتة.") == ["Yemen"]
    assert names("انتقل الرئيس إلى عدن عاصمة اليمن المؤقتة.") == ["Aden", "Yemen"]
    assert names("وصل الوفد إلى عاصمة اليمن أمس.") == ["Sanaa"]


def test_al_sham_after_a_preposition_in_a_story_on_syria_is_damascus():
    assert names("انفجرت سيارة مفخخة في الشام صباح اليوم وقال مسؤول سوري إن الجيش طوق المكان.") == ["Damascus"]
    assert names("قال أدباء المهجر في الشام ومصر إن الأدب العربي تجدد.") == ["Levant", "Egypt"]
    assert names("عاد المهاجرون من نصارى الشام إلى سوريا.") == ["Levant", "Syrian Arab Republic"]


def test_a_town_named_with_a_cue_does_not_spread_to_a_surname():
    text = "سار المحتجون في مدينة فيرغسون الأمريكية. وقال المدرب أليكس فيرغسون إنه حزين."
    assert names(text) == ["Ferguson"]


# After review (/work/notes/26_review_Y.md): the stop-26 readings held to their own constructions.
def test_neither_nor_and_a_demonstrative_before_a_town_keep_the_towns():
    assert "Homs" in names("لم يعد لا حمص ولا حماة آمنتين للسكان.")
    assert "Aleppo" in names("هذه حلب التي دمرها القصف.")


def test_the_parties_of_an_accord_are_countries():
    assert located("رحب الوزير باتفاق روسيا وتركيا.") == ["Russian Federation", "Türkiye"]


def test_al_sham_after_going_to_stays_the_levant():
    assert names("قال مسؤول سوري إن التنظيم يرسل مقاتلين إلى الشام والعراق.") != ["Damascus", "Iraq"]


# Stop 27: councils, model names, idioms and a preposition before a clitic


def test_a_town_council_is_an_institution_but_in_a_municipality_is_a_place():
    assert [m.role for m in place_mentions("ونفذت المشروع بلدية جدة وأمانة منطقة الرياض")] == ["in_name", "in_name"]
    assert only("وقعت اشتباكات عنيفة في بلدية درنة", "درنة").role == "location"


def test_towns_listed_after_a_council_are_in_its_name():
    roles = [(m.surface, m.role) for m in place_mentions("تتولى ذلك بلدية لندن وباريس وروما")]
    assert roles == [("لندن", "in_name"), ("باريس", "in_name"), ("روما", "in_name")]


def test_a_place_after_model_is_a_class_name():
    assert only("أبحرت غواصة من طراز لوس انجليس نحو الخليج", "لوس انجليس").role == "in_name"


def test_sunset_prayer_after_qubayl_and_death_are_not_places():
    assert names("سقطت القذيفة قبيل المغرب بدقائق على حي سكني") == []
    assert names("وقبل المغرب بقليل انفجرت العبوة") == []
    assert names("وأعلن أهله أن الشاب وافته المنية متأثرا بجراحه") == []


def test_adverbs_and_idioms_are_not_towns():
    assert names("وكما ذكرنا آنفا فإن الأسعار ارتفعت") == []
    assert names("فأفيقوا لا أبا لكم قبل فوات الأوان") == []
    assert names("أولم يروا كيف تغيرت الأحوال") == []


def test_ba_after_a_preposition_belongs_to_the_word():
    assert names("وانتشر كثير من بسطات الباعة في الشوارع") == []


def test_clubs_are_described_by_a_country_adjective():
    assert only("يتصدر الفريق ترتيب الأندية السعودية هذا الموسم", "السعودية").role == "in_name"


def test_the_west_bank_is_a_palestinian_region_but_a_rivers_west_bank_is_not():
    assert names("داهمت القوات قرى في الضفة الغربية المحتلة") == ["West Bank"]
    assert names("عبرت القوات إلى الضفة الغربية لنهر كبير") == []


def test_a_base_named_before_its_description_is_a_facility():
    assert [m.surface for m in place_mentions("اقتحم المسلحون قاعدة الحمراني الجوية")] == ["قاعدة الحمراني الجوية"]


def test_a_hillock_and_a_checkpoint_keep_their_names_without_a_town():
    found = [m.surface for m in place_mentions("سيطر المقاتلون على تبة الزعفران ثم على نقطة الغبيري")]
    assert found == ["تبة الزعفران", "نقطة الغبيري"]
    assert place_mentions("كانت تلك نقطة تحول في الحرب") == []


def test_a_camp_described_as_loyal_keeps_its_name():
    found = [m.surface for m in place_mentions("قصفت الطائرات معسكر الصقر الموالي للمتمردين في محافظة إب")]
    assert found[0] == "معسكر الصقر"


def test_after_review_in_front_of_or_the_building_of_a_council_is_a_place():
    assert only("تظاهر العشرات أمام بلدية بنغازي", "بنغازي").role == "location"
    assert only("اقتحم محتجون مبنى بلدية مصراتة", "مصراتة").role == "location"


def test_after_review_the_west_bank_of_a_river_or_a_city_is_not_palestine():
    assert "West Bank" not in names("تقدمت القوات في الضفة الغربية لدجلة")
    assert "West Bank" not in names("جسر يربط الضفة الغربية لمدينة الموصل بالضفة الشرقية")


def test_the_kurdistan_region_is_an_iraqi_region():
    found = [(m.place.name_en, m.place.country) for m in place_mentions("يعيش النازحون في مخيمات إقليم كردستان")]
    assert found == [("Kurdistan Region", "IQ")]


def test_a_country_name_with_tanween_is_an_adjective():
    assert names("ورأى المحلل أن تدخلاً روسياً في الأزمة بات ممكنا") == []
    assert names("ورأى المحلل أن دعمًا تركيًا للفصائل بات ممكنا") == []
    assert names("سافر الوزير إلى روسيا أمس") == ["Russian Federation"]


def test_a_council_after_bi_or_a_bracket_is_an_institution():
    assert only("قال مدير الصحة بأمانة منطقة الرياض إن المراقبين جاهزون", "الرياض").role == "in_name"
    assert only("دفع المطعم غرامة لصالح (بلدية الخبر) الأسبوع الماضي", "الخبر").role == "in_name"
    assert only("اندلع حريق في بلدية الخبر", "الخبر").role == "location"


def test_a_continent_is_a_place_without_a_preposition():
    assert names("قال إن الرئيس يريد كل أوروبا") == ["Europe"]


def test_a_facility_is_coded_at_the_far_town_it_is_named_after():
    text = "قالت الشرطة في كينيا إن مسلحين هاجموا جامعة غاريسا أمس."
    university = only(text, "جامعة غاريسا")
    assert (university.place, university.extra["town"].place.name_en) == (None, "Garissa")
    elsewhere = only("قالت الشرطة في الصومال إن مسلحين هاجموا جامعة غاريسا أمس.", "جامعة غاريسا")
    assert "town" not in elsewhere.extra  # a town of no country the article names


def roles(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.role) for m in place_mentions(text)]


def test_a_place_inside_a_short_quoted_name_is_part_of_the_name():
    assert roles("ارتفعت أسهم شركة «بترو رابغ» أمس.") == [("رابغ", "in_name")]
    assert roles("أطلقت الإمارة حملة «أبها يجمعنا» الصيفية.") == [("أبها", "in_name")]
    assert roles('اندلعت اشتباكات في "شرق أوكرانيا" أمس.') == [("شرق أوكرانيا", "location")]
    assert roles("وصل الوفد إلى «الرياض» أمس.") == [("الرياض", "location")]
    assert roles('أطلق الجيش عملية "تحرير الموصل" أمس.') == [("الموصل", "location")]
    assert roles('قال القائد: "حررنا الرمادي" أمس.') == [("الرمادي", "location")]


def test_a_bare_name_after_kaf_is_no_place():
    assert roles("وقال المحامي سعيد كبيش إن القضية مستمرة.") == []  # not ك + بيش
    assert roles("مدينة كالرياض تحتاج إلى مزيد من الطرق.") == [("الرياض", "location")]


def test_a_word_with_tanween_is_no_place():
    assert names("أصبح الرجل مالكاً لعدد من الشركات.") == []


def test_a_directorate_of_health_or_education_is_an_institution():
    assert roles("تفقد مدير صحة الباحة المستشفيات في المندق.") == [("الباحة", "in_name"), ("المندق", "location")]


def test_hidden_is_not_hefei():
    assert names("ينبغي توضيح ما خفي على الشباب من المخططات.") == []


def test_a_compass_direction_before_a_name_that_is_also_a_word_places_it():
    text = "قتل ثلاثة في العراق. وانفجرت عبوة في قرية شمال غربي بعقوبة."
    assert "Baqubah" in names(text)
    assert "Baqubah" not in names("قتل ثلاثة في العراق. وقضت المحكمة بعقوبة السجن.")


def test_a_city_named_with_its_countrys_feminine_adjective_is_a_place():
    assert "Marseille" in names("غادر المهاجم إلى مرسيليا الفرنسية لإجراء جراحة في الركبة.")
    assert "Marseille" not in names("تعاقد نادي مرسيليا الفرنسي مع المهاجم.")
    assert names("تحدث عن الثورة السورية وعن الحكومة اليمنية وعن مقاتلات حربية سعودية.") == []
    assert names("قالت وكالة مهر الإيرانية وقناة دجلة العراقية إن انفجارا وقع.") == []  # media named after places


def test_an_iraqi_governorate_listed_without_its_place_word_is_a_place():
    assert "Salah al-Din" in names("نزحت الأسر من محافظات الأنبار ونينوى وصلاح الدين إلى إقليم كردستان.")
    assert "Salah al-Din" not in names("قاد صلاح الدين الأيوبي جيوشه إلى القدس.")


def test_saudi_describing_fans_goods_or_a_cargo_plane_is_an_adjective():
    def located(text: str) -> list[str]:
        return [m.place.name_en for m in place_mentions(text) if m.role == "location"]

    assert located("احتفلت الجماهير السعودية بالفوز وارتفعت أسعار المنتجات السعودية.") == []
    assert located("هبطت طائرة الشحن السعودية الثانية.") == []
    assert located("تسلل المسلحون إلى الأراضي السعودية.") == ["Saudi Arabia"]
