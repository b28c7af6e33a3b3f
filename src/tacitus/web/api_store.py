"""Corpus endpoints: events, dyad timelines, actors, documents (read) and ingest (write, with a token)."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response

from tacitus.errors import ConfigError
from tacitus.store.filters import EventFilter
from tacitus.web.api_code import to_document
from tacitus.web.schemas import ArticleIn
from tacitus.web.security import ApiError, require_token
from tacitus.web.state import web_state

router = APIRouter(prefix="/v1", tags=["corpus"])

Code = Annotated[str, Path(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9]+$")]


def event_filter(
    actor: Annotated[str | None, Query(max_length=40, description="Actor code prefix, either side.")] = None,
    source: Annotated[str | None, Query(max_length=40, description="Source actor code prefix.")] = None,
    target: Annotated[str | None, Query(max_length=40, description="Target actor code prefix.")] = None,
    dyad: Annotated[
        str | None, Query(max_length=81, description="Directed dyad SOURCE-TARGET, e.g. CHN-RUS.")
    ] = None,
    cameo: Annotated[
        str | None, Query(max_length=4, pattern=r"^\d{2,4}$", description="CAMEO code prefix.")
    ] = None,
    root: Annotated[str | None, Query(pattern=r"^\d{1,2}$", description="CAMEO root, 01..20.")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="QuadClass 1..4.")] = None,
    plover: Annotated[str | None, Query(max_length=40, description="PLOVER event type, e.g. ACCUSE.")] = None,
    date_from: Annotated[dt.date | None, Query(alias="from", description="First date (inclusive).")] = None,
    date_to: Annotated[dt.date | None, Query(alias="to", description="Last date (inclusive).")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Text in the evidence sentence.")] = None,
    doc_id: Annotated[str | None, Query(max_length=200, description="Only this document.")] = None,
) -> EventFilter:
    """The query parameters shared by the event endpoints, as the store's `EventFilter`."""
    try:
        return EventFilter.of(
            actor=actor,
            source=source,
            target=target,
            dyad=dyad,
            cameo=cameo,
            root=root,
            quad_class=quad_class,
            plover=plover,
            date_from=date_from,
            date_to=date_to,
            text=q,
            doc_id=doc_id,
        )
    except ConfigError as exc:
        raise ApiError(422, "invalid_request", str(exc)) from exc


Filters = Annotated[EventFilter, Depends(event_filter)]


def _store(request: Request) -> Any:
    store = web_state(request).store()
    if store is None:
        raise ApiError(503, "no_database", "no database: start the server with `tacitus serve --db URL`")
    return store


def jsonable(value: Any) -> Any:
    """Plain JSON values from store results (DataFrames, timestamps, NaN, numpy scalars)."""
    if hasattr(value, "to_dict") and hasattr(value, "columns"):  # a pandas DataFrame
        return [jsonable(r) for r in value.to_dict(orient="records")]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dt.datetime) or hasattr(value, "to_pydatetime"):  # datetime or pandas Timestamp
        stamp = value.to_pydatetime() if hasattr(value, "to_pydatetime") else value
        return stamp.date().isoformat() if stamp.time() == dt.time() else stamp.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "item") and callable(value.item):  # numpy scalar
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


Order = Literal["-date", "date", "-id", "id", "-goldstein", "goldstein"]


@router.get("/events", summary="Events matching the filters, with pagination (newest first by default)")
def list_events(
    request: Request,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
    order: Order = "-date",
) -> dict[str, Any]:
    store = _store(request)
    rows = store.events(filters, limit=limit, offset=offset, order=order)
    return {"total": store.count_events(filters), "limit": limit, "offset": offset, "events": jsonable(rows)}


@router.get("/network", summary="Actor network of the matching events: actors and directed dyads")
def network(
    request: Request,
    filters: Filters,
    top: Annotated[int, Query(ge=2, le=200, description="Keep the most active actors.")] = 30,
) -> dict[str, Any]:
    from tacitus.analysis.network import dyad_table

    dyads = jsonable(dyad_table(_store(request), filters))
    return aggregate_network(dyads, top)


def aggregate_network(dyads: list[dict[str, Any]], top: int) -> dict[str, Any]:
    """Nodes (actors with event counts) and edges among the `top` most active actors."""
    activity: Counter[str] = Counter()
    for d in dyads:
        if d["source"] != d["target"]:
            activity[d["source"]] += int(d["events"])
            activity[d["target"]] += int(d["events"])
    keep = dict(activity.most_common(top))
    edges = [
        {
            "source": d["source"],
            "target": d["target"],
            "events": int(d["events"]),
            "goldstein": d["goldstein_mean"],
            "quad": [int(d.get(f"q{i}") or 0) for i in (1, 2, 3, 4)],
        }
        for d in dyads
        if d["source"] in keep and d["target"] in keep and d["source"] != d["target"]
    ]
    return {"nodes": [{"id": code, "events": n} for code, n in keep.items()], "edges": edges}


