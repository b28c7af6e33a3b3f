"""Helpers shared by the analyses: which table to read (deduplicated events or occurrences)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Table, and_, true

from tacitus.store import schema


def event_source(dedup: bool) -> tuple[Table, ColumnElement[bool]]:
    """The table to count from and the condition for countable rows (negated events never count)."""
    if dedup:
        return schema.event_groups_view(), true()
    e = schema.events
    return e, and_(e.c.negated.is_(False))
