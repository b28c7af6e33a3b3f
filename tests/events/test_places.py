"""Targets beyond the pattern slots: the place of a territorial event, an actor in the event phrase."""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.model import Document

pytestmark = pytest.mark.model


def dyads(doc: Document) -> set[tuple[str, str, str | None]]:
    return {
        (e.source.actor.code[:3], e.cameo[:2], e.target.actor.code[:3] if e.target else None)
        for e in doc.events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serbia lifted the curfew in Montenegro.", ("SRB", "08", "MNE")),
        ("Iraqi Kurds demonstrated in Kirkuk on Sunday.", ("IRQ", "14", "IRQ")),
        ("Hamas threatened to resume attacks in Israel.", ("PSE", "13", "ISR")),
        ("The Turkish president threatened to impose martial law in Ankara.", ("TUR", "13", "TUR")),
    ],
    ids=["easing restrictions", "protest", "threat content clause", "own capital"],
)
def test_place_of_a_territorial_event_is_its_target(
    code: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in dyads(code(text))


def test_explicit_object_wins_over_the_place(code: Any) -> None:
    doc = code("Egyptian police arrested dozens of protesters in Cairo.")
    assert {e.target.text for e in doc.events if e.target} == {"protesters"}


def test_meeting_place_is_not_a_target(code: Any) -> None:
    doc = code("The Indian prime minister held talks in Paris on Monday.")
    assert doc.events
    assert all(e.target is None for e in doc.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Benin was still refusing admittance to Ghanaians.", ("BEN", "12", "GHA")),
        (
            "Algerian students staged a hunger strike to demand reforms from the Algerian government.",
            ("DZA", "14", "DZA"),
        ),
        (
            "Turkey threatened to cut off water to the Iraqi province of Nineveh.",
            ("TUR", "13", "IRQ"),
        ),
    ],
    ids=["object of a complement", "purpose clause of a protest", "threat content phrase"],
)
def test_actor_in_the_event_phrase_is_the_last_resort_target(
    code: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in dyads(code(text))


def test_phrase_target_is_explained_and_less_confident(code: Any) -> None:
    doc = code("Benin was still refusing admittance to Ghanaians.")
    ev = next(e for e in doc.events if e.target is not None)
    assert ev.rule.endswith(">phrase")
    assert ev.confidence < 0.9
