"""Tests for helpers.report.timelines: stated versus reported outcomes, date coverage, unresolved expressions."""

import json
import shutil

import pandas as pd

from helpers.report import timelines

EVENT_COLUMNS = ["article_id", "sentence_id", "time_start", "time_type", "time_value", "start_date", "end_date"]
EVENT_COLUMNS += ["dct", "time_text", "status", "speaker", "source_kind", "sentence", "flag"]
LATER = "عنوان\n\nأعلن القائد العام، مساء الخميس، تحرير مدينة درنة بالكامل من الجماعات الإرهابية."
AWAITED = "عنوان\n\nيترقب الليبيون إعلان تحرير مدينة درنة بالكامل."


def event(article_id, sentence_id, time_start, time_type, time_value, start_date, **more):
    row = dict.fromkeys(EVENT_COLUMNS)
    row.update(
        article_id=article_id,
        sentence_id=sentence_id,
        time_start=time_start,
        time_type=time_type,
        time_value=time_value,
        start_date=pd.Timestamp(start_date) if start_date else pd.NaT,
        **more,
    )
    return row


def events(*rows):
    return pd.DataFrame(list(rows), columns=EVENT_COLUMNS)


def articles(*rows):
    return pd.DataFrame(list(rows), columns=["article_id", "text", "dct"])


def test_reported_outcome_is_dated_by_the_first_calendar_date_of_its_sentence():
    table = events(
        event("b", 1, 40, "DATE", "2018-06-27", "2018-06-27"),  # later in the sentence
        event("b", 1, 12, "DATE", "2018-06-28", "2018-06-28"),  # first: stored rows need not be in order
        event("b", 1, 5, "DURATION", "P2W", "2018-06-29"),  # not a calendar date
        event("b", 1, 3, "DATE", None, None),  # no value
        event("b", 0, 0, "DATE", "2018-01-01", "2018-01-01"),  # another sentence
    )
    frame = articles(("b", LATER, pd.Timestamp("2018-06-29 14:30")), ("c", AWAITED, pd.Timestamp("2018-06-30")))
    outcomes = timelines.reported_outcomes(frame, table, "درنة")
    assert outcomes["article_id"].tolist() == ["b"], "an awaited outcome is not a reported one"
    assert outcomes.loc[0, "date"] == pd.Timestamp("2018-06-28")
    assert outcomes.loc[0, "dct"] == pd.Timestamp("2018-06-29")
    assert outcomes.loc[0, "sentence_id"] == 1 and outcomes.loc[0, "sentence"].startswith("أعلن")


def test_reported_outcome_falls_back_to_the_article_date():
    frame = articles(("b", LATER, pd.Timestamp("2018-06-29")))
    no_dates = timelines.reported_outcomes(frame, events(), "درنة")
    assert no_dates.loc[0, "date"] == pd.Timestamp("2018-06-29")
    off_calendar = events(event("b", 1, 12, "DATE", "PRESENT_REF", None))
    assert timelines.reported_outcomes(frame, off_calendar, "درنة").loc[0, "date"] == pd.Timestamp("2018-06-29")


def test_undated_articles_and_other_topics_report_nothing_with_the_same_columns():
    frame = articles(("b", LATER, pd.NaT), ("d", LATER.replace("درنة", "أدرنة"), pd.Timestamp("2018-06-29")))
    outcomes = timelines.reported_outcomes(frame, events(), "درنة")
    assert outcomes.empty and outcomes.columns.tolist() == timelines.OUTCOME_COLUMNS


def test_reported_outcomes_from_a_built_store_of_the_seed(tmp_path):
    from helpers import config
    from helpers.store.read import ensure_store

    corpus = tmp_path / "corpus"
    shutil.copytree(config.corpus_dir() / "seed", corpus)
    with (corpus / "later.jsonl").open("w", encoding="utf-8") as handle:
        for article_id, text, day in (("b", LATER, "2018-06-29"), ("c", AWAITED, "2018-06-30")):
            title, body = text.split("\n\n")
            record = {"id": article_id, "title": title, "body": body, "published": day, "outlet": "x"}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    store = ensure_store(corpus, tmp_path / "store")
    articles, stated = store.table("articles"), store.table("events")
    outcomes = timelines.reported_outcomes(articles, stated, "درنة")
    assert outcomes["article_id"].tolist() == ["b"], "an awaited outcome is not a reported one"
    assert outcomes["date"].iloc[0] == pd.Timestamp("2018-06-28"), "مساء الخميس, the day before the article"
    comparison = timelines.stated_vs_reported(stated, outcomes, "درنة")
    row = comparison.set_index("stated").loc["أسبوعين"]
    assert (row["expected_by"], row["reported_on"], row["days_late"]) == (
        pd.Timestamp("2018-05-22"),
        pd.Timestamp("2018-06-28"),
        37,
    )


