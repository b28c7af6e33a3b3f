"""Write batches for the event-group tests, and the groups as the table and as the old view show them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import select, text

from tacitus.model import Document
from tacitus.store import Store, schema
from tacitus.store.samples import coded_doc

D2 = date(2026, 3, 3)
CHN_RUS = ("CHNGOV", "051", "RUS")


def _doc(triples: list[tuple[str, str, str]], tone: float | None, **kw: Any) -> Document:
    return replace(coded_doc(triples, **kw), tone=tone)


def _undated(doc: Document) -> Document:
    return replace(doc, date=None, events=tuple(replace(e, date=None) for e in doc.events))


def batches() -> list[list[Document]]:
    """Several write batches: repeated keys across batches, sources, tones (some NULL), NULL codes and dates,
    negated events, and events of one key from the first sentence of some articles but not others."""
    return [
        [
            _doc(
                [("CHNGOV", "051", "RUS"), ("USA", "163", "RUS"), ("CHNGOV", "051", "RUS")], 2.5, source="A"
            ),
            _doc([("USA", "163", "RUS"), ("CHNGOV", "051", "RUS")], -3.25, source="B"),
            _doc([("CHNGOV", "051", "RUS")], None, source=None, negated={0}),
        ],
        [
            _doc([("RUSMIL", "190", "UKR"), ("CHNGOV", "051", "RUS")], 1.0, source="A"),
            _doc([("", "190", "UKR"), ("RUSMIL", "190", "")], 0.3, source=None),
            _undated(_doc([("RUSMIL", "190", "UKR"), ("", "190", "")], -7.0, source="C")),
        ],
        [
            _doc(
                [("CHNGOV", "051", "RUS"), ("", "190", "UKR"), ("FRA", "042", "USA")],
                None,
                source="C",
                negated={1},
            ),
            _undated(_doc([("", "190", ""), ("RUSMIL", "190", "UKR")], 4.75, source="A")),
            _doc([("USA", "163", "RUS")], 0.1, source="B", when=D2),
        ],
    ]


def table_rows(store: Store) -> list[dict[str, Any]]:
    g = schema.event_groups
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(g).order_by(g.c.id))]


def view_rows(store: Store) -> list[dict[str, Any]]:
    """What the old dedup view (EVENT_GROUPS_VIEW_V3, dropped by migration 0006) selects, typed alike."""
    q = text(schema.EVENT_GROUPS_SELECT + " ORDER BY id").columns(*schema.event_groups.c)
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]
