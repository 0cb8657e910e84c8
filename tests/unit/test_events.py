"""Times per article resolved against its DCT (with flags when the DCT is missing, supplied or in the
future), and the stated events built on them: status, speaker and date span of each time expression."""

from datetime import date

import pandas as pd
import pytest

from helpers.extract import pipeline
from helpers.extract.article import article_dct
from helpers.extract.events import EVENT_COLUMNS, date_span
from helpers.extract.mentions import iter_mentions
from helpers.extract.timex.tagger import TIME_COLUMNS


def article(**overrides):
    base = {
        "article_id": "a",
        "text": "عنوان\n\nقال المتحدث أمس إن العملية ستنتهي خلال أسبوعين.",
        "dct": pd.Timestamp("2018-05-08"),
        "dct_source": "article",
        "date_problem": None,
    }
    return {**base, **overrides}


def test_times_table_resolves_against_the_article_date():
    table = pipeline.extract_tables(pd.DataFrame([article()]))["times"]
    assert list(table.columns) == TIME_COLUMNS
    assert table[["text", "value"]].values.tolist() == [["أمس", "2018-05-07"], ["أسبوعين", "P2W"]]
    assert set(table["dct_source"]) == {"article"}


def test_missing_dct_leaves_relative_values_unresolved_with_a_flag():
    mentions = list(iter_mentions([article(dct=pd.NaT, dct_source="missing")], ["time"]))
    assert {m["kind"] for m in mentions} == {"time"}
    yesterday = next(m for m in mentions if m["canonical"] == "DCT-1D")
    assert yesterday["value"] is None
    assert "no DCT" in yesterday["flag"]


def test_future_dct_is_flagged_on_relative_mentions():
    future = article(dct=pd.Timestamp("2031-01-01"), date_problem="future date 2031-01-01")
    mentions = list(iter_mentions([future], ["time"]))
    assert "future" in mentions[0]["flag"]
    assert mentions[0]["value"] == "2030-12-31"


def test_supplied_dct_is_flagged():
    assert article_dct(article(dct_source="supplied")) == (date(2018, 5, 8), "DCT supplied, not from the source")
    assert article_dct(article()) == (date(2018, 5, 8), "")
    assert article_dct(article(dct=None))[0] is None


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [
        ("2018-05-07", "DATE", ("2018-05-07", "2018-05-07")),
        ("2018-05", "DATE", ("2018-05-01", "2018-05-31")),
        ("2018", "DATE", ("2018-01-01", "2018-12-31")),
        ("2018-W20", "DATE", ("2018-05-14", "2018-05-20")),
        ("2011/2014", "DATE", ("2011-01-01", "2014-12-31")),
        ("2016-Q3", "DATE", ("2016-07-01", "2016-09-30")),
        ("2016-H1", "DATE", ("2016-01-01", "2016-06-30")),
        ("2016-W45-WE", "DATE", ("2016-11-12", "2016-11-13")),  # TIMEX3 weekend: Saturday and Sunday
        ("197", "DATE", ("1970-01-01", "1979-12-31")),
        ("19", "DATE", ("1900-01-01", "1999-12-31")),
        ("2016-Q3/2017-H1", "DATE", ("2016-07-01", "2017-06-30")),
        ("2016-11-01TMO", "TIME", ("2016-11-01", "2016-11-01")),
        ("2016-11-01T08:00/2016-11-01T10:00", "TIME", ("2016-11-01", "2016-11-01")),
        ("TMO", "TIME", (None, None)),  # a part of day with no day
        ("XXXX-WXX-1T16:00", "SET", (None, None)),
        ("P2W", "DURATION", ("2018-05-08", "2018-05-22")),  # a duration runs from the DCT
        ("PXD", "DURATION", (None, None)),
        ("PAST_REF", "DATE", (None, None)),
        (None, "DATE", (None, None)),
    ],
)
def test_date_span_of_a_value(value, kind, expected):
    start, end = date_span(value, date(2018, 5, 8), kind)
    assert (start, end) == tuple(pd.Timestamp(x) if x else None for x in expected)


def test_date_span_of_an_impossible_half_is_not_a_time():
    assert date_span("2016-H3", date(2018, 5, 8), "DATE") == (pd.NaT, pd.NaT)


