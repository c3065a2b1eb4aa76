"""The published site in a real headless Chromium (Debian's, driven by Playwright) against the real Datasette.

Screenshots of every page visited are saved under tests/artifacts/ as test artefacts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyarrow.parquet as pq
import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.conftest import ARTIFACTS

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium (never a downloaded browser), headless."""
    if not CHROMIUM.exists():
        pytest.fail("Debian chromium is not installed: apt-get install chromium (see .ci/run)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, timeout=60_000)
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    """A fresh page; a full-page screenshot is saved after the test, pass or fail."""
    context = browser.new_context(viewport={"width": 1200, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(20_000)
    yield pg
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


def brute_force(base: str, term: str) -> set[str]:
    rows = httpx.get(f"{base}/scodata/paragraphs.json", params={"_shape": "array", "_size": "max"}, timeout=10).json()
    return {r["paragraph_id"] for r in rows if term in r["text"]}


def test_home_page_shows_title_licence_and_source(page: Page, datasette_server) -> None:
    page.goto(datasette_server.url + "/")
    assert page.locator("h1").first.inner_text().startswith("scodata")
    licence = page.locator("a", has_text="CC-BY-4.0").first
    assert licence.is_visible() and "creativecommons.org" in licence.get_attribute("href")
    assert page.get_by_text(re.compile(r"official SCO communiqué")).first.is_visible()
    for link in ("Search paragraphs", "Charts", "Downloads"):
        assert page.get_by_role("link", name=link).first.is_visible()


def test_two_character_search_in_the_table_search_box(page: Page, datasette_server) -> None:
    base = datasette_server.url
    page.goto(f"{base}/scodata/paragraphs")
    page.fill('input[name="_search"]', "农业")
    page.locator('input[name="_search"]').press("Enter")
    page.wait_for_url(re.compile(r"_search="))
    ids = {a.inner_text() for a in page.locator("table.rows-and-columns td.col-paragraph_id a").all()}
    expected = brute_force(base, "农业")
    assert ids == expected and len(expected) >= 2
    for text in page.locator("table.rows-and-columns td.col-text").all_inner_texts():
        assert "农业" in text


def test_two_character_search_page(page: Page, datasette_server) -> None:
    base = datasette_server.url
    page.goto(f"{base}/-/search")
    page.fill('input[name="q"]', "疫情")
    page.locator('input[name="q"]').press("Enter")
    page.wait_for_url(re.compile(r"q="))
    results = page.locator(".search-results tbody tr")
    assert results.count() == len(brute_force(base, "疫情")) > 0
    assert all("疫情" in t for t in results.all_inner_texts())


def test_facet_click_filters(page: Page, datasette_server) -> None:
    page.goto(f"{datasette_server.url}/scodata/participants?_facet=role")
    page.locator(".facet-info a", has_text="member_state").first.click()
    page.wait_for_url(re.compile(r"role=member_state"))
    assert page.locator("h3").first.inner_text().startswith("8 rows")
    roles = page.locator("table.rows-and-columns td.col-role").all_inner_texts()
    assert roles and set(roles) == {"member_state"}


def test_parquet_download_link_returns_the_file(page: Page, datasette_server, tmp_path: Path) -> None:
    page.goto(f"{datasette_server.url}/-/downloads")
    with page.expect_download() as info:
        page.get_by_role("link", name="paragraphs.parquet").click()
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    assert saved.name == "paragraphs.parquet"
    table = pq.read_table(saved)
    assert table.num_rows == 45 and "text" in table.column_names


def test_charts_render(page: Page, datasette_server) -> None:
    page.goto(f"{datasette_server.url}/-/charts")
    stances = page.locator("svg#chart-stances rect.bar")
    assert stances.count() >= 5
    box = stances.first.bounding_box()
    assert box and box["width"] > 5 and box["height"] > 5  # drawn, not just present
    years = page.locator("svg#chart-cited-by-year rect.bar")
    drawn = [b for b in (years.nth(i).bounding_box() for i in range(years.count())) if b and b["height"] > 0]
    assert len(drawn) >= 3
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "charts_page.png"), full_page=True)
    counted = int(stances.first.get_attribute("data-value") or -1)
    stances.first.click()  # every bar links to exactly the rows it counts
    page.wait_for_url(re.compile(r"stances__arraycontains="))
    shown = re.match(r"(\d+) rows?", page.locator("h3").first.inner_text())
    assert shown and int(shown.group(1)) == counted
