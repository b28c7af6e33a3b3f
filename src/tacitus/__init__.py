"""Tacitus: political event data from news, with the evidence for every event."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from tacitus.model import Actor, Document, Event, Mention, Place, Quote, Sentence, Span
from tacitus.settings import Settings

if TYPE_CHECKING:
    from tacitus.pipeline import Pipeline

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Document",
    "Event",
    "Mention",
    "Place",
    "Quote",
    "Sentence",
    "Settings",
    "Span",
    "__version__",
    "code_text",
]


def code_text(text: str, date: str | None = None, doc_id: str | None = None) -> Document:
    """Code one article given as a string: the simplest library entry point."""
    from datetime import date as _date

    from tacitus.readers import read_text

    when = _date.fromisoformat(date) if date else None
    return _default_pipeline().code(read_text(text, doc_id=doc_id, when=when))


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    # Built once: stages compile their matchers and tables when constructed, not per article.
    from tacitus.pipeline import Pipeline

    return Pipeline()
