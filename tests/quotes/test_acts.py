"""Act verbs (quote_cues.yaml `act_verbs`): weak cues that count only with an agent subject."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.model import Document

pytestmark = pytest.mark.model


def _acts(doc: Document) -> list[str]:
    return [q.content.text for q in doc.quotes if q.rule == "act"]


def test_an_act_by_a_named_group_is_attributed_to_it(code: Callable[[str], Document]) -> None:
    doc = code("The city council imposed a curfew on the harbour district.")
    assert _acts(doc) == ["a curfew on the harbour district"]
    assert doc.quotes[0].speaker_text is not None
    assert doc.quotes[0].speaker_text.text == "The city council"


def test_an_act_inside_reported_speech_is_left_to_the_outer_attribution(
    code: Callable[[str], Document],
) -> None:
    doc = code("A spokesman said the city council imposed a curfew on the harbour district.")
    assert _acts(doc) == []
    assert any("imposed a curfew" in q.content.text for q in doc.quotes)


def test_an_act_whose_object_reports_on_its_own_is_left_to_that_report(
    code: Callable[[str], Document],
) -> None:
    doc = code("The minister signed a letter saying that the port would stay closed.")
    assert _acts(doc) == []


def test_a_time_phrase_is_not_part_of_the_act(code: Callable[[str], Document]) -> None:
    doc = code("Governor Alvarez vetoed the school funding bill on Friday.")
    assert _acts(doc) == ["the school funding bill"]


@pytest.mark.parametrize(
    ("text", "act", "agent"),
    [
        ("Her ruling was overturned by the state supreme court.", "Her ruling", "the state supreme court"),
        (
            "The school funding bill was vetoed by the governor on Friday.",
            "The school funding bill",
            "the governor",
        ),
    ],
)
def test_a_passive_act_with_a_by_agent_is_the_agent_s_act_on_its_subject(
    code: Callable[[str], Document], text: str, act: str, agent: str
) -> None:
    doc = code(text)
    assert _acts(doc) == [act]
    assert doc.quotes[0].speaker_text is not None
    assert doc.quotes[0].speaker_text.text == agent


@pytest.mark.parametrize(
    "text",
    [
        "The school funding bill was vetoed on Friday.",
        "Judge Ortiz was appointed by the president in 2019.",
        "The curfew was imposed after the riots.",
    ],
)
def test_a_passive_act_without_an_agent_or_on_a_person_is_no_act(
    code: Callable[[str], Document], text: str
) -> None:
    assert _acts(code(text)) == []


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "The program allows foreign investors to gain residency by buying state bonds.",
            "foreign investors to gain residency by buying state bonds",
        ),
        ("The new law, passed in May, allows farmers to sell raw milk.", "farmers to sell raw milk"),
    ],
)
def test_an_object_and_infinitive_parsed_as_a_clause_is_the_act_s_infinitive(
    code: Callable[[str], Document], text: str, act: str
) -> None:
    assert _acts(code(text)) == [act]


@pytest.mark.parametrize(
    "text",
    ["The rules allow that some members may vote by proxy.", "The bridge allows trucks to cross the river."],
)
def test_a_that_clause_or_a_thing_that_is_no_provision_gives_no_act(
    code: Callable[[str], Document], text: str
) -> None:
    assert _acts(code(text)) == []


def test_a_complement_headed_by_a_cue_verb_holds_no_report_of_its_own(
    code: Callable[[str], Document],
) -> None:
    """The complement's own head is not "inside" it: only a cue below the head carries a report."""
    from tacitus.quotes.acts import _reports
    from tacitus.quotes.cues import load_cues

    doc = code("The senator voted to condemn the strikes.")
    condemn = next(t for t in doc.parsed if t.lower_ == "condemn")
    assert not _reports(condemn, load_cues())
    letter = code("The minister signed a letter saying that the port would stay closed.")
    obj = next(t for t in letter.parsed if t.lower_ == "letter")
    assert _reports(obj, load_cues())
