"""Helpers shared by commands: options, settings, reporting failures."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import typer

from tacitus.pipeline import Failure
from tacitus.settings import Settings


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def make_settings(actors: list[Path] | None = None, **overrides: object) -> Settings:
    return Settings(actor_files=tuple(actors or ()), **overrides)  # type: ignore[arg-type]


def report_failure(failure: Failure) -> None:
    """One line per bad input on stderr: `tacitus: skipped PATH: problem`."""
    print(f"tacitus: skipped {failure.origin}: {failure.message}", file=sys.stderr)