def test_stated_vs_reported_pairs_a_forecast_with_the_first_later_outcome():
    forecast = event(
        "a",
        2,
        30,
        "DURATION",
        "P2W",
        "2018-05-08",
        end_date=pd.Timestamp("2018-05-22"),
        dct=pd.Timestamp("2018-05-08"),
        time_text="أسبوعين",
        status="forecast",
        speaker="مصدر",
        source_kind="anonymous",
        sentence="العملية في درنة لن تتجاوز أسبوعين",
    )
    elsewhere = {**forecast, "sentence": "العملية في بنغازي لن تتجاوز أسبوعين"}
    reported = {**forecast, "status": "reported"}
    outcomes = pd.DataFrame(
        {
            "article_id": ["early", "b", "c"],
            "sentence_id": [0, 1, 1],
            "dct": pd.to_datetime(["2018-05-01", "2018-06-29", "2018-07-02"]),
            "date": pd.to_datetime(["2018-05-01", "2018-06-28", "2018-07-01"]),
            "sentence": ["قديم", "تحرير درنة", "تحرير درنة مجددا"],
        }
    )
    comparison = timelines.stated_vs_reported(events(forecast, elsewhere, reported), outcomes, "درنة")
    assert len(comparison) == 1
    row = comparison.iloc[0]
    assert (row["reported_in"], row["reported_on"], row["days_late"]) == ("b", pd.Timestamp("2018-06-28"), 37)
    unreported = timelines.stated_vs_reported(events(forecast), outcomes.iloc[0:1], "درنة")
    assert unreported.loc[0, "reported_in"] == "" and pd.isna(unreported.loc[0, "reported_on"])


def test_stated_vs_reported_of_nothing_has_the_same_columns():
    empty = timelines.stated_vs_reported(events(), pd.DataFrame(columns=timelines.OUTCOME_COLUMNS), "درنة")
    assert empty.empty and empty.columns.tolist() == timelines.COMPARISON_COLUMNS


def test_coverage_table_counts_each_kind_of_article_date():
    table = timelines.coverage_table(pd.DataFrame({"dct_source": ["article", "article", "missing"]}))
    assert dict(table.values.tolist()) == {"dated by the source": 2, "no date (relative times unresolved)": 1}
    empty = timelines.coverage_table(pd.DataFrame({"dct_source": []}))
    assert empty.empty and empty.columns.tolist() == table.columns.tolist() == ["article date", "articles"]


def test_unresolved_summary_counts_add_up_and_give_reasons():
    table = events(
        event("a", 0, 0, "DATE", "2018-05-07", "2018-05-07", time_text="أمس", flag=""),
        event("a", 0, 9, "DATE", None, None, time_text="أمس الأول", flag="no DCT: relative date left unresolved"),
        event("a", 1, 0, "DURATION", "PXD", None, time_text="أيام", flag=None),
        event("a", 1, 5, "SET", "P1D", None, time_text="يوميا", flag=""),
        event("a", 2, 0, "DATE", "2018-02-31", None, time_text="31 فبراير", flag="impossible date: day 31 of month 2"),
    )
    summary = timelines.unresolved_summary(table).set_index("reason")
    counts = summary["expressions"]
    assert counts.drop("all").sum() == counts["all"] == 5
    assert counts[["resolved", "no DCT", "vague", "no calendar date", "impossible date"]].tolist() == [1, 1, 1, 1, 1]
    assert summary.loc["no DCT", "examples"] == "أمس الأول" and summary.loc["vague", "DURATION"] == 1


def test_a_value_without_a_calendar_date_is_not_counted_as_resolved():
    table = events(event("a", 0, 0, "SET", "P1D", None, time_text="يوميا", flag=""))
    summary = timelines.unresolved_summary(table).set_index("reason")
    assert summary.loc["resolved", "expressions"] == 0 and summary.loc["no calendar date", "expressions"] == 1


def test_a_contradicted_weekday_is_a_reason_even_with_a_value():
    reason = timelines.expression_reason("2018-05-28", pd.Timestamp("2018-05-28"), "weekday الاثنين does not fall")
    assert reason == "contradicted weekday"


def test_an_age_is_not_an_event_when_the_events_carry_a_role():
    assert timelines.expression_reason("P45Y", None, "", role="age") == "not an event"
    assert timelines.expression_reason("P45Y", None, "") == "no calendar date"  # without the role column


