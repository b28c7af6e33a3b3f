"""Sources found through the clause: participles on objects, verbs after prepositions, adjunct event nouns."""

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


def test_participle_on_an_object_noun_takes_the_clause_subject(code: Any) -> None:
    doc = code("The ELN issued a declaration demanding that the Colombian government free its fighters.")
    assert ("COL", "10", "COL") in dyads(doc)
    assert all(e.source.text == "ELN" for e in doc.events)


def test_verb_after_a_preposition_takes_the_clause_subject(code: Any) -> None:
    doc = code("Iraqi police responded by arresting dozens of Kurdish protesters.")
    assert any(e.cameo.startswith("17") and e.source.actor.code.startswith("IRQ") for e in doc.events)


def test_possessive_pronoun_on_an_event_object_points_to_the_subject(code: Any) -> None:
    doc = code("The ILO reiterated its demand for an end to the blockade.")
    assert any(e.cameo.startswith("10") and e.source.text == "ILO" for e in doc.events)


def test_event_noun_in_an_adjunct_is_the_active_subjects_act(code: Any) -> None:
    doc = code("Kurdish students sang during demonstrations against the Turkish government.")
    assert ("TUR", "14", "TUR") in dyads(doc)


def test_passive_subject_does_not_own_the_adjunct_event(code: Any) -> None:
    doc = code("Kurdish students were injured during demonstrations against the Turkish government.")
    assert not any(e.cameo.startswith("14") for e in doc.events)


def test_subject_of_responsible_for_is_the_agent(code: Any) -> None:
    doc = code("The Sudanese government is responsible for mass killings in Darfur.")
    assert any(e.cameo.startswith("20") and e.source.actor.code.startswith("SDN") for e in doc.events)


def test_subject_of_guilty_of_is_the_agent(code: Any) -> None:
    doc = code("The Philippine military is guilty of violating the ceasefire agreement.")
    assert any(e.trigger.text == "violating" and e.source.actor.code.startswith("PHL") for e in doc.events)
