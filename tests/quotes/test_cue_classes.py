"""The cue-class passage table (cue_class_passages.py) run through the full pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.model import Document

from .cue_class_passages import CUE_CLASSES
from .passages import Expect
from .test_passages import _describe, _matches

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("pid", "text", "expected", "absent"), CUE_CLASSES, ids=[p[0] for p in CUE_CLASSES])
def test_cue_class_passage(
    code: Callable[[str], Document], pid: str, text: str, expected: list[Expect], absent: list[str]
) -> None:
    doc = code(text)
    for exp in expected:
        assert any(_matches(q, exp) for q in doc.quotes), f"{pid}: expected {exp}, got {_describe(doc)}"
    for snippet in absent:
        assert not any(snippet in q.content.text for q in doc.quotes), f"{pid}: {snippet!r} is not a quote"


def test_cue_class_ids_are_unique() -> None:
    ids = [p[0] for p in CUE_CLASSES]
    assert len(set(ids)) == len(ids)
