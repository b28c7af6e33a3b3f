"""GDELT Actor1Geo/Actor2Geo: the places tied to the source and target, stored, exported, upgraded."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tacitus.export import write_gdelt, write_jsonl
from tacitus.model import Document, Place
from tacitus.store import Store, migrations, schema
from tacitus.store.samples import coded_doc

LAGOS = Place("Lagos", "NGA", "city", 6.45407, 3.39467, 2332459)
CHAD = Place("Chad", "TCD", "country", None, None, 2434508)


def _with_actor_places(doc: Document) -> Document:
    events = tuple(replace(e, source_location=LAGOS, target_location=CHAD) for e in doc.events)
    return replace(doc, events=events)


def _gdelt_fields(store: Store, tmp_path: Path) -> list[str]:
    out = tmp_path / "g.tsv"
    assert write_gdelt(store, out) == 1
    return out.read_text().splitlines()[0].split("\t")


def test_gdelt_actor_geo_columns_are_filled_like_action_geo(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.db")
    store.add_documents([_with_actor_places(coded_doc([("NGAGOV", "043", "TCD")], when=date(2026, 5, 1)))])
    row = _gdelt_fields(store, tmp_path)
    assert row[35:43] == ["4", "Lagos, Nigeria", "NI", "NI05", "", "6.4541", "3.3947", "2332459"]
    assert row[43:51] == ["1", "Chad", "CD", "CD", "", "", "", "CD"]
    assert row[51] == "4" and row[52].startswith("Kharkiv")  # ActionGeo unchanged


def test_gdelt_actor_geo_is_type_zero_without_a_place(tmp_path: Path) -> None:
    store = Store(tmp_path / "b.db")
    store.add_documents([coded_doc([("NGAGOV", "043", "TCD")])])
    row = _gdelt_fields(store, tmp_path)
    assert row[35:51] == ["0", "", "", "", "", "", "", ""] * 2


def test_jsonl_event_export_carries_actor_places(tmp_path: Path) -> None:
    import json

    store = Store(tmp_path / "c.db")
    store.add_documents([_with_actor_places(coded_doc([("NGAGOV", "043", "TCD")]))])
    out = tmp_path / "e.jsonl"
    write_jsonl(store, out)
    rec = json.loads(out.read_text().splitlines()[0])
    assert rec["source_location"]["name"] == "Lagos" and rec["source_location"]["geonames_id"] == 2332459
    assert rec["target_location"]["feature"] == "country" and rec["location"]["name"] == "Kharkiv"


def test_database_from_before_actor_places_is_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:4])
        Store(path).engine.dispose()
    with sqlite3.connect(path) as conn:  # the events table as it was before migration 0005
        conn.execute("DROP VIEW event_groups")
        for col in [c.name for c in schema.events.columns if c.name.startswith(schema.ACTOR_PLACE_PREFIXES)]:
            conn.execute(f"ALTER TABLE events DROP COLUMN {col}")
        conn.execute(schema.EVENT_GROUPS_VIEW_V2)
    store = Store(path)
    assert "0005_actor_places" in store.migrations()
    store.add_documents([_with_actor_places(coded_doc([("NGAGOV", "043", "TCD")]))])
    assert _gdelt_fields(store, tmp_path)[36] == "Lagos, Nigeria"
