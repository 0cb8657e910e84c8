"""Screenshot test of the time charts: in the rendered overview and timelines reports, every chart drawn on a
calendar states (in its <img>'s data attributes and alt text) the first and last day its x axis draws, and those
days lie inside the corpus's date window. Screenshots of each chart are saved to reports/screenshots/.

The window is the corpus's first and last article date (dct), read from the store the build used: a count chart
may reach to the edges of the periods holding them (a week, or a month past two years), the events chart a further
``WINDOW_PAD_DAYS`` (events the articles date before the first article); the stated timeline may reach a year either
side (its default window, ``timelines.timeline_window``).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from selenium.webdriver.common.by import By

from helpers.report.events import WINDOW_PAD_DAYS
from helpers.report.timecharts import pick_period
from helpers.store.read import open_store
from tests.browser.conftest import open_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PERIOD_PAD = {"D": pd.Timedelta(days=1), "W": pd.Timedelta(days=7), "M": pd.Timedelta(days=31)}
TIMELINE_PAD = pd.Timedelta(days=365)


def screenshots_dir() -> Path:
    """reports/screenshots/ of the worktree (git-ignored)."""
    folder = Path(__file__).resolve().parents[2] / "reports" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def corpus_dates(built_reports, hostile_corpus) -> pd.Series:
    store = open_store(built_reports / "store", corpus=hostile_corpus)
    dates = pd.to_datetime(store.corpus().articles["dct"], errors="coerce").dropna()
    assert not dates.empty
    return dates


def drawn_axes(browser) -> list[dict]:
    """Every chart image of the page that states a date axis: its kind, first and last day, alt text."""
    return browser.execute_script(
        "return [...document.querySelectorAll('img.ans-chart[data-ans-x-from]')].map(img => ({"
        "kind: img.dataset.ansChart, from: img.dataset.ansXFrom, to: img.dataset.ansXTo, alt: img.alt,"
        "shown: img.naturalWidth > 0}))"
    )


def allowed_window(kind: str, dates: pd.Series) -> tuple[pd.Timestamp, pd.Timestamp]:
    first, last = dates.min().normalize(), dates.max().normalize()
    pad = TIMELINE_PAD if kind == "timeline" else PERIOD_PAD[pick_period(dates)]
    if kind == "events":  # events the articles date up to WINDOW_PAD_DAYS before the first (or after the last) one
        pad += pd.Timedelta(days=WINDOW_PAD_DAYS)
    return first - pad, last + pad


@pytest.mark.parametrize(
    ("report", "kinds"),
    [("00_corpus_overview", {"counts"}), ("03_timelines", {"counts", "timeline"}), ("04_events", {"events"})],
)
def test_time_chart_axes_stay_inside_the_corpus_window(browser, built_reports, corpus_dates, report, kinds):
    open_page(browser, built_reports / f"{report}.html")
    charts = drawn_axes(browser)
    assert kinds <= {chart["kind"] for chart in charts}, charts
    folder = screenshots_dir()
    for number, (chart, element) in enumerate(
        zip(charts, browser.find_elements(By.CSS_SELECTOR, "img.ans-chart[data-ans-x-from]"), strict=True)
    ):
        browser.execute_script("arguments[0].scrollIntoView()", element)
        element.screenshot(str(folder / f"{report}_{chart['kind']}_{number}.png"))
        assert chart["shown"], chart
        assert f"{chart['from']} … {chart['to']}" in chart["alt"]
        if chart["kind"] not in kinds:
            continue
        low, high = allowed_window(chart["kind"], corpus_dates)
        drawn_from, drawn_to = pd.Timestamp(chart["from"]), pd.Timestamp(chart["to"])
        assert low <= drawn_from <= drawn_to <= high, (report, chart, low.date(), high.date())
