"""Convert a coded `Document` into table rows (and stored rows back into output-contract dicts)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from tacitus.model import Document, Event, Mention, Place, Quote
from tacitus.ontology import ontology

ACTOR_FIELDS = ("code", "name", "country", "sector", "kind", "mention", "text", "start", "end")
PLACE_FIELDS = ("name", "country", "feature", "lat", "lon", "geonames_id")


def document_row(doc: Document, doc_id: str, now: datetime) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "content_hash": doc.content_hash,
        "title": doc.title,
        "url": doc.url,
        "source": doc.source,
        "date": doc.date,
        "text": doc.text,
        "origin": doc.origin,
        "n_sentences": len(doc.sentences),
        "tone": doc.tone,
        "ingested_at": now,
    }


def mention_row(pk: int, m: Mention) -> dict[str, Any]:
    a = m.actor
    return {
        "document_id": pk,
        "mention_id": m.id,
        "sentence": m.sentence,
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "actor_code": a.code or None,
        "actor_name": a.name,
        "country": a.country,
        "sector": a.sector,
        "actor_kind": a.kind,
        "kb_id": a.kb_id,
        "entity": m.entity,
        "rule": m.rule,
        "confidence": m.confidence,
    }


def quote_row(pk: int, q: Quote) -> dict[str, Any]:
    sp = q.speaker
    return {
        "document_id": pk,
        "quote_id": q.id,
        "sentence": q.sentence,
        "type": q.kind,
        "text": q.content.text,
        "start": q.content.start,
        "end": q.content.end,
        "speaker_code": (sp.actor.code or None) if sp else None,
        "speaker_name": sp.actor.name if sp else None,
        "speaker_mention": sp.id if sp else None,
        "speaker_text": sp.text if sp else (q.speaker_text.text if q.speaker_text else None),
        "cue_text": q.cue.text if q.cue else None,
        "cue_start": q.cue.start if q.cue else None,
        "cue_end": q.cue.end if q.cue else None,
        "confidence": q.confidence,
        "rule": q.rule,
    }


def _actor_cols(prefix: str, m: Mention | None) -> dict[str, Any]:
    if m is None:
        return {f"{prefix}_{f}": None for f in ACTOR_FIELDS}
    a = m.actor
    values = (a.code or None, a.name, a.country, a.sector, a.kind, m.id, m.text, m.start, m.end)
    return {f"{prefix}_{f}": v for f, v in zip(ACTOR_FIELDS, values, strict=True)}


def _place_cols(prefix: str, p: Place | None) -> dict[str, Any]:
    values = (p.name, p.country, p.feature, p.lat, p.lon, p.geonames_id) if p else (None,) * 6
    return {f"{prefix}_{f}": v for f, v in zip(PLACE_FIELDS, values, strict=True)}


def _place_dict(row: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    if row.get(f"{prefix}_name") is None:
        return None
    return {f: row[f"{prefix}_{f}"] for f in PLACE_FIELDS}


def event_row(pk: int, doc: Document, e: Event) -> dict[str, Any]:
    codes = ontology().codes
    info = codes.get(e.cameo)
    sent = doc.sentences[e.sentence] if 0 <= e.sentence < len(doc.sentences) else None
    return {
        "document_id": pk,
        "sentence_index": e.sentence,
        "sentence": sent.text if sent else None,
        "sentence_start": sent.start if sent else None,
        "sentence_end": sent.end if sent else None,
        **_actor_cols("source", e.source),
        **_actor_cols("target", e.target),
        "cameo": e.cameo,
        "cameo_root": info.root if info else e.cameo[:2],
        "plover": info.plover if info else None,
        "goldstein": info.goldstein if info else None,
        "quad_class": info.quad_class if info else None,
        "date": e.date or doc.date,
        **_place_cols("loc", e.location),
        "trigger_text": e.trigger.text,
        "trigger_start": e.trigger.start,
        "trigger_end": e.trigger.end,
        **_actor_cols("reported_by", e.reported_by),
        "quote": e.quote,
        "negated": bool(e.negated),
        "confidence": e.confidence,
        "rule": e.rule,
        **_place_cols("source_loc", e.source_location),
        **_place_cols("target_loc", e.target_location),
    }


def _iso(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10]


def _actor_ref(row: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    if row.get(f"{prefix}_text") is None and row.get(f"{prefix}_code") is None:
        return None
    return {
        "code": row[f"{prefix}_code"],
        "country": row[f"{prefix}_country"],
        "sector": row[f"{prefix}_sector"],
        "name": row[f"{prefix}_name"],
        "kind": row[f"{prefix}_kind"],
        "text": row[f"{prefix}_text"],
        "start": row[f"{prefix}_start"],
        "end": row[f"{prefix}_end"],
        "implicit": row[f"{prefix}_start"] is not None and row[f"{prefix}_start"] == row[f"{prefix}_end"],
        "mention": row[f"{prefix}_mention"],
    }


def event_dict(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event row as an output-contract event record (`serialize.event_record`) plus ids."""
    info = ontology().codes.get(row["cameo"])
    return {
        "kind": "event",
        "id": row["id"],
        "document_id": row["document_id"],
        "doc_id": row["doc_id"],
        "sentence": row["sentence"],
        "sentence_index": row["sentence_index"],
        "sentence_start": row["sentence_start"],
        "sentence_end": row["sentence_end"],
        "source": _actor_ref(row, "source"),
        "target": _actor_ref(row, "target"),
        "cameo": row["cameo"],
        "cameo_root": row["cameo_root"],
        "cameo_name": info.name if info else None,
        "plover": row["plover"],
        "plover_mode": info.mode if info else None,
        "plover_context": info.context if info else None,
        "goldstein": row["goldstein"],
        "quad_class": row["quad_class"],
        "date": _iso(row["date"]),
        "location": _place_dict(row, "loc"),
        "source_location": _place_dict(row, "source_loc"),
        "target_location": _place_dict(row, "target_loc"),
        "trigger": {"text": row["trigger_text"], "start": row["trigger_start"], "end": row["trigger_end"]},
        "reported_by": _actor_ref(row, "reported_by"),
        "quote": row["quote"],
        "negated": bool(row["negated"]),
        "confidence": row["confidence"],
        "rule": row["rule"],
        "doc_title": row.get("doc_title"),
        "doc_url": row.get("doc_url"),
        "doc_source": row.get("doc_source"),
        "doc_date": _iso(row.get("doc_date")),
    }
