"""Places: one sense per article for a homograph the analyst's table reads as a word without a spatial preposition
(helpers/extract/toponyms/discourse.py)."""

from helpers.extract import pipeline


def names(text: str) -> list[str]:
    places = pipeline.run([{"article_id": "x", "text": text}], pipeline.components_for(["places"]))[0].places
    return [m.place.name_en for m in places if m.place is not None]


def test_a_bare_homograph_is_the_place_the_article_names_elsewhere():
    assert names("تطهير أبين.. المهمة المقبلة. وقتل خمسة في محافظة أبين") == ["Abyan", "Abyan"]


def test_a_bare_homograph_stays_a_word_when_the_article_names_no_such_place():
    assert names("تطهير أبين.. المهمة المقبلة. وقتل خمسة في عدن") == ["Aden"]


def test_a_homograph_after_a_verbs_particle_stays_the_verb():
    assert names("وأود أن أبين للرأي العام موقفنا. وقتل خمسة في محافظة أبين") == ["Abyan"]


def test_a_homograph_spelt_without_hamza_is_the_same_place():
    assert names("تقدمت القوات في أطراف عدن ولحج وأبين. والطريق يربط عدن مع ابين") == [
        "Aden", "Lahij", "Abyan", "Aden", "Abyan",
    ]  # fmt: skip


def test_a_homograph_after_a_pronoun_or_a_particle_with_wa_stays_the_verb():
    assert names("انفجرت عبوة في نجد صباح اليوم. وقال شاهد: ولم نجد أحدا في الموقع.") == ["Najd"]
    assert names("انفجرت عبوة في نجد صباح اليوم. وقال الأمير: إننا نجد صعوبة في الوصول.") == ["Najd"]


def test_mali_is_financial_unless_a_preposition_or_direction_places_it():
    assert names("ارتكبوا مخالفات وفساد مالي في الانتخابات") == []
    assert names("لأن مالي لم يذهب لهم") == []
    assert names("هاجم مسلحون قاعدة شمال مالي") == ["Mali"]
    assert names("قتل جنديان فرنسيان في مالي أمس") == ["Mali"]


def test_a_name_with_to_attached_is_the_place_once_the_article_names_it():
    assert names("قتل جنديان في مالي. وجددت الجزائر دعمها لمالي الشقيقة").count("Mali") == 2


def test_a_country_homograph_with_b_attached_is_the_country_a_town_homograph_stays_the_word():
    assert names("قتل جنديان فرنسيان بمالي أمس") == ["Mali"]
    assert names("وقع انفجار بمشهد أمس") == []  # with a scene: a town homograph after ب stays the word


def test_a_homograph_before_an_indefinite_adjective_stays_the_word_when_named_elsewhere():
    assert names("وقعت اشتباكات في مشهد. ودعا الإمام لمشهد وطني جامع") == ["Mashhad"]
    assert names("وقعت اشتباكات في مشهد. ووصل الإمام لمشهد أمس") == ["Mashhad", "Mashhad"]
    assert names("قتل جنود في مالي. وسقط خمسة من موظفي الأمم المتحدة في مالي قتلى") == ["Mali", "Mali"]
