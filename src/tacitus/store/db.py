"""`Store`: the corpus database (write documents, read events, documents and aggregates)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Select, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from tacitus.errors import ConfigError, StoreError
from tacitus.model import Document
from tacitus.store import groups, rows, schema
from tacitus.store.engine import normalise_url, open_engine, sqlite_path
from tacitus.store.filters import EventFilter, where
from tacitus.store.migrations import applied_migrations, migrate

log = logging.getLogger(__name__)

ORDERS = {
    "id": (schema.events.c.id,),
    "-id": (schema.events.c.id.desc(),),
    "date": (schema.events.c.date, schema.events.c.id),
    "-date": (schema.events.c.date.desc(), schema.events.c.id.desc()),
    "goldstein": (schema.events.c.goldstein, schema.events.c.id),
    "-goldstein": (schema.events.c.goldstein.desc(), schema.events.c.id),
}


@dataclass
class IngestStats:
    """What one `add_documents` call (or a whole ingest run) did."""

    added: int = 0
    skipped: int = 0  # already stored (same content hash)
    failed: int = 0
    mentions: int = 0
    quotes: int = 0
    events: int = 0

    def __iadd__(self, other: IngestStats) -> IngestStats:
        for name in ("added", "skipped", "failed", "mentions", "quotes", "events"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self


class Store:
    """A Tacitus corpus database (see the `tacitus.store` module docstring for the API)."""

    def __init__(self, url: str | Path) -> None:
        self.url = normalise_url(url)
        self.engine = open_engine(url)
        try:
            migrate(self.engine)
        except SQLAlchemyError as e:
            self.engine.dispose()  # the caller gets no Store to close: release the pool here
            raise StoreError(f"cannot open or migrate database {self.display_url}: {e}") from e

    @property
    def display_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def path(self) -> Path | None:
        """The SQLite file (None for PostgreSQL)."""
        return sqlite_path(self.url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def migrations(self) -> list[str]:
        return applied_migrations(self.engine)

    # ---- writing -------------------------------------------------------------------------------

    def stored_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these content hashes are already stored."""
        wanted = list(set(hashes))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                q = select(schema.documents.c.content_hash).where(schema.documents.c.content_hash.in_(chunk))
                found.update(conn.execute(q).scalars())
        return found

    def add_documents(self, docs: Sequence[Document]) -> IngestStats:
        """Store coded documents in one transaction, skipping those already stored (same content hash)."""
        stats = IngestStats()
        try:
            with self.engine.begin() as conn:
                self._add(conn, docs, stats)
        except SQLAlchemyError as e:
            raise StoreError(f"cannot write to {self.display_url}: {e}") from e
        return stats

    def _add(self, conn: Connection, docs: Sequence[Document], stats: IngestStats) -> None:
        d = schema.documents
        hashes = [doc.content_hash for doc in docs]
        existing = set(conn.execute(select(d.c.content_hash).where(d.c.content_hash.in_(hashes))).scalars())
        now = datetime.now(UTC)
        keys: set[groups.Key] = set()
        for doc, h in zip(docs, hashes, strict=True):
            if h in existing:
                stats.skipped += 1
                continue
            existing.add(h)
            doc_id = self._free_doc_id(conn, doc.id, h)
            pk = conn.execute(
                insert(d).values(rows.document_row(doc, doc_id, now)).returning(d.c.id)
            ).scalar_one()
            keys |= self._add_children(conn, pk, doc, stats)
            stats.added += 1
        groups.refresh(conn, keys)

    def _free_doc_id(self, conn: Connection, doc_id: str, content_hash: str) -> str:
        """`doc_id` if unused, else `doc_id-<hash prefix>` (two different texts may share a file name)."""
        d = schema.documents
        taken = conn.execute(select(d.c.id).where(d.c.doc_id == doc_id)).first()
        return doc_id if taken is None else f"{doc_id}-{content_hash[:10]}"

    def _add_children(self, conn: Connection, pk: int, doc: Document, stats: IngestStats) -> set[groups.Key]:
        """Insert the document's mentions, quotes and events; returns the event group keys it touches."""
        keys: set[groups.Key] = set()
        if doc.mentions:
            conn.execute(insert(schema.mentions), [rows.mention_row(pk, m) for m in doc.mentions])
            self._add_actors(conn, doc)
        if doc.quotes:
            conn.execute(insert(schema.quotes), [rows.quote_row(pk, q) for q in doc.quotes])
        if doc.events:
            event_rows = [rows.event_row(pk, doc, e) for e in doc.events]
            conn.execute(insert(schema.events), event_rows)
            keys = groups.group_keys(event_rows)
        stats.mentions += len(doc.mentions)
        stats.quotes += len(doc.quotes)
        stats.events += len(doc.events)
        return keys

    def _add_actors(self, conn: Connection, doc: Document) -> None:
        seen: dict[str, dict[str, Any]] = {}
        for m in doc.mentions:
            a = m.actor
            if a.code and a.code not in seen:
                seen[a.code] = {
                    "code": a.code,
                    "name": a.name,
                    "country": a.country,
                    "sector": a.sector,
                    "kind": a.kind,
                }
        if not seen:
            return
        dialect_insert = postgresql.insert if self.dialect == "postgresql" else sqlite.insert
        stmt = dialect_insert(schema.actors).on_conflict_do_nothing(index_elements=["code"])
        conn.execute(stmt, list(seen.values()))

    def rebuild_event_groups(self) -> int:
        """Recompute the deduplicated events from scratch (after editing `events` outside the Store)."""
        try:
            with self.engine.begin() as conn:
                return groups.rebuild(conn)
        except SQLAlchemyError as e:
            raise StoreError(f"cannot rebuild event groups in {self.display_url}: {e}") from e

    # ---- reading events -------------------------------------------------------------------------

    def _events_select(self, f: EventFilter) -> Select[Any]:
        e, d = schema.events, schema.documents
        q = (
            select(
                e,
                d.c.doc_id,
                d.c.title.label("doc_title"),
                d.c.url.label("doc_url"),
                d.c.source.label("doc_source"),
                d.c.date.label("doc_date"),
            )
            .select_from(e.join(d, d.c.id == e.c.document_id))
            .where(where(e, f))
        )
        if f.doc_id:
            q = q.where(d.c.doc_id == f.doc_id)
        return q

    def events(
        self,
        filters: EventFilter | None = None,
        *,
        limit: int | None = 100,
        offset: int = 0,
        order: str = "id",
        **kw: Any,
    ) -> list[dict[str, Any]]:
        """Event occurrences (one per coded sentence) as output-contract dicts plus `id`, `document_id`."""
        f = EventFilter.of(filters, **kw)
        if order not in ORDERS:
            raise ConfigError(f"order {order!r}: use one of {sorted(ORDERS)}")
        q = self._events_select(f).order_by(*ORDERS[order]).offset(offset)
        if limit is not None:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            return [rows.event_dict(dict(r._mapping)) for r in conn.execute(q)]

    def event(self, event_id: int) -> dict[str, Any] | None:
        """One event occurrence by its `id`."""
        q = self._events_select(EventFilter()).where(schema.events.c.id == event_id)
        with self.engine.connect() as conn:
            r = conn.execute(q).first()
        return rows.event_dict(dict(r._mapping)) if r else None

    def count_events(self, filters: EventFilter | None = None, **kw: Any) -> int:
        """How many event occurrences match."""
        sub = self._events_select(EventFilter.of(filters, **kw)).subquery()
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(sub)).scalar_one())

    def event_groups(
        self, filters: EventFilter | None = None, *, limit: int | None = 100, offset: int = 0, **kw: Any
    ) -> list[dict[str, Any]]:
        """Deduplicated events (GDELT style) with num_mentions, num_sources, num_articles."""
        g = schema.event_groups_view()
        f = EventFilter.of(filters, **kw)
        q = select(g).where(where(g, f)).order_by(g.c.id).offset(offset)
        if limit is not None:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            return [_plain(dict(r._mapping)) for r in conn.execute(q)]

    def count_event_groups(self, filters: EventFilter | None = None, **kw: Any) -> int:
        """How many deduplicated events match."""
        g = schema.event_groups_view()
        q = select(func.count()).select_from(g).where(where(g, EventFilter.of(filters, **kw)))
        with self.engine.connect() as conn:
            return int(conn.execute(q).scalar_one())

    # ---- reading documents ------------------------------------------------------------------------

    def _document_pk(self, conn: Connection, key: int | str) -> int | None:
        d = schema.documents
        if isinstance(key, int):
            return key if conn.execute(select(d.c.id).where(d.c.id == key)).first() else None
        for col in (d.c.doc_id, d.c.content_hash):
            pk = conn.execute(select(d.c.id).where(col == key)).scalar()
            if pk is not None:
                return int(pk)
        return None

    def document(self, key: int | str) -> dict[str, Any] | None:
        """A document by `id` (int), `doc_id` or content hash: metadata, text, mentions, quotes, events."""
        d, m, qt = schema.documents, schema.mentions, schema.quotes
        with self.engine.connect() as conn:
            pk = self._document_pk(conn, key)
            if pk is None:
                return None
            doc = _plain(dict(conn.execute(select(d).where(d.c.id == pk)).one()._mapping))
            doc["mentions"] = [
                _plain(dict(r._mapping))
                for r in conn.execute(select(m).where(m.c.document_id == pk).order_by(m.c.mention_id))
            ]
            doc["quotes"] = [
                _plain(dict(r._mapping))
                for r in conn.execute(select(qt).where(qt.c.document_id == pk).order_by(qt.c.quote_id))
            ]
            q = self._events_select(EventFilter()).where(schema.events.c.document_id == pk)
            doc["events"] = [
                rows.event_dict(dict(r._mapping)) for r in conn.execute(q.order_by(schema.events.c.id))
            ]
        return doc

    def documents(
        self, *, limit: int | None = 100, offset: int = 0, source: str | None = None, text: str | None = None
    ) -> list[dict[str, Any]]:
        """Document metadata (no text), newest first, optionally by source or title/text substring."""
        d = schema.documents
        cols = [c for c in d.c if c.name != "text"]
        q = select(*cols).order_by(d.c.date.desc(), d.c.id.desc()).offset(offset)
        if source:
            q = q.where(d.c.source == source)
        if text:
            # autoescape: % and _ in the search text are literal characters, not wildcards
            found = d.c.title.icontains(text, autoescape=True) | d.c.text.icontains(text, autoescape=True)
            q = q.where(found)
        if limit is not None:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            return [_plain(dict(r._mapping)) for r in conn.execute(q)]

    def count_documents(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(schema.documents)).scalar_one())

    def counts(self) -> dict[str, int]:
        """Row counts of every table plus the number of deduplicated events."""
        out: dict[str, int] = {}
        with self.engine.connect() as conn:
            for t in (schema.documents, schema.actors, schema.mentions, schema.quotes, schema.events):
                out[t.name] = int(conn.execute(select(func.count()).select_from(t)).scalar_one())
            g = schema.event_groups_view()
            out["event_groups"] = int(conn.execute(select(func.count()).select_from(g)).scalar_one())
        return out

    # ---- analysis (pandas) -----------------------------------------------------------------------

    def dyad_timeline(
        self, a: str, b: str, freq: str = "week", *, both_directions: bool = False, dedup: bool = True
    ) -> Any:
        """Events A->B (and B->A) per period: counts per QuadClass and mean Goldstein (a DataFrame)."""
        from tacitus.analysis.dyad import dyad_timeline

        return dyad_timeline(self, a, b, freq, both_directions=both_directions, dedup=dedup)

    def actors(self, limit: int = 50, filters: EventFilter | None = None, **kw: Any) -> Any:
        """The most active actors (a DataFrame): events as source, as target, total, mean Goldstein."""
        from tacitus.analysis.actors import top_actors

        return top_actors(self, limit, EventFilter.of(filters, **kw))


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    """Dates as ISO strings so rows are JSON-ready."""
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}
