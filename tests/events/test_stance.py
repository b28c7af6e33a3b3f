"""Stance participles: "X is opposed to / committed to" make X the actor, unlike a real passive."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def triples(doc: Any) -> set[tuple[str, str, str | None]]:
    return {
        (e.source.actor.code[:3], e.cameo, e.target.actor.code[:3] if e.target else None) for e in doc.events
    }


def test_is_opposed_to_codes_the_subject_rejecting(code: Any) -> None:
    doc = code("Egypt is opposed to Turkish mediation between the two factions.")
    # opposing an offered mediation is rejecting it (CAMEO 126), with the would-be mediator as target
    assert any(s == "EGY" and c == "126" and t == "TUR" for s, c, t in triples(doc))


def test_is_committed_to_is_an_intention_of_the_subject(code: Any) -> None:
    doc = code("Brazil is committed to a ceasefire with Paraguay.")
    assert any(s == "BRA" and c.startswith("03") for s, c, _ in triples(doc))
    assert not any(c == "0871" for _, c, _ in triples(doc))


def test_stance_participle_with_a_by_agent_stays_passive(code: Any) -> None:
    doc = code("The Egyptian plan was opposed by Turkey.")
    assert not any(s == "EGY" for s, _, _ in triples(doc))
