"""Coordinated actors, reciprocal events, and agents of embedded nominal events (full pipeline)."""

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


def test_coordinated_modifiers_share_the_head(code: Any) -> None:
    doc = code("Japanese and Australian officials signed an agreement with Indonesia.")
    assert {("JPN", "05", "IDN"), ("AUS", "05", "IDN")} <= dyads(doc)


def test_reciprocal_event_with_a_topic_pairs_the_subjects(code: Any) -> None:
    doc = code("Ethiopia and Eritrea renewed negotiations on Friday on an Ethiopian troop pullback.")
    assert {("ETH", "04", "ERI"), ("ERI", "04", "ETH")} <= dyads(doc)


def test_reciprocal_event_with_a_partner_keeps_the_partner(code: Any) -> None:
    doc = code("Israel and Lebanon held talks with Cyprus.")
    assert {("ISR", "04", "CYP"), ("LBN", "04", "CYP")} <= dyads(doc)
    assert ("ISR", "04", "LBN") not in dyads(doc)


def test_agent_of_an_accepted_nominal_event_is_the_target(code: Any) -> None:
    doc = code("Israel has agreed to Egyptian mediation in the talks.")
    assert ("ISR", "03", "EGY") in dyads(doc)


def test_agent_of_a_rejected_plan_is_the_target(code: Any) -> None:
    doc = code("The rebels in Ivory Coast rejected a Senegalese peace plan.")
    assert any(
        e.cameo.startswith("12") and e.target and e.target.actor.code.startswith("SEN") for e in doc.events
    )
