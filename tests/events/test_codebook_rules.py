"""CAMEO codebook definitions and usage notes turned into lexicon entries and coder rules.

- 196 violate ceasefire: a "ceasefire agreement" is the ceasefire; 165 halt mediation: "mediation efforts";
  1623 humanitarian aid cut: food and relief supplies are humanitarian assistance;
- 1724 state of emergency or martial law: "declared a state of siege" suspends rights (not a 191 siege);
- 1712 destroy property: blowing up bridges and buildings (other blasts stay 183 bombings);
- withdrawals and deployments named in the passive without a by-agent ("peacekeepers were shipped out",
  "inspectors were sent") are the acts of whoever the troops or inspectors belong to (1661, 0874, 090).

Each case: (name, sentence, expected events, forbidden code prefixes), as in test_round8.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from .cases import Exp, e
from .table import Case, assert_codes, assert_unique_names, c

CASES: list[Case] = [
    # ---- lexicon: objects the codebook names ----
    c(
        "ceasefire agreement violated",
        "Rebels in Sudan violated the ceasefire agreement on Monday.",
        e("SDN", "196"),
    ),
    c(
        "mediation efforts ended",
        "Egyptian diplomats ended their mediation efforts between the Libyan factions.",
        e("EGY", "165"),
    ),
    c(
        "food supplies cut",
        "The World Food Programme cut food supplies to refugee camps in Kenya.",
        e("IGO", "1623"),
    ),
    c(
        "state of siege declared",
        "The army declared a state of siege in Peru.",
        e("*", "1724"),
        never=("191",),
    ),
    c("bridge blown up", "Maoist rebels blew up a bridge in Nepal.", e("NPL", "1712"), never=("183",)),
    c("bus blown up stays a bombing", "Militants blew up a bus in Quetta, killing nine.", e("*", "18")),
    # ---- passive withdrawals and deployments: the troops' owner acts ----
    c(
        "peacekeepers shipped out",
        "Forty Indian peacekeepers were shipped out of Congo.",
        e("IND", "1661", "COD"),
    ),
    c("troops withdrawn", "Nigerian troops were withdrawn from Liberia.", e("NGA", "0874", "LBR")),
    c("inspectors sent", "UN inspectors were sent to Iraq last week.", e("IGO", "090", "IRQ")),
]


def test_case_names_are_unique() -> None:
    assert_unique_names(CASES)


@pytest.mark.model
@pytest.mark.parametrize(("name", "text", "expected", "never"), CASES, ids=[x[0] for x in CASES])
def test_codebook_rule_sentence_codes(
    code: Any, name: str, text: str, expected: list[Exp], never: tuple[str, ...]
) -> None:
    assert_codes(code(text), expected, never)
