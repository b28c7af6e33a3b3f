"""The stance passage table (stance_passages.py) run through the full pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.model import Document

from .passages import Expect
from .stance_passages import STANCES
from .test_passages import check_passage

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("pid", "text", "expected", "absent"), STANCES, ids=[p[0] for p in STANCES])
def test_stance_passage(
    code: Callable[[str], Document], pid: str, text: str, expected: list[Expect], absent: list[str]
) -> None:
    check_passage(code(text), pid, expected, absent)


def test_stance_ids_are_unique() -> None:
    ids = [p[0] for p in STANCES]
    assert len(set(ids)) == len(ids)


def test_a_claim_set_against_a_clause_is_not_its_subjects(code: Callable[[str], Document]) -> None:
    doc = code("Despite claims that the mayor was the winner of the debate, he lost.")
    claims = [q for q in doc.quotes if q.cue is not None and q.cue.text == "claims"]
    assert len(claims) == 1
    assert claims[0].speaker_text is None
