"""CAMEO codebook definitions and usage notes turned into lexicon entries and coder rules.

- 196 violate ceasefire: a "ceasefire agreement" is the ceasefire; 165 halt mediation: "mediation efforts";
  1623 humanitarian aid cut: food and relief supplies are humanitarian assistance;
- 1724 state of emergency or martial law: "declared a state of siege" suspends rights (not a 191 siege);
- 1712 destroy property: blowing up bridges and buildings (other blasts stay 183 bombings);
- withdrawals and deployments named in the passive without a by-agent ("peacekeepers were shipped out",
  "inspectors were sent") are the acts of whoever the troops or inspectors belong to (1661, 0874, 090);
- refinements (refinements.yaml): aircraft as agent or instrument make an attack aerial (195),
  unsophisticated weapons make a residual fight unconventional violence (180), and forcing out a thousand
  people or more is a mass expulsion (201, not for legal deportations);
- source fallbacks (fallbacks.py): stative passives ("were engaged in"), coordinated light-verb objects
  ("launched artillery and rocket fire"), nominalizations ("the deployment of NATO troops") and clauses the
  parser reads as reduced relatives ("Doctors from two aid groups donated ...").

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
    # ---- refinements from the codebook's usage notes ----
    c("aircraft as agent", "Syrian helicopter gunships killed 12 civilians near Aleppo.", e("SYR", "195")),
    c(
        "aircraft as instrument",
        "Russian forces attacked Ukrainian positions with drones.",
        e("RUS", "195", "UKR"),
    ),
    c(
        "suicide bombers are not aircraft",
        "Three Somali suicide bombers killed 14 villagers in Baidoa.",
        e("SOM", "18"),
        never=("195",),
    ),
    c(
        "ground attack stays conventional",
        "Israeli troops attacked Hamas positions in Gaza.",
        e("ISR", "190"),
    ),
    c(
        "machetes make unconventional violence",
        "A village in Congo was attacked by Hutu militiamen armed with machetes.",
        e("*", "180"),
        never=("19",),
    ),
    c("thousands expelled", "Sudan expelled thousands of Eritrean refugees.", e("SDN", "201")),
    c("a few expelled", "Kenya expelled two British journalists.", e("KEN", "174"), never=("20",)),
    c("deportations stay legal", "Iraq deported 1,200 Iranians last year.", e("IRQ", "174"), never=("20",)),
    # ---- source fallbacks ----
    c(
        "stative passive light verb",
        "Burmese troops were engaged in ethnic cleansing in Rakhine.",
        e("MMR", "203"),
    ),
    c(
        "coordinated light-verb object",
        "Ethiopian troops launched mortar, rocket and artillery fire against Eritrean rebel bases.",
        e("ETH", "194"),
    ),
    c(
        "nominalization takes its troops' owner",
        "The withdrawal of Russian troops from Georgia began on Monday.",
        e("RUS", "0874", "GEO"),
    ),
    c(
        "nominal root with participle",
        "Nurses from two British aid groups donated and personally delivered medicine to a clinic in Kabul.",
        e("GBR", "07"),
    ),
    c(
        "fronted clause before speech verb",
        "Palestinian youths resorted to throwing stones at soldiers, officials said on Thursday.",
        e("PSE", "145"),
    ),
    c("reduced relative by-agent", "Goods donated by Japan arrived in Haiti.", e("JPN", "070")),
    c("real reduced relative has no source", "Weapons seized in the raid were destroyed.", never=("17",)),
]


def test_case_names_are_unique() -> None:
    assert_unique_names(CASES)


@pytest.mark.model
@pytest.mark.parametrize(("name", "text", "expected", "never"), CASES, ids=[x[0] for x in CASES])
def test_codebook_rule_sentence_codes(
    code: Any, name: str, text: str, expected: list[Exp], never: tuple[str, ...]
) -> None:
    assert_codes(code(text), expected, never)
