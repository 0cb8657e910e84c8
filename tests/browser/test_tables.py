"""The interactive tables in headless Chromium: sort, search, paging, outlet and date filters, CSV export, and the
Content-Security-Policy (our hashed script runs; an injected inline script does not; corpus payloads stay text).

The reports are those of the hostile corpus (tests/conftest.py); every check is compared with the full table
the build wrote as CSV beside the report.
"""

from __future__ import annotations

import csv
import io

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from tests.browser.conftest import open_page
from tests.conftest import PAYLOAD_IMG, PAYLOAD_SCRIPT

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def read_csv(path):
    """A CSV written by the build: header and rows (the BOM dropped)."""
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    return rows[0], rows[1:]


def figure(browser, name):
    return browser.find_element(By.CSS_SELECTOR, f'figure[data-ans-table="{name}"]')


def visible_rows(table):
    return [
        [td.text for td in tr.find_elements(By.TAG_NAME, "td")]
        for tr in table.find_elements(By.CSS_SELECTOR, "tbody tr")
    ]


def status(table):
    return table.find_element(By.CSS_SELECTOR, ".ans-status").text


def set_value(browser, element, value):
    """Set an input's value and fire the events a reader's typing would."""
    browser.execute_script(
        "arguments[0].value = arguments[1];"
        "arguments[0].dispatchEvent(new Event('input')); arguments[0].dispatchEvent(new Event('change'));",
        element,
        value,
    )


def column(table, name):
    """The index of a column, from the table's embedded data."""
    names = table.parent.execute_script(
        "return JSON.parse(arguments[0].querySelector('script.ans-table-data').textContent).columns.map(c => c.name)",
        table,
    )
    return names.index(name)


@pytest.fixture
def actors_page(browser, built_reports):
    return open_page(browser, built_reports / "01_actors.html")


@pytest.fixture(scope="module")
def mentions_csv(built_reports):
    return read_csv(built_reports / "tables" / "01_actors" / "actor_mentions.csv")


def test_our_hashed_script_makes_every_table_interactive(browser, built_reports):
    for page in sorted(built_reports.glob("[0-9][0-9]_*.html")):
        open_page(browser, page)
        figures = browser.execute_script("return document.querySelectorAll('figure.ans-table').length")
        assert figures > 0, page.name
        assert browser.execute_script("return document.documentElement.dataset.ansTables") == str(figures)
        assert len(browser.find_elements(By.CSS_SELECTOR, ".ans-controls")) == figures, page.name


def test_an_injected_inline_script_without_the_hash_is_blocked(actors_page):
    blocked = actors_page.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "document.addEventListener('securitypolicyviolation', e => done(e.violatedDirective));"
        "const s = document.createElement('script'); s.textContent = 'window.__ansInjected = 1';"
        "document.body.appendChild(s);"
        "setTimeout(() => done('no violation'), 2000);"
    )
    assert blocked.startswith("script-src")
    assert actors_page.execute_script("return window.__ansInjected === undefined")
    assert actors_page.execute_script("return typeof window.ansTables") == "object"


def test_the_policy_allows_one_script_by_hash_and_nothing_unsafe(actors_page):
    policy = actors_page.find_element(By.CSS_SELECTOR, 'meta[http-equiv="Content-Security-Policy"]').get_attribute(
        "content"
    )
    script_src = next(p.strip() for p in policy.split(";") if p.strip().startswith("script-src"))
    assert script_src.startswith("script-src 'sha256-") and script_src.count("'") == 2
    assert "unsafe" not in script_src and "http" not in policy


def test_sorting_by_a_count_orders_the_rows_both_ways(actors_page):
    table = figure(actors_page, "actors")
    at = column(table, "mentions")
    header = table.find_elements(By.CSS_SELECTOR, "thead th")[at]
    header.click()
    ascending = [int(r[at].replace(",", "")) for r in visible_rows(table)]
    assert ascending == sorted(ascending) and header.get_attribute("aria-sort") == "ascending"
    header.click()
    descending = [int(r[at].replace(",", "")) for r in visible_rows(table)]
    assert descending == sorted(descending, reverse=True) and descending[0] > ascending[0]


def test_search_keeps_only_matching_rows_and_counts_them(actors_page, mentions_csv):
    header, rows = mentions_csv
    name = rows[0][header.index("canonical")]
    expected = sum(1 for r in rows if any(name in cell for cell in r))
    table = figure(actors_page, "actor_mentions")
    set_value(actors_page, table.find_element(By.CSS_SELECTOR, ".ans-search"), name)
    shown = visible_rows(table)
    assert shown and all(any(name in cell for cell in r) for r in shown)
    assert f"of {expected}" in status(table)


