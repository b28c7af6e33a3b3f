"""`POST /v1/code`: code one article and return its records (the CLI's JSON contract)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from fastapi import APIRouter, Request

from tacitus.errors import InputError
from tacitus.model import Document
from tacitus.readers import read_text
from tacitus.readers.html import extract_html
from tacitus.serialize import document_record, event_record, mention_record, quote_record
from tacitus.web.schemas import ArticleIn
from tacitus.web.state import web_state

router = APIRouter(prefix="/v1", tags=["coding"])


def to_document(article: ArticleIn) -> Document:
    """Build a `Document` from a request body; raises `InputError` for empty or unusable input."""
    title, when, text = article.title, article.date, article.text
    if article.html is not None:
        extracted = extract_html(article.html)
        if not extracted.text.strip():
            raise InputError("html", "HTML page has no main text")
        text, title, when = extracted.text, title or extracted.title, when or extracted.date
    doc = read_text(text or "", doc_id=article.id, when=when, title=title)
    return replace(doc, url=article.url, source=article.source, origin="api")


def coded_response(doc: Document) -> dict[str, Any]:
    """`{documents, actors, quotes, events}`; the document record also carries its text and sentences."""
    document = {
        **document_record(doc),
        "text": doc.text,
        "sentence_spans": [{"index": s.index, "start": s.start, "end": s.end} for s in doc.sentences],
    }
    return {
        "documents": [document],
        "actors": [mention_record(doc, m) for m in doc.mentions],
        "quotes": [quote_record(doc, q) for q in doc.quotes],
        "events": [event_record(doc, e) for e in doc.events],
    }


@router.post("/code", summary="Code one article (text or HTML) into actors, quotes and events")
def code_article(article: ArticleIn, request: Request) -> dict[str, Any]:
    """Run the pipeline on the article; nothing is stored."""
    doc = web_state(request).code(to_document(article))
    return coded_response(doc)