@router.get("/dyads/{a}/{b}/timeline", summary="Events per period from actor a to actor b")
def dyad_timeline(
    request: Request,
    a: Code,
    b: Code,
    freq: Literal["day", "week", "month", "quarter", "year"] = "week",
    both: Annotated[bool, Query(description="Also count b -> a.")] = False,
) -> dict[str, Any]:
    frame = _store(request).dyad_timeline(a.upper(), b.upper(), freq=freq, both_directions=both)
    return {"source": a.upper(), "target": b.upper(), "freq": freq, "points": jsonable(frame)}


@router.get("/actors", summary="The most active actors of the matching events")
def list_actors(
    request: Request, filters: Filters, limit: Annotated[int, Query(ge=1, le=1000)] = 50
) -> dict[str, Any]:
    return {"actors": jsonable(_store(request).actors(limit=limit, filters=filters))}


@router.get(
    "/documents/{doc_id:path}", summary="One stored document: text with mention, quote and event spans"
)
def get_document(request: Request, doc_id: str) -> dict[str, Any]:
    doc = _store(request).document(doc_id)
    if not doc:
        raise ApiError(404, "not_found", f"no document {doc_id!r} in the database")
    return stored_document(jsonable(doc))


def stored_document(doc: dict[str, Any]) -> dict[str, Any]:
    """A stored document in the shape of `POST /v1/code`: `{documents, actors, quotes, events}`."""
    events = doc.pop("events", [])
    mentions = doc.pop("mentions", [])
    quotes = doc.pop("quotes", [])
    spans = {e["sentence_index"]: (e["sentence_start"], e["sentence_end"]) for e in events}
    document = {
        "kind": "document",
        **{k: v for k, v in doc.items() if k not in ("id", "content_hash")},
        "sentences": doc.get("n_sentences"),
        # The store keeps sentence offsets with events only: enough to anchor every event's sentence.
        "sentence_spans": [
            {"index": i, "start": s, "end": e} for i, (s, e) in sorted(spans.items()) if s is not None
        ],
    }
    return {
        "documents": [document],
        "actors": [_mention(m) for m in mentions],
        "quotes": [_quote(q) for q in quotes],
        "events": events,
    }


def _mention(m: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": "actor",
        **{
            k: v
            for k, v in m.items()
            if k not in ("id", "document_id", "mention_id", "actor_code", "actor_name")
        },
        "id": m.get("mention_id"),
        "code": m.get("actor_code"),
        "name": m.get("actor_name"),
    }


def _quote(q: dict[str, Any]) -> dict[str, Any]:
    speaker = None
    if q.get("speaker_code"):
        speaker = {"code": q["speaker_code"], "name": q.get("speaker_name"), "text": q.get("speaker_text")}
    cue = None
    if q.get("cue_start") is not None:
        cue = {"text": q.get("cue_text"), "start": q["cue_start"], "end": q.get("cue_end")}
    return {
        "kind": "quote",
        "id": q.get("quote_id"),
        "sentence": q.get("sentence"),
        "type": q.get("type"),
        "speaker": speaker,
        "speaker_text": {"text": q["speaker_text"]} if q.get("speaker_text") else None,
        "text": q.get("text"),
        "start": q.get("start"),
        "end": q.get("end"),
        "cue": cue,
        "confidence": q.get("confidence"),
        "rule": q.get("rule"),
    }


@router.post(
    "/documents",
    status_code=201,
    dependencies=[Depends(require_token)],
    summary="Code an article and store it (needs the bearer token)",
)
def ingest_document(article: ArticleIn, request: Request, response: Response) -> dict[str, Any]:
    """Code the article and store it; storing the same text again is a no-op (200, `stored: false`)."""
    state = web_state(request)
    store = _store(request)
    doc = state.code(to_document(article))
    stats = store.add_documents([doc])
    stored = store.document(doc.content_hash) or {}
    if not stats.added:
        response.status_code = 200
    return {
        "stored": bool(stats.added),
        "doc_id": stored.get("doc_id", doc.id),
        "events": len(doc.events),
        "actors": len(doc.mentions),
        "quotes": len(doc.quotes),
    }
