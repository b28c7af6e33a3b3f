"""`tacitus dyad A B --db URL --freq week [--plot out.png]`: a dyad's events over time."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from tacitus.analysis.dyad import FREQS
from tacitus.analysis.plot import plot_dyad
from tacitus.cli.app import app
from tacitus.errors import ConfigError
from tacitus.store import Store


@app.command("dyad")
def dyad_command(
    a: str = typer.Argument(..., help="Source actor code prefix, e.g. CHN."),
    b: str = typer.Argument(..., help="Target actor code prefix, e.g. RUS."),
    db: str = typer.Option("tacitus.db", "--db", help="SQLite file, sqlite:///... or postgresql://... URL."),
    freq: str = typer.Option("week", "--freq", help=f"Period: {', '.join(FREQS)}."),
    both: bool = typer.Option(False, "--both", help="Also the reverse direction (B -> A)."),
    mentions: bool = typer.Option(
        False, "--mentions", help="Count every reported occurrence, not unique events."
    ),
    plot: Path | None = typer.Option(None, "--plot", help="Write a PNG chart of the series."),
    csv_out: bool = typer.Option(False, "--csv", help="Print CSV instead of a table."),
) -> None:
    """Event counts per QuadClass and mean Goldstein per period for A -> B (and B -> A with --both)."""
    if freq not in FREQS:
        raise ConfigError(f"--freq {freq!r}: use one of {', '.join(FREQS)}")
    with Store(db) as store:
        df = store.dyad_timeline(a, b, freq, both_directions=both, dedup=not mentions)
    if csv_out:
        df.to_csv(sys.stdout, index=False)
    else:
        _print(df)
    if plot is not None:
        plot_dyad(df, plot, title=f"{a.upper()} – {b.upper()} events per {freq}")
        print(f"tacitus: wrote {plot}", file=sys.stderr)


def _print(df: object) -> None:
    import pandas as pd

    assert isinstance(df, pd.DataFrame)
    table = Table(title="dyad series")
    for col in (
        "period",
        "direction",
        "events",
        "q1 verbal coop",
        "q2 material coop",
        "q3 verbal conf",
        "q4 material conf",
        "goldstein",
    ):
        table.add_column(col, justify="right" if col != "direction" else "left", no_wrap=col == "period")
    for r in df.itertuples(index=False):
        if not r.events:
            continue
        gold = "" if pd.isna(r.goldstein_mean) else f"{r.goldstein_mean:+.2f}"
        table.add_row(
            r.period.date().isoformat(),
            f"{r.source}→{r.target}",
            str(r.events),
            str(r.q1),
            str(r.q2),
            str(r.q3),
            str(r.q4),
            gold,
        )
    Console().print(table)