def test_paging_shows_n_of_m_and_moves_on(actors_page, mentions_csv):
    _, rows = mentions_csv
    table = figure(actors_page, "actor_mentions")
    assert len(visible_rows(table)) == 25
    assert f"showing 1–25 of {len(rows)}" in status(table)
    table.find_element(By.CSS_SELECTOR, ".ans-next").click()
    assert f"showing 26–50 of {len(rows)}" in status(table)
    Select(table.find_element(By.CSS_SELECTOR, ".ans-size")).select_by_value("100")
    assert len(visible_rows(table)) == 100 and "showing 1–100" in status(table)


def test_outlet_filter_keeps_that_outlets_rows(actors_page, mentions_csv):
    header, rows = mentions_csv
    outlet = "Sky News Arabia"
    expected = sum(1 for r in rows if r[header.index("outlet")] == outlet)
    table = figure(actors_page, "actor_mentions")
    Select(table.find_element(By.CSS_SELECTOR, ".ans-outlet")).select_by_value(outlet)
    at = column(table, "outlet")
    assert {r[at] for r in visible_rows(table)} == {outlet}
    assert f"of {expected}" in status(table)


def test_date_filter_keeps_rows_between_the_dates(actors_page, mentions_csv):
    header, rows = mentions_csv
    low, high = "2018-05-01", "2018-05-31"
    expected = sum(1 for r in rows if low <= r[header.index("dct")] <= high)
    table = figure(actors_page, "actor_mentions")
    set_value(actors_page, table.find_element(By.CSS_SELECTOR, ".ans-from"), low)
    set_value(actors_page, table.find_element(By.CSS_SELECTOR, ".ans-to"), high)
    at = column(table, "dct")
    assert all(low <= r[at] <= high for r in visible_rows(table))
    assert f"of {expected}" in status(table)


def test_csv_export_of_the_whole_table_equals_the_file_the_build_wrote(actors_page, built_reports):
    for i, name in enumerate(["actors", "quotes"]):
        table = figure(actors_page, name)
        index = actors_page.execute_script(
            "return [...document.querySelectorAll('figure.ans-table')].indexOf(arguments[0])", table
        )
        exported = actors_page.execute_script("return window.ansTables.csv(arguments[0])", index)
        written = (built_reports / "tables" / "01_actors" / f"{name}.csv").read_text(encoding="utf-8-sig")
        assert list(csv.reader(io.StringIO(exported))) == list(csv.reader(io.StringIO(written))), (i, name)


def test_download_button_hands_the_filtered_rows_to_the_browser(actors_page, mentions_csv):
    header, rows = mentions_csv
    table = figure(actors_page, "actor_mentions")
    Select(table.find_element(By.CSS_SELECTOR, ".ans-outlet")).select_by_value("Al Arabiya")
    actors_page.execute_script(  # keep the file in the page instead of saving it
        "URL.createObjectURL = blob => { window.__ansBlob = blob; return 'blob:kept'; };"
        "HTMLAnchorElement.prototype.click = function () { window.__ansFile = this.download; };"
    )
    table.find_element(By.CSS_SELECTOR, ".ans-download").click()
    assert actors_page.execute_script("return window.__ansFile") == "actor_mentions.csv"
    text = actors_page.execute_async_script("window.__ansBlob.text().then(arguments[arguments.length - 1])")
    exported = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert exported[0] == header
    assert len(exported) - 1 == sum(1 for r in rows if r[header.index("outlet")] == "Al Arabiya")
    assert {r[header.index("outlet")] for r in exported[1:]} == {"Al Arabiya"}


def test_payloads_in_rendered_rows_stay_text(browser, built_reports):
    found = []
    for page in sorted(built_reports.glob("[0-9][0-9]_*.html")):
        open_page(browser, page)
        for table in browser.find_elements(By.CSS_SELECTOR, "figure.ans-table"):
            set_value(browser, table.find_element(By.CSS_SELECTOR, ".ans-search"), "__ansPwned")
            found += [cell for row in visible_rows(table) for cell in row if "__ansPwned" in cell]
        assert browser.execute_script("return window.__ansPwned === undefined"), page.name
        assert (
            browser.execute_script("return document.querySelectorAll('tbody script, tbody img, [onerror]').length") == 0
        )
    assert any(PAYLOAD_SCRIPT in cell or PAYLOAD_IMG in cell for cell in found), found[:3]


def test_evidence_rows_highlight_the_mention(actors_page):
    table = figure(actors_page, "actor_mentions")
    marks = table.find_elements(By.CSS_SELECTOR, "tbody mark")
    assert len(marks) == len(visible_rows(table)) and all(m.text for m in marks)
