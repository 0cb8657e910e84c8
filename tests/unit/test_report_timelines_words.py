"""Tests for helpers.report.timewords: TIMEX3 values in words for readers."""

import pandas as pd
import pytest

from helpers.report.timewords import NO_VALUE, value_in_words


@pytest.mark.parametrize(
    ("value", "kind", "mod", "expected"),
    [
        ("PAST_REF", "DATE", "", "past, unspecified"),
        ("FUTURE_REF", "DATE", "", "future, unspecified"),
        ("PRESENT_REF", "DATE", "", "now"),
        ("P2W", "DURATION", "", "two weeks"),
        ("P2W", "DURATION", "APPROX", "about two weeks"),
        ("P1D", "DURATION", "", "one day"),
        ("P15Y", "DURATION", "", "15 years"),
        ("PXD", "DURATION", "", "some days"),
        ("PXY", "DURATION", "", "some years"),
        ("PT48H", "DURATION", "", "48 hours"),
        ("PT10M", "DURATION", "", "ten minutes"),
        ("P1M", "DURATION", "", "one month"),
        ("2018-05-07", "DATE", "", "7 May 2018"),
        ("2018-05-07TEV", "TIME", "", "evening of 7 May 2018"),
        ("2018-10-08TMO", "TIME", "", "morning of 8 October 2018"),
        ("2018-06-23T06:00", "TIME", "", "23 June 2018, 06:00"),
        ("2018-W19", "DATE", "", "the week of 7 May 2018"),
        ("2018-W26-WE", "DATE", "", "the weekend of 30 June 2018"),
        ("2018-04", "DATE", "START", "early April 2018"),
        ("2018-06", "DATE", "END", "late June 2018"),
        ("2018", "DATE", "", "2018"),
        ("2018-Q2", "DATE", "", "the second quarter of 2018"),
        ("201", "DATE", "", "the 2010s"),
        ("2011/2014", "DATE", "RANGE", "2011 to 2014"),
        ("2018-05-16/2018-06-14", "DATE", "RANGE", "16 May 2018 to 14 June 2018"),
        ("2014", "DATE", "AFTER", "after 2014"),
        ("P1D", "SET", "", "every day"),
        ("P1W", "SET", "", "every week"),
        ("XXXX-WXX-5", "SET", "", "every Friday"),
    ],
)
def test_value_in_words(value, kind, mod, expected):
    assert value_in_words(value, kind, mod) == expected


def test_a_missing_value_says_it_is_unresolved():
    assert value_in_words(None, "DATE", "") == value_in_words(float("nan"), "DATE", None) == NO_VALUE


def test_a_value_it_cannot_read_is_shown_as_it_is():
    assert value_in_words("2018-13-45", "DATE", "") == "2018-13-45"
    assert value_in_words("XYZ", "DATE", "") == "XYZ"


def test_an_age_reads_as_no_event_and_an_events_time_reads_as_nothing_more():
    from helpers.report.timelines import reading_words

    words = reading_words(pd.Series(["age", "event", None]))
    assert words.tolist() == ["عمر، لا حدث / an age, not an event", "", ""]


def test_a_record_reads_as_no_event_and_counts_as_not_an_event():
    from helpers.report.timelines import expression_reason, reading_words

    assert reading_words(pd.Series(["record"])).iloc[0].endswith("a record ('the first in N years'), not an event")
    assert expression_reason("P65Y", None, "", "record") == "not an event"
