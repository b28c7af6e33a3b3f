"""`tacitus eval`: score Tacitus against gold files; `--check-floors` gates CI on pinned minimums."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from tacitus.cli.app import app
from tacitus.errors import DataFileError
from tacitus.evaluation.events import error_report
from tacitus.evaluation.suite import EventFileResult, check_floors, evaluate_event_file, load_floors
from tacitus.pipeline import Pipeline
from tacitus.settings import DEFAULT_MODEL, Settings


@app.command("eval")
def eval_command(
    gold: list[Path] = typer.Argument(None, help="Gold JSONL files (format of ../shared/gold/README.md)."),
    actors: bool = typer.Option(
        False, "--actors", help="Also report actor accuracy (country part, full code)."
    ),
    quotes: Path | None = typer.Option(None, "--quotes", help="A brat quote-attribution folder (PolNeAR)."),
    petrarch: Path | None = typer.Option(
        None, "--petrarch", help="Gold folder: code petrarch_unit.jsonl with its own dictionaries."
    ),
    errors: bool = typer.Option(False, "--errors", help="List misses and false positives by root code."),
    min_f1: float | None = typer.Option(None, "--min-f1", help="Exit 1 if a triple F1 falls below this."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    model: str = typer.Option(DEFAULT_MODEL, "--model", help="spaCy pipeline (package name or path)."),
    floors: Path | None = typer.Option(None, "--check-floors", help="Check the floors file (CI gate)."),
    gold_dir: Path | None = typer.Option(None, "--gold-dir", help="Gold folder for --check-floors."),
) -> None:
    """Score coded output against gold files (events, actors, quotes)."""
    pipeline = Pipeline(Settings(model=model))
    if floors is not None:
        _check(floors, gold_dir, pipeline)
        return
    if not gold and quotes is None and petrarch is None:
        raise typer.BadParameter("give gold files, --quotes DIR, --petrarch DIR or --check-floors FILE")
    out: dict[str, Any] = {}
    failed = False
    console = Console()
    for path in gold or []:
        if not path.is_file():
            raise DataFileError(str(path), None, "no such gold file")
        result = evaluate_event_file(path, pipeline, actors=actors)
        out[path.name] = dict(result.metrics())
        if errors:
            out[path.name]["errors"] = [e.to_dict() for e in result.events.errors]
        if not as_json:
            _print_events(console, result)
            if errors:
                for scheme in ("cameo", "plover"):
                    report = error_report(result.events, scheme)
                    if report:
                        console.print(f"[bold]Errors ({scheme}) in {path.name}[/bold]")
                        console.print(report, markup=False, highlight=False)
        if min_f1 is not None:
            f1s = [v for k, v in result.metrics().items() if k.endswith("_triple_f1")]
            if f1s and max(f1s) < min_f1:
                failed = True
    if quotes is not None:
        from tacitus.evaluation.quotes import evaluate_quotes

        scores = evaluate_quotes(quotes, pipeline)
        out["quotes"] = scores.to_dict()
        if not as_json:
            _print_rows(console, f"Quotes: {quotes}", ("measure", "value", "detail"), scores.rows())
    if petrarch is not None:
        from tacitus.evaluation.actors import run_petrarch_suite

        rep = run_petrarch_suite(petrarch)
        out["petrarch_unit"] = {"expected": rep.expected, "found": rep.found, "fraction": rep.fraction}
        if not as_json:
            _print_rows(
                console,
                "PETRARCH unit suite: actor codes reproduced",
                ("suite", "expected", "found", "fraction"),
                rep.rows(),
            )
    if as_json:
        sys.stdout.write(json.dumps(out, indent=2) + "\n")
    if failed:
        console.print(f"[red]a triple F1 is below --min-f1 {min_f1}[/red]")
        raise typer.Exit(1)


def _check(floors_file: Path, gold_dir: Path | None, pipeline: Pipeline) -> None:
    floors = load_floors(floors_file)
    gold_dir = gold_dir or floors_file.resolve().parent.parent.parent / "shared" / "gold"
    if not gold_dir.is_dir():
        raise DataFileError(str(gold_dir), None, "gold folder not found (use --gold-dir)")
    report = check_floors(floors, gold_dir, pipeline)
    table = Table(title=f"Accuracy floors ({floors_file})")
    for col in ("suite", "gold", "metric", "floor", "value", ""):
        table.add_column(col)
    for c in report.checks:
        value = "missing" if c.value is None else f"{c.value:.4f}"
        mark = "[green]ok[/green]" if c.ok else "[red]BELOW FLOOR[/red]"
        table.add_row(c.floor.suite, c.floor.target, c.floor.metric, f"{c.floor.minimum:.4f}", value, mark)
    Console().print(table)
    if not report.ok:
        raise typer.Exit(1)


def _print_events(console: Console, result: EventFileResult) -> None:
    ev = result.events
    rows = [(k, f"{v:.3f}") for k, v in result.metrics().items()]
    _print_rows(
        console, f"{result.name}: {ev.records} records, {ev.failures} failed", ("metric", "value"), rows
    )
    for scheme, score in (("CAMEO root", ev.cameo_triples), ("PLOVER type", ev.plover_triples)):
        if not score.by_label:
            continue
        table = Table(title=f"(source country, target country, {scheme}) by label")
        for col in ("label", "tp", "fp", "fn", "P", "R", "F1"):
            table.add_column(col, justify="right")
        for label, prf in score.by_label.items():
            table.add_row(
                label,
                str(prf.tp),
                str(prf.fp),
                str(prf.fn),
                f"{prf.precision:.2f}",
                f"{prf.recall:.2f}",
                f"{prf.f1:.2f}",
            )
        console.print(table)


def _print_rows(console: Console, title: str, header: tuple[str, ...], rows: Any) -> None:
    table = Table(title=title)
    for col in header:
        table.add_column(col)
    for row in rows:
        table.add_row(*(f"{x:.3f}" if isinstance(x, float) else str(x) for x in row))
    console.print(table)