def seed_articles():
    from helpers import config
    from helpers.ingest.corpus import load_corpus

    return load_corpus(config.corpus_dir() / "seed").articles


def test_stated_events_classify_the_seed():
    events = pipeline.extract_tables(seed_articles())["events"]
    assert list(events.columns) == EVENT_COLUMNS
    events = events.set_index("time_text")
    assert events.loc["أسبوعين", "status"] == "forecast"
    assert events.loc["أسبوعين", "source_kind"] == "anonymous"
    assert events.loc["أسبوعين", "end_date"] == pd.Timestamp("2018-05-22")
    assert events.loc["وقت قريب", "status"] == "planned"
    assert events.loc["يوم أمس الاثنين", "status"] == "claimed"
    assert events.loc["يوم أمس الاثنين", "speaker"] == "صبره"
    assert events.loc["قبل يومين", "status"] == "reported"


def test_an_event_keeps_its_sentence_and_offsets():
    events = pipeline.extract_tables(pd.DataFrame([article()]))["events"]
    text = article()["text"]
    for row in events.itertuples():
        assert text[row.time_start : row.time_end] == row.time_text
        assert text[row.sentence_start :].startswith(row.sentence)
        assert row.sentence_id == 1
    assert events["speaker"].tolist() == ["المتحدث", "المتحدث"]
    assert events["status"].tolist() == ["claimed", "planned"]


def events_of(sentence: str) -> pd.DataFrame:
    """The events table of one article holding ``sentence`` (DCT 2018-06-01)."""
    one = article(text=f"عنوان\n\n{sentence}", dct=pd.Timestamp("2018-06-01"))
    return pipeline.extract_tables(pd.DataFrame([one]))["events"]


def test_since_four_years_is_a_past_span_ending_at_the_dct():
    row = events_of("تحكم العائلة المدينة منذ 4 سنوات.").iloc[0]
    assert (row.direction, row.end_date) == ("past", pd.Timestamp("2018-06-01"))
    assert row.start_date.year == 2014


def test_four_years_to_come_is_a_future_span_starting_at_the_dct():
    row = events_of("ستحكم العائلة المدينة خلال 4 سنوات.").iloc[0]
    assert (row.direction, row.start_date, row.status) == ("future", pd.Timestamp("2018-06-01"), "planned")
    assert row.end_date.year == 2022


def test_killed_two_days_ago_is_a_point_two_days_before_the_dct():
    row = events_of("قتل الجندي منذ يومين.").iloc[0]
    assert (row.start_date, row.end_date) == (pd.Timestamp("2018-05-30"), pd.Timestamp("2018-05-30"))


def test_lasted_three_years_does_not_end_after_the_dct():
    row = events_of("استمرت الحرب أكثر من ثلاث سنوات.").iloc[0]
    assert row.end_date <= pd.Timestamp("2018-06-01")
    assert row.status == "reported"


def test_an_age_has_no_dates_and_is_not_an_event():
    row = events_of("قال شاب 25 عاما إنه غادر المدينة.").iloc[0]
    assert (row.role, row.direction) == ("age", "")
    assert pd.isna(row.start_date) and pd.isna(row.end_date)


def test_a_history_has_no_dates():
    row = events_of("احتفلت الجامعة بمرور 75 عاما على تأسيسها.").iloc[0]
    assert row.role == "history"
    assert pd.isna(row.start_date)


def test_an_undirected_length_has_no_dates():
    row = events_of("يجب أن يكون عضوا لمدة 6 أشهر.").iloc[0]
    assert (row.role, row.direction) == ("event", "")
    assert pd.isna(row.end_date)


def test_a_few_days_ago_is_not_planned_even_beside_a_future_word():
    events = events_of("وصل الوفد منذ أيام قليلة ومن المقرر أن يغادر غدا.").set_index("time_text")
    assert events.loc["أيام", "status"] == "reported"
    assert events.loc["غدا", "status"] == "planned"


def test_a_few_days_to_come_is_planned():
    events = events_of("سيصل الوفد خلال أيام قليلة.").set_index("time_text")
    assert events.loc["أيام", "status"] == "planned"


