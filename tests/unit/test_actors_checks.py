"""What is no actor although the model tagged it (helpers/extract/actors/checks.py), and ACLED types
(helpers/extract/actors/types.py)."""

import pandas as pd

from helpers.extract import pipeline
from helpers.extract.actors.checks import (
    after_place_word,
    cut_inside_word,
    in_byline,
    only_a_place,
    platform_english,
    stopped,
)
from helpers.extract.actors.mention import ActorMention
from helpers.extract.actors.types import ACLED_TYPES, assign_types, row_acled_type
from helpers.extract.actors.vocabulary import ACTOR_COLUMNS
from helpers.text.normalize import normalize_letters


def actors(text: str) -> pd.DataFrame:
    return pipeline.extract_tables(pd.DataFrame({"article_id": ["a"], "text": [text]}))["actors"]


def typed(canonical: str, kind: str, **fields) -> ActorMention:
    m = ActorMention(0, 1, canonical, kind, "ner", canonical, **fields)
    assign_types([m])
    return m


def test_currencies_and_religions_are_stopped():
    assert stopped("الدولار") and stopped("يورو") and stopped("الإسلام")


def test_a_name_is_not_stopped():
    assert not stopped("خليفة حفتر")


def test_platforms_are_not_stopped_but_named_in_english():
    assert not stopped("فيسبوك")
    assert platform_english("تويتر") == "Twitter/X"


def test_a_span_cut_inside_a_word_is_a_fragment():
    assert cut_inside_word("لاختفاء", 0, 5)
    assert not cut_inside_word("قال حفتر", 4, 8)


def test_a_name_after_a_place_word_is_a_place():
    assert after_place_word(normalize_letters("في حي شيحة"), 6)
    assert not after_place_word(normalize_letters("قال شيحة"), 4)


def test_an_organisation_the_gazetteer_knows_as_a_city_is_only_a_place():
    assert only_a_place("أدرنة", "organisation")


def test_an_organisation_with_a_head_word_is_not_only_a_place():
    assert not only_a_place("جامعة درنة", "organisation")


def test_a_dateline_and_a_bracketed_credit_are_bylines():
    text = "دبي - العربية.نت\nقال الجيش (رويترز) إن"
    assert in_byline(text, 6, 16)
    assert in_byline(text, text.index("رويترز"), text.index("رويترز") + 6)


def test_a_media_name_in_running_text_is_no_byline():
    text = "وقال المسماري لوكالة رويترز إن"
    assert not in_byline(text, text.index("رويترز"), text.index("رويترز") + 6)


def test_the_table_has_the_acled_type_and_country_columns():
    assert {"acled_type", "country", "merged_by"} <= set(ACTOR_COLUMNS)


def test_a_currency_the_model_tags_is_no_actor():
    t = actors("وارتفع سعر الدولار أمام الجنيه، وقال خليفة حفتر إن الجيش تقدم.")
    assert "دولار" not in "".join(t["canonical"])


def test_a_curated_actor_takes_its_acled_type_and_country():
    m = ActorMention(0, 1, "حفتر", "person", "alias", "خليفة حفتر", "haftar")
    assign_types([m])
    assert (m.acled_type, m.country) == ("person_official", "LY")


def test_an_organisation_is_typed_by_its_head_word():
    assert typed("شركة الكهرباء", "organisation").acled_type == "company"
    assert typed("حزب العدالة", "organisation").acled_type == "political_party"


def test_a_nationality_inside_a_name_gives_its_country():
    assert typed("الإعلام التركي", "organisation").country == "TR"


def test_a_person_with_a_stated_role_is_an_official():
    assert row_acled_type(typed("محمد إبراهيم", "person", role="وزير الداخلية")) == "person_official"
    assert row_acled_type(typed("محمد إبراهيم", "person")) == "person"


def test_a_platform_is_typed_platform():
    assert typed("فيسبوك", "organisation").acled_type == "platform"


def test_every_type_assigned_is_in_the_vocabulary():
    for kind in ("army", "armed_group", "government", "media", "party", "person", "organisation", "other"):
        assert typed("اسم", kind).acled_type in ACLED_TYPES


def test_a_tribe_is_an_identity_militia():
    t = actors("واشتبك مسلحون من قبيلة العبيدات مع قوة أمنية.")
    assert "identity_militia" in set(t["acled_type"])


def test_a_cleric_and_a_trillion_are_no_actors():
    """A Basra sample's actors table listed «رجل الدين الشيعي» as a person («Rajal al-Din al-Shi'i») and «تريليون»
    four times: a description and a number word, not names."""
    assert stopped("رجل الدين الشيعي") and stopped("رجل الدين") and stopped("آية الله") and stopped("تريليون")
    assert not stopped("علي السيستاني")
