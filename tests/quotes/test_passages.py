"""The hand-written passage tables (layouts, cue classes, stances) run through the full pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.model import Document, Quote

from .cue_class_passages import CUE_CLASSES
from .passages import Expect, P
from .stance_passages import STANCES

PASSAGES = [*P, *CUE_CLASSES, *STANCES]

pytestmark = pytest.mark.model


def test_the_passage_tables_are_large_and_ids_are_unique() -> None:
    assert len(P) >= 80
    ids = [p[0] for p in PASSAGES]
    assert len(set(ids)) == len(ids)


def _matches(q: Quote, exp: Expect) -> bool:
    content, speaker, kind = exp
    if content not in q.content.text:
        return False
    if speaker is not None and (q.speaker_text is None or speaker not in q.speaker_text.text):
        return False
    return kind is None or q.kind == kind


def check_passage(doc: Document, pid: str, expected: list[Expect], absent: list[str]) -> None:
    """Every expected quote is found and no absent snippet is quoted."""
    for exp in expected:
        assert any(_matches(q, exp) for q in doc.quotes), f"{pid}: expected {exp}, got {_describe(doc)}"
    for snippet in absent:
        assert not any(snippet in q.content.text for q in doc.quotes), f"{pid}: {snippet!r} is not a quote"


def _describe(doc: Document) -> str:
    return "; ".join(
        f"[{q.kind} {q.rule} speaker={q.speaker_text.text if q.speaker_text else None!r} "
        f"cue={q.cue.text if q.cue else None!r}] {q.content.text!r}"
        for q in doc.quotes
    )


@pytest.mark.parametrize(("pid", "text", "expected", "absent"), PASSAGES, ids=[p[0] for p in PASSAGES])
def test_passage(
    code: Callable[[str], Document], pid: str, text: str, expected: list[Expect], absent: list[str]
) -> None:
    doc = code(text)
    check_passage(doc, pid, expected, absent)
    for q in doc.quotes:
        assert doc.text[q.content.start : q.content.end] == q.content.text
        if q.speaker_text is not None:
            assert doc.text[q.speaker_text.start : q.speaker_text.end] == q.speaker_text.text
