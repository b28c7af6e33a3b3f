"""Hand-written mention cases for harder references: (text, article date, mention text, expected code).

Former states, misspellings, ethnic minorities, contextual roles, appositions, coordinated and gendered
pronouns.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

D = "2022-05-01"

# Former and renamed states, and places that changed country, coded by the article's date.
HISTORIC = [
    ("The Soviet Union invaded Afghanistan.", "1980-01-10", "Soviet Union", "USR"),
    ("Soviet troops crossed the border.", "1980-01-10", "Soviet troops", "USRMIL"),
    ("The USSR vetoed the resolution.", "1975-01-10", "USSR", "USR"),
    ("Congo closed its border with Gabon.", "1990-06-01", "Congo", "COG"),
    ("Congo closed its border with Rwanda.", "2020-06-01", "Congo", "COD"),
    ("Zaire expelled Belgian diplomats.", "1990-06-01", "Zaire", "COD"),
    ("Yugoslavia protested to Albania.", "1989-03-01", "Yugoslavia", "YUG"),
    ("Yugoslavia rejected the NATO ultimatum.", "1999-03-20", "Yugoslavia", "SRB"),
    ("Czechoslovakia and Poland signed a treaty.", "1985-05-01", "Czechoslovakia", "CSK"),
    ("East Germany opened the border.", "1989-11-09", "East Germany", "DDR"),
    ("Rebels shelled Juba overnight.", "2005-03-01", "Juba", "SDN"),
    ("Juba accused Khartoum of backing rebels.", "2015-03-01", "Juba", "SSDGOV"),
]

CASES = HISTORIC


def _check(code_actors, text: str, day: str | None, mention: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    doc = code_actors(text, day)
    start = doc.text.index(mention)
    found = [m for m in doc.mentions if m.start <= start and start + len(mention) <= m.end]
    assert found, f"no mention covers {mention!r}: {[(m.text, m.actor.code) for m in doc.mentions]}"
    got = [(m.text, m.actor.code, m.rule) for m in found]
    assert found[0].actor.code == expected, got


@pytest.mark.parametrize(("text", "day", "mention", "expected"), CASES)
def test_actors_context_case_table_codes_mention(
    code_actors, text: str, day: str | None, mention: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    _check(code_actors, text, day, mention, expected)
