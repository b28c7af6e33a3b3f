"""Round 8: nominal violence with a place modifier, and headline clause chains.

A violent-act noun (CAMEO 18-20) compounded with a bare place names where or whose war it is ("the Ukraine
war", "the Syria conflict"), not who attacks; a possessive ("Russia's war"), a demonym ("the Russian
invasion"), a group ("the Taliban attack") or a place compound with a target of its own ("U.S. air strikes on
Syria") still is the agent.

Headlines chain present-tense clauses with a comma and one subject ("China praises X, accuses Y of Z");
the parser makes the first a complement of the second. When the second verb has no subject of its own, the
two are coordinated acts of the first clause's subject, not a report.

A nominal event's by-agent parsed onto its own object ("an attack on [a base by rebels]") is the event's
agent, unless that object is itself an act ("protests against [violations by the army]").

Each case: (name, sentence, expected events, forbidden code prefixes), as in test_round7.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from .cases import Exp, e
from .table import Case, assert_codes, assert_unique_names, c
from .table import show as _show

CASES: list[Case] = [
    # ---- a place compounded with a violence noun is the arena, not the attacker ----
    c(
        "place-named war is no attack",
        "The Ukraine war has pushed up grain prices.",
        never=("18", "19", "20"),
    ),
    c(
        "place-named conflict is no attack",
        "Turkey offered to mediate an end to the Syria conflict.",
        e("TUR", "03"),
        never=("18", "19", "20"),
    ),
    c("possessive war keeps its agent", "Russia's war has devastated the Ukrainian economy.", e("RUS", "19")),
    c(
        "demonym invasion keeps its agent",
        "The Russian invasion of Ukraine began in February.",
        e("RUS", "192", "UKR"),
    ),
    c(
        "place compound with a target is the agent",
        "U.S. air strikes on Syria resumed overnight.",
        e("USA", "195", "SYR"),
    ),
    c("group compound is the agent", "The Taliban attack on the base was repelled.", e("AFG", "19")),
    # ---- headline chains: "X verbs ..., verbs ..." share X ----
    c(
        "headline chain praise then accuse",
        "China praises Russia ties, accuses Washington of fuelling Ukraine war",
        e("CHN", "051", "RUS"),
        e("CHN", "112", "USA"),
        never=("19",),
    ),
    c(
        "headline chain condemn then threaten",
        "Iran condemns Israel, threatens retaliation",
        e("IRN", "111", "ISR"),
        e("IRN", "13"),
    ),
    c(
        "headline chain host then sign",
        "Brazil hosts Argentine leader, signs trade deal",
        e("BRA", "043", "ARG"),
        e("BRA", "057"),
    ),
    # ---- a by-agent attached to the event noun's object ----
    c(
        "by-agent stranded on the attacked object",
        "Two soldiers were killed in an attack on an army base by Taliban fighters.",
        e("AFG", "19"),
    ),
    c(
        "by-agent stranded on the assaulted object",
        "A policeman died in an assault on a checkpoint by Kurdish rebels.",
        e("REB", "19"),
    ),
    c(
        "by-agent of an act object stays with that act",
        "Palestinian students staged demonstrations against the detention of activists by the Israeli army.",
        e("PSE", "14"),
    ),
    c(
        "report with its own speaker stays a report",
        "Germany sends tanks to Ukraine, says the spokesman.",
        e("DEU", "07", "UKR"),
    ),
]


def test_round8_case_names_are_unique() -> None:
    assert_unique_names(CASES)


@pytest.mark.model
@pytest.mark.parametrize(("name", "text", "expected", "never"), CASES, ids=[x[0] for x in CASES])
def test_round8_sentence_codes(
    code: Any, name: str, text: str, expected: list[Exp], never: tuple[str, ...]
) -> None:
    assert_codes(code(text), expected, never)


@pytest.mark.model
def test_headline_chain_first_clause_is_not_embedded(code: Any) -> None:
    doc = code("China praises Russia ties, accuses Washington of fuelling Ukraine war")
    praise = [ev for ev in doc.events if ev.cameo.startswith("05")]
    assert praise and all(ev.source.actor.code.startswith("CHN") for ev in praise)


@pytest.mark.model
def test_by_agent_of_an_act_object_is_not_the_protester(code: Any) -> None:
    doc = code(
        "Palestinian students staged demonstrations against the detention of activists by the Israeli army."
    )
    protests = [ev for ev in doc.events if ev.cameo.startswith("14")]
    assert protests and not any(ev.source.actor.code.startswith("ISR") for ev in protests), _show(doc.events)