def test_unresolved_expressions_lists_every_row_that_is_not_resolved_with_its_reason():
    table = events(
        event("a", 0, 0, "DATE", "2018-05-07", "2018-05-07", time_text="أمس", flag=""),
        event("a", 0, 9, "DATE", "PAST_REF", None, time_text="سابقا", flag=""),
    )
    listed = timelines.unresolved_expressions(table)
    assert listed["time_text"].tolist() == ["سابقا"] and listed["reason"].tolist() == ["vague"]
    assert listed["why"].iloc[0].startswith("vague")


def test_unresolved_summary_of_nothing_has_the_same_columns():
    empty = timelines.unresolved_summary(events())
    assert empty.empty and empty.columns.tolist() == timelines.UNRESOLVED_COLUMNS


def test_status_by_outlet_has_no_nameless_column_and_a_total():
    table = pd.DataFrame({"outlet": ["x", "x", "y"], "status": ["reported", "", "planned"]})
    counts = timelines.status_by_outlet(table)
    assert "" not in counts.columns and counts.columns.name is None
    assert counts.set_index("outlet").loc["x", ["reported_events", "unknown", "total"]].tolist() == [1, 1, 2]


def test_topic_matches_whole_words_only():
    assert timelines.topic_pattern("درنة").search("في مدينة درنه")
    assert timelines.topic_pattern("درنة").search("بدرنه")
    assert not timelines.topic_pattern("درنة").search("في مدينة ادرنه التركية")


def test_an_events_table_without_rows_or_columns_dates_outcomes_by_their_article():
    frame = articles(("b", LATER, pd.Timestamp("2018-06-29")))
    outcomes = timelines.reported_outcomes(frame, pd.DataFrame(), "درنة")
    assert outcomes.loc[0, "date"] == pd.Timestamp("2018-06-29")


def test_timeline_window_is_the_corpus_dates_with_a_margin():
    dct = pd.Series([pd.Timestamp("2018-05-08"), pd.Timestamp("2018-06-01"), None, pd.Timestamp("9999-12-31")])
    low, high = timelines.timeline_window(dct)  # 9999-12-31 + a year overflowed a date before
    assert low == pd.Timestamp("2018-04-24") and high == pd.Timestamp("2018-06-15")
    assert timelines.timeline_window(dct, "2018-01-01", "2018-12-31") == (
        pd.Timestamp("2018-01-01"),
        pd.Timestamp("2018-12-31"),
    )
    low, high = timelines.timeline_window(pd.Series([], dtype="datetime64[us]"))
    assert low.year == 1900 and high.year == 2100


def _spans(*pairs):
    return pd.DataFrame(
        {"start_date": pd.to_datetime([p[0] for p in pairs]), "end_date": pd.to_datetime([p[1] for p in pairs])}
    )


def test_a_span_running_to_2160_never_sets_the_timeline_window():
    dct = pd.Series(pd.to_datetime(["2018-05-08", "2018-06-01"]))
    spans = _spans(*[("2018-05-08", None)] * 60, ("2018-05-08", "2160-05-14"))
    low, high = timelines.timeline_window(dct, spans=spans)
    assert high <= pd.Timestamp("2019-06-01") and low == pd.Timestamp("2018-04-24")


def test_the_timeline_window_widens_to_where_most_dated_spans_start_but_no_further_than_half_a_year():
    dct = pd.Series(pd.to_datetime(["2018-05-08", "2018-06-01"]))
    spans = _spans(*[("2018-02-01", "2018-02-01")] * 10, *[("2018-05-10", None)] * 10, *[("2011-01-01", None)] * 10)
    low, _ = timelines.timeline_window(dct, spans=spans)
    assert low == pd.Timestamp("2017-11-06"), "half a year before the first article, not 2011"
    low, _ = timelines.timeline_window(dct, spans=spans.iloc[:20])
    assert low == pd.Timestamp("2018-02-01")


def test_outside_note_counts_and_names_what_falls_outside_the_window():
    table = events(
        event("a", 0, 0, "DATE", "2011", "2011-01-01", end_date=pd.Timestamp("2011-12-31"), time_text="عام 2011"),
        event("a", 0, 5, "DATE", "2018-05-07", "2018-05-07", end_date=pd.Timestamp("2018-05-07"), time_text="أمس"),
    )
    window = (pd.Timestamp("2018-04-01"), pd.Timestamp("2018-07-01"))
    assert timelines.outside_window(table, window)["side"].tolist() == ["before"]
    note = timelines.outside_note(table, window)
    assert "1 of 2 dated expressions" in note and "«عام 2011» = 2011 (×1)" in note


