"""Places: facilities named after no town, placed by the province after them or by the place of their
paragraph, and universities and colleges read as organisations (helpers/extract/toponyms/facilities.py)."""

from helpers.extract import pipeline


def located(text: str) -> list[tuple[str, str]]:
    places = pipeline.run([{"article_id": "x", "text": text}], pipeline.components_for(["places"]))[0].places
    return [(m.surface, m.place.name_en or m.place.note) for m in places if m.place is not None and m.role != "in_name"]


def test_a_facility_named_after_no_town_is_placed_by_the_province_after_it():
    assert located("وقع التفجير في مسجد قوات الطوارئ الخاصة في عسير أمس") == [
        ("مسجد قوات الطوارئ", "عسير"),  # the facility's note names where it is coded
        ("عسير", "Asir Region"),
    ]


def test_a_facility_named_after_no_town_with_no_place_after_it_stays_out():
    assert located("وقع التفجير في مسجد قوات الطوارئ الخاصة أمس") == []


def test_a_college_named_by_its_discipline_is_no_place():
    assert located("وهي خريجة كلية الصيدلة بمدينة المنستير") == [("المنستير", "Monastir")]


def test_a_university_is_an_organisation_and_the_town_in_its_name_stays_a_place():
    assert located("قال أستاذ الاقتصاد بجامعة نايف العربية إن الأسعار سترتفع") == []
    assert located("قال طالب في جامعة صنعاء إن قصفا استهدف محيطها") == [("صنعاء", "Sanaa")]


def test_a_facility_named_after_no_place_is_coded_at_the_place_of_its_paragraph():
    assert located("سيطرت المقاومة في محافظة لحج جنوب اليمن على قاعدة العند الجوية بعد معارك عنيفة") == [
        ("لحج", "Lahij"),
        ("جنوب اليمن", "Yemen"),
        ("قاعدة العند الجوية", "لحج"),  # coded at the nearest place named, as ACLED codes a site it cannot find
    ]


def test_a_base_that_is_a_common_word_with_an_ending_is_no_place():
    assert located("سيطرت المقاومة في محافظة لحج جنوب اليمن على قاعدة عائداتها بعد معارك عنيفة") == [
        ("لحج", "Lahij"),
        ("جنوب اليمن", "Yemen"),
    ]
    assert located("أقام الفريق في محافظة لحج جنوب اليمن معسكر تدريبي لمدة أسبوع") == [
        ("لحج", "Lahij"),
        ("جنوب اليمن", "Yemen"),
    ]


def test_a_figurative_point_or_an_embassy_is_not_coded_at_the_nearest_place():
    assert not any(s.startswith("نقطة") for s, _ in located("يعتبر العراق نقطة تلاق بين إيران وأمريكا في طهران"))
    assert not any(
        s.startswith("السفارة") for s, _ in located("طرد سفير مانيلا بعد أن ساعد موظفو السفارة الفيليبينية العمال")
    )


def test_a_place_someone_came_from_is_not_where_the_facility_is():
    assert ("مطار هيثرو", "الرياض") not in located("وصل الرئيس إلى مطار هيثرو قادما من الرياض في زيارة رسمية")
    assert ("مطار هيثرو", "الرياض") in located("وصل الرئيس إلى مطار هيثرو في زيارة رسمية بعد جولة في الرياض")


def test_a_facility_in_a_paragraph_without_places_stays_out():
    assert located("سيطرت المقاومة على قاعدة العند الجوية.\nوقالت مصادر في محافظة لحج جنوب اليمن إن المعارك توقفت") == [
        ("لحج", "Lahij"),
        ("جنوب اليمن", "Yemen"),
    ]


def test_a_museum_or_a_camp_with_a_name_is_a_facility_and_without_one_is_not():
    assert located("وقع الهجوم على متحف باردو في العاصمة تونس") == [("متحف باردو", "تونس"), ("العاصمة تونس", "Tunis")]
    assert located("وقع الهجوم على متحف للفنون في العاصمة تونس") == [("العاصمة تونس", "Tunis")]


def test_the_nearest_place_fallback_takes_no_listed_namesake_of_a_country_the_article_does_not_name():
    places = located("دمشق - سقطت قذائف هاون قرب مستشفى المواساة، فيما شنت طائرات غارات على دوما.")
    assert ("مستشفى المواساة", "دمشق") in places  # not the Egyptian hospital of that name


def test_a_square_told_in_a_town_is_a_place_whatever_its_word_and_an_arena_is_not():
    assert any(s == "ساحة التحرير" for s, _ in located("تظاهر الآلاف في ساحة التحرير وسط بغداد احتجاجا على الفساد"))
    assert not any(s == "ساحة التحرير" for s, _ in located("تظاهر الآلاف في ساحة التحرير احتجاجا على الفساد"))
    assert not any(s.startswith("ساحة") for s, _ in located("قال إن ساحة المعركة في حلب تشهد قتالا عنيفا"))
