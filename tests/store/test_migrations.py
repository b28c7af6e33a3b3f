"""Migrations upgrade databases written by earlier releases, on SQLite and on PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text

from tacitus.model import Document, Place
from tacitus.store import Store, groups, migrations, schema
from tacitus.store.samples import coded_doc

from . import groups_data

LAGOS = Place("Lagos", "NGA", "city", 6.45407, 3.39467, 2332459)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return str(tmp_path / "old.db") if request.param == "sqlite" else str(request.getfixturevalue("pg_url"))


def _with_source_place(doc: Document) -> Document:
    return replace(doc, events=tuple(replace(e, source_location=LAGOS) for e in doc.events))


def _release(
    url: str, monkeypatch: pytest.MonkeyPatch, applied: int, ddl: list[str], *batches: list[Document]
) -> None:
    """Write a database as a release that knew only the first `applied` migrations left it."""
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:applied])
        if applied < 6:  # releases before 0006 had a view, not a table kept up to date on write
            m.setattr(groups, "refresh", lambda *_: None)
        old = Store(url)
        for batch in batches or ([coded_doc([("CHNGOV", "051", "RUS")], source="A")],):
            old.add_documents(batch)
    with old.engine.begin() as conn:  # 0001 builds today's tables: take back what later migrations add
        for statement in ddl:
            conn.execute(text(statement))
    old.engine.dispose()


def _actor_place_columns() -> list[str]:
    return [c.name for c in schema.events.columns if c.name.startswith(schema.ACTOR_PLACE_PREFIXES)]


def test_database_without_actor_places_gains_them_and_keeps_its_events(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    drops = [f"ALTER TABLE events DROP COLUMN {col}" for col in _actor_place_columns()]
    _release(url, monkeypatch, 4, ["DROP VIEW event_groups", *drops, schema.EVENT_GROUPS_VIEW_V2])
    store = Store(url)
    assert store.migrations()[-2:] == ["0005_actor_places", "0006_event_groups_table"]
    assert set(_actor_place_columns()) <= {c["name"] for c in inspect(store.engine).get_columns("events")}
    store.add_documents([_with_source_place(coded_doc([("USA", "163", "RUS")], source="B"))])
    events = store.events()
    assert sorted(e["cameo"] for e in events) == ["051", "163"]
    placed = [e for e in events if e["cameo"] == "163"]
    assert placed[0]["source_location"]["name"] == "Lagos"
    groups = {g["cameo"]: g for g in store.event_groups()}
    assert groups["163"]["source_loc_name"] == "Lagos" and groups["051"]["source_loc_name"] is None


def test_database_without_document_tone_is_upgraded_through_every_later_migration(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    drops = [f"ALTER TABLE events DROP COLUMN {col}" for col in _actor_place_columns()]
    tone = "ALTER TABLE documents DROP COLUMN tone"
    ddl = ["DROP VIEW event_groups", *drops, tone, schema.EVENT_GROUPS_VIEW]
    _release(url, monkeypatch, 2, ddl)
    store = Store(url)
    assert store.migrations() == [name for name, _ in migrations.MIGRATIONS]
    assert "tone" in {c["name"] for c in inspect(store.engine).get_columns("documents")}
    assert [g["cameo"] for g in store.event_groups()] == ["051"]


def test_reopening_an_upgraded_database_applies_nothing(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _release(url, monkeypatch, 4, [])
    assert migrations.migrate(Store(url).engine) == []


def _without_first_added(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in r.items() if k != "first_added"} for r in rows]


def test_database_with_the_dedup_view_gets_a_table_with_the_same_groups_as_a_new_database(
    url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _release(url, monkeypatch, 5, [], *groups_data.batches())
    with Store(url).engine.connect() as conn:  # still the view: what that release showed
        shown = [dict(r._mapping) for r in conn.execute(text("SELECT * FROM event_groups ORDER BY id"))]
    store = Store(url)
    assert store.migrations()[-1] == "0006_event_groups_table"
    assert inspect(store.engine).get_view_names() == []
    upgraded = groups_data.table_rows(store)
    assert upgraded == groups_data.view_rows(store) and len(upgraded) == len(shown) > 5
    assert [r["id"] for r in upgraded] == [r["id"] for r in shown]
    fresh = Store(tmp_path / "fresh.db")
    for batch in groups_data.batches():
        fresh.add_documents(batch)
    assert _without_first_added(groups_data.table_rows(fresh)) == _without_first_added(upgraded)


def test_upgraded_database_keeps_its_groups_up_to_date_on_later_writes(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, *later = groups_data.batches()
    _release(url, monkeypatch, 5, [], first)
    store = Store(url)
    for batch in later:
        store.add_documents(batch)
    assert groups_data.table_rows(store) == groups_data.view_rows(store)
