"""Coordinated actors: shared heads and reciprocal events (full pipeline)."""

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
    doc = code("Israel and Lebanon renewed negotiations today on an Israeli troop pullback.")
    assert {("ISR", "04", "LBN"), ("LBN", "04", "ISR")} <= dyads(doc)


def test_reciprocal_event_with_a_partner_keeps_the_partner(code: Any) -> None:
    doc = code("Israel and Lebanon held talks with Cyprus.")
    assert {("ISR", "04", "CYP"), ("LBN", "04", "CYP")} <= dyads(doc)
    assert ("ISR", "04", "LBN") not in dyads(doc)
