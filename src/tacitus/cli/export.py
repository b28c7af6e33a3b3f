"""`tacitus export --db URL --format gdelt|parquet|csv|jsonl --out FILE`: export the corpus events."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

import typer

from tacitus.cli.app import app
from tacitus.export import write_csv, write_gdelt, write_jsonl, write_parquet
from tacitus.store import Store


class ExportFormat(StrEnum):
    gdelt = "gdelt"
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


class ExportTable(StrEnum):
    events = "events"
    groups = "groups"


@app.command("export")
def export_command(
    db: str = typer.Option("tacitus.db", "--db", help="SQLite file, sqlite:///... or postgresql://... URL."),
    fmt: ExportFormat = typer.Option(ExportFormat.gdelt, "--format", "-f", help="Output format."),
    out: Path = typer.Option(..., "--out", "-o", help="Output file."),
    table: ExportTable = typer.Option(
        ExportTable.events,
        "--table",
        help="parquet/csv/jsonl: event occurrences (events) or deduplicated events (groups). "
        "gdelt is always deduplicated.",
    ),
    header: bool = typer.Option(
        False, "--header", help="gdelt: write a header row (real GDELT files have none)."
    ),
) -> None:
    """Export events: the GDELT 2.0 event table (61 columns, tab-separated), Parquet, CSV or JSONL."""
    with Store(db) as store:
        if fmt is ExportFormat.gdelt:
            n = write_gdelt(store, out, header=header)
        elif fmt is ExportFormat.parquet:
            n = write_parquet(store, out, table.value)
        elif fmt is ExportFormat.csv:
            n = write_csv(store, out, table.value)
        else:
            n = write_jsonl(store, out, table.value)
    print(f"tacitus: wrote {n} rows to {out}", file=sys.stderr)
