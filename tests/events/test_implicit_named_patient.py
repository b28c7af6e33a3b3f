"""No implicit domestic recipient when the act's patient is a proper name we could not code."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.model import Document

Coder = Callable[..., Document]


def targets(doc: Document) -> list[str | None]:
    return [e.target.actor.code if e.target else None for e in doc.events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian forces attacked Kharkiv overnight.", ["UKR"]),  # the place, not Russia
        ("Russian forces attacked Odesa overnight.", ["UKR"]),
        ("Russian forces attacked Avdiivka on Monday.", [None]),  # a town the gazetteer lacks
        ("Turkish forces shelled Kobani and Tal Abyad.", [None]),
        ("Israeli troops raided Tulkarem overnight.", [None]),
    ],
)
def test_named_patient_gets_no_implicit_recipient(code: Coder, text: str, expected: list[str | None]) -> None:
    doc = code(text)
    assert targets(doc) == expected
    assert not any(e.target is not None and e.target.text == "" for e in doc.events)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Egyptian police arrested Mohamed Adel on Friday.",  # a person named in full
        "Activist Mohamed Adel spoke at the rally. Egyptian police arrested Adel on Friday.",
        "Egyptian police dispersed the protest.",  # no named patient at all
    ],
)
def test_domestic_act_on_a_person_keeps_its_implicit_recipient(code: Coder, text: str) -> None:
    doc = code(text)
    assert [(e.target.actor.code, e.target.text) for e in doc.events if e.target] == [("EGY", "")]
