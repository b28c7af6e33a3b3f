"""The output contract: plain dicts (JSONL/JSON/CSV) for actors, quotes and events. Keys are stable."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tacitus.model import Actor, Document, Event, Mention, Place, Quote, Span
from tacitus.ontology import ontology


def actor_ref(m: Mention | None) -> dict[str, Any] | None:
    """An event's or quote's actor; `implicit` is true for a recipient the text does not name (empty span)."""
    if m is None:
        return None
    a: Actor = m.actor
    return {
        "code": a.code or None,
        "country": a.country,
        "sector": a.sector,
        "name": a.name,
        "kind": a.kind,
        "text": m.text,
        "start": m.start,
        "end": m.end,
        "implicit": m.start == m.end,
    }


def span_ref(s: Span | None) -> dict[str, Any] | None:
    return None if s is None else {"text": s.text, "start": s.start, "end": s.end}


def place_ref(p: Place | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {
        "name": p.name,
        "country": p.country,
        "feature": p.feature,
        "lat": p.lat,
        "lon": p.lon,
        "geonames_id": p.geonames_id,
    }


def mention_record(doc: Document, m: Mention) -> dict[str, Any]:
    return {
        "kind": "actor",
        "doc_id": doc.id,
        "id": m.id,
        "sentence": m.sentence,
        **{k: v for k, v in (actor_ref(m) or {}).items() if k not in ("kind", "implicit")},
        "actor_kind": m.actor.kind,
        "kb_id": m.actor.kb_id,
        "entity": m.entity,
        "rule": m.rule,
        "confidence": round(m.confidence, 3),
    }


def quote_record(doc: Document, q: Quote) -> dict[str, Any]:
    return {
        "kind": "quote",
        "doc_id": doc.id,
        "id": q.id,
        "sentence": q.sentence,
        "type": q.kind,
        "speaker": actor_ref(q.speaker),
        "speaker_text": span_ref(q.speaker_text),
        "text": q.content.text,
        "start": q.content.start,
        "end": q.content.end,
        "cue": span_ref(q.cue),
        "confidence": round(q.confidence, 3),
        "rule": q.rule,
    }


def event_record(doc: Document, e: Event) -> dict[str, Any]:
    info = ontology().get(e.cameo)
    sent = doc.sentences[e.sentence] if 0 <= e.sentence < len(doc.sentences) else None
    return {
        "kind": "event",
        "doc_id": e.doc_id,
        "sentence": sent.text if sent else None,
        "sentence_index": e.sentence,
        "sentence_start": sent.start if sent else None,
        "sentence_end": sent.end if sent else None,
        "source": actor_ref(e.source),
        "target": actor_ref(e.target),
        "cameo": e.cameo,
        "cameo_root": info.root,
        "cameo_name": info.name,
        "plover": info.plover,
        "plover_mode": info.mode,
        "plover_context": info.context,
        "goldstein": info.goldstein,
        "quad_class": info.quad_class,
        "date": e.date.isoformat() if e.date else None,
        "location": place_ref(e.location),
        "source_location": place_ref(e.source_location),
        "target_location": place_ref(e.target_location),
        "trigger": span_ref(e.trigger),
        "reported_by": actor_ref(e.reported_by),
        "quote": e.quote,
        "negated": e.negated,
        "confidence": round(e.confidence, 3),
        "rule": e.rule,
    }


def document_record(doc: Document) -> dict[str, Any]:
    return {
        "kind": "document",
        "doc_id": doc.id,
        "title": doc.title,
        "url": doc.url,
        "date": doc.date.isoformat() if doc.date else None,
        "source": doc.source,
        "origin": doc.origin,
        "chars": len(doc.text),
        "sentences": len(doc.sentences),
        "tone": doc.tone,
    }


def records(
    doc: Document, kinds: frozenset[str] = frozenset({"actor", "quote", "event"})
) -> Iterator[dict[str, Any]]:
    """Every record of a coded document, mentions then quotes then events."""
    if "document" in kinds:
        yield document_record(doc)
    if "actor" in kinds:
        for m in doc.mentions:
            yield mention_record(doc, m)
    if "quote" in kinds:
        for q in doc.quotes:
            yield quote_record(doc, q)
    if "event" in kinds:
        for e in doc.events:
            yield event_record(doc, e)
