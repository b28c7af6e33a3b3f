"""Per-app state: configuration, the (lazily loaded) pipeline and store. Lives on `app.state`."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from fastapi import Request

from tacitus.model import Document
from tacitus.pipeline import Pipeline

if TYPE_CHECKING:
    from tacitus.web.config import WebConfig


class WebState:
    """Holds what the endpoints share; the pipeline and store are built on first use."""

    def __init__(self, config: WebConfig, pipeline: Pipeline | None = None, store: Any = None) -> None:
        self.config = config
        self._pipeline = pipeline
        self._store = store
        self._lock = threading.Lock()  # spaCy pipelines are not safe to run from several threads at once
        self._store_lock = threading.Lock()

    def code(self, doc: Document) -> Document:
        """Run the pipeline on one document (serialised: endpoints run in a thread pool)."""
        with self._lock:
            if self._pipeline is None:
                self._pipeline = Pipeline(self.config.settings)
            return self._pipeline.code(doc)

    def store(self) -> Any:
        """The corpus store, or None when the server was started without a database."""
        with self._store_lock:
            if self._store is None and self.config.db_url:
                from tacitus.store import Store

                self._store = Store(self.config.db_url)
            return self._store


def web_state(request: Request) -> WebState:
    """The app's `WebState` (set by `create_app`)."""
    state: WebState = request.app.state.tacitus
    return state
