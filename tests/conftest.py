"""Shared fixtures. Model-loading fixtures are session-scoped: spaCy loads once per test run."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.model import Document
from tacitus.pipeline import Pipeline
from tacitus.readers import read_text
from tacitus.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The full default pipeline (loads the spaCy model)."""
    return Pipeline(Settings())


@pytest.fixture(scope="session")
def code(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    """`code(text, date=None)` -> coded Document."""
    from datetime import date as _date

    def _code(text: str, date: str | None = "2026-03-02") -> Document:
        return pipeline.code(read_text(text, when=_date.fromisoformat(date) if date else None))

    return _code


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not GOLD.is_dir():
        pytest.skip("../shared/gold is absent")
    return GOLD
