"""A capital struck by a violent verb is the city (a place of its country), not its government."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.model import Document

Coder = Callable[..., Document]

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Russia attacked Kyiv with missiles.", "Kyiv", "UKR"),
        ("Israeli jets bombed Damascus overnight.", "Damascus", "SYR"),
        ("Kyiv was shelled on Monday.", "Kyiv", "UKR"),
        ("The Kremlin was attacked by drones.", "The Kremlin", "RUS"),
    ],
)
def test_a_struck_capital_is_its_country_as_a_place(
    code_actors: Coder, text: str, name: str, code: str
) -> None:
    doc = code_actors(text)
    found = [m for m in doc.mentions if m.text == name]
    assert [(m.actor.code, m.actor.kind) for m in found] == [(code, "place")]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Kyiv protested the decision.", "Kyiv", "UKRGOV"),
        ("Moscow accused Kyiv of sabotage.", "Kyiv", "UKRGOV"),
        ("Moscow attacked the sanctions as theft.", "Moscow", "RUSGOV"),
    ],
)
def test_a_capital_that_acts_or_is_addressed_stays_its_government(
    code_actors: Coder, text: str, name: str, code: str
) -> None:
    doc = code_actors(text)
    assert [m.actor.code for m in doc.mentions if m.text == name] == [code]


def test_drones_striking_a_capital_are_an_unidentified_attacker_not_its_military(code_actors: Coder) -> None:
    doc = code_actors("The Kremlin was attacked by drones.")
    assert [m.actor.code for m in doc.mentions if m.text == "drones"] == ["UAF"]
