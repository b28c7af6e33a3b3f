"""Schemas of the distributed outputs, derived from the store's tables (the same types as the Parquet export).

`events` and `groups` (deduplicated events) are exactly the Parquet export's schemas (`tacitus export
--format parquet [--table groups]`); `mentions`, `quotes` and `documents` are the stored tables' columns
plus the article's `doc_id`. Spark types are
converted from these Arrow schemas, so there is one source of truth: `tacitus.store.schema`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pyarrow as pa

from tacitus.errors import ConfigError
from tacitus.export.tables import arrow_schema, columns_schema
from tacitus.store import schema as db

# Parquet datasets written by `tacitus spark`, in writing order.
DATASETS = ("documents", "mentions", "quotes", "events", "groups", "errors")
# Stored only in the database: the article text is the input, the ingestion time has no meaning here.
DOCUMENT_SKIP = frozenset({"text", "ingested_at"})

ERRORS = pa.schema(
    [
        pa.field("doc_id", pa.string()),
        pa.field("origin", pa.string()),
        pa.field("stage", pa.string()),
        pa.field("message", pa.string()),
    ]
)

# GDELT 2.0 event table lines (tab-separated), one per deduplicated event.
GDELT_LINES = pa.schema([pa.field("value", pa.string())])

# Articles between the read and the code step: a readable document, or a read error (`error` set).
ARTICLES = pa.schema(
    [
        pa.field("doc_id", pa.string()),
        pa.field("content_hash", pa.string()),
        pa.field("text", pa.string()),
        pa.field("title", pa.string()),
        pa.field("url", pa.string()),
        pa.field("source", pa.string()),
        pa.field("date", pa.date32()),
        pa.field("origin", pa.string()),
        pa.field("error", pa.string()),
    ]
)


@lru_cache(maxsize=1)
def dataset_schemas() -> dict[str, pa.Schema]:
    """The Arrow schema of each output dataset, by name (see `DATASETS`)."""
    doc_id = db.documents.c.doc_id
    return {
        "documents": columns_schema(c for c in db.documents.c if c.name not in DOCUMENT_SKIP),
        "mentions": columns_schema([*db.mentions.c, doc_id]),
        "quotes": columns_schema([*db.quotes.c, doc_id]),
        "events": arrow_schema("events"),
        "groups": arrow_schema("groups"),
        "errors": ERRORS,
    }


@lru_cache(maxsize=1)
def coded_schema() -> pa.Schema:
    """One row per article: its document (or error) and lists of its mentions, quotes and events."""
    s = dataset_schemas()
    return pa.schema(
        [
            pa.field("document", pa.struct(list(s["documents"]))),
            pa.field("error", pa.struct(list(s["errors"]))),
            *(
                pa.field(name, pa.list_(pa.struct(list(s[name]))))
                for name in ("mentions", "quotes", "events")
            ),
        ]
    )


def spark_type(t: pa.DataType) -> Any:
    """The Spark SQL type for an Arrow type (the few our schemas use); needs pyspark."""
    from pyspark.sql import types as st

    simple = {
        pa.string(): st.StringType(),
        pa.int64(): st.LongType(),
        pa.float64(): st.DoubleType(),
        pa.bool_(): st.BooleanType(),
        pa.date32(): st.DateType(),
    }
    if t in simple:
        return simple[t]
    if pa.types.is_timestamp(t):
        return st.TimestampType() if t.tz else st.TimestampNTZType()
    if pa.types.is_list(t):
        return st.ArrayType(spark_type(t.value_type), containsNull=True)
    if pa.types.is_struct(t):
        return spark_schema(pa.schema(list(t)))
    raise ConfigError(f"no Spark type for Arrow type {t}")


def spark_schema(schema: pa.Schema) -> Any:
    """A Spark `StructType` with the same field names, order and types as an Arrow schema."""
    from pyspark.sql import types as st

    return st.StructType([st.StructField(f.name, spark_type(f.type), nullable=True) for f in schema])
