"""The Typer application every command module registers on."""

from __future__ import annotations

import logging

import typer

app = typer.Typer(
    name="tacitus",
    help="Political event data from news: actors, quotes and CAMEO/PLOVER events with their evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress and details.")) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
