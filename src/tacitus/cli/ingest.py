"""`tacitus ingest PATH... --db URL`: code articles and store them (streaming, resumable, parallel)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from tacitus.cli.app import app
from tacitus.cli.common import make_settings, parse_date, report_failure
from tacitus.store import IngestStats, Store
from tacitus.store.ingest import count_inputs, default_error_path, ingest

DEFAULT_DB = "tacitus.db"


@app.command("ingest")
def ingest_command(
    paths: list[str] = typer.Argument(
        ..., help="Files, directories, JSONL files, HTML pages, or - for stdin."
    ),
    db: str = typer.Option(DEFAULT_DB, "--db", help="SQLite file, sqlite:///... or postgresql://... URL."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes (each loads the model)."),
    date: str | None = typer.Option(None, "--date", help="Publication date for inputs that carry none."),
    actors: list[Path] | None = typer.Option(None, "--actors", help="Extra actor dictionary (YAML/CSV)."),
    errors: Path | None = typer.Option(
        None, "--errors", help="Per-article error log (JSONL); default: next to the SQLite file."
    ),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles per batch and transaction."),
) -> None:
    """Code articles and store documents, mentions, quotes and events; re-running skips stored articles."""
    settings = make_settings(actors, batch_size=batch_size)
    console = Console(stderr=True)
    with Store(db) as store:
        error_path = errors or default_error_path(store)
        total = count_inputs(paths)
        progress = Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[rate]} art/s"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=console,
            disable=not console.is_terminal,
            transient=False,
        )
        with progress:
            task = progress.add_task("ingest", total=total, rate="-")

            def advance(n: int, _stats: IngestStats) -> None:
                progress.advance(task, n)
                speed = progress.tasks[0].speed
                progress.update(task, rate=f"{speed:.1f}" if speed else "-")

            stats = ingest(
                store,
                paths,
                settings,
                workers=workers,
                default_date=parse_date(date),
                error_path=error_path,
                on_failure=report_failure,
                on_progress=advance,
            )
        counts = store.counts()
    _summary(stats, counts, error_path)
    if stats.failed:
        raise typer.Exit(1)


def _summary(stats: IngestStats, counts: dict[str, int], error_path: Path) -> None:
    line = (
        f"tacitus: ingested {stats.added} articles ({stats.events} events, {stats.quotes} quotes, "
        f"{stats.mentions} mentions); skipped {stats.skipped} already stored; failed {stats.failed}"
    )
    print(line, file=sys.stderr)
    print(
        f"tacitus: database holds {counts['documents']} documents, {counts['events']} events "
        f"({counts['event_groups']} after dedup)",
        file=sys.stderr,
    )
    if stats.failed:
        print(f"tacitus: failures logged to {os.fspath(error_path)}", file=sys.stderr)
