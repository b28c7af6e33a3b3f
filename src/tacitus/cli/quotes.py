"""`tacitus quotes PATH|-`: list the quotations in articles (speaker, cue, content, type, spans)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from tacitus.cli.app import app
from tacitus.cli.common import make_settings, parse_date, report_failure
from tacitus.model import Document, Quote
from tacitus.pipeline import Failure, Pipeline
from tacitus.readers import read_paths
from tacitus.serialize import quote_record


class QuoteFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"


@app.command("quotes")
def quotes_command(
    paths: list[str] = typer.Argument(
        ..., help="Files, directories, JSONL files, HTML pages, or - for stdin."
    ),
    fmt: QuoteFormat = typer.Option(QuoteFormat.table, "--format", "-f", help="Output format."),
    date: str | None = typer.Option(None, "--date", help="Publication date for inputs that carry none."),
    actors: list[Path] | None = typer.Option(None, "--actors", help="Extra actor dictionary."),
) -> None:
    """List who said what: direct, indirect and mixed quotations with their speakers."""
    settings = make_settings(actors, stages=("nlp", "actors", "quotes"))
    pipeline = Pipeline(settings)
    failures = 0
    console = Console()
    for result in pipeline.run(read_paths(paths, pipeline.settings, parse_date(date))):
        if isinstance(result, Failure):
            failures += 1
            report_failure(result)
        elif fmt is QuoteFormat.jsonl:
            for q in result.quotes:
                sys.stdout.write(json.dumps(quote_record(result, q), ensure_ascii=False) + "\n")
        else:
            console.print(quote_table(result))
    if failures:
        raise typer.Exit(1)


def quote_table(doc: Document) -> Table:
    """A rich table of one document's quotations."""
    table = Table(title=f"{doc.id} — {len(doc.quotes)} quotes")
    for col in ("speaker", "actor", "cue", "type", "content", "span"):
        table.add_column(col, overflow="fold")
    for q in doc.quotes:
        table.add_row(
            q.speaker_text.text if q.speaker_text else "?",
            _actor(q),
            q.cue.text if q.cue else "",
            q.kind,
            _short(q.content.text),
            f"{q.content.start}-{q.content.end}",
        )
    return table


def _actor(q: Quote) -> str:
    if q.speaker is None:
        return ""
    return q.speaker.actor.code or f"({q.speaker.text})"


def _short(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
