"""Flat exports of event occurrences or deduplicated events: Parquet (typed), CSV and JSONL."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Select, Table, select

from tacitus.errors import ConfigError
from tacitus.store import Store, schema
from tacitus.store.rows import event_dict

BATCH = 5000
DOC_COLUMNS = ("doc_id", "title", "url", "source", "date")


def _source(table: str) -> tuple[Select[Any], list[Any]]:
    """The query and its columns: `events` (occurrences, with document fields) or `groups` (dedup)."""
    if table == "events":
        e, d = schema.events, schema.documents
        cols = [*e.c, *(d.c[name].label(f"doc_{name}" if name != "doc_id" else name) for name in DOC_COLUMNS)]
        q = select(*cols).select_from(e.join(d, d.c.id == e.c.document_id)).order_by(e.c.id)
        return q, cols
    if table == "groups":
        g: Table = schema.event_groups_view()
        return select(g).order_by(g.c.id), list(g.c)
    raise ConfigError(f"table {table!r}: use events or groups")


def _arrow_type(col: Any) -> pa.DataType:
    t = col.type
    if isinstance(t, Boolean):
        return pa.bool_()
    if isinstance(t, Integer):
        return pa.int64()
    if isinstance(t, Float):
        return pa.float64()
    if isinstance(t, Date):
        return pa.date32()
    if isinstance(t, DateTime):
        return pa.timestamp("us", tz="UTC")
    return pa.string()


def arrow_schema(table: str = "events") -> pa.Schema:
    """The typed Parquet schema of an export (column types follow the database schema)."""
    _, cols = _source(table)
    return columns_schema(cols)


def columns_schema(cols: Iterable[Any]) -> pa.Schema:
    """A typed Arrow schema for database columns (the export's type mapping; also used by Spark)."""
    return pa.schema([pa.field(c.name, _arrow_type(c)) for c in cols])


def _rows(store: Store, table: str) -> Iterator[dict[str, Any]]:
    q, _ = _source(table)
    with store.engine.connect().execution_options(stream_results=True, yield_per=BATCH) as conn:
        for r in conn.execute(q):
            yield dict(r._mapping)


def _utc(v: Any) -> Any:
    if isinstance(v, datetime) and v.tzinfo is None:  # SQLite returns naive datetimes (stored as UTC)
        from datetime import UTC

        return v.replace(tzinfo=UTC)
    return v


def write_parquet(store: Store, out: Path, table: str = "events") -> int:
    """Write a typed Parquet file in record batches (memory stays flat); returns the row count."""
    sch = arrow_schema(table)
    n = 0
    with pq.ParquetWriter(out, sch) as writer:
        batch: list[dict[str, Any]] = []
        for row in _rows(store, table):
            batch.append(row)
            if len(batch) >= BATCH:
                writer.write_batch(_to_batch(batch, sch))
                n, batch = n + len(batch), []
        if batch or n == 0:
            writer.write_batch(_to_batch(batch, sch))
            n += len(batch)
    return n


def _to_batch(rows: list[dict[str, Any]], sch: pa.Schema) -> pa.RecordBatch:
    arrays = [pa.array([_utc(r[f.name]) for r in rows], type=f.type) for f in sch]
    return pa.RecordBatch.from_arrays(arrays, schema=sch)


def _csv_value(v: Any) -> Any:
    if isinstance(v, datetime | date):
        return v.isoformat()
    return v


def write_csv(store: Store, out: Path, table: str = "events") -> int:
    """Write a CSV file with a header row; returns the row count."""
    _, cols = _source(table)
    n = 0
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=[c.name for c in cols])
        w.writeheader()
        for row in _rows(store, table):
            w.writerow({k: _csv_value(v) for k, v in row.items()})
            n += 1
    return n


def write_jsonl(store: Store, out: Path, table: str = "events") -> int:
    """Write JSONL: output-contract event records (events) or flat dedup rows (groups)."""
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for row in _rows(store, table):
            rec = event_dict(row) if table == "events" else {k: _csv_value(v) for k, v in row.items()}
            fh.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
            n += 1
    return n
