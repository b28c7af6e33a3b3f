"""The `event_groups` table: GDELT-style deduplicated events, recomputed per group key on every write.

A group is every non-negated event sharing (source code, target code, CAMEO code, date); its row holds the
counts over the whole group and the description of its first event (see docs/corpus.md). Writing events
refreshes exactly the groups they fall into: delete their rows, then insert them again from one GROUP BY
restricted to those keys. `rebuild` recomputes the whole table (migration 0006 backfills with it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Insert,
    Select,
    and_,
    bindparam,
    case,
    delete,
    distinct,
    func,
    insert,
    select,
    text,
    true,
)

from tacitus.store import schema

Key = tuple[Any, ...]  # values of schema.GROUP_KEY; any of them may be NULL

# Serialises group refreshes of concurrent PostgreSQL writers (an arbitrary constant: "tacitus groups").
_PG_LOCK = 0x7AC17005


def group_keys(event_rows: Iterable[Mapping[str, Any]]) -> set[Key]:
    """The group keys of these `events` rows (negated events belong to no group)."""
    return {tuple(r[k] for k in schema.GROUP_KEY) for r in event_rows if not r["negated"]}


def groups_select(nulls: tuple[bool, ...] | None = None) -> Select[Any]:
    """The groups, columns in `event_groups` order (the old view's SELECT).

    With `nulls`, only the groups of one key: bound parameters `k_<column>` for the key values that are
    not NULL (`nulls` says which are).
    """
    ev, dd = schema.events.alias("ev"), schema.documents.alias("dd")
    keys = [ev.c[k] for k in schema.GROUP_KEY]
    keyed = _key_match(ev.c, nulls) if nulls is not None else true()
    g = (
        select(
            func.min(ev.c.id).label("first_id"),
            *keys,
            func.count().label("num_mentions"),
            func.count(distinct(func.coalesce(dd.c.source, ""))).label("num_sources"),
            func.count(distinct(ev.c.document_id)).label("num_articles"),
            func.avg(dd.c.tone).label("avg_tone"),
            func.max(case((ev.c.sentence_index == 0, 1), else_=0)).label("is_root"),
        )
        .select_from(ev.join(dd, dd.c.id == ev.c.document_id))
        .where(~ev.c.negated, keyed)
        .group_by(*keys)
        .subquery("g")
    )
    e, d = schema.events, schema.documents
    described = {"id": e.c.id, "url": d.c.url, "first_added": d.c.ingested_at}
    cols = [
        (described[c.name] if c.name in described else g.c[c.name] if c.name in g.c else e.c[c.name]).label(
            c.name
        )
        for c in schema.event_groups.c
    ]
    return select(*cols).select_from(g.join(e, e.c.id == g.c.first_id).join(d, d.c.id == e.c.document_id))


def rebuild(conn: Connection) -> int:
    """Recompute the whole table from `events`; returns the number of groups."""
    conn.execute(delete(schema.event_groups))
    conn.execute(_insert(groups_select()))
    return int(conn.execute(select(func.count()).select_from(schema.event_groups)).scalar_one())


def refresh(conn: Connection, keys: Iterable[Key]) -> None:
    """Recompute the groups with these keys (after events with these keys were added or removed)."""
    by_nulls: dict[tuple[bool, ...], list[dict[str, Any]]] = defaultdict(list)
    for key in keys:
        nulls = tuple(v is None for v in key)
        by_nulls[nulls].append(
            {f"k_{k}": v for k, v in zip(schema.GROUP_KEY, key, strict=True) if v is not None}
        )
    if not by_nulls:
        return
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK})
    g = schema.event_groups
    for nulls, params in by_nulls.items():
        # One statement per NULL pattern, run once per key: plain equalities use the key indexes, where
        # a NULL-safe comparison (IS NOT DISTINCT FROM) could not on PostgreSQL.
        conn.execute(delete(g).where(_key_match(g.c, nulls)), params)
        conn.execute(_insert(groups_select(nulls)), params)


def _key_match(cols: Any, nulls: tuple[bool, ...]) -> ColumnElement[bool]:
    return and_(
        *(
            cols[k].is_(None) if null else cols[k] == bindparam(f"k_{k}")
            for k, null in zip(schema.GROUP_KEY, nulls, strict=True)
        )
    )


def _insert(query: Select[Any]) -> Insert:
    return insert(schema.event_groups).from_select([c.name for c in schema.event_groups.c], query)
