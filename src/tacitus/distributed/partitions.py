"""The work done inside each Spark partition: read articles, code them, build output rows (no Spark here).

Spark calls `ReadArticles` and `CodeArticles` with an iterator of Arrow record batches (`mapInArrow`, an
Arrow-batched `mapPartitions`) and they yield record batches. Reading reuses `tacitus.readers`; rows reuse
`tacitus.store.rows` (the database and the Parquet export build theirs with the same functions). One
`Pipeline` is built per Python worker process and reused by every partition that worker runs.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import PurePosixPath
from typing import Any

import pyarrow as pa

from tacitus.distributed.schema import ARTICLES, DOCUMENT_SKIP, GDELT_LINES, coded_schema
from tacitus.errors import InputError
from tacitus.export.gdelt import gdelt_line
from tacitus.model import Document
from tacitus.pipeline import Failure, Pipeline
from tacitus.readers.core import READABLE, read_blob, read_record
from tacitus.settings import Settings
from tacitus.store import rows

log = logging.getLogger(__name__)

RECORD_FIELDS = ("id", "text", "html", "title", "url", "date", "source")


def stable_id(content_hash: str, *parts: object) -> int:
    """A 63-bit id from the article's content hash (and a position): the same article, the same ids."""
    key = ":".join([content_hash, *map(str, parts)]).encode("utf-8")
    return int.from_bytes(hashlib.sha256(key).digest()[:8], "big") >> 1


@lru_cache(maxsize=2)
def worker_pipeline(settings: Settings) -> Pipeline:
    """The Python worker's pipeline: the spaCy model and tables load once per process, not per task."""
    log.info("loading the Tacitus pipeline in a Spark Python worker")
    return Pipeline(settings)


# ---- reading ---------------------------------------------------------------------------------------


def article_row(item: Document | InputError, doc_id: str | None = None) -> dict[str, Any]:
    """A readable document or a read error as a row of `ARTICLES`."""
    if isinstance(item, InputError):
        return {"doc_id": doc_id, "origin": item.source, "error": item.problem}
    return {
        "doc_id": item.id,
        "content_hash": item.content_hash,
        "text": item.text,
        "title": item.title,
        "url": item.url,
        "source": item.source,
        "date": item.date,
        "origin": item.origin,
    }


def _record_origin(row: dict[str, Any], index: int) -> str:
    return f"id {row['id']}" if row.get("id") not in (None, "") else f"row {index} (no id)"


