"""Fixtures for the web tests: a corpus store, API clients, a live uvicorn server and headless Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tacitus.pipeline import Pipeline
from tacitus.store import Store
from tacitus.web.app import create_app
from tacitus.web.config import WebConfig

from .corpus import corpus

TOKEN = "test-token-0123456789abcdef"
CHROMIUM = Path(os.environ.get("TACITUS_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTICLES = [
    (
        "wire-1",
        "2026-03-02",
        "Russia accuses Ukraine of attack\n\n"
        "MOSCOW, March 2 - Russia's foreign ministry accused Ukraine on Monday of attacking a border town. "
        '"This provocation will not go unanswered," spokeswoman Maria Zakharova told reporters.',
    ),
    (
        "wire-2",
        "2026-03-03",
        "The United States imposed new sanctions on Russia on Tuesday. "
        "China criticised the sanctions and urged Washington to return to negotiations.",
    ),
]


def make_store(path: Path) -> Store:
    """A SQLite store holding the hand-coded corpus (no model needed)."""
    store = Store(path)
    store.add_documents(corpus())
    return store


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return make_store(tmp_path_factory.mktemp("web") / "corpus.db")


@pytest.fixture(scope="session")
def client(corpus_store: Store) -> Iterator[TestClient]:
    """API client over the hand-coded corpus; writes enabled with TOKEN. The pipeline is never loaded."""
    app = create_app(WebConfig(db_url=corpus_store.url, api_token=TOKEN), store=corpus_store)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def ingested_store(tmp_path_factory: pytest.TempPathFactory, code: Any) -> Store:
    """A store built by ingesting real articles coded by the full pipeline (plus the hand-coded corpus)."""
    store = make_store(tmp_path_factory.mktemp("web-ingest") / "ingest.db")
    docs = [replace(code(text, date=when), id=doc_id) for doc_id, when, text in ARTICLES]
    stats = store.add_documents(docs)
    assert stats.added == len(ARTICLES)
    return store


@pytest.fixture(scope="session")
def model_client(ingested_store: Store, pipeline: Pipeline) -> Iterator[TestClient]:
    """API client with the real pipeline (model loaded) over the ingested store."""
    app = create_app(
        WebConfig(db_url=ingested_store.url, api_token=TOKEN), pipeline=pipeline, store=ingested_store
    )
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def live_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The store behind the live server (tests may add documents to it)."""
    store = make_store(tmp_path_factory.mktemp("web-live") / "live.db")
    yield store
    store.close()


@pytest.fixture(scope="session")
def live_server(live_store: Store, pipeline: Pipeline) -> Iterator[str]:
    """`tacitus serve` equivalent on 127.0.0.1 and a free port, in a thread; stopped after the session."""
    import uvicorn

    app = create_app(WebConfig(db_url=live_store.url), pipeline=pipeline, store=live_store)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def _browser_missing() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (run scripts/browser.sh)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is missing (run scripts/browser.sh)"
    return None


@pytest.fixture(scope="session")
def browser_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A headless Chromium context (Debian's chromium via Playwright; never a downloaded browser)."""
    problem = _browser_missing()
    if problem:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"browser tests cannot run in CI: {problem}")
        pytest.skip(problem)
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1360, "height": 900},
        )
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture()
def page(browser_context: Any) -> Iterator[Any]:
    """A fresh page that records console errors and uncaught exceptions in `page.errors`."""
    pg = browser_context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    pg.errors = errors
    yield pg
    pg.close()
