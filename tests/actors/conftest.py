"""Fixtures for the actors tests: a light nlp + actors pipeline (loads the spaCy model once)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from tacitus.model import Document
from tacitus.pipeline import Pipeline
from tacitus.readers import read_text
from tacitus.settings import Settings

Coder = Callable[..., Document]


@pytest.fixture(scope="session")
def actors_pipeline() -> Pipeline:
    return Pipeline(Settings(stages=("nlp", "actors")))


@pytest.fixture(scope="session")
def code_actors(actors_pipeline: Pipeline) -> Coder:
    """`code_actors(text, day="2022-05-01")` -> Document with mentions (no quotes/events)."""

    def _code(text: str, day: str | None = "2022-05-01") -> Document:
        when = date.fromisoformat(day) if day else None
        return actors_pipeline.code(read_text(text, when=when))

    return _code
