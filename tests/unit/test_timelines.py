"""Tests for helpers.timelines: time mentions per article with DCT flags."""

import pandas as pd

from helpers.extract.timelines import article_dct, extract_times, time_table


def article(**overrides):
    base = {
        "article_id": "a",
        "text": "عنوان\n\nقال المتحدث أمس إن العملية ستنتهي خلال أسبوعين.",
        "dct": pd.Timestamp("2018-05-08"),
        "dct_source": "article",
        "date_problem": None,
    }
    return {**base, **overrides}


def test_time_table_resolves_against_the_article_date():
    table = time_table(pd.DataFrame([article()]))
    assert table[["text", "value"]].values.tolist() == [["أمس", "2018-05-07"], ["أسبوعين", "P2W"]]


def test_missing_dct_leaves_relative_values_unresolved_with_a_flag():
    mentions = list(extract_times(article(dct=pd.NaT, dct_source="missing")))
    yesterday = next(m for m in mentions if m["canonical"] == "DCT-1D")
    assert yesterday["value"] is None
    assert "no DCT" in yesterday["flag"]


def test_future_dct_is_flagged_on_relative_mentions():
    mentions = list(extract_times(article(dct=pd.Timestamp("2031-01-01"), date_problem="future date 2031-01-01")))
    assert "future" in mentions[0]["flag"]


def test_supplied_dct_is_flagged():
    assert article_dct(article(dct_source="supplied"))[1] == "DCT supplied, not from the source"


def seed_articles():
    from helpers import config
    from helpers.ingest.loading import load_corpus

    return load_corpus(config.corpus_dir() / "seed").articles


def test_stated_events_classify_the_seed():
    from helpers.extract.timelines import stated_events

    events = stated_events(seed_articles()).set_index("time_text")
    assert events.loc["أسبوعين", "status"] == "forecast"
    assert events.loc["أسبوعين", "source_kind"] == "anonymous"
    assert events.loc["أسبوعين", "end_date"] == pd.Timestamp("2018-05-22")
    assert events.loc["وقت قريب", "status"] == "planned"
    assert events.loc["يوم أمس الاثنين", "status"] == "claimed"
    assert events.loc["يوم أمس الاثنين", "speaker"] == "صبره"
    assert events.loc["قبل يومين", "status"] == "reported"


def test_stated_vs_reported_pairs_a_forecast_with_the_later_outcome():
    from helpers.extract.timelines import reported_outcomes, stated_events, stated_vs_reported

    later = {
        "article_id": "b",
        "text": "عنوان\n\nأعلن القائد العام، مساء الخميس، تحرير مدينة درنة بالكامل من الجماعات الإرهابية.",
        "dct": pd.Timestamp("2018-06-29"),
        "dct_source": "article",
        "date_problem": None,
    }
    awaited = {**later, "article_id": "c", "text": "عنوان\n\nيترقب الليبيون إعلان تحرير مدينة درنة بالكامل."}
    articles = pd.concat([seed_articles(), pd.DataFrame([later, awaited])], ignore_index=True)
    outcomes = reported_outcomes(articles, "درنة")
    assert outcomes["article_id"].tolist() == ["b"], "an awaited outcome is not a reported one"
    assert outcomes["date"].iloc[0] == pd.Timestamp("2018-06-28")
    comparison = stated_vs_reported(stated_events(articles), outcomes, "درنة")
    row = comparison.set_index("stated").loc["أسبوعين"]
    assert (row["expected_by"], row["reported_on"], row["days_late"]) == (
        pd.Timestamp("2018-05-22"),
        pd.Timestamp("2018-06-28"),
        37,
    )


def test_topic_matches_whole_words_only():
    from helpers.extract.timelines import topic_pattern

    assert topic_pattern("درنة").search("في مدينة درنه")
    assert topic_pattern("درنة").search("بدرنه")
    assert not topic_pattern("درنة").search("في مدينة ادرنه التركية")
