"""Event label choice: which triggers of a sentence are coded, and with which code (PLOVER types).

Acts that serve a promised, planned or possible act have not happened ("will visit Senegal to mediate");
legal accusations are accusations, not arrests; resignations are PLOVER RETREAT `resign`.

Each case: (name, sentence, expected events, forbidden code prefixes), as in test_round8.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.ontology import ontology

from .cases import Exp, e
from .table import Case, assert_codes, assert_unique_names, c

CASES: list[Case] = [
    # ---- the purpose of an unrealized act is unrealized too ----
    c(
        "purpose of a future visit",
        "The Kenyan president will travel to Uganda and Rwanda to mediate in their border dispute.",
        e("KEN", "03"),
        never=("04",),
    ),
    c(
        "purpose of a willing act",
        "Canada is ready to send engineers to help rebuild Haiti.",
        e("CAN", "03"),
        never=("07",),
    ),
    c(
        "complement of an offered help",
        "Egypt offered its soldiers to the Sudanese president to help him expel the militias.",
        e("EGY", "03"),
        never=("17",),
    ),
    c(
        "purpose of a done act is still coded",
        "The United Nations sent experts to Syria to investigate the attack.",
        e("IGO", "09"),
    ),
    c(
        "coordinate future acts keep their own reading",
        "Canada said it would ban arms exports to Iran and would deny visas to Iranian officials.",
        e("CAN", "12"),
    ),
    # ---- legal accusations ----
    c(
        "indictment accuses",
        "A Peruvian court indicted the former president.",
        e("PER", "112"),
        never=("17",),
    ),
    c("charging accuses", "Kenyan police charged the opposition leader.", e("KEN", "112"), never=("17",)),
    c(
        "prosecution is a lawsuit",
        "Brazil prosecuted the Chilean mining company.",
        e("BRA", "115"),
        never=("17",),
    ),
    # ---- resignations ----
    c("resignation", "The Georgian prime minister resigned on Sunday.", e("GEO", "0831")),
]


def test_labels_case_names_are_unique() -> None:
    assert_unique_names(CASES)


@pytest.mark.model
@pytest.mark.parametrize(("name", "text", "expected", "never"), CASES, ids=[x[0] for x in CASES])
def test_labels_sentence_codes(
    code: Any, name: str, text: str, expected: list[Exp], never: tuple[str, ...]
) -> None:
    assert_codes(code(text), expected, never)


def test_resignation_is_a_plover_retreat() -> None:
    info = ontology().get("0831")
    assert (info.plover, info.mode) == ("RETREAT", "resign")
