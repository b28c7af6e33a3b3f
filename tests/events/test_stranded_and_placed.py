"""A list's last member stranded after a parenthetical, and a sector-only source placed by its act.

"granted aid to Mali, Niger and, with conditions, Sudan": the parse hangs Sudan on the parenthetical; it is
still a recipient. "Farmers protested in Paris": a source with a sector and no country takes the country of
the place it acted in, marked in the rule and with lower confidence (not for troops, refugees and other
sectors often abroad).

Each case: (name, sentence, expected events, forbidden code prefixes), as in test_round7.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.events.fallbacks import PLACED_SUFFIX

from .cases import Exp, e
from .table import Case, assert_codes, assert_unique_names, c

CASES: list[Case] = [
    c(
        "list member after a parenthetical prepositional phrase",
        "The European Union granted aid to Mali, Niger, Chad and, with conditions, Sudan.",
        e("IGO", "07", "MLI"),
        e("IGO", "07", "TCD"),
        e("IGO", "07", "SDN"),
    ),
    c(
        "list member after a parenthetical adverb",
        "France supplied weapons to Chad, Mali and, reportedly, Niger.",
        e("FRA", "07", "TCD"),
        e("FRA", "07", "NER"),
    ),
    c(
        "two-member list with a parenthetical",
        "Japan offered loans to Kenya and, under strict conditions, Zambia.",
        e("JPN", "03", "KEN"),
        e("JPN", "03", "ZMB"),
    ),
    c(
        "sector-only source takes the place's country",
        "Farmers protested in Paris on Monday.",
        e("FRAAGR", "141"),
    ),
]


def test_stranded_case_names_are_unique() -> None:
    assert_unique_names(CASES)


@pytest.mark.model
@pytest.mark.parametrize(("name", "text", "expected", "never"), CASES, ids=[x[0] for x in CASES])
def test_stranded_and_placed_sentence_codes(
    code: Any, name: str, text: str, expected: list[Exp], never: tuple[str, ...]
) -> None:
    assert_codes(code(text), expected, never)


@pytest.mark.model
def test_placed_source_is_marked_and_weighs_less(code: Any) -> None:
    placed = code("Farmers protested in Paris on Monday.").events
    named = code("French farmers protested in Paris on Monday.").events
    assert placed and named
    assert placed[0].source.rule.endswith(PLACED_SUFFIX) and "source country from place" in placed[0].rule
    assert placed[0].confidence < named[0].confidence


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Troops opened fire in Kabul, a week after talks in Islamabad.",
        "Refugees rioted in a camp in Amman, a week after talks in Baghdad.",
    ],
)
def test_sectors_often_abroad_do_not_take_the_country_they_act_in(code: Any, text: str) -> None:
    doc = code(text)
    assert doc.events and not any(ev.source.rule.endswith(PLACED_SUFFIX) for ev in doc.events)


@pytest.mark.model
def test_residents_take_the_country_they_act_in(code: Any) -> None:
    doc = code("Residents protested in Kabul, a week after talks in Islamabad.")
    assert any(ev.source.actor.code == "AFGCVL" for ev in doc.events)


@pytest.mark.model
def test_a_parenthetical_clause_strands_no_member(code: Any) -> None:
    doc = code("Germany sent aid to Chad and, officials said, Sudan had refused it.")
    assert not any(
        ev.cameo.startswith("07") and ev.target and ev.target.actor.code == "SDN" for ev in doc.events
    )
