"""Places: Saudi regions, governorates and villages that the gazetteer lacked (curated rows of stop 23)."""

import pytest

from helpers.extract import pipeline


def names(text: str) -> set[tuple[str, str]]:
    places = pipeline.run([{"article_id": "x", "text": text}], pipeline.components_for(["places"]))[0].places
    return {(m.place.name_en, m.place.country) for m in places if m.place}


@pytest.mark.parametrize(
    ("sentence", "name_en"),
    [
        ("افتتح الوزير مشروعا جديدا في محافظة الأحساء أمس", "Al-Ahsa"),
        ("هطلت أمطار غزيرة على منطقة القصيم صباح اليوم", "Al-Qassim Region"),
        ("زار الأمير عددا من المدارس في منطقة عسير", "Asir Region"),
        ("شهدت قرية القديح حفلا كبيرا مساء الخميس", "Al-Qudaih"),
    ],
)
def test_saudi_curated_places(sentence, name_en):
    assert (name_en, "SA") in names(sentence)


def test_hijaz_and_najd_are_regions():
    found = names("سافر التاجر من نجد إلى الحجاز في القرن الماضي")
    assert {("Najd", "SA"), ("Hejaz", "SA")} <= found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("اندلعت معارك عنيفة في محافظة مأرب شرقي صنعاء", ("Ma'rib", "YE")),
        ("أقام الفريق معسكره في مدينة ازميت هذا الصيف", ("Izmit", "TR")),
    ],
)
def test_other_curated_spellings(sentence, expected):
    assert expected in names(sentence)


def test_official_name_of_tunisia_is_a_country():
    places = pipeline.run(
        [{"article_id": "x", "text": "هنأ الملك رئيس الجمهورية التونسية بذكرى الاستقلال"}],
        pipeline.components_for(["places"]),
    )[0].places
    assert any(m.surface == "الجمهورية التونسية" and m.place and m.place.country == "TN" for m in places)


@pytest.mark.parametrize(
    ("sentence", "name_en"),
    [
        ("تقدمت القوات نحو مواقع المسلحين في محافظة أبين الجنوبية", "Abyan"),
        ("سيطر المقاتلون على ثلاث قرى في محافظة إب وسط البلاد", "Ibb"),
        ("وصلت قافلة إغاثة إلى مدينة إب صباح اليوم", "Ibb"),
        ("انتشرت قوات الأمن في مدن حضرموت الساحلية", "Hadramawt"),
        ("وقعت اشتباكات قبلية في شبوة مساء الأحد", "Shabwah"),
        ("شنت الطائرات غارات على معسكر في محافظة الجوف", "Al Jawf"),
        ("رست سفينة تجارية في ميناء المخا على البحر الأحمر", "Al Mukha"),
    ],
)
def test_yemeni_governorates_and_mokha(sentence, name_en):
    """Yemen's governorates the gazetteer lacked (stop 24), and the port of Mokha."""
    assert (name_en, "YE") in names(sentence)


def test_ibb_needs_its_place_word():
    """إب alone is also أب (father) and آب (August): not a place without محافظة or مدينة."""
    assert not any(country == "YE" for _, country in names("وصل أب الطفل في آب الماضي إلى المدرسة"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("عثرت الشرطة على جثتين في محافظة ديالى أمس", ("Diyala", "IQ")),
        ("تقدمت القوات في الأنبار ونينوى", ("Anbar", "IQ")),
        ("وقعت الحادثة في ولاية ميزوري وسط البلاد", ("Missouri", "US")),
        ("قال المدعي العام في كونيكتيكت إن التحقيق مستمر", ("Connecticut", "US")),
        ("هاجم المسلحون موقعا في أذربيجان الغربية", ("West Azerbaijan", "IR")),
    ],
)
def test_provinces_and_states(sentence, expected):
    """Iraqi governorates, US states and Iranian provinces of stop 25 (curated rows at their seats' points)."""
    assert expected in names(sentence)


