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
