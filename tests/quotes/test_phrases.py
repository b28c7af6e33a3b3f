"""`according to X` contents (quotes/phrases.py), on hand-written passages run through the full pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.model import Document

pytestmark = pytest.mark.model

Code = Callable[..., Document]


def _according(doc: Document) -> list[str]:
    return [q.content.text for q in doc.quotes if q.rule == "according-to"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Every budget debate ends in a long fight about spending - which it usually does, "
            "according to the treasurer.",
            "which it usually does",
        ),
        (
            "Among the findings of the audit: the agency lost track of 400 laptops, "
            "according to the inspector.",
            "the agency lost track of 400 laptops",
        ),
    ],
)
def test_the_clause_before_according_to_starts_after_a_colon_or_dash(
    code: Code, text: str, content: str
) -> None:
    assert _according(code(text)) == [content]


def test_a_hyphen_inside_a_word_does_not_cut_the_clause_before_according_to(code: Code) -> None:
    doc = code("Turnout in the well-off suburbs rose sharply, according to the county clerk.")
    assert _according(doc) == ["Turnout in the well-off suburbs rose sharply"]
