"""The events report (04_events) built on the bundled corpus with hostile articles: its tables, CSV files and
charts, and the trigger of each event marked in its sentence (a store without events is covered by
``tests/unit/test_report_events.py``)."""

import pytest

TABLES = ("events", "actor_pairs", "outlets", "clusters", "fatalities_by_type", "fatalities_by_week")


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
def test_events_report_highlights_each_trigger_in_its_sentence(built_reports):
    page = (built_reports / "04_events.html").read_text(encoding="utf-8")
    assert "<mark>" in page[page.index('data-ans-table="events"') :]
