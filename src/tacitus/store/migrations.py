"""Named schema migrations, applied in order when a store is opened and recorded in `schema_migrations`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, inspect, select, text

from tacitus.store import groups, schema

log = logging.getLogger(__name__)

Migration = Callable[[Connection], None]


def _initial(conn: Connection) -> None:
    tables = [t for name, t in schema.metadata.tables.items() if name != "schema_migrations"]
    schema.metadata.create_all(conn, tables=tables)


def _event_groups_view(conn: Connection) -> None:
    conn.execute(text(schema.EVENT_GROUPS_VIEW))


def _document_tone(conn: Connection) -> None:
    # New databases already have the column (0001 creates tables from the current schema).
    if "tone" not in {c["name"] for c in inspect(conn).get_columns("documents")}:
        conn.execute(text("ALTER TABLE documents ADD COLUMN tone FLOAT"))


def _event_groups_view_tone(conn: Connection) -> None:
    conn.execute(text("DROP VIEW IF EXISTS event_groups"))
    conn.execute(text(schema.EVENT_GROUPS_VIEW_V2))


def _actor_places(conn: Connection) -> None:
    have = {c["name"] for c in inspect(conn).get_columns("events")}
    for col in schema.events.columns:
        if col.name.startswith(schema.ACTOR_PLACE_PREFIXES) and col.name not in have:
            kind = col.type.compile(dialect=conn.dialect)
            conn.execute(text(f"ALTER TABLE events ADD COLUMN {col.name} {kind}"))
    conn.execute(text("DROP VIEW IF EXISTS event_groups"))
    conn.execute(text(schema.EVENT_GROUPS_VIEW_V3))


def _event_groups_table(conn: Connection) -> None:
    # The view recomputed every group on every read (300 ms at 75k events); the table is kept up to date
    # on write (tacitus.store.groups), so it is filled here from the events already stored.
    conn.execute(text("DROP VIEW IF EXISTS event_groups"))
    schema.event_groups.create(conn)
    log.info("event_groups: %d groups backfilled", groups.rebuild(conn))


# Append only: never edit or reorder a migration that has shipped.
MIGRATIONS: tuple[tuple[str, Migration], ...] = (
    ("0001_initial", _initial),
    ("0002_event_groups_view", _event_groups_view),
    ("0003_document_tone", _document_tone),
    ("0004_event_groups_avg_tone", _event_groups_view_tone),
    ("0005_actor_places", _actor_places),
    ("0006_event_groups_table", _event_groups_table),
)


def migrate(engine: Engine) -> list[str]:
    """Apply every migration not yet recorded; return the names applied."""
    schema.schema_migrations.create(engine, checkfirst=True)
    applied: list[str] = []
    with engine.begin() as conn:
        done = set(conn.execute(select(schema.schema_migrations.c.name)).scalars())
    for name, step in MIGRATIONS:
        if name in done:
            continue
        with engine.begin() as conn:  # one transaction per migration (DDL is transactional in both)
            step(conn)
            conn.execute(schema.schema_migrations.insert().values(name=name, applied_at=datetime.now(UTC)))
        log.info("applied migration %s", name)
        applied.append(name)
    return applied


def applied_migrations(engine: Engine) -> list[str]:
    """Names of the migrations recorded in the database, in order of application."""
    if not inspect(engine).has_table("schema_migrations"):
        return []
    with engine.connect() as conn:
        rows = conn.execute(
            select(schema.schema_migrations.c.name).order_by(schema.schema_migrations.c.applied_at)
        )
        return list(rows.scalars())
