"""Distributed output schemas come from the store's tables; rows fill every column (no Spark needed)."""

from __future__ import annotations

from datetime import date

import pyarrow as pa
import pytest

from tacitus.distributed.partitions import document_rows, stable_id
from tacitus.distributed.schema import DATASETS, coded_schema, dataset_schemas, spark_schema
from tacitus.export import arrow_schema
from tacitus.store import schema as db
from tacitus.store.samples import coded_doc


@pytest.mark.parametrize("name", ["events", "groups"])
def test_events_and_groups_schemas_are_the_parquet_export_schemas(name: str) -> None:
    assert dataset_schemas()[name].equals(arrow_schema(name))


@pytest.mark.parametrize("name,table", [("mentions", db.mentions), ("quotes", db.quotes)])
def test_mentions_and_quotes_schemas_are_the_stored_columns_plus_doc_id(name: str, table: object) -> None:
    assert dataset_schemas()[name].names == [c.name for c in table.c] + ["doc_id"]  # type: ignore[attr-defined]


def test_documents_schema_leaves_out_text_and_ingestion_time() -> None:
    names = dataset_schemas()["documents"].names
    assert "text" not in names and "ingested_at" not in names
    assert {"id", "doc_id", "content_hash", "date", "tone", "n_sentences"} <= set(names)


def test_coded_rows_fill_every_column_of_every_dataset() -> None:
    doc = coded_doc([("CHNGOV", "051", "RUS"), ("USAMIL", "190", "RUS")], when=date(2026, 3, 2))
    row = document_rows(doc)
    schemas = dataset_schemas()
    assert set(row["document"]) == set(schemas["documents"].names)
    for name in ("mentions", "quotes", "events"):
        assert row[name], name
        for rec in row[name]:
            assert set(rec) == set(schemas[name].names), name
    # The row converts to the declared Arrow types without loss.
    batch = pa.RecordBatch.from_pylist([row], schema=coded_schema())
    events = batch.column("events").to_pylist()[0]
    assert [e["cameo"] for e in events] == ["051", "190"]
    assert events[0]["date"] == date(2026, 3, 2) and events[0]["doc_id"] == doc.id


def test_ids_are_derived_from_the_content_and_shared_by_an_articles_records() -> None:
    doc = coded_doc([("CHNGOV", "051", "RUS")])
    first, again = document_rows(doc), document_rows(doc)
    pk = first["document"]["id"]
    assert pk == again["document"]["id"] == stable_id(doc.content_hash)
    assert {e["document_id"] for e in first["events"]} == {pk}
    assert {m["document_id"] for m in first["mentions"]} == {pk}
    ids = [m["id"] for m in first["mentions"]] + [e["id"] for e in first["events"]]
    assert len(set(ids)) == len(ids) and all(0 <= i < 2**63 for i in ids)
    other = coded_doc([("CHNGOV", "051", "USA")])
    assert document_rows(other)["document"]["id"] != pk


def test_dataset_names_are_the_coded_columns() -> None:
    coded = set(coded_schema().names)
    assert coded == {"document", "error", "mentions", "quotes", "events"}
    assert set(DATASETS) == set(dataset_schemas())


def test_spark_schema_keeps_names_order_and_types() -> None:
    st = pytest.importorskip("pyspark.sql.types")
    spark = spark_schema(coded_schema())
    assert spark.fieldNames() == coded_schema().names
    events = spark["events"].dataType.elementType
    assert events.fieldNames() == arrow_schema("events").names
    assert isinstance(events["date"].dataType, st.DateType)
    assert isinstance(events["goldstein"].dataType, st.DoubleType)
    assert isinstance(events["negated"].dataType, st.BooleanType)
    assert isinstance(events["quad_class"].dataType, st.LongType)


def test_missing_java_is_a_config_error_naming_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    from tacitus.distributed.spark import require_java
    from tacitus.errors import ConfigError

    monkeypatch.setenv("PATH", "")
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with pytest.raises(ConfigError, match="openjdk-17-jre-headless"):
        require_java()


def test_missing_pyspark_is_a_config_error_naming_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from tacitus.distributed.spark import require_pyspark
    from tacitus.errors import ConfigError

    monkeypatch.setitem(sys.modules, "pyspark", None)
    with pytest.raises(ConfigError, match=r"tacitus\[spark\]"):
        require_pyspark()
