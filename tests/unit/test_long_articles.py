"""Very long articles come through every component whole (their growth in time is measured by
`make bench-long`, not here: a timed test fails on a loaded machine), and dates at the ends of the calendar
give unresolved values with a flag, never an exception."""

from __future__ import annotations

import json
import random
import re
from datetime import date, datetime

import pandas as pd
import pytest

from helpers.extract import pipeline
from helpers.extract.actors.mention import ActorMention
from helpers.extract.actors.rules import merge_overlapping
from helpers.extract.events import _predicate, _Verbs, date_span
from helpers.extract.quote_marks import QUOTE as _QUOTE
from helpers.extract.quote_marks import Quotes as _Quotes
from helpers.extract.timex.tagger import tag
from helpers.extract.timex.values import OUTSIDE_CALENDAR
from helpers.ingest.corpus import load_corpus
from helpers.text.normalize import normalize_letters
from helpers.text.spans import SpanIndex

_PUNCTUATION = re.compile(r"[.!?\u061f\u061b\u06d4\u2026\n]+")


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """The bundled corpus's article texts."""
    return [t for t in load_corpus().articles["text"] if t]


def long_text(texts: list[str], size: int, dump: bool = False) -> str:
    """``size`` characters of the corpus's articles, joined by newlines, or (``dump``) joined by spaces with
    their punctuation out: one sentence. Each pass over the corpus numbers its lines, so that no sentence
    repeats and the caches cannot hide a slow loop."""
    parts, total, round_ = [], 0, 0
    while total < size:
        for text in texts:
            text = text.replace("\n", f"\n{round_} ")
            parts.append(_PUNCTUATION.sub(" ", text) if dump else text)
            total += len(text) + 1
            if total >= size:
                break
        round_ += 1
    return (" " if dump else "\n").join(parts)[:size]


def extract(text: str) -> dict[str, pd.DataFrame]:
    """Every table of one article of ``text``."""
    frame = pd.DataFrame(
        [{"article_id": "long", "text": text, "dct": pd.Timestamp("2018-06-01"), "dct_source": "article"}]
    )
    return pipeline.extract_tables(frame)


@pytest.mark.parametrize("dump", [False, True], ids=["many_sentences", "one_huge_sentence"])
def test_a_long_article_is_extracted_whole(texts, dump):
    # linear growth is a speed target: `make bench-long` measures it (time per 100k characters up to 1.6M);
    # here a 200k-character article must come through every component with offsets inside the text
    text = long_text(texts, 200_000, dump)
    tables = extract(text)
    sentences = tables["sentences"]
    assert len(sentences) >= (1 if dump else 100)
    assert sentences["end"].max() <= len(text)
    for name in ("actors", "places", "times"):
        table = tables[name]
        assert len(table) > 0, name
        assert (table["end"] <= len(text)).all() and (table["start"] < table["end"]).all(), name


def relative_values(dct: date) -> dict[str, tuple[str | None, str]]:
    """Expression → (value, flag) of some relative expressions tagged against ``dct``."""
    text = "قال أمس إنه سيعود غدا أو بعد 3 أيام، وربما الأسبوع المقبل أو العام الماضي أو في يناير الماضي."
    return {text[t.start : t.end]: (t.value, t.flag) for t in tag(text, dct)}


def test_yesterday_before_the_first_day_of_the_calendar_is_unresolved_with_a_flag():
    found = relative_values(date(1, 1, 1))
    assert found["أمس"] == (None, OUTSIDE_CALENDAR)
    assert found["العام الماضي"] == (None, OUTSIDE_CALENDAR)
    assert found["غدا"] == ("0001-01-02", "")
    assert found["بعد 3 أيام"] == ("0001-01-04", "")


def test_tomorrow_after_the_last_day_of_the_calendar_is_unresolved_with_a_flag():
    found = relative_values(date(9999, 12, 31))
    for expression in ("غدا", "بعد 3 أيام", "الأسبوع المقبل"):
        assert found[expression] == (None, OUTSIDE_CALENDAR)
    assert found["أمس"] == ("9999-12-30", "")
    assert found["العام الماضي"] == ("9998", "")


@pytest.mark.parametrize(
    "dct, text",
    [
        (date(1, 1, 1), "قبل 3 أسابيع والشهر الماضي والصيف الماضي وقبل عقدين ويوم الأحد الماضي وأمس الأحد"),
        (date(1, 1, 3), "في ديسمبر الماضي ومن 3 إلى 5 ديسمبر و5 ديسمبر وقبل 3 أشهر"),
        (date(9999, 12, 31), "بعد 3 أسابيع والشهر المقبل والربيع المقبل وبعد عقدين ويوم الأحد المقبل وغدا الأحد"),
        (date(9999, 12, 25), "في يناير المقبل ومن 3 إلى 5 يناير و5 يناير وبعد 3 أشهر وبعد 9000 عام"),
    ],
)
def test_no_relative_expression_raises_at_the_ends_of_the_calendar(dct, text):
    found = tag(text, dct)
    assert found
    assert all(t.value is not None or t.flag == OUTSIDE_CALENDAR for t in found)
    assert any(t.flag == OUTSIDE_CALENDAR for t in found)


def test_date_span_outside_the_calendar_is_nat():
    assert date_span("9999-12-30", date(9999, 12, 31), "DATE") == (
        pd.Timestamp("9999-12-30"),
        pd.Timestamp("9999-12-30"),
    )
    assert all(v is pd.NaT for v in date_span("9999-W52", date(9999, 12, 31), "DATE"))
    assert all(v is pd.NaT for v in date_span("P3Y", date(9999, 12, 31), "DURATION"))


