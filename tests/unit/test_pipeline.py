"""The pipeline: components in an order where each finds what it requires, the components a field needs,
the Article, and the tables made from the processed articles."""

import dataclasses

import pandas as pd
import pytest

from helpers.extract import pipeline
from helpers.extract.article import Article

TEXT = (
    "عنوان\n\nوقال المتحدث باسم الجيش الليبي أحمد المسماري لـ«العربية نت» إن القوات دخلت درنة أمس. "
    "وبحسب مصدر عسكري فإن العملية لن تتجاوز أسبوعين."
)


def names(components) -> list[str]:
    return [c.name for c in components]


def test_every_component_requires_only_what_is_there_before_it():
    available = set(pipeline.BASE_FIELDS)
    for component in pipeline.COMPONENTS:
        missing = set(component.requires) - available
        assert not missing, f"{component.name} requires {sorted(missing)}, which nothing before it assigns"
        available |= set(component.assigns)


def test_base_fields_and_assigned_fields_are_fields_of_the_article():
    fields = {f.name for f in dataclasses.fields(Article)}
    assert set(pipeline.BASE_FIELDS) <= fields
    for component in pipeline.COMPONENTS:
        assert set(component.requires) | set(component.assigns) <= fields, component.name


def test_the_article_holds_its_base_fields_when_made():
    article = Article.from_record({"article_id": "a", "text": TEXT, "dct": pd.Timestamp("2018-05-08")})
    for name in pipeline.BASE_FIELDS:
        assert getattr(article, name) is not None, name
    assert len(article.norm) == len(article.text)
    assert article.sentences[0] == (0, 5)
    assert str(article.dct) == "2018-05-08" and article.dct_flag == ""
    assert article.sentence_of(TEXT.index("درنة")) == 1


def test_a_reordered_pipeline_is_caught(monkeypatch):
    """The check above fails when a component runs before one it depends on."""
    by_name = {c.name: c for c in pipeline.COMPONENTS}
    swapped = [by_name["actors"], by_name["ner"], *(c for c in pipeline.COMPONENTS if c.name not in ("ner", "actors"))]
    monkeypatch.setattr(pipeline, "COMPONENTS", tuple(swapped))
    with pytest.raises(AssertionError, match="actors requires"):
        test_every_component_requires_only_what_is_there_before_it()


def test_times_need_only_the_times_component():
    assert names(pipeline.components_for(["times"])) == ["times"]


def test_places_need_the_model_and_the_actors_and_end_with_reconcile():
    chosen = names(pipeline.components_for(["places"]))
    assert chosen[-1] == "reconcile"
    assert {"ner", "actors", "places"} <= set(chosen)
    assert chosen == [c for c in names(pipeline.COMPONENTS) if c in chosen]  # in pipeline order


def test_components_for_everything_is_the_whole_pipeline_and_for_nothing_is_nothing():
    every = {f for c in pipeline.COMPONENTS for f in c.assigns}
    assert names(pipeline.components_for(every)) == names(pipeline.COMPONENTS)
    assert pipeline.components_for([]) == []


def test_run_fills_only_what_the_chosen_components_assign():
    article = pipeline.run([{"article_id": "a", "text": TEXT}], pipeline.components_for(["times"]))[0]
    assert [TEXT[t.start : t.end] for t in article.times] == ["أمس", "أسبوعين"]
    assert article.entities == {} and article.actors == [] and article.places == [] and article.quotes == []


def test_run_gives_one_article_per_record_in_order():
    records = [{"article_id": i, "text": t} for i, t in (("b", TEXT), ("a", ""), ("c", "نص قصير."))]
    articles = pipeline.run(records)
    assert [a.article_id for a in articles] == ["b", "a", "c"]
    assert articles[1].sentences == () and articles[1].actors == []


def test_extract_tables_makes_every_table_with_rows_of_the_articles_given():
    frame = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "text": [TEXT, "وصل الوفد إلى طرابلس."],
            "dct": [pd.Timestamp("2018-05-08"), pd.NaT],
            "outlet": ["Al Arabiya", "Libya Observer"],
            "published": pd.to_datetime(["2018-05-08", "2018-05-09"], utc=True),
            "body_start": [7, 0],
        }
    ).astype({"text": "string", "article_id": "string"})
    tables = pipeline.extract_tables(frame)
    expected = {"articles", "sentences", "actors", "places", "times", "quotes", "events", "signatures", "incidents"}
    assert set(tables) == expected
    for name, columns in pipeline.TABLE_COLUMNS.items():
        assert list(tables[name].columns) == columns, name
    assert tables["articles"] is frame
    for name in expected - {"articles"}:
        assert set(tables[name]["article_id"]) <= {"a", "b"}, name
    assert tables["sentences"].groupby("article_id").size().to_dict() == {"a": 3, "b": 1}
    assert tables["signatures"]["article_id"].tolist() == ["a", "b"]
    assert {"mismari", "lna"} <= set(tables["actors"]["actor_id"])
    assert set(tables["places"]["name_en"]) == {"Darnah", "Tripoli"}
    times = tables["times"].set_index("text")
    assert times.loc["أمس", "value"] == "2018-05-07"
    assert tables["events"]["time_text"].tolist() == ["أمس", "أسبوعين"]
    assert tables["quotes"]["outlet"].tolist() == ["Al Arabiya", "Al Arabiya"]
    for name in ("actors", "places", "times"):
        for row in tables[name].itertuples():
            text = frame.set_index("article_id").loc[row.article_id, "text"]
            assert text[row.start : row.end] == row.text, name


def test_extract_tables_of_no_articles_are_empty_with_their_columns():
    tables = pipeline.extract_tables(pd.DataFrame({"article_id": pd.Series([], dtype=str), "text": []}))
    for name, table in tables.items():
        assert table.empty and "article_id" in table.columns, name


def test_the_cycle_collector_stays_paused_while_the_tables_are_built_and_comes_back_after(monkeypatch):
    import gc

    seen = []
    sentence_rows = pipeline._sentence_rows

    def rows(article):
        seen.append(gc.isenabled())
        return sentence_rows(article)

    monkeypatch.setattr(pipeline, "_sentence_rows", rows)
    assert gc.isenabled()
    tables = pipeline.extract_tables(pd.DataFrame({"article_id": ["a"], "text": ["وصل الوفد إلى طرابلس."]}))
    assert seen == [False]
    assert gc.isenabled()
    assert len(tables["sentences"]) == 1