def test_the_outside_note_gives_each_value_in_words_with_its_code_beside_in_both_languages():
    """«نهاية عام 2014» was listed as "= 2014": the "late" of its mod was lost, and the note was English only."""
    table = events(
        event("a", 0, 0, "DATE", "2014", "2014-01-01", end_date=pd.Timestamp("2014-12-31"), time_text="نهاية عام 2014"),
        event("a", 0, 5, "DATE", "2018-05-07", "2018-05-07", end_date=pd.Timestamp("2018-05-07"), time_text="أمس"),
    ).assign(mod=["END", ""])
    window = (pd.Timestamp("2018-04-01"), pd.Timestamp("2018-07-01"))
    note = timelines.outside_note(table, window)
    assert "«نهاية عام 2014» = late 2014 [2014]" in note
    assert note.startswith("1 من 2 تعبيرا مؤرخا تقع خارج") and "1 of 2 dated expressions" in note


def test_the_timeline_section_states_the_window_bound_the_code_uses():
    """The section said the window is widened "دون أن تتجاوز سنة" (not past a year) while the code stops half a
    year from the article dates (WINDOW_PAD_DAYS): the chart read 2017-08-31 … for a corpus starting 2018-03-02."""
    from helpers import config

    source = (config.NOTEBOOKS_DIR / "03_timelines.ipynb").read_text(encoding="utf-8")
    assert round(timelines.WINDOW_PAD_DAYS / 30.5) == 6
    assert "دون أن تتجاوز ستة أشهر قبل أول تاريخ نشر أو بعد آخره" in source
    assert "دون أن تتجاوز سنة" not in source


def test_a_year_or_month_named_whole_that_overlaps_the_window_is_not_outside_it():
    """A corpus of February to October 2018 listed its own «عام 2018» among the expressions reaching outside."""
    table = events(
        event("a", 0, 0, "DATE", "2018", "2018-01-01", end_date=pd.Timestamp("2018-12-31"), time_text="هذا العام"),
        event("a", 0, 5, "DATE", "2018-11", "2018-11-01", end_date=pd.Timestamp("2018-11-30"), time_text="نوفمبر"),
        event("a", 1, 0, "DATE", "2017", "2017-01-01", end_date=pd.Timestamp("2017-12-31"), time_text="العام الماضي"),
        event("a", 1, 5, "DURATION", "P2Y", "2016-06-01", end_date=pd.Timestamp("2018-06-01"), time_text="عامين"),
        event("a", 2, 0, "DATE", "2011", "2011-01-01", end_date=pd.Timestamp("2018-05-01"), time_text="منذ عام 2011"),
    )
    window = (pd.Timestamp("2018-02-01"), pd.Timestamp("2018-11-15"))
    outside = timelines.outside_window(table, window)
    assert outside["time_text"].tolist() == ["العام الماضي", "عامين", "منذ عام 2011"]  # a span since a year: outside
    assert "«هذا العام»" not in timelines.outside_note(table, window)


def test_a_topic_finds_the_towns_other_spelling_but_not_its_other_names():
    """An analyst sets TOPIC «كابول»; half the articles write «كابل»: both are the topic. A town's historical or
    other-language names in the gazetteer (القدس: بيت المقدس، أورشليم) and a common word without the article
    (موصل for الموصل) are not."""
    kabul = timelines.topic_pattern("كابول")
    assert kabul.search("انفجار في كابل أمس") and kabul.search("وصل إلى كابول") and not kabul.search("كابلات")
    assert timelines.topic_spellings("القدس") == ["القدس"]
    assert timelines.topic_spellings("الموصل") == ["الموصل"]
    assert timelines.topic_spellings("عملية الكرامة") == ["عمليه الكرامه"]


def test_a_holiday_named_as_the_occasion_of_a_speech_is_no_plan():
    """A Hodeidah timeline's only stated plan was «عيد الفطر المبارك», due 15 June, from «كلمة له للشعب اليمني بمناسبة
    عيد الفطر المبارك ... لتحرير الحديدة»: the holiday is the occasion of the speech, not a plan's date."""
    greeting = event(
        "a",
        1,
        30,
        "DATE",
        "2018-06-15",
        "2018-06-15",
        end_date=pd.Timestamp("2018-06-15"),
        dct=pd.Timestamp("2018-06-14"),
        time_text="عيد الفطر المبارك",
        status="planned",
        speaker="",
        source_kind="none",
        sentence="جاء ذلك في كلمة له بمناسبة عيد الفطر المبارك ألقاها من عدن للإشراف على عملية تحرير درنة",
    )
    plan = {**greeting, "sentence": "ستنتهي عملية تحرير درنة قبل عيد الفطر المبارك"}
    outcomes = pd.DataFrame(columns=timelines.OUTCOME_COLUMNS)
    comparison = timelines.stated_vs_reported(events(greeting, plan), outcomes, "درنة")
    assert comparison["statement"].tolist() == [plan["sentence"]]
