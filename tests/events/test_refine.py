"""Codebook refinement rules (refinements.yaml): schema checks of the built-in file and of bad files."""

from __future__ import annotations

import pytest

from tacitus.errors import DataFileError
from tacitus.events.refine import load_refinements, parse_refinements
from tacitus.ontology import ontology


def test_builtin_refinements_load_with_known_codes() -> None:
    rules = load_refinements()
    assert {r.cameo for r in rules} >= {"195", "180", "201"}
    for r in rules:
        assert r.cameo in ontology() and r.sources and (r.words or r.quantity)


def test_rule_applies_to_its_source_codes_and_triggers_only() -> None:
    rules = {r.name: r for r in load_refinements()}
    assert rules["aerial weapons"].applies_to("190", "attack")
    assert not rules["aerial weapons"].applies_to("195", "bomb")  # already the code
    assert not rules["aerial weapons"].applies_to("120", "reject")
    assert rules["mass expulsion"].applies_to("174", "expel")
    assert not rules["mass expulsion"].applies_to("174", "deport")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("version: 1\nkind: verbs\nrules: []\n", "kind must be"),
        ('version: 1\nkind: refinements\nrules:\n  - {cameo: "999", from: ["19"], words: [jet]}\n', "CAMEO"),
        ('version: 1\nkind: refinements\nrules:\n  - {cameo: "195", from: ["19"]}\n', "either words"),
        (
            'version: 1\nkind: refinements\nrules:\n  - {cameo: "195", from: ["19"], colour: red}\n',
            "expected",
        ),
        (
            'version: 1\nkind: refinements\nrules:\n  - {cameo: "201", from: ["174"], quantity: many}\n',
            "integer",
        ),
    ],
)
def test_malformed_refinements_are_rejected(text: str, problem: str) -> None:
    with pytest.raises(DataFileError, match=problem):
        parse_refinements("bad.yaml", text)
