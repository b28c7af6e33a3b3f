"""The cue-class passage table (cue_class_passages.py) run through the full pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.model import Document

from .cue_class_passages import CUE_CLASSES
from .passages import Expect
from .test_passages import check_passage

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("pid", "text", "expected", "absent"), CUE_CLASSES, ids=[p[0] for p in CUE_CLASSES])
def test_cue_class_passage(
    code: Callable[[str], Document], pid: str, text: str, expected: list[Expect], absent: list[str]
) -> None:
    check_passage(code(text), pid, expected, absent)


def test_cue_class_ids_are_unique() -> None:
    ids = [p[0] for p in CUE_CLASSES]
    assert len(set(ids)) == len(ids)