BODY = "قال المتحدث أمس إن القوات ستصل غدا أو بعد 3 أيام إلى مدينة درنة."


def check_calendar_ends(tables: dict[str, pd.DataFrame], first_flag: str) -> None:
    """The times and events of the articles ``first`` (dated 0001-01-01) and ``last`` (9999-12-31)."""
    times = tables["times"].set_index(["article_id", "text"])
    assert pd.isna(times.loc[("first", "أمس"), "value"])
    assert times.loc[("first", "أمس"), "flag"] == first_flag
    assert times.loc[("last", "أمس"), "value"] == "9999-12-30"
    for expression in ("غدا", "بعد 3 أيام"):
        assert pd.isna(times.loc[("last", expression), "value"])
        assert times.loc[("last", expression), "flag"] == OUTSIDE_CALENDAR
    events = tables["events"]
    assert len(events) == len(tables["times"])
    unresolved = events[events["time_value"].isna()]
    assert unresolved["start_date"].isna().all() and unresolved["end_date"].isna().all()


def test_articles_dated_at_the_ends_of_the_calendar_extract():
    frame = pd.DataFrame(
        {
            "article_id": ["first", "last"],
            "text": [BODY, BODY],
            "dct": pd.Series([datetime(1, 1, 1), datetime(9999, 12, 31)], dtype="datetime64[us]"),
            "dct_source": ["article", "article"],
        }
    )
    tables = pipeline.extract_tables(frame)
    check_calendar_ends(tables, OUTSIDE_CALENDAR)
    assert tables["times"].set_index(["article_id", "text"]).loc[("first", "غدا"), "value"] == "0001-01-02"


def test_loaded_articles_dated_at_the_ends_of_the_calendar_extract(tmp_path):
    lines = [
        {"id": "first", "title": "أول", "text": BODY, "published": "0001-01-01"},
        {"id": "last", "title": "آخر", "text": BODY, "published": "9999-12-31"},
    ]
    path = tmp_path / "ends.jsonl"
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8")
    articles = load_corpus(path).articles
    assert len(articles) == 2
    # the loader may keep the year-1 date as the DCT, or set it aside as implausible (then there is no DCT)
    kept = not pd.isna(articles.set_index("article_id").loc["first", "dct"])
    check_calendar_ends(
        pipeline.extract_tables(articles), OUTSIDE_CALENDAR if kept else "no DCT: relative date left unresolved"
    )


# The linear look-ups give the answers of the scans they replace.


def test_span_index_answers_as_a_scan_does():
    rng = random.Random(18)
    for _ in range(200):
        spans = [(a, a + rng.randrange(0, 12), rng.choice("xy")) for a in (rng.randrange(0, 80) for _ in range(15))]
        index = SpanIndex(spans)
        for _ in range(20):
            a = rng.randrange(0, 90)
            b = a + rng.randrange(0, 10)
            assert index.overlaps(a, b) == any(x < b and y > a for x, y, _ in spans)
            assert sorted(index.overlapping(a, b)) == sorted(s for s in spans if s[0] < b and s[1] > a)
            assert sorted(index.covering(a, b)) == sorted(s for s in spans if s[0] <= a and b <= s[1])


def test_merge_overlapping_keeps_what_the_pairwise_comparison_kept():
    rng = random.Random(18)
    sources = ["alias", "unit", "armed_group", "ner", "nationality", "coreference"]
    priority = {source: i for i, source in enumerate(sources)}
    for _ in range(200):
        mentions = []
        for _ in range(12):
            a = rng.randrange(0, 60)
            mentions.append(ActorMention(a, a + rng.randrange(0, 8), "", "person", rng.choice(sources)))
        kept = []  # the pairwise comparison merge_overlapping made before
        for m in sorted(mentions, key=lambda x: (priority[x.source], -(x.end - x.start), x.start)):
            if all(m.end <= k.start or m.start >= k.end for k in kept):
                kept.append(m)
        expected = sorted(kept, key=lambda x: x.start)
        assert [id(m) for m in merge_overlapping(mentions)] == [id(m) for m in expected]


def test_predicate_and_quotes_of_a_huge_sentence_are_those_of_the_scans(texts):
    text = long_text(texts, 30_000, dump=True).replace("«", '"', 40)
    norm = normalize_letters(text)
    verbs, quotes = _Verbs(norm, 0, len(norm)), _Quotes(norm, 0, len(norm))
    for point in range(0, len(norm), 97):
        assert _predicate(text, norm, 0, point, verbs) == _predicate(text, norm, 0, point)
        found, expected = quotes.first_from(point), _QUOTE.search(norm, point, len(norm))
        assert (found and found.span(1)) == (expected and expected.span(1))


def test_events_and_quotes_of_a_huge_sentence_show_a_bounded_part_of_it(texts):
    text = long_text(texts, 60_000, dump=True)
    frame = pd.DataFrame([{"article_id": "dump", "text": text, "dct": pd.Timestamp("2018-06-01")}])
    tables = pipeline.extract_tables(frame)
    assert len(tables["sentences"]) == 1
    events = tables["events"]
    assert len(events) > 10
    for shown, start, time_start, time_end in events[["sentence", "sentence_start", "time_start", "time_end"]].values:
        assert len(shown) <= 2_000 + (time_end - time_start)
        assert text[start : start + len(shown)] == shown  # the part shown is where sentence_start says
        assert start <= time_start and time_end <= start + len(shown)
    assert tables["quotes"]["quote"].str.len().max() <= 5_000
