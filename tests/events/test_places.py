"""Where an event acting on a territory happens is its target when nothing else is (full pipeline)."""

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
