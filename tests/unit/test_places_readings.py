"""Places: words of news that gazetteer names share, read as words (helpers/data/places_homographs.csv,
places_phrases.csv); spelling variants of big cities; provinces named after their seats."""

from helpers.extract import pipeline


def names(text: str) -> list[str]:
    places = pipeline.run([{"article_id": "x", "text": text}], pipeline.components_for(["places"]))[0].places
    return [m.place.name_en for m in places if m.place is not None]


def test_we_find_is_not_najd_but_in_najd_is():
    assert names("وفي المقابل نجد أن الأسعار ارتفعت") == []
    assert names("عاش الشاعر سنوات طويلة في نجد") == ["Najd"]


def test_a_people_is_not_qom():
    assert names("لا يتغير حال بقوم لا يعملون") == []


def test_to_undermine_is_not_the_nile():
    assert names("وأكد أن هذه الجماعات تسعى للنيل من أمن المملكة، وهو ما لن يحدث") == []
    assert names("سقطت السيارة في النيل أمس") == ["Nile"]
