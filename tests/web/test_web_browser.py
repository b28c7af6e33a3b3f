"""End-to-end tests in headless Chromium (Playwright, Debian's chromium) against a live uvicorn server.

Screenshots go to out/screenshots/ (git-ignored); set TACITUS_SCREENSHOTS=docs/screenshots to refresh the
README's images.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

try:
    from playwright.sync_api import expect
except ImportError:  # the browser_context fixture skips (locally) or fails (CI) with the reason
    expect = None

from tacitus.store import Store

from .conftest import ARTICLES

pytestmark = [pytest.mark.browser, pytest.mark.model]

ROOT = Path(__file__).resolve().parents[2]
BRIEFING = ROOT / "examples" / "briefing.txt"
HOSTILE = (
    "Russia accused Ukraine of an attack <script>window.__xss = 1</script> on Monday. "
    '<img src=x onerror="window.__xss = 2"> "We will respond <b onmouseover="window.__xss = 3">now</b>," '
    'Putin said. <a href="javascript:window.__xss = 4">click</a> <svg onload="window.__xss = 5"></svg>'
)
TIMEOUT = 60_000  # ms; the first request loads the spaCy model


def shot(page: Any, name: str, full_page: bool = False) -> Path:
    folder = Path(os.environ.get("TACITUS_SCREENSHOTS") or ROOT / "out" / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    assert path.stat().st_size > 10_000
    return path


def analyze(page: Any, base: str, text: str, date: str = "2026-03-02") -> None:
    page.goto(f"{base}/")
    page.fill("#text", text)
    page.fill("#date", date)
    page.click("#analyze")
    page.wait_for_selector("#results:not(.hidden)", timeout=TIMEOUT)


def test_analyze_highlights_actors_triggers_quotes_and_shows_event_cards(
    page: Any, live_server: str, code: Any
) -> None:
    text = BRIEFING.read_text(encoding="utf-8")
    expected = code(text, date="2026-03-02")
    assert expected.events and expected.mentions and expected.quotes  # the article exercises every layer
    analyze(page, live_server, text)

    assert page.locator(".article .m").count() >= len({m.start for m in expected.mentions})
    assert page.locator(".article .t").count() >= len({e.trigger.start for e in expected.events})
    assert page.locator(".article .q").count() >= len(expected.quotes)
    assert page.inner_text("#article") == text.replace("\r\n", "\n")  # every character shown, once
    cards = page.locator("#tab-events .event-card")
    assert cards.count() == len(expected.events)
    assert [c.get_attribute("data-cameo") for c in cards.all()] == [e.cameo for e in expected.events]
    first = cards.first.inner_text()
    assert expected.events[0].source.actor.code in first and "→" in first

    # Tooltips give the codes; a click on a card focuses its sentence in the text.
    page.locator(".article .m").first.hover()
    assert page.locator(".tooltip").is_visible()
    tip = page.inner_text(".tooltip")
    assert "ACTOR" in tip.upper() and expected.mentions[0].actor.code in tip
    cards.first.click()
    focused = page.locator(".article .sent.focus")
    assert focused.count() == 1
    assert focused.inner_text() == expected.sentences[expected.events[0].sentence].text
    page.mouse.move(0, 0)
    page.locator("#text").evaluate("el => { el.scrollTop = 0; window.scrollTo(0, 0); }")
    shot(page, "analyze")

    page.click(".tabs button[data-tab='quotes']")
    assert page.locator("#tab-quotes .quote-card").count() == len(expected.quotes)
    page.click(".tabs button[data-tab='actors']")
    assert page.locator("#tab-actors table tbody tr").count() >= 1
    assert not page.errors


def test_analyze_opens_an_html_file(page: Any, live_server: str, tmp_path: Path) -> None:
    html = tmp_path / "story.html"
    html.write_text(
        "<html><head><title>Sanctions</title></head><body><nav>Home | World</nav><article>"
        f"<p>{ARTICLES[1][2]}</p><p>Officials in Moscow rejected the measures on Wednesday.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    page.goto(f"{live_server}/")
    page.set_input_files("#file", str(html))
    expect(page.locator("#text")).not_to_have_value("")
    assert page.input_value("#kind") == "html"
    page.click("#analyze")
    page.wait_for_selector("#results:not(.hidden)", timeout=TIMEOUT)
    article = page.inner_text("#article")
    assert "imposed new sanctions" in article and "Home | World" not in article and "<p>" not in article
    assert page.locator(".event-card").count() >= 1


def test_analyze_shows_api_errors(page: Any, live_server: str) -> None:
    page.goto(f"{live_server}/")
    page.click("#analyze")
    assert "Paste an article" in page.inner_text("#error")
    page.fill("#text", "x" * 2_100_000)
    page.click("#analyze")
    assert "too large" in page.inner_text("#error")


def test_hostile_article_text_stays_inert(page: Any, live_server: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    analyze(page, live_server, HOSTILE)
    for tag in ("script", "img", "a", "svg"):
        assert page.locator(f"#article {tag}, #tab-events {tag}, #tab-quotes {tag}").count() == 0, tag
    assert page.locator("[onerror], [onmouseover], [onload], [href^='javascript']").count() == 0
    article = page.inner_text("#article")
    assert (
        "<script>window.__xss = 1</script>" in article and '<img src=x onerror="window.__xss = 2">' in article
    )
    for span in page.locator(".article .ann").all():
        span.hover()
    page.locator("#article").hover()
    assert page.evaluate("window.__xss") is None
    assert dialogs == []


def test_explore_renders_table_chart_and_graph(page: Any, live_server: str, live_store: Store) -> None:
    page.goto(f"{live_server}/explore")
    page.wait_for_selector("body[data-ready='1']", timeout=TIMEOUT)
    rows = page.locator("#events tbody tr")
    assert rows.count() == 25  # first page
    assert page.inner_text("#total") == f"{live_store.count_events()} events"
    assert page.locator("#chart svg rect.bar").count() > 0
    assert page.locator("#chart svg polyline.gline").count() == 1
    assert page.locator("#graph svg g.node").count() >= 5
    assert page.locator("#graph svg path.edge").count() >= 5
    assert not page.errors
    shot(page, "explore", full_page=False)

    page.click("#next")
    expect(page.locator("#page-info")).to_have_text(re.compile(r"^26–50 of "))

    # Filters narrow the table, and a click on a node filters by that actor.
    page.fill("#f-source", "USA")
    page.click("#filters button[type=submit]")
    expect(page).to_have_url(re.compile(r"\?source=USA$"))
    expect(page.locator("#total")).to_have_text(f"{live_store.count_events(source='USA')} events")
    sources = page.locator("#events tbody tr td:nth-child(2)").all_inner_texts()
    assert sources and set(sources) == {"USA"}
    page.click("#reset")
    page.locator("#graph g.node[data-id='TUR']").click()
    expect(page.locator("#f-actor")).to_have_value("TUR")
    expect(page.locator("#total")).to_have_text(f"{live_store.count_events(actor='TUR')} events")


def test_explore_timeline_follows_the_dyad_form(page: Any, live_server: str) -> None:
    page.goto(f"{live_server}/explore?dyad=USA-RUS")
    page.wait_for_selector("body[data-ready='1']", timeout=TIMEOUT)
    assert page.input_value("#d-a") == "USA" and page.input_value("#d-b") == "RUS"
    bars = page.locator("#chart rect.bar").count()
    assert bars > 0
    page.fill("#d-a", "FRA")
    page.fill("#d-b", "TUR")
    page.click("#dyad-form button")
    page.wait_for_selector("#chart .empty")
    assert "No dated events" in page.inner_text("#chart")


def test_event_links_open_the_sentence_in_its_document(page: Any, live_server: str) -> None:
    page.goto(f"{live_server}/explore")
    page.wait_for_selector("body[data-ready='1']", timeout=TIMEOUT)
    row = page.locator("#events tbody tr").nth(2)
    evidence = row.locator(".evidence").inner_text()
    href = row.locator("a.doc-link").get_attribute("href")
    assert href.startswith("/documents/") and "#s" in href
    row.locator("a.doc-link").click()
    page.wait_for_selector("body[data-ready='1']", timeout=TIMEOUT)
    sentence = page.locator(f".article .sent#{href.split('#')[1]}")
    assert sentence.get_attribute("class") is not None and "focus" in sentence.get_attribute("class")
    assert sentence.inner_text() == evidence
    assert page.locator(".doc-events .event-card.selected").count() >= 1
    assert page.locator(".article .m").count() > 0 and page.locator(".article .t").count() > 0
    assert not page.errors
    shot(page, "document")


def test_unknown_document_page_says_so(page: Any, live_server: str) -> None:
    page.goto(f"{live_server}/documents/nope")
    page.wait_for_selector("#error:not(.hidden)", timeout=TIMEOUT)
    assert "No document" in page.inner_text("#error")


def test_hostile_stored_document_stays_inert(
    page: Any, live_server: str, live_store: Store, code: Any
) -> None:
    doc = code(HOSTILE, date="2026-03-02")
    title = '<img src=x onerror="window.__xss = 6">'
    doc = replace(doc, id="hostile", title=title, url="javascript:window.__xss=7")
    live_store.add_documents([doc])
    page.goto(f"{live_server}/documents/hostile#s0")
    page.wait_for_selector("body[data-ready='1']", timeout=TIMEOUT)
    assert page.inner_text("#doc-title") == title
    assert page.locator("main img, main script, main svg a, a[href^='javascript']").count() == 0
    assert "<script>" in page.inner_text("#article")
    assert page.evaluate("window.__xss") is None
