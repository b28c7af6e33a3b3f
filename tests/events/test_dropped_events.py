"""Events the parse used to hide: subjects swallowed by a fronted phrase, acts under pace verbs."""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.model import Document

pytestmark = pytest.mark.model

FRONTED = (
    "Under the terms of a Declaration of Principles (DOP) on Power Sharing, the Kenyan government "
    "and Ethiopia have agreed to form a joint commission."
)


def triples(doc: Document) -> set[tuple[str, str, str | None]]:
    return {
        (e.source.actor.code, e.cameo[:2], e.target.actor.code if e.target else None)
        for e in doc.events
        if not e.negated
    }


def test_subject_swallowed_by_a_fronted_phrase_is_found(code: Any) -> None:
    assert {("KENGOV", "03", "ETH"), ("ETH", "03", "KENGOV")} <= triples(code(FRONTED))


def test_coordinated_subject_is_not_its_own_partner(code: Any) -> None:
    assert all(e.target is not None for e in code(FRONTED).events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain hastened the pullout of its troops from Basra on Monday.", ("GBR", "08", "IRQ")),
        ("Japan accelerated the delivery of food aid to North Korea.", ("JPN", "07", "PRK")),
    ],
)
def test_pace_verbs_carry_the_event_noun_they_govern(
    code: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(code(text))
