"""Tests for helpers.report.actors: ACLED-style types, platforms apart, English sources, quotes by speaker kind."""

import pandas as pd

from helpers.report import actors

COLUMNS = ["article_id", "sentence_id", "actor_id", "canonical", "english", "type", "text", "role", "gloss_source"]
TYPED = [*COLUMNS, "acled_type", "country"]


def rows(*values, columns=TYPED):
    return pd.DataFrame(list(values), columns=columns)


POLICE = ("a", 0, "eg_police", "الشرطة المصرية", "Egyptian Police", "organisation", "الشرطة", "", "alias table",
          "state_forces", "EG")  # fmt: skip
HAFTAR = ("a", 1, "haftar", "خليفة حفتر", "Khalifa Haftar", "person", "حفتر", "", "name table", "person_official", "LY")
QAMATI = ("b", 0, "qamati", "محمد القماطي", "Mohammed al-Qamati", "person", "القماطي", "", "romanised (approximate)",
          "person", "")  # fmt: skip
FACEBOOK = ("b", 1, "facebook", "فيسبوك", "Facebook", "organisation", "فيسبوك", "", "alias table", "platform", "")
TABLE = rows(POLICE, HAFTAR, QAMATI, FACEBOOK, HAFTAR)


def test_platforms_are_split_from_actors():
    found, platforms = actors.split_platforms(TABLE)
    assert "facebook" not in set(found["actor_id"]) and set(platforms["actor_id"]) == {"facebook"}


def test_platform_summary_counts_mentions_and_articles():
    summary = actors.platform_summary(actors.split_platforms(TABLE)[1])
    assert summary.iloc[0][["english", "mentions", "articles"]].tolist() == ["Facebook", 1, 1]


def test_platform_summary_of_nothing_has_columns():
    assert actors.platform_summary(TABLE.iloc[0:0]).columns.tolist() == ["canonical", "english", "mentions", "articles"]


def test_acled_type_counts_mentions_actors_and_countries():
    counts = actors.acled_type_counts(actors.split_platforms(TABLE)[0]).set_index("acled_type")
    assert counts.loc["person_official", ["mentions", "actors", "with_country"]].tolist() == [2, 1, 1]
    assert counts.loc["person", "with_country"] == 0 and "platform" not in counts.index


def test_acled_type_falls_back_to_type_when_the_column_is_missing():
    old = TABLE[COLUMNS]
    counts = actors.acled_type_counts(old).set_index("acled_type")
    assert counts.loc["person", "actors"] == 2 and counts["with_country"].sum() == 0


def test_platforms_are_none_when_the_column_is_missing():
    assert actors.split_platforms(TABLE[COLUMNS])[1].empty


def test_actor_summary_carries_country_type_and_gloss_source():
    summary = actors.actor_summary(TABLE).set_index("canonical")
    assert summary.loc["الشرطة المصرية", ["acled_type", "country", "gloss_source"]].tolist() == [
        "state_forces", "EG", "alias table"]  # fmt: skip


def test_actor_summary_without_new_columns_still_has_them():
    summary = actors.actor_summary(TABLE[COLUMNS])
    assert summary.columns.tolist() == actors.SUMMARY_COLUMNS and set(summary["country"]) == {""}


def test_english_sources_counts_persons_by_source():
    sources = actors.english_sources(TABLE).set_index("gloss_source")
    assert sources.loc["name table", ["actors", "mentions", "table_spelling"]].tolist() == [1, 2, True]
    assert sources.loc["romanised (approximate)", "actors_share"] == 0.5
    assert not sources.loc["romanised (approximate)", "table_spelling"]


def test_english_sources_of_all_actors():
    sources = actors.english_sources(TABLE, kind=None).set_index("gloss_source")
    assert sources.loc["alias table", "actors"] == 2


def test_table_spelling_share_of_persons_and_of_all():
    assert actors.table_spelling_share(TABLE) == 0.5
    assert actors.table_spelling_share(TABLE, kind=None) == 0.75


