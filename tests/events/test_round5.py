"""Round 5: judgement calls between neighbouring codes, decided by the CAMEO codebook's usage notes.

Accord (019) vs intent (030) for "agreed that ..."; an agreement to act (03x) vs a signed agreement (057);
rallying support for a third party (053) vs appealing for policy support (022); an announced future cut of
aid stays a threat (13x: the codebook reads a lead in the future tense as a threat).

Each case: (name, sentence, expected events, forbidden code prefixes), as in test_frames_round3.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from .cases import Exp, e
from .table import Case, assert_codes, assert_unique_names, c

CASES: list[Case] = [
    # ---- agree + finite clause: accord (019), both ways; a cooperative act inside stays an intent ----
    c(
        "agreed that a solution is needed",
        "Germany and France agreed that the crisis required an urgent solution.",
        e("DEU", "019", "FRA"),
        e("FRA", "019", "DEU"),
        never=("030",),
    ),
    c(
        "agreed there was a need",
        "Brazil and Argentina agreed on Tuesday there was an urgent need for a settlement.",
        e("BRA", "019", "ARG"),
        never=("030",),
    ),
    c(
        "agreed that they would cooperate",
        "Germany and France agreed that they would cooperate on trade.",
        e("DEU", "031", "FRA"),
        never=("019",),
    ),
    c(
        "agreed to hold talks",
        "Germany agreed to hold talks with France.",
        e("DEU", "036", "FRA"),
        never=("019",),
    ),
    # ---- reach an agreement to act: intent to that act; a bare agreement reached stays 057 ----
    c(
        "agreement to share intelligence",
        "India and Pakistan reached an agreement to share intelligence on militant groups.",
        e("IND", "0314", "PAK"),
        e("PAK", "0314", "IND"),
        never=("057",),
    ),
    c(
        "deal to resume talks",
        "India reached a deal with Pakistan to resume talks.",
        e("IND", "036", "PAK"),
        never=("057",),
    ),
    c("bare agreement reached", "India and Pakistan reached an agreement on Sunday.", e("IND", "057", "PAK")),
    # ---- urging others to back a party rallies support on its behalf (053); its target is that party ----
    c(
        "urged to back a government",
        "The Egyptian president urged Saudi Arabia to back the Lebanese government.",
        e("EGY", "053", "LBN"),
        never=("022",),
    ),
    c(
        "urged to support a plan",
        "France urged Germany to support the plan.",
        e("FRA", "022", "DEU"),
        never=("053",),
    ),
    c("urged to condemn a party", "France urged Germany to condemn Russia.", e("FRA", "113", "RUS")),
    # ---- an announced future cut stays a threat ----
    c(
        "announced future aid cut",
        "Japan announced that it would suspend all aid to Myanmar.",
        e("JPN", "1311", "MMR"),
        never=("162",),
    ),
]


def test_round5_case_names_are_unique() -> None:
    assert_unique_names(CASES)


@pytest.mark.model
@pytest.mark.parametrize(("name", "text", "expected", "never"), CASES, ids=[x[0] for x in CASES])
def test_round5_sentence_codes(
    code: Any, name: str, text: str, expected: list[Exp], never: tuple[str, ...]
) -> None:
    assert_codes(code(text), expected, never)
