"""Where indirect contents end around time clauses and participles in noun phrases (quotes/bounds.py),
on hand-written passages run through the full pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.model import Document

pytestmark = pytest.mark.model

Code = Callable[..., Document]


def _contents(doc: Document, cue: str) -> list[str]:
    return [q.content.text for q in doc.quotes if q.cue is not None and q.cue.text == cue]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("That was what the minister said when she left the cabinet.", "said", "what"),
        (
            "Opponents described the governor as a spendthrift when she sought a second term.",
            "described",
            "the governor as a spendthrift",
        ),
    ],
)
def test_a_when_clause_after_the_object_is_when_it_was_said(
    code: Code, text: str, cue: str, content: str
) -> None:
    assert _contents(code(text), cue) == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The reporter asked the mayor when the bridge would reopen.",
            "asked",
            "when the bridge would reopen",
        ),
        ("She told reporters when the vote would be held.", "told", "when the vote would be held"),
    ],
)
def test_a_when_clause_after_a_hearer_is_an_indirect_question(
    code: Code, text: str, cue: str, content: str
) -> None:
    assert _contents(code(text), cue) == [content]


def test_a_cue_participle_inside_a_noun_phrase_is_no_second_statement(code: Code) -> None:
    doc = code("The auditor highlighted a costly and well-known flaw in the budget.")
    assert _contents(doc, "highlighted") == ["a costly and well-known flaw in the budget"]


def test_a_subject_parsed_as_the_cue_object_keeps_its_reported_clause(code: Code) -> None:
    doc = code(
        "The agency has said small farms and families - rich, poor, rural and urban - "
        "would qualify for the new loans."
    )
    assert _contents(doc, "said") == [
        "small farms and families - rich, poor, rural and urban - would qualify for the new loans"
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The teachers union endorsed the mayor in the race for governor.",
            "endorsed",
            "the mayor in the race for governor",
        ),
        (
            "The governor likened the budget to a leaky boat in a storm at sea.",
            "likened",
            "the budget to a leaky boat in a storm",
        ),
    ],
)
def test_an_in_phrase_after_the_object_goes_with_the_object(
    code: Code, text: str, cue: str, content: str
) -> None:
    assert _contents(code(text), cue) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The senator criticized the plan in an interview.",
        "The senator criticized the plan in his remarks.",
        "The senator criticized the plan in Ohio.",
    ],
)
def test_an_in_phrase_naming_a_channel_or_place_stays_out_of_an_object_content(code: Code, text: str) -> None:
    assert _contents(code(text), "criticized") == ["the plan"]
