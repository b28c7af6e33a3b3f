"""Round 6: failed negotiations and the arguments of complex prepositions.

"failed to reach an agreement" ends talks without the agreement: CAMEO 164 (halt negotiations), whose usage
note codes failed negotiations, bi- or multilateral; a plain negated agreement stays a negated 057. The "to"
of "according to" belongs to the complex preposition and names no recipient.

Each case: (name, sentence, expected events, forbidden code prefixes), as in test_round5.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from .cases import Exp, e
from .table import Case, assert_codes, assert_unique_names, c

CASES: list[Case] = [
    # ---- failed to reach an agreement: talks halted (164), both ways ----
    c(
        "failed to reach agreement",
        "Germany and Poland failed to reach an agreement on the border on Friday.",
        e("DEU", "164", "POL"),
        e("POL", "164", "DEU"),
        never=("057",),
    ),
    c(
        "failed to reach a deal with",
        "Iran failed to reach a deal with the European Union on Tuesday.",
        e("IRN", "164", "IGO"),
        never=("057",),
    ),
    c("did not reach agreement", "Germany did not reach an agreement with Poland.", never=("164", "057")),
    # ---- complex prepositions: 'according to' is attribution, not a recipient ----
    c(
        "according to is no recipient",
        "Japanese doctors handed over medicine to the Red Cross in Kabul, according to the Swiss government.",
        e("JPN", "07", "IGO"),
        never=(),
    ),
]


def test_round6_case_names_are_unique() -> None:
    assert_unique_names(CASES)


@pytest.mark.model
@pytest.mark.parametrize(("name", "text", "expected", "never"), CASES, ids=[x[0] for x in CASES])
def test_round6_sentence_codes(
    code: Any, name: str, text: str, expected: list[Exp], never: tuple[str, ...]
) -> None:
    assert_codes(code(text), expected, never)


@pytest.mark.model
def test_according_to_names_no_second_target(code: Any) -> None:
    doc = code(
        "Japanese doctors handed over medicine to the Red Cross in Kabul, according to the Swiss government."
    )
    aid = [ev for ev in doc.events if ev.cameo.startswith("07")]
    assert aid and all(ev.target is not None and ev.target.actor.code.startswith("IGO") for ev in aid)