def test_the_caucasus_and_the_levant_are_regions():
    found = names("هاجر كثير من أهل القوقاز ونصارى الشام إلى أمريكا")
    assert {("Caucasus", ""), ("Levant", "")} <= found


def test_ibb_written_with_its_hamza_below_is_a_place_alone():
    """إب as written (hamza below) is the town; أب، آب and اب without it stay father and August."""
    assert ("Ibb", "YE") in names("وفي إب، اشتدت المعارك بين الحوثيين والمقاومة.")
    assert not any(country == "YE" for _, country in names("وفي آب الماضي اشتدت المعارك في حلب."))
    assert not any(country == "YE" for _, country in names("قال أب الشهيد إن المعارك اشتدت."))
    assert ("Ibb", "YE") not in names("سقطت قذائف على حي باب السلام في عدن اليمنية.")


@pytest.mark.parametrize(
    ("sentence", "name_en"),
    [
        ("سقطت قذائف على محافظة ظهران الجنوب مساء أمس", "Dhahran al-Janub"),
        ("وصل الوفد الطبي إلى بيشة صباح اليوم", "Bisha"),
        ("أغلقت المدارس في شرورة بسبب القذائف", "Sharurah"),
        ("افتتح المحافظ مستشفى جديدا في أبو عريش", "Abu Arish"),
    ],
)
def test_saudi_governorate_seats(sentence, name_en):
    assert (name_en, "SA") in names(sentence)


def test_official_name_of_jordan_is_a_country():
    assert names("استقبلت المملكة الأردنية الهاشمية وفدا رسميا") == {("Jordan", "JO")}


@pytest.mark.parametrize(
    ("sentence", "name_en"),
    [
        ("ضمد الطبيب جراح المصابين في مستشفى جازان", "Damad"),
        ("قال عفيف الخطيب المتحدث باسم الحركة إن المعارك اشتدت في حمص", "Afif"),
        ("تلقت الطالبة تيماء جائزة التفوق في الرياض", "Tayma"),
        ("غرق طفلان في إحدى البرك الزراعية في ريف درعا", "Al Birk"),
        ("قتل جنديان يمنيان في اشتباك قرب البرك في محافظة تعز", "Al Birk"),
        ("أعلن رئيس فيفاء جياني إنفانتينو عن عقوبات جديدة", "Fifa"),
        ("قال شاهد إن امرأة شقراء فتحت النار في المنيا", "Shaqra"),
        ("يعد الأمير السليل الأخير للأسرة المالكة في أفغانستان", "As Sulayyil"),
        ("أطلق مسلحون النار على سيارة تقل عائلة الدوادمي في الرياض", "Ad Dawadimi"),
        ("أصيب محتج برصاص الشرطة في حي محايل بمدينة عدن", "Muhayil"),
    ],
)
def test_a_governorate_seat_that_is_a_word_or_a_name_needs_a_cue(sentence, name_en):
    """The seats added at stop 28 that are also words or given names (ضمد bandaged, عفيف and تيماء names, البرك
    the pools, فيفاء FIFA, شقراء blonde, السليل the scion, الدوادمي a family name), and محايل alone (a district of
    Aden): no Saudi town without a preposition or a place word."""
    assert (name_en, "SA") not in names(sentence)


@pytest.mark.parametrize(
    ("sentence", "name_en"),
    [
        ("سقطت قذيفة على محافظة البرك مساء أمس", "Al Birk"),
        ("اعتقلت الشرطة مطلوبا في عفيف", "Afif"),
        ("افتتح الأمير مستشفى في محافظة الدوادمي", "Ad Dawadimi"),
        ("سقطت مقذوفات على محايل عسير", "Muhayil"),
    ],
)
def test_those_seats_stay_places_with_a_cue(sentence, name_en):
    assert (name_en, "SA") in names(sentence)
