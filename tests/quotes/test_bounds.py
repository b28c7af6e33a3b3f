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


@pytest.mark.parametrize(
    ("text", "cue", "sequel"),
    [
        (
            "The new bridge, the mayor said, would cut travel times across the city. But it would also"
            " bring more trucks into the old town.",
            "said",
            "it would also bring more trucks into the old town",
        ),
        (
            "The governor said the new tax would hurt small farms. But it could also raise money for the"
            " rural schools.",
            "said",
            "it could also raise money for the rural schools",
        ),
        (
            "The coach noted that the team had lost its first four games. By the autumn, though, it had"
            " recovered its form.",
            "noted",
            "it had recovered its form",
        ),
    ],
)
def test_a_back_shifted_sentence_after_the_content_goes_on_with_it(
    code: Code, text: str, cue: str, sequel: str
) -> None:
    assert any(sequel in c for c in _contents(code(text), cue))


@pytest.mark.parametrize(
    ("text", "cue", "sequel"),
    [
        # a plain past tense after a time adverbial: the writer tells what happened next
        (
            "The fund warned that the strike could slow growth for months. But on Friday, it raised its"
            " forecast for the year.",
            "warned",
            "it raised its forecast",
        ),
        # a new paragraph
        (
            "The mayor said the bridge would open in May.\n\nBut it would cost far more than planned.",
            "said",
            "it would cost",
        ),
        # a cue of its own: a second attribution
        (
            "The mayor said the bridge would open in May. It would cost less than planned, the engineers"
            " added.",
            "said",
            "It would cost less",
        ),
        # a noun subject: a new statement of the writer's
        (
            "The mayor said the bridge would open in May. The contractors would have other ideas.",
            "said",
            "The contractors",
        ),
    ],
)
def test_other_sentences_after_the_content_are_not_part_of_it(
    code: Code, text: str, cue: str, sequel: str
) -> None:
    contents = _contents(code(text), cue)
    assert any(" would open in May" in c or "could slow growth" in c for c in contents)
    assert not any(sequel in c for c in contents)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The agency quietly disclosed the files to the committee.", "disclosed", "the files"),
        ("Lopez mentioned the old feud to me while we drove home.", "mentioned", "the old feud"),
        ("The agency disclosed the files to Senator Ruiz.", "disclosed", "the files"),
    ],
)
def test_a_to_phrase_naming_someone_after_the_object_is_the_hearer(
    code: Code, text: str, cue: str, content: str
) -> None:
    assert _contents(code(text), cue) == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # no one is named: where the cut goes
        (
            "The bureau announced a cut in rates to three percent.",
            "announced",
            "a cut in rates to three percent",
        ),
        # a verb whose class takes prepositional content: the second term of the comparison
        ("The senator likened the budget to a lottery ticket.", "likened", "the budget to a lottery ticket"),
    ],
)
def test_other_to_phrases_after_the_object_stay_in_the_content(
    code: Code, text: str, cue: str, content: str
) -> None:
    assert _contents(code(text), cue) == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Initially, the board did not consider the bid a serious offer.",
            "consider",
            "the bid a serious offer",
        ),
        (
            "Critics considered the new stadium a costly mistake.",
            "considered",
            "the new stadium a costly mistake",
        ),
    ],
)
def test_a_verbless_clause_after_a_naming_verb_is_what_it_names(
    code: Code, text: str, cue: str, content: str
) -> None:
    assert _contents(code(text), cue) == [content]


def test_a_perceived_event_after_a_naming_verb_is_not_content(code: Code) -> None:
    assert _contents(code("Residents saw their rents go up."), "saw") == []


def test_a_sentence_after_a_naming_is_not_part_of_it(code: Code) -> None:
    doc = code("She considers Lopez her closest ally. He would be the first mayor from the valley.")
    assert _contents(doc, "considers") == ["Lopez her closest ally"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Prosecutors accused Ann Diaz, who ran the fund for a decade, of hiding losses from investors.",
            "accused",
            "Ann Diaz, who ran the fund for a decade, of hiding losses from investors",
        ),
        (
            "Critics described the new tax, which takes effect in May, as a burden on farmers.",
            "described",
            "the new tax, which takes effect in May, as a burden on farmers",
        ),
    ],
)
def test_a_relative_clause_between_commas_inside_an_object_content_stays_in_it(
    code: Code, text: str, cue: str, content: str
) -> None:
    assert _contents(code(text), cue) == [content]


@pytest.mark.parametrize(
    ("text", "cue", "aside"),
    [
        (
            "Prosecutors accused Ann Diaz, who denied any wrongdoing, of hiding losses from investors.",
            "accused",
            "who denied",
        ),
        (
            "The minister described the tax (which takes effect in May) as a burden on farmers.",
            "described",
            "May",
        ),
        ("The senator criticized the new tax, which takes effect in May.", "criticized", "May"),
    ],
)
def test_a_relative_clause_with_its_own_cue_in_brackets_or_closing_the_content_is_left_out(
    code: Code, text: str, cue: str, aside: str
) -> None:
    contents = _contents(code(text), cue)
    assert contents and not any(aside in c for c in contents)
