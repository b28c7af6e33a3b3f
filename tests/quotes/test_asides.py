"""Where indirect contents stop around asides, side remarks and glosses (quotes/asides.py), on
hand-written passages run through the full pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.model import Document

pytestmark = pytest.mark.model

Code = Callable[..., Document]


def _contents(doc: Document, speaker: str) -> list[str]:
    return [q.content.text for q in doc.quotes if q.speaker_text and speaker in q.speaker_text.text]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The mayor said the bridge, which was built in 1920, would close for repairs.",
            "mayor",
            "the bridge, which was built in 1920, would close for repairs",
        ),
        (
            "The senator said the fund, which pays for rural clinics, would run out next year.",
            "senator",
            "the fund, which pays for rural clinics, would run out next year",
        ),
    ],
)
def test_a_relative_clause_inside_the_reported_clause_stays_in_the_content(
    code: Code, text: str, speaker: str, content: str
) -> None:
    assert _contents(code(text), speaker) == [content]


def test_a_relative_clause_reporting_a_second_statement_stays_out_of_the_content(code: Code) -> None:
    doc = code("The minister said the harbour, which he said was too shallow, would be dredged.")
    minister = _contents(doc, "minister")
    assert minister and not any("shallow" in c for c in minister)


def test_a_trailing_relative_clause_on_an_object_stays_out_of_the_content(code: Code) -> None:
    doc = code("The mayor praised the new library, which opened in May.")
    assert _contents(doc, "mayor") == ["the new library"]


def test_a_noun_phrase_glossing_the_request_after_its_content_is_left_out(code: Code) -> None:
    doc = code("The governor asked the council to delay the vote, a request it refused.")
    assert _contents(doc, "governor") == ["the council to delay the vote"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The senator attacked the governor as a liar, with jabs at his record on taxes.",
            "senator",
            "the governor as a liar",
        ),
        ("The coach isn't saying much about the trade, with a single caveat.", "coach", "the trade"),
    ],
)
def test_a_with_phrase_set_off_after_the_content_on_the_cue_is_how_it_was_said(
    code: Code, text: str, speaker: str, content: str
) -> None:
    assert _contents(code(text), speaker) == [content]