def test_table_spelling_share_of_nothing_is_zero():
    assert actors.table_spelling_share(TABLE.iloc[0:0]) == 0.0


QUOTES = pd.DataFrame(
    {
        "speaker": ["المسماري", "مصدر عسكري", "وزارة الخارجية", "قائلا"],
        "source_kind": ["named", "anonymous", "named", "named"],
        "speaker_canonical": ["أحمد المسماري", "", "وزارة الخارجية المصرية", ""],
        "speaker_type": ["person", "", "organisation", ""],
    }
)


def test_quotes_by_speaker_kind_uses_the_column_when_present():
    quotes = QUOTES.assign(speaker_kind=["person", "described_source", "state", ""])
    table = actors.quotes_by_speaker_kind(quotes).set_index("speaker_kind")
    assert table.loc["state", "statements"] == 1 and table.loc["unknown", "statements"] == 1
    assert table.loc["person", "examples"] == "أحمد المسماري"


def test_quotes_by_speaker_kind_falls_back_without_the_column():
    table = actors.quotes_by_speaker_kind(QUOTES).set_index("speaker_kind")
    assert table["statements"].to_dict() == {"described_source": 1, "institution": 1, "person": 1, "unknown": 1}
    assert table.loc["described_source", "examples"] == "مصدر عسكري"


def test_quotes_by_speaker_kind_shares_sum_to_one():
    assert actors.quotes_by_speaker_kind(QUOTES)["share"].sum() == 1.0


def test_quotes_by_speaker_kind_of_nothing_has_columns():
    assert actors.quotes_by_speaker_kind(QUOTES.iloc[0:0]).columns.tolist() == [
        "speaker_kind", "statements", "share", "examples"]  # fmt: skip


def test_an_actor_typed_two_ways_counts_once_under_its_most_frequent_type():
    table = pd.DataFrame({"actor_id": ["a", "a", "a", "b"], "type": ["person", "person", "organisation", "person"]})
    counts = actors.type_counts(table, "type").set_index("type")
    assert counts["actors"].to_dict() == {"person": 2, "organisation": 0}
    assert counts["mentions"].to_dict() == {"person": 3, "organisation": 1}


def test_the_acled_type_chart_labels_types_in_words():
    """The 'Actors by ACLED-style type' chart labelled its bars state_forces, person_official..."""
    by_type = actors.acled_type_mentions(actors.acled_type_counts(actors.split_platforms(TABLE)[0]))
    assert by_type["شخص ذو منصب / person with an office"] == 2
    assert "person_official" not in by_type.index


def test_the_roles_caption_says_roles_are_read_before_and_after_the_name():
    """The roles table lists roles written after the name (هشام عشماوي، ضابط الصاعقة السابق) but its caption
    said 'written before the name'."""
    from helpers import config

    source = (config.NOTEBOOKS_DIR / "01_actors.ipynb").read_text(encoding="utf-8")
    assert "written before or after the name" in source
    assert 'role written before the name\\"' not in source


def test_a_persons_title_is_headed_as_an_honorific_not_as_an_article_title():
    """The roles table headed الرئيس (a person's title) "العنوان / title": العنوان is an article's headline."""
    from helpers.report.labels import header

    people = pd.DataFrame(
        {
            "type": ["person", "person", "organisation"],
            "canonical": ["إيمانويل ماكرون"] * 2 + ["الأمم المتحدة"],
            "english": ["Emmanuel Macron"] * 2 + ["United Nations"],
            "rank": ["", "", ""],
            "rank_en": ["", "", ""],
            "title": ["الرئيس", "الرئيس", ""],
            "role": ["", "", "x"],
            "role_en": ["", "", ""],
        }
    )
    roles = actors.roles_table(people)
    assert roles.columns.tolist() == actors.ROLE_COLUMNS and roles["mentions"].tolist() == [2]
    assert roles.loc[roles.index[0], "honorific"] == "الرئيس" and header("honorific").startswith("اللقب")
