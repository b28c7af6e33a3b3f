"""Verbal readings: a verb that reports a content clause is a verbal act, and travel is no return.

"Protested that ..." is a complaint (CAMEO 111, PLOVER ACCUSE), not a demonstration (141), unless a crowd
marched while saying it; "insisted that <a fact>" is an assertion (010) while "insisted that X must / that X
halt" and "insisted on X" stay demands; a protest by one state, official or person is a complaint too: a
demonstration needs a crowd. "Returned to <a place>" returns nothing (084 needs an object), and a
guest "welcomed to" a place is a hosted visit (043).

Each case: (name, sentence, expected events, forbidden code prefixes), as in test_round7.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.errors import DataFileError
from tacitus.events.coder import (
    IMPLICIT_STATUS,
    INHERITED_STATUS,
    Coded,
    Decision,
    SentenceResult,
    note_inherited,
)
from tacitus.events.lexicon import parse_entries
from tacitus.model import Actor, Mention, Span

from .cases import Exp, e
from .table import Case, assert_codes, assert_unique_names, c

CASES: list[Case] = [
    # ---- speaking: with or to someone is a consultation, at an event a statement ----
    c(
        "speaking at a news conference is a statement, not a consultation",
        "Speaking at a news conference in Lima, the Peruvian foreign minister said the border was calm.",
        e("PER", "010"),
        never=("04",),
    ),
    c(
        "speaking with a counterpart consults",
        "The Kenyan president spoke with Ethiopia's prime minister.",
        e("KEN", "040", "ETH"),
    ),
    # ---- protest with a content clause ----
    c(
        "protest with a that-clause is a complaint",
        "The Egyptian government protested that the border guards had been attacked.",
        e("EGY", "111"),
        never=("14",),
    ),
    c(
        "protest to a party with a that-clause targets it",
        "Greece protested to Turkey that its warplanes had violated Greek airspace.",
        e("GRC", "111", "TUR"),
        never=("14",),
    ),
    c(
        "protest against a decision while saying is a complaint",
        "The Polish foreign minister protested against the ruling, saying it ignored the treaty.",
        e("POL", "111"),
        never=("14",),
    ),
    c(
        "a crowd protesting while saying still demonstrates",
        "Thousands of students protested in Nairobi, saying fees were too high.",
        e("KEN", "141"),
    ),
    c("a bare protest is a demonstration", "Farmers protested in Paris on Monday.", e("*", "141")),
    c(
        "a state protesting an act complains",
        "Iran protested the visit of the Israeli minister.",
        e("IRN", "111", "ISR"),
        never=("14",),
    ),
    c(
        "a state's purpose-clause protest complains to the host act's party",
        "Ukraine recalled its ambassador from Hungary to protest the new law.",
        e("UKR", "111", "HUN"),
        never=("14",),
    ),
    c("a plural demonym protesting marches", "Iranians protested in Tehran.", e("IRN", "141"), never=("11",)),
    c(
        "a union protesting marches",
        "The dockers' union protested the layoffs.",
        e("*", "141"),
        never=("11",),
    ),
    # ---- insist ----
    c(
        "insist on a fact is an assertion",
        "The Serbian president insisted that the election had been fair.",
        e("SRB", "010"),
        never=("10",),
    ),
    c(
        "insist that someone must act is a demand",
        "The Serbian president insisted that Kosovo must withdraw its police.",
        e("SRB", "10", "KSV"),
    ),
    c(
        "insist on a subjunctive is a demand",
        "The Serbian president insisted that Kosovo withdraw its police.",
        e("SRB", "10", "KSV"),
    ),
    # ---- return, welcome ----
    c(
        "returning to a place returns nothing",
        "The Afghan president returned to Kabul on Sunday.",
        never=("08",),
    ),
    c(
        "returning prisoners is a return",
        "Ethiopia returned the captured soldiers to Eritrea.",
        e("ETH", "084", "ERI"),
    ),
    c(
        "welcoming a guest to a place hosts a visit",
        "Kenyan President Ruto welcomed Chinese President Xi Jinping to Nairobi.",
        e("KEN", "043", "CHN"),
        never=("05",),
    ),
    c("welcoming a decision is praise", "Germany welcomed the agreement.", e("DEU", "051"), never=("04",)),
]


def test_verbal_reading_case_names_are_unique() -> None:
    assert_unique_names(CASES)


@pytest.mark.model
@pytest.mark.parametrize(("name", "text", "expected", "never"), CASES, ids=[x[0] for x in CASES])
def test_verbal_reading_sentence_codes(
    code: Any, name: str, text: str, expected: list[Exp], never: tuple[str, ...]
) -> None:
    assert_codes(code(text), expected, never)


@pytest.mark.model
def test_clause_reading_is_named_in_the_rule(code: Any) -> None:
    doc = code("Greece protested to Turkey that its warplanes had violated Greek airspace.")
    assert any("[content clause]" in ev.rule for ev in doc.events if ev.cameo == "111")


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("protest: {cameo: '141', clause: '999'}", "clause must be"),
        ("march: {cameo: '141', clause: 111}", "clause must be"),
        ("return: {cameo: '084', transitive: 'yes'}", "transitive must be"),
    ],
)
def test_bad_clause_or_transitive_key_is_rejected(raw: str, problem: str) -> None:
    with pytest.raises(DataFileError, match=problem):
        parse_entries("user.yaml", f"version: 1\nkind: verbs\nentries:\n  {raw}\n")


def test_nouns_take_no_clause_code() -> None:
    with pytest.raises(DataFileError, match="clause must be"):
        parse_entries(
            "user.yaml", "version: 1\nkind: nouns\nentries:\n  protest: {cameo: '141', clause: '111'}\n"
        )


def test_clause_and_transitive_keys_load() -> None:
    (entry,) = parse_entries(
        "user.yaml",
        "version: 1\nkind: verbs\nentries:\n  gripe: {cameo: '141', clause: '111', transitive: true}\n",
    )
    assert entry.clause == "111" and entry.transitive


@pytest.mark.model
def test_rule_names_a_fallback_slot_once(code: Any) -> None:
    doc = code("Sudanese rebels will return the weapons seized from UN peacekeepers.")
    rules = [ev.rule for ev in doc.events if ev.cameo.startswith("03")]
    assert rules and all(r.count(">phrase") <= 1 for r in rules), rules


def _mention(mid: int, code: str, at: int, end: int) -> Mention:
    return Mention(mid, at, end, "x" * (end - at), 0, Actor(code, code, code[:3]), "test")


def test_explanation_says_an_implicit_recipient_was_inherited() -> None:
    """An event that first took the implicit domestic recipient, then its host act's, says it inherited."""
    police, party = _mention(0, "EGYCOP", 0, 6), _mention(1, "EGYOPP", 20, 25)
    trigger = Span(40, 49, "arresting")
    res = SentenceResult(
        events=[Coded(0, police, party, "173", trigger, "verbs.yaml:arrest>inherited", 1.0)],
        decisions=[
            Decision(
                trigger, "arrest", "verbs.yaml:arrest>implicit:domestic", "173", "coded" + IMPLICIT_STATUS, 1
            )
        ],
    )
    note_inherited(res)
    (d,) = res.decisions
    assert d.status == "coded" + INHERITED_STATUS and d.rule == "verbs.yaml:arrest>inherited"


def test_explanation_of_an_event_that_kept_its_recipient_is_unchanged() -> None:
    police = _mention(0, "EGYCOP", 0, 6)
    trigger = Span(40, 49, "arresting")
    implicit = Mention(-1, 40, 40, "", 0, Actor("EGY", "Egypt", "EGY"), "implicit:domestic")
    decision = Decision(
        trigger, "arrest", "verbs.yaml:arrest>implicit:domestic", "173", "coded" + IMPLICIT_STATUS, 1
    )
    res = SentenceResult(
        events=[Coded(0, police, implicit, "173", trigger, "verbs.yaml:arrest>implicit:domestic", 1.0)],
        decisions=[decision],
    )
    note_inherited(res)
    assert res.decisions == [decision]