@dataclass(frozen=True)
class ReadArticles:
    """Turn input rows into `ARTICLES` rows: table rows (`id`, `text`...) or files (`path`, `content`)."""

    settings: Settings
    default_date: date | None = None

    def __call__(self, batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            out: list[dict[str, Any]] = []
            for i, row in enumerate(batch.to_pylist()):
                out.extend(self.read(row, i))
            yield pa.RecordBatch.from_pylist(out, schema=ARTICLES)

    def read(self, row: dict[str, Any], index: int = 0) -> list[dict[str, Any]]:
        """The articles in one input row (a JSONL file holds many); never raises."""
        try:
            if "content" in row:
                path = str(row["path"]).removeprefix("file:")
                if PurePosixPath(path).suffix.lower() not in READABLE:  # as a directory read skips them
                    return []
                blob = read_blob(row["content"] or b"", path, self.settings, self.default_date)
                return [article_row(d) for d in blob]
            record = {k: row.get(k) for k in RECORD_FIELDS}
            item = read_record(record, _record_origin(row, index), self.settings, self.default_date)
            return [article_row(item, record["id"])]
        except Exception as exc:  # a reader bug on one odd input must not fail the partition
            log.exception("reading an input row failed")
            origin = str(row.get("path") or _record_origin(row, index))
            return [{"doc_id": row.get("id"), "origin": origin, "error": f"internal error: {exc!r}"}]


# ---- coding ----------------------------------------------------------------------------------------


def document_rows(doc: Document) -> dict[str, Any]:
    """The `coded_schema` row of a coded document: the same columns the database and export hold."""
    h = doc.content_hash
    pk = stable_id(h)
    stored = rows.document_row(doc, doc.id, datetime.now(UTC))
    document = {k: v for k, v in stored.items() if k not in DOCUMENT_SKIP}
    doc_cols = {"doc_id": doc.id, "doc_title": doc.title, "doc_url": doc.url, "doc_source": doc.source}
    return {
        "document": {**document, "id": pk},
        "error": None,
        "mentions": [
            {**rows.mention_row(pk, m), "id": stable_id(h, "mention", m.id), "doc_id": doc.id}
            for m in doc.mentions
        ],
        "quotes": [
            {**rows.quote_row(pk, q), "id": stable_id(h, "quote", q.id), "doc_id": doc.id} for q in doc.quotes
        ],
        "events": [
            {**rows.event_row(pk, doc, e), "id": stable_id(h, "event", i), **doc_cols, "doc_date": doc.date}
            for i, e in enumerate(doc.events)
        ],
    }


def error_row(doc_id: str | None, origin: str | None, stage: str, message: str) -> dict[str, Any]:
    err = {"doc_id": doc_id, "origin": origin, "stage": stage, "message": message}
    return {"document": None, "error": err, "mentions": [], "quotes": [], "events": []}


def to_document(article: dict[str, Any]) -> Document:
    """An `ARTICLES` row back as a `Document` (the reader already normalised its text)."""
    return Document(
        id=article["doc_id"],
        text=article["text"],
        title=article["title"],
        url=article["url"],
        date=article["date"],
        source=article["source"],
        origin=article["origin"],
    )


def code_documents(pipeline: Pipeline, docs: list[Document]) -> list[Document | Failure]:
    """Run the pipeline; if a whole batch breaks (stages isolate documents: it should not), go one by one."""
    try:
        return list(pipeline.run(docs))
    except Exception:
        log.exception("a batch of %d documents failed; coding them one by one", len(docs))
        out: list[Document | Failure] = []
        for d in docs:
            try:
                out.extend(pipeline.run([d]))
            except Exception as exc:
                out.append(Failure(d.origin or d.id, f"internal error: {exc!r}", "pipeline"))
        return out


def coded_rows(pipeline: Pipeline, articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One `coded_schema` row per article, in order: its records, or its error."""
    docs = [to_document(a) for a in articles if a.get("error") is None]
    results = iter(code_documents(pipeline, docs))
    out: list[dict[str, Any]] = []
    for a in articles:
        if a.get("error") is not None:
            out.append(error_row(a["doc_id"], a["origin"], "read", a["error"]))
            continue
        r = next(results)
        if isinstance(r, Failure):
            out.append(error_row(a["doc_id"], r.origin, r.stage, r.message))
            continue
        try:
            out.append(document_rows(replace(r, parsed=None)))
        except Exception as exc:  # a row-building bug on one article must not fail the partition
            log.exception("building rows failed for %s", a["doc_id"])
            out.append(error_row(a["doc_id"], a["origin"], "rows", f"internal error: {exc!r}"))
    return out


@dataclass(frozen=True)
class CodeArticles:
    """Code `ARTICLES` batches into `coded_schema` batches, `settings.batch_size` articles at a time."""

    settings: Settings

    def __call__(self, batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        pipeline = worker_pipeline(self.settings)
        schema = coded_schema()
        size = self.settings.batch_size
        for batch in batches:
            articles = batch.to_pylist()
            for start in range(0, len(articles), size):
                chunk = coded_rows(pipeline, articles[start : start + size])
                yield pa.RecordBatch.from_pylist(chunk, schema=schema)


def gdelt_lines(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Deduplicated event rows (`groups`) as GDELT 2.0 lines, by the exporter's own `gdelt_line`."""
    for batch in batches:
        lines = [{"value": gdelt_line(row)} for row in batch.to_pylist()]
        yield pa.RecordBatch.from_pylist(lines, schema=GDELT_LINES)
