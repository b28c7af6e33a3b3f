"""Agentless passive acts: the PLOVER unidentified actor (UNK) of the country where they happened."""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.model import Document

pytestmark = pytest.mark.model


def sources(doc: Document, root: str) -> set[str]:
    return {e.source.actor.code for e in doc.events if e.cameo.startswith(root)}


def test_agentless_killing_has_the_unidentified_actor_of_its_place(code: Any) -> None:
    doc = code("A well-known opposition editor was shot dead outside his home in Nairobi on Friday.")
    assert "KENUNK" in sources(doc, "19")


def test_unidentified_source_is_implicit_and_less_certain(code: Any) -> None:
    doc = code("Three aid workers were abducted in a village near Mogadishu.")
    ev = next(e for e in doc.events if e.source.actor.code == "SOMUNK")
    assert ev.source.start == ev.source.end
    assert ev.confidence < 1.0


def test_thwarted_attempt_takes_the_place_of_the_passive_verb(code: Any) -> None:
    doc = code("A plot to kill the mayor was foiled in Novosibirsk, officials said.")
    assert "RUSUNK" in sources(doc, "18")


def test_named_agent_wins_over_the_place(code: Any) -> None:
    doc = code("Two villagers were killed by Taliban fighters in Kandahar.")
    assert not any(e.source.actor.code.endswith("UNK") for e in doc.events)


def test_agentless_cooperative_act_gets_no_unidentified_source(code: Any) -> None:
    doc = code("The curfew was lifted in Kathmandu on Monday.")
    assert not any(e.source.actor.code.endswith("UNK") for e in doc.events)


def test_crowd_named_by_no_group_is_the_civilians_of_its_place(code: Any) -> None:
    doc = code("Tens of thousands of people marched in Caracas to demand new elections.")
    assert "VENCVL" in sources(doc, "14")


def test_crowd_without_a_place_stays_uncoded(code: Any) -> None:
    doc = code("Thousands of people marched to demand new elections.")
    assert not any(e.source.actor.code.endswith("CVL") for e in doc.events)


def test_by_phrase_hung_lower_down_still_names_a_doer(code: Any) -> None:
    doc = code(
        "A Kenyan soldier was murdered in an ambush on an army convoy by Somali militiamen near Mandera."
    )
    assert not any(e.source.actor.code.endswith("UNK") for e in doc.events)
