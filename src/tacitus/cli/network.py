"""`tacitus network --db URL --out graph.graphml|json`: the weighted directed actor graph."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from tacitus.analysis.network import actor_network, write_network
from tacitus.cli.app import app
from tacitus.store import Store


@app.command("network")
def network_command(
    db: str = typer.Option("tacitus.db", "--db", help="SQLite file, sqlite:///... or postgresql://... URL."),
    out: Path = typer.Option(..., "--out", "-o", help="Output file: .graphml or .json (node-link)."),
    level: str = typer.Option("code", "--level", help="Nodes are actor codes (code) or countries (country)."),
    min_events: int = typer.Option(1, "--min-events", min=1, help="Drop edges with fewer events."),
) -> None:
    """Actors as nodes, event counts as edge weights, mean Goldstein and QuadClass counts as attributes."""
    with Store(db) as store:
        graph = actor_network(store, level=level, min_events=min_events)
    write_network(graph, out)
    print(
        f"tacitus: wrote {graph.number_of_nodes()} actors, {graph.number_of_edges()} dyads to {out}",
        file=sys.stderr,
    )
