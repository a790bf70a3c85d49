"""The web app in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright): what a journalist does.

Screenshots of each page go to `test-artifacts/` at the repository root. In CI a browser that cannot
start fails these tests; elsewhere they skip with the reason.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from .conftest import in_ci

CHROMIUM = os.environ.get("LINIMASA_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


def _unavailable(reason: str):
    if in_ci():
        pytest.fail(f"browser tests must run in CI: {reason}")
    pytest.skip(reason)


def expect(locator):
    from playwright.sync_api import expect as _expect

    return _expect(locator)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        _unavailable(f"playwright is not installed ({exc})")
    if not Path(CHROMIUM).exists():
        _unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as pw:
        try:
            b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        except Exception as exc:  # noqa: BLE001 - any launch failure is the same verdict
            _unavailable(f"Chromium did not start: {exc}")
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    p = ctx.new_page()
    p.set_default_timeout(15000)
    yield p
    ctx.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def entry_count(page) -> int:
    return page.locator("#entries article.entry").count()


def test_timeline_renders_the_seed_entries(page, live, seeds_db):
    from fastapi.testclient import TestClient

    from linimasa.serve import create_app

    expected = TestClient(create_app(seeds_db)).get("/api/timeline").json()
    server = live(seeds_db)
    page.goto(f"{server.url}/timeline")
    shown = entry_count(page) + page.locator(".background-list article.entry").count()
    assert shown == len(expected["entries"]) > 0
    for e in expected["entries"][:3]:
        assert page.locator(f"article.entry[data-date='{e['date']}']").count() >= 1
    assert page.locator("#axis circle.dot").count() == len(expected["entries"])
    shot(page, "timeline")


def test_entity_filter_narrows(page, live, seeds_db):
    server = live(seeds_db)
    page.goto(f"{server.url}/timeline")
    before = entry_count(page)
    # the facet named by the fewest entries
    counts = page.locator("a.facet-entity .n").all_inner_texts()
    facet = page.locator("a.facet-entity").nth(min(range(len(counts)), key=lambda i: int(counts[i])))
    name = facet.get_attribute("data-name")
    facet.click()
    page.wait_for_url("**entity=**")
    after = entry_count(page)
    assert 0 < after < before
    assert page.locator(".facets .chip.on").inner_text() == name
    assert name in page.locator("#entries").inner_text()
    shot(page, "timeline-entity")


def test_date_brush_narrows(page, live, seeds_db):
    server = live(seeds_db)
    page.goto(f"{server.url}/timeline")
    before = entry_count(page)
    dots = page.locator("#axis circle.dot:not(.bg)")
    xs = sorted(float(dots.nth(i).get_attribute("cx")) for i in range(dots.count()))
    box = page.locator("#axis").bounding_box()
    # brush from just before the last foreground entry to the right edge
    page.mouse.move(box["x"] + xs[-1] - 3, box["y"] + 30)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 2, box["y"] + 40, steps=5)
    page.mouse.up()
    page.wait_for_url("**from=**")
    after = entry_count(page)
    assert 0 < after < before
    frm = page.locator("#f-from").input_value()
    for d in page.locator("#entries article.entry").evaluate_all("els => els.map(e => e.dataset.date)"):
        assert d[:len(frm)] >= frm[:len(d)]
    shot(page, "timeline-brushed")


def test_source_link_opens_the_article_with_highlights(page, live, seeds_db):
    server = live(seeds_db)
    page.goto(f"{server.url}/timeline")
    first = page.locator("#entries article.entry").first
    first.locator("details.sources summary").click()
    first.locator("a.article-link").first.click()
    page.wait_for_url("**/articles/**")
    assert page.locator("#body span.ent").count() > 0 and page.locator("#body span.tx").count() > 0
    assert page.locator("dd.published").inner_text().strip()
    shot(page, "article")


def test_curation_shows_at_once_and_survives_a_restart(page, live, curated_seeds):
    server = live(curated_seeds, curate=True)
    base = server.url
    # 1. exclude an entry
    page.goto(f"{base}/timeline")
    before = entry_count(page)
    victim = page.locator("#entries article.entry").first
    victim_id = victim.get_attribute("data-entry")
    victim.locator("button.act-exclude").click()
    expect(page.locator(f"#e-{victim_id}")).to_have_count(0)   # (the page's CSP forbids eval: locators only)
    expect(page.locator("#entries article.entry")).to_have_count(before - 1)
    # 2. merge two entities: the second person of the list into the first
    people = json.loads(page.evaluate("fetch('/api/entities?type=PER').then(r => r.text())"))
    keep, gone = people[0], people[1]
    page.goto(f"{base}/entities/{keep['id']}")
    page.select_option("select.merge-value", gone["name"])
    page.click("button.act-merge")
    expect(page.locator("dd.aliases")).to_contain_text(gone["name"])
    shot(page, "entity-merged")
    # 3. fix a quote's speaker
    quotes = json.loads(page.evaluate("fetch('/api/quotes').then(r => r.text())"))
    q = quotes[0]
    page.goto(f"{base}/articles/{q['article']}")
    item = page.locator(f"ul.quote-list li[data-start='{q['start']}']")
    item.locator("input.speaker-value").fill("Juru Bicara Baru")
    item.locator("button.act-speaker").click()
    expect(item.locator(".speaker")).to_have_text("Juru Bicara Baru")
    shot(page, "article-speaker-fixed")
    # all three survive a restart of the app
    server.restart()
    page.goto(f"{server.url}/timeline")
    assert page.locator(f"#e-{victim_id}").count() == 0 and entry_count(page) == before - 1
    page.goto(f"{server.url}/entities/{keep['id']}")
    assert gone["name"] in page.locator("dd.aliases").inner_text()
    page.goto(f"{server.url}/articles/{q['article']}")
    assert page.locator(f"ul.quote-list li[data-start='{q['start']}'] .speaker").inner_text() == "Juru Bicara Baru"
    page.goto(f"{server.url}/corrections")
    assert page.locator("button.act-undo").count() == 3
    shot(page, "corrections")


def test_a_hostile_page_does_not_run_script(page, live, hostile_db):
    server = live(hostile_db)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    aid = json.loads(page.request.get(f"{server.url}/api/articles").text())[0]["article"]
    for path in ("/timeline", f"/articles/{aid}", "/search?q=sungai", "/quotes", "/entities"):
        page.goto(server.url + path)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__pwned === undefined"), path
    assert not dialogs
    page.goto(f"{server.url}/articles/{aid}")
    assert "<script>" in page.locator("h1").inner_text()  # shown as text, not run
    shot(page, "hostile-article")
