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


DESKTOP, PHONE = 1280, 390
pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    """A fresh page (1280 px wide, or the test's `width` parameter); a full-page screenshot is saved after the test."""
    callspec = getattr(request.node, "callspec", None)
    width = callspec.params.get("width", DESKTOP) if callspec else DESKTOP
    context = browser.new_context(viewport={"width": width, "height": 900}, accept_downloads=True,
                                  is_mobile=width < 600, device_scale_factor=1)
    pg = context.new_page()
    pg.set_default_timeout(20_000)
    yield pg
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


def brute_force(base: str, term: str) -> set[str]:
    rows = httpx.get(f"{base}/scodata/paragraphs.json", params={"_shape": "array", "_size": "max"}, timeout=10).json()
    return {r["paragraph_id"] for r in rows if term in r["text"]}


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_home_page_coverage_licence_and_citation(page: Page, datasette_server, width: int) -> None:
    page.goto(datasette_server.url + "/")
    assert page.locator("h1").first.inner_text().startswith("scodata")
    licence = page.locator("a", has_text="CC-BY-4.0").first
    assert licence.is_visible() and "creativecommons.org" in licence.get_attribute("href")
    coverage = page.locator("#coverage")
    assert coverage.is_visible()
    text = coverage.inner_text()
    assert "1\ndocument" in text and "2020-11-30" in text and "1 truncated" in text and "yunbaogao.cn" in text
    assert page.locator("#citation").is_visible() and "scodata contributors" in page.locator("#citation").inner_text()
    for link in ("Read", "Search", "Charts", "Downloads"):
        assert page.locator("ul.scodata-nav").get_by_role("link", name=link, exact=True).is_visible()
    box = coverage.bounding_box()
    assert box and box["width"] <= width  # nothing wider than the screen


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
    results = page.locator("ol.search-results li")
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


def cjk_chars_per_line(page: Page, selector: str) -> float:
    """How many Chinese characters fit on one line of the first cell matching selector."""
    return page.evaluate("""(sel) => {
        const cell = document.querySelector(sel);
        const probe = document.createElement('span');
        probe.textContent = '国'.repeat(10);
        probe.style.whiteSpace = 'nowrap';
        cell.appendChild(probe);
        const one = probe.getBoundingClientRect().width / 10;
        probe.remove();
        const style = getComputedStyle(cell);
        const inner = cell.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return inner / one;
    }""", selector)


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_paragraphs_table_text_is_readable(page: Page, datasette_server, width: int) -> None:
    page.goto(f"{datasette_server.url}/scodata/paragraphs")
    chars = cjk_chars_per_line(page, "table.rows-and-columns td.col-text")
    if width == DESKTOP:
        assert chars >= 25, chars
    else:
        assert chars >= 12, chars
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("td.col-stances span.scodata-label").count() > 0  # lists as labels, not JSON
    assert page.locator("details.scodata-columns").count() == 1
    assert not page.locator("details.scodata-columns dl").is_visible()  # folded away until asked
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("table.rows-and-columns").first.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / f"paragraphs_table_{width}.png"))
    print(f"text column at {width} px: {chars:.1f} characters per line")


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_reader_page_paragraphs_in_order_and_links_work(page: Page, datasette_server, width: int) -> None:
    base = datasette_server.url
    doc = "sco-hog-2020-11-30-joint-communique"
    expected = httpx.get(f"{base}/scodata/paragraphs.json", params={"doc_id": doc, "_shape": "array", "_size": "max",
                                                                     "_sort": "seq"}, timeout=10).json()
    page.goto(f"{base}/-/read/{doc}")
    items = page.locator("ol.reader-paragraphs > li")
    assert items.count() == len(expected) == 45
    texts = items.locator("p.text").all_inner_texts()
    assert [t.strip() for t in texts] == [p["text"] for p in expected]  # every paragraph, in order, whole
    size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('article.reader p.text')).fontSize)")
    line = page.evaluate("parseFloat(getComputedStyle(document.querySelector('article.reader p.text')).lineHeight)")
    assert line / size >= 1.7  # comfortable Chinese line height
    article = page.locator("article.reader").bounding_box()
    assert article and article["width"] <= min(width, 40 * size)
    kinds = set(page.locator("p.text [data-kind]").evaluate_all("els => els.map(e => e.dataset.kind)"))
    assert {"mention", "cited_document", "participant", "meeting", "initiative"} <= kinds
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"reader_{width}.png"))
    mention = page.locator('a.ent[data-kind="mention"]').first
    href = mention.get_attribute("href")
    mention.click()
    page.wait_for_url(re.compile(re.escape(href) + "$"))
    assert page.locator("h1").first.is_visible()
    page.go_back()
    cited = page.locator('a.ent[data-kind="cited_document"]').first
    cited.click()
    page.wait_for_url(re.compile(r"/scodata/cited_documents/"))
    assert "Read" in page.locator(".scodata-nav").inner_text()


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
@pytest.mark.parametrize("typed", ["一帶一路", '"一带一路"'])
def test_search_meets_people_halfway(page: Page, datasette_server, typed: str, width: int) -> None:
    base = datasette_server.url
    expected = brute_force(base, "一带一路")
    assert expected
    page.goto(f"{base}/-/search")
    page.fill('input[name="q"]', typed)
    page.locator('input[name="q"]').press("Enter")
    page.wait_for_url(re.compile(r"q="))
    results = page.locator("ol.search-results li")
    found = set(results.evaluate_all("els => els.map(e => e.dataset.paragraphId)"))
    assert found == expected
    where = results.first.locator(".where").inner_text()
    assert "上海合作组织" in where and "¶" in where and "2020-11-30" in where  # title, paragraph number, date
    assert results.first.locator("mark").first.inner_text() == "一带一路"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"search_{'traditional' if '帶' in typed else 'quoted'}_{width}.png"))
    results.first.locator(".where a").first.click()
    page.wait_for_url(re.compile(r"/-/read/.*#p\d+"))
    assert page.locator("li.reader-p:target").count() == 1


def test_search_empty_state_explains(page: Page, datasette_server) -> None:
    page.goto(f"{datasette_server.url}/-/search?q=agriculture")
    hint = page.locator(".search-empty")
    assert hint.is_visible() and "Chinese" in hint.inner_text()