def test_dates_carry_no_direction_or_role_other_than_event():
    row = events_of("وصل الوفد أمس.").iloc[0]
    assert (row.role, row.direction) == ("event", "")


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("بيد أن وزارة الصحة أجملت لاحقا عدد القتلى 12 شخصا", "reported"),
        ("وسوف تعلن الوزارة لاحقا عدد القتلى", "planned"),
    ],
)
def test_later_in_a_past_story_is_no_plan(sentence, status):
    assert events_of(sentence)["status"].tolist() == [status]


def test_since_a_month_is_a_past_span_from_that_month_to_the_dct():
    row = events_of("ومنذ فبراير 2018، استنفرت قوات الجيش على الحدود.").iloc[0]
    assert (row.start_date, row.end_date, row.direction) == (
        pd.Timestamp("2018-02-01"),
        pd.Timestamp("2018-06-01"),
        "past",
    )


def test_since_the_end_of_last_year_starts_late_last_year_and_a_bare_month_stays_the_month():
    since = events_of("ارتفعت الأسعار منذ نهاية العام الماضي.").iloc[0]
    assert (since.start_date.month, since.end_date) == (9, pd.Timestamp("2018-06-01"))
    bare = events_of("ارتفعت الأسعار في فبراير 2018.").iloc[0]
    assert (bare.start_date, bare.end_date, bare.direction) == (
        pd.Timestamp("2018-02-01"),
        pd.Timestamp("2018-02-28"),
        "",
    )


def test_a_visit_that_lasted_two_days_in_a_dated_clause_runs_from_that_date_not_up_to_the_dct():
    table = events_of("في ديسمبر الماضي قام الرئيس بزيارة تاريخية إلى اليونان استمرت يومين.")
    row = table[table["time_type"] == "DURATION"].iloc[0]
    assert (row.start_date, row.end_date) == (pd.Timestamp("2017-12-01"), pd.Timestamp("2017-12-03"))


def test_a_span_since_four_years_in_a_dated_sentence_still_ends_at_the_dct():
    table = events_of("قال في مايو الماضي إنه يعيش هنا منذ 4 سنوات.")
    row = table[table["time_type"] == "DURATION"].iloc[0]
    assert row.end_date == pd.Timestamp("2018-06-01")


def test_the_first_in_forty_years_is_a_record_with_no_dates():
    row = events_of("وهي الزيارة الأولى لرئيس فرنسي منذ 40 عاما.").iloc[0]
    assert (row.role, row.direction) == ("record", "")
    assert pd.isna(row.start_date) and pd.isna(row.end_date)


def test_the_first_time_since_a_year_is_a_record_not_a_span_from_that_year():
    row = events_of("وتأهل الفريق إلى النهائي لأول مرة منذ عام 1990.").iloc[0]
    assert row.role == "record"
    assert pd.isna(row.start_date)


def test_two_weeks_spent_before_a_dated_return_end_on_that_date():
    table = events_of("وفي 20 مايو الماضي عاد الرئيس إلى العاصمة بعدما أمضى أسبوعين في المستشفى.")
    row = table[table["time_type"] == "DURATION"].iloc[0]
    assert (row.start_date, row.end_date) == (pd.Timestamp("2018-05-06"), pd.Timestamp("2018-05-20"))


def _tables(text: str) -> dict[str, pd.DataFrame]:
    one = pd.DataFrame({"article_id": ["a"], "text": ["عنوان\n\n" + text], "dct": [pd.Timestamp("2018-06-01")]})
    return pipeline.extract_tables(one.assign(dct_source="article"))


def test_a_prison_sentence_before_an_arrest_is_not_a_span_that_ended_there():
    events = _tables("اعتقلت الشرطة المعارض الخميس بعدما حكمت بسجنه عامين غيابيا.")["events"].set_index("time_text")
    assert events.loc["عامين", "start_date"] == pd.Timestamp("2018-05-31")
    events = _tables("أفرجت السلطات الخميس عن الصحفي بعدما أمضى عامين في الحبس.")["events"].set_index("time_text")
    assert events.loc["عامين", "end_date"] == pd.Timestamp("2018-05-31")


def test_an_unclosed_one_word_quotation_does_not_lend_its_speaker_to_the_story_after_it():
    text = 'ووصف البيان الهجوم بأنه "إرهابي. وقتل جنديان في الهجوم في أبين الخميس.\nوأكد شهود أن "المسلحين فروا".'
    quotes = _tables(text)["quotes"]
    assert 2 not in quotes["sentence_id"].tolist()
