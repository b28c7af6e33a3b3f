"""`tacitus code PATH|-`: code articles and print their events (table, jsonl, json or csv)."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from tacitus.cli.app import app
from tacitus.cli.common import make_settings, parse_date, report_failure
from tacitus.model import Document
from tacitus.pipeline import Failure, Pipeline
from tacitus.readers import read_paths
from tacitus.serialize import event_record, records


class Format(StrEnum):
    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


CSV_COLUMNS = [
    "doc_id",
    "date",
    "source_code",
    "source_text",
    "cameo",
    "cameo_name",
    "plover",
    "goldstein",
    "quad_class",
    "target_code",
    "target_text",
    "reported_by",
    "negated",
    "confidence",
    "trigger",
    "trigger_start",
    "trigger_end",
    "sentence",
    "rule",
]


@app.command("code")
def code_command(
    paths: list[str] = typer.Argument(
        ..., help="Files, directories, JSONL files, HTML pages, or - for stdin."
    ),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="Output format."),
    date: str | None = typer.Option(None, "--date", help="Publication date for inputs that carry none."),
    actors: list[Path] | None = typer.Option(
        None, "--actors", help="Extra actor dictionary (YAML/CSV/PETRARCH)."
    ),
    all_records: bool = typer.Option(False, "--all", help="jsonl/json: also emit actor and quote records."),
) -> None:
    """Code articles into events (and, with --all, actors and quotes)."""
    pipeline = Pipeline(make_settings(actors))
    failures = 0
    docs: list[Document] = []
    kinds = frozenset({"document", "actor", "quote", "event"}) if all_records else frozenset({"event"})
    for result in pipeline.run(read_paths(paths, pipeline.settings, parse_date(date))):
        if isinstance(result, Failure):
            failures += 1
            report_failure(result)
            continue
        if fmt is Format.jsonl:
            for rec in records(result, kinds):
                sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
        else:
            docs.append(result)
    if fmt is Format.json:
        out = [rec for d in docs for rec in records(d, kinds)]
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    elif fmt is Format.csv:
        _write_csv(docs)
    elif fmt is Format.table:
        _print_table(docs)
    if failures:
        raise typer.Exit(1)


def _flat(doc: Document) -> list[dict[str, Any]]:
    rows = []
    for e in doc.events:
        r = event_record(doc, e)
        rows.append(
            {
                "doc_id": r["doc_id"],
                "date": r["date"],
                "source_code": r["source"]["code"],
                "source_text": r["source"]["text"],
                "cameo": r["cameo"],
                "cameo_name": r["cameo_name"],
                "plover": r["plover"],
                "goldstein": r["goldstein"],
                "quad_class": r["quad_class"],
                "target_code": r["target"]["code"] if r["target"] else None,
                "target_text": r["target"]["text"] if r["target"] else None,
                "reported_by": r["reported_by"]["code"] if r["reported_by"] else None,
                "negated": r["negated"],
                "confidence": r["confidence"],
                "trigger": r["trigger"]["text"],
                "trigger_start": r["trigger"]["start"],
                "trigger_end": r["trigger"]["end"],
                "sentence": r["sentence"],
                "rule": r["rule"],
            }
        )
    return rows


def _write_csv(docs: list[Document]) -> None:
    w = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS)
    w.writeheader()
    for d in docs:
        w.writerows(_flat(d))


def _print_table(docs: list[Document]) -> None:
    console = Console()
    for d in docs:
        table = Table(title=f"{d.id}  ({d.date or 'no date'}) — {len(d.events)} events", show_lines=False)
        for col in ("source", "event", "target", "goldstein", "said by", "trigger"):
            table.add_column(col)
        for r in _flat(d):
            event = f"{r['cameo']} {r['cameo_name']}" + (f" / {r['plover']}" if r["plover"] else "")
            if r["negated"]:
                event = "NOT " + event
            table.add_row(
                f"{r['source_code'] or '?'} ({r['source_text']})",
                event,
                f"{r['target_code'] or '?'} ({r['target_text'] or 'implicit'})" if r["target_code"] else "—",
                f"{r['goldstein']:+.1f}",
                r["reported_by"] or "",
                r["trigger"],
            )
        console.print(table)
