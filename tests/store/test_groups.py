"""The `event_groups` table holds exactly what the old dedup view computed, on every write path."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, select
from sqlalchemy.exc import SQLAlchemyError

from tacitus.errors import StoreError
from tacitus.store import Store, groups, schema
from tacitus.store.samples import coded_doc

from .groups_data import batches, table_rows, view_rows


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return str(tmp_path / "g.db") if request.param == "sqlite" else str(request.getfixturevalue("pg_url"))


def test_groups_written_batch_by_batch_equal_the_old_view(url: str) -> None:
    store = Store(url)
    for batch in batches():
        store.add_documents(batch)
        assert table_rows(store) == view_rows(store)
    got = table_rows(store)
    assert [r["id"] for r in got] == sorted(r["id"] for r in got)
    assert any(r["source_code"] is None for r in got) and any(r["date"] is None for r in got)
    assert any(r["num_sources"] > 1 for r in got) and any(r["avg_tone"] is None for r in got)
    assert {r["is_root"] for r in got} == {0, 1}


def test_store_reads_of_groups_follow_the_table(url: str) -> None:
    store = Store(url)
    for batch in batches():
        store.add_documents(batch)
    expected = [r for r in view_rows(store) if r["source_code"] == "CHNGOV"]
    got = store.event_groups(actor="CHNGOV", limit=None)
    assert [g["id"] for g in got] == [r["id"] for r in expected]
    assert got[0]["num_mentions"] == expected[0]["num_mentions"] == 5
    assert store.count_event_groups() == len(view_rows(store)) == store.counts()["event_groups"]
    assert store.count_event_groups(root="19") == sum(r["cameo_root"] == "19" for r in view_rows(store))


def test_re_ingesting_the_same_articles_leaves_groups_unchanged(url: str) -> None:
    store = Store(url)
    for batch in batches():
        store.add_documents(batch)
    before = table_rows(store)
    again = store.add_documents([d for batch in batches() for d in batch])
    assert again.added == 0 and table_rows(store) == before


def test_a_failed_write_keeps_events_and_groups_together(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(tmp_path / "f.db")
    store.add_documents(batches()[0])
    before = (table_rows(store), store.count_events())
    real = groups.refresh

    def refresh_then_fail(conn: Connection, keys: Any) -> None:
        real(conn, keys)
        raise SQLAlchemyError("disk full")

    monkeypatch.setattr(groups, "refresh", refresh_then_fail)
    with pytest.raises(StoreError):
        store.add_documents(batches()[1])
    assert (table_rows(store), store.count_events()) == before == (view_rows(store), before[1])


def test_rebuild_recomputes_groups_after_events_are_deleted_by_hand(url: str) -> None:
    store = Store(url)
    for batch in batches():
        store.add_documents(batch)
    with store.engine.begin() as conn:  # events go with their documents (ON DELETE CASCADE)
        conn.execute(schema.documents.delete().where(schema.documents.c.source == "A"))
    assert table_rows(store) != view_rows(store)
    assert store.rebuild_event_groups() == len(view_rows(store))
    assert table_rows(store) == view_rows(store)


def test_refreshing_the_keys_of_deleted_events_fixes_or_drops_their_groups(url: str) -> None:
    """What a delete path must do: the groups lose counts, change first event, or disappear."""
    store = Store(url)
    for batch in batches():
        store.add_documents(batch)
    before = {r["id"] for r in table_rows(store)}
    e = schema.events
    with store.engine.begin() as conn:
        gone = select(schema.documents.c.id).where(schema.documents.c.source.in_(["A", "C"]))
        rows = [dict(r._mapping) for r in conn.execute(select(e).where(e.c.document_id.in_(gone)))]
        conn.execute(schema.documents.delete().where(schema.documents.c.id.in_(gone)))
        groups.refresh(conn, groups.group_keys(rows))
    after = table_rows(store)
    assert after == view_rows(store) and store.count_events() > 0
    assert len(after) < len(before) and any(r["id"] not in before for r in after)


@pytest.mark.postgres
def test_concurrent_writers_of_the_same_groups_leave_them_exact(pg_url: str) -> None:
    """Two PostgreSQL writers adding events of the same keys at once (the refresh takes a lock)."""
    stores = [Store(pg_url), Store(pg_url)]
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def writer(store: Store, source: str) -> None:
        start.wait()
        try:
            for i in range(15):
                store.add_documents(
                    [
                        coded_doc(
                            # the third event makes every text (and content hash) unique
                            [
                                ("CHNGOV", "051", "RUS"),
                                ("USA", f"0{40 + i % 3}", "RUS"),
                                ("FRA", "042", f"{source}{i}"),
                            ],
                            source=f"{source}{i}",
                        )
                    ]
                )
        except BaseException as e:  # reported below: a thread's exception would be lost
            errors.append(e)

    threads = [threading.Thread(target=writer, args=(s, name)) for s, name in zip(stores, "XY", strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    got = table_rows(stores[0])
    assert got == view_rows(stores[0]) and got[0]["num_mentions"] == 30
