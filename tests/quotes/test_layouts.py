"""Layout rules where the passage table's snippet checks cannot tell right from wrong."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.model import Document

pytestmark = pytest.mark.model


def test_quoted_fragment_mid_sentence_is_not_tied_to_a_later_cue(code: Callable[[str], Document]) -> None:
    doc = code(
        'The minister accused Washington of "adding fuel to the fire" by sending arms, and urged talks.'
    )
    cues = {(q.cue.text if q.cue else None, q.content.text) for q in doc.quotes}
    assert not any(cue == "urged" and "fuel" in content for cue, content in cues)


def test_a_cue_inside_reported_content_is_not_a_second_attribution(code: Callable[[str], Document]) -> None:
    doc = code("Lopez said the mayor wants a new budget before the winter.")
    assert [q.cue.text for q in doc.quotes if q.cue] == ["said"]


def test_passive_cue_without_agent_has_no_speaker(code: Callable[[str], Document]) -> None:
    doc = code("The former minister was accused of hiding the audit from parliament.")
    # one attribution in two parts around the cue: "The former minister" ... "of hiding the audit ..."
    assert {q.cue.text for q in doc.quotes if q.cue} == {"accused"}
    assert all(q.speaker_text is None for q in doc.quotes)
    assert any("hiding the audit" in q.content.text for q in doc.quotes)


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("As the mayor spoke to the crowd, the rain began to fall.", "rain began"),
        ("As he welcomed the visiting team, the band started playing.", "band started"),
        ("The results, as might be expected, came in late.", "came in late"),
        ("The budget is sound, the treasurer said on Monday, as lawmakers argued over the vote.", "said"),
    ],
)
def test_an_as_clause_that_tells_when_is_not_a_reporting_clause(
    code: Callable[[str], Document], text: str, main: str
) -> None:
    quotes = code(text).quotes
    assert not [q for q in quotes if q.rule == "as-clause"]
    assert not [q for q in quotes if main in q.content.text]


def test_a_speaker_inside_the_quotation_is_replaced_by_the_reporting_subject(
    code: Callable[[str], Document],
) -> None:
    doc = code(
        '"We need a real plan," the mayor said, suggesting a few questions, including, "Governor, do you'
        ' really think this budget adds up?"'
    )
    quoted = [q for q in doc.quotes if "budget adds up" in q.content.text]
    assert quoted and all(q.speaker_text is not None and q.speaker_text.text != "you" for q in quoted)


@pytest.mark.parametrize(
    ("text", "not_cue"),
    [
        ('Critics rated 40 percent of the claims "false," compared to 12 percent last year.', "compared"),
        ('The lawyer said the letter "plainly and falsely" implies that the firm broke the law.', "implies"),
    ],
)
def test_a_verb_after_a_quoted_fragment_is_not_its_cue(
    code: Callable[[str], Document], text: str, not_cue: str
) -> None:
    assert not [q for q in code(text).quotes if q.cue is not None and q.cue.text == not_cue]


def test_a_participle_clause_does_not_take_over_the_next_quotation(code: Callable[[str], Document]) -> None:
    doc = code(
        '"We remain ready to talk," the envoy said, pointing to the stalled process in Geneva. "But the'
        ' other side has walked away from the table."'
    )
    second = [q for q in doc.quotes if "walked away" in q.content.text]
    assert second and all(q.cue is not None and q.cue.text == "said" for q in second)


@pytest.mark.parametrize(
    ("text", "second", "cue"),
    [
        # the participle has its object before the second half: the half goes on with `said`
        (
            '"Nobody reads these reports," Ruiz said, pointing to the pile on her desk, "and nobody'
            ' ever will."',
            "nobody ever will",
            "said",
        ),
        (
            '"The audit is late," the clerk said, citing the flu season, "but it will be complete."',
            "it will be complete",
            "said",
        ),
        # a bare participle introduces the second half itself
        (
            '"We are ready," the coach said, adding, "and the players know it."',
            "the players know it",
            "adding",
        ),
    ],
)
def test_the_second_half_of_a_split_quotation_after_a_participle_with_its_own_object_goes_with_the_verb(
    code: Callable[[str], Document], text: str, second: str, cue: str
) -> None:
    halves = [q for q in code(text).quotes if second in q.content.text]
    assert halves and all(q.cue is not None and q.cue.text == cue for q in halves)


def test_as_much_as_is_a_comparison_not_a_pro_form(code: Callable[[str], Document]) -> None:
    doc = code("The treasurer said as much as half of the fund would go to the schools.")
    assert not [q for q in doc.quotes if q.content.text == "as much"]
