"""Tacitus: political event data from news, with the evidence for every event."""

from __future__ import annotations

from tacitus.model import Actor, Document, Event, Mention, Place, Quote, Sentence, Span
from tacitus.settings import Settings

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

    from tacitus.pipeline import Pipeline
    from tacitus.readers import read_text

    when = _date.fromisoformat(date) if date else None
    return Pipeline().code(read_text(text, doc_id=doc_id, when=when))
