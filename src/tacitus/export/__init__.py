"""Exports of the corpus: the GDELT 2.0 event table, typed Parquet, CSV and JSONL."""

from tacitus.export.gdelt import gdelt_columns, gdelt_dtypes, write_gdelt
from tacitus.export.tables import arrow_schema, write_csv, write_jsonl, write_parquet

__all__ = [
    "arrow_schema",
    "gdelt_columns",
    "gdelt_dtypes",
    "write_csv",
    "write_gdelt",
    "write_jsonl",
    "write_parquet",
]
