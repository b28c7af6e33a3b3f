"""Store: writing coded documents, reading events/documents back, filters, dedup, migrations."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tacitus.errors import ConfigError, StoreError
from tacitus.store import EventFilter, Store
from tacitus.store.samples import coded_doc


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    url = str(tmp_path / "t.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    s = Store(url)
    s.add_documents(
        [
            coded_doc(
                [("CHNGOV", "051", "RUS"), ("USA", "163", "RUS"), ("CHNGOV", "051", "RUS")], source="A"
            ),
            coded_doc([("CHN", "051", "RUS"), ("RUSMIL", "190", "UKR")], source="B"),
            coded_doc([("CHNGOV", "051", "RUS")], source="C", negated={0}),
        ]
    )
    return s


def test_store_records_named_migrations(tmp_path: Path) -> None:
    s = Store(tmp_path / "m.db")
    assert s.migrations()[:2] == ["0001_initial", "0002_event_groups_view"]
    Store(tmp_path / "m.db")  # re-opening applies nothing twice
    assert len(Store(tmp_path / "m.db").migrations()) == len(set(s.migrations()))


def test_add_documents_skips_documents_already_stored(store: Store) -> None:
    again = store.add_documents([coded_doc([("CHN", "051", "RUS"), ("RUSMIL", "190", "UKR")], source="B")])
    assert (again.added, again.skipped) == (0, 1)
    assert store.counts()["documents"] == 3


def test_same_doc_id_with_different_text_gets_a_unique_id(tmp_path: Path) -> None:
    s = Store(tmp_path / "d.db")
    s.add_documents(
        [coded_doc([("CHN", "051", "RUS")], doc_id="x"), coded_doc([("USA", "190", "RUS")], doc_id="x")]
    )
    ids = sorted(d["doc_id"] for d in s.documents())
    assert ids[0] == "x" and ids[1].startswith("x-")


def test_events_round_trip_the_output_contract(store: Store) -> None:
    ev = store.events(limit=1)[0]
    assert ev["source"]["code"] == "CHNGOV" and ev["target"]["code"] == "RUS"
    assert ev["cameo"] == "051" and ev["cameo_root"] == "05" and ev["quad_class"] == 1
    doc = store.document(ev["doc_id"])
    assert doc is not None
    assert doc["text"][ev["trigger"]["start"] : ev["trigger"]["end"]] == ev["trigger"]["text"]
    assert ev["location"]["name"] == "Kharkiv" and ev["date"] == "2026-03-02"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, 6),
        ({"actor": "CHN"}, 4),
        ({"actor": "ukr"}, 1),
        ({"source": "RUS"}, 1),
        ({"dyad": "CHN-RUS"}, 4),
        ({"dyad": ("RUS", "CHN")}, 0),
        ({"cameo": "19"}, 1),
        ({"root": "16"}, 1),
        ({"quad_class": 4}, 2),
        ({"plover": "support"}, 4),
        ({"negated": True}, 1),
        ({"date_from": "2026-03-03"}, 0),
        ({"date_to": date(2026, 3, 2)}, 6),
        ({"text": "DID 190"}, 1),
    ],
)
def test_event_filters_select_matching_occurrences(
    store: Store, filters: dict[str, object], expected: int
) -> None:
    assert store.count_events(**filters) == expected
    assert len(store.events(limit=None, **filters)) == expected


def test_filter_object_and_keywords_combine(store: Store) -> None:
    assert store.count_events(EventFilter(actor="CHN"), quad_class=4) == 0


def test_unknown_filter_is_a_config_error(store: Store) -> None:
    with pytest.raises(ConfigError):
        store.count_events(colour="red")


def test_pagination_is_stable(store: Store) -> None:
    ids = [e["id"] for e in store.events(limit=None)]
    assert [e["id"] for e in store.events(limit=2, offset=2)] == ids[2:4]


def test_event_groups_count_mentions_sources_and_articles(store: Store) -> None:
    groups = {(g["source_code"], g["target_code"], g["cameo"]): g for g in store.event_groups(limit=None)}
    g = groups[("CHNGOV", "RUS", "051")]
    # two sentences of doc A; the negated occurrence in doc C does not count
    assert (g["num_mentions"], g["num_sources"], g["num_articles"]) == (2, 1, 1)
    assert store.count_event_groups() == 4


def test_document_returns_text_mentions_quotes_and_events(store: Store) -> None:
    first = store.documents(limit=None)[-1]
    doc = store.document(first["id"])
    assert doc is not None
    assert len(doc["mentions"]) == 2 * len(doc["events"]) and doc["quotes"]
    assert store.document("no-such-doc") is None


def test_unreachable_directory_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        Store(tmp_path / "missing" / "x.db")


def test_store_that_cannot_migrate_disposes_its_engine(tmp_path: Path) -> None:
    from unittest import mock

    from sqlalchemy import Engine

    bad = tmp_path / "not-a-db.sqlite"
    bad.write_bytes(b"this is not an SQLite database file" * 100)
    with mock.patch.object(Engine, "dispose", autospec=True) as dispose, pytest.raises(StoreError):
        Store(bad)
    assert dispose.call_count == 1


@pytest.mark.parametrize(
    "url", ["postgresql+nodriver://u:s3cret@h/db", "postgresql://u:s3cret@h:notaport/db"]
)
def test_unusable_url_is_a_store_error_that_hides_the_password(url: str) -> None:
    with pytest.raises(StoreError) as info:
        Store(url)
    assert "s3cret" not in str(info.value)
    assert "u:" in str(info.value)


@pytest.mark.parametrize("needle", ["%", "_", "R_S", "did%to"])
def test_text_search_treats_like_wildcards_literally(store: Store, needle: str) -> None:
    assert store.count_events(EventFilter(text=needle)) == 0
    assert store.documents(text=needle) == []


def test_text_search_still_finds_substrings_case_insensitively(store: Store) -> None:
    assert store.count_events(EventFilter(text="did 190")) == 1
    assert len(store.documents(text="did 190")) == 1
