"""`tacitus actors --db URL`: the most active actors of the corpus."""

from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.table import Table

from tacitus.cli.app import app
from tacitus.store import Store


@app.command("actors")
def actors_command(
    db: str = typer.Option("tacitus.db", "--db", help="SQLite file, sqlite:///... or postgresql://... URL."),
    limit: int = typer.Option(25, "--limit", "-n", min=1, help="How many actors."),
    csv_out: bool = typer.Option(False, "--csv", help="Print CSV instead of a table."),
) -> None:
    """Actors ranked by the (deduplicated) events they take part in, as source or target."""
    with Store(db) as store:
        df = store.actors(limit)
    if csv_out:
        df.to_csv(sys.stdout, index=False)
        return
    table = Table(title="most active actors")
    for col in ("code", "name", "as source", "as target", "events", "mean goldstein"):
        table.add_column(col, justify="left" if col in ("code", "name") else "right")
    for r in df.itertuples(index=False):
        table.add_row(
            r.code,
            str(r.name or ""),
            str(r.as_source),
            str(r.as_target),
            str(r.events),
            f"{r.goldstein_mean:+.2f}",
        )
    Console().print(table)
