"""The events report (04_events) built on the bundled corpus with hostile articles: its tables, CSV files and
charts, and a note saying why they are empty when the store holds no incidents table."""

import pytest

from helpers.report.events import NO_INCIDENTS
from helpers.report.html import escape
from helpers.store.read import Store

TABLES = ("events", "actor_pairs", "outlets", "clusters", "fatalities_by_type", "fatalities_by_week")
EXTRACTS_EVENTS = hasattr(Store, "incidents")


@pytest.mark.slow
@pytest.mark.parametrize("table", TABLES)
def test_events_report_shows_each_table_and_writes_its_csv(built_reports, table):
    page = (built_reports / "04_events.html").read_text(encoding="utf-8")
    assert f'data-ans-table="{table}"' in page
    assert (built_reports / "tables" / "04_events" / f"{table}.csv").stat().st_size > 0


@pytest.mark.slow
def test_events_report_draws_each_chart(built_reports):
    page = (built_reports / "04_events.html").read_text(encoding="utf-8")
    assert page.count('class="ans-chart"') >= 5  # over time, matrix, map, outlets, deaths (+ a matrix per type)


@pytest.mark.slow
@pytest.mark.skipif(not EXTRACTS_EVENTS, reason="this store version has no incidents table")
def test_events_report_highlights_each_trigger_in_its_sentence(built_reports):
    page = (built_reports / "04_events.html").read_text(encoding="utf-8")
    assert "<mark>" in page[page.index('data-ans-table="events"') :]


@pytest.mark.slow
@pytest.mark.skipif(EXTRACTS_EVENTS, reason="this store version has an incidents table")
def test_events_report_says_why_it_is_empty(built_reports):
    page = (built_reports / "04_events.html").read_text(encoding="utf-8")
    assert escape(NO_INCIDENTS) in page
