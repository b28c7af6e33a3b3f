"""Verbal readings: a verb that reports a content clause is a verbal act, and travel is no return.

"Protested that ..." is a complaint (CAMEO 111, PLOVER ACCUSE), not a demonstration (141), unless a crowd
marched while saying it; "insisted that <a fact>" is an assertion (010) while "insisted that X must / that X
halt" and "insisted on X" stay demands. "Returned to <a place>" returns nothing (084 needs an object), and a
guest "welcomed to" a place is a hosted visit (043).

Each case: (name, sentence, expected events, forbidden code prefixes), as in test_round7.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.errors import DataFileError
from tacitus.events.lexicon import parse_entries

from .cases import Exp, e
from .table import Case, assert_codes, assert_unique_names, c

CASES: list[Case] = [
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
