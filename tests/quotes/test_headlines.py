"""Title-case headline detection and sentence-casing (quotes/headlines.py); no model needed."""

from __future__ import annotations

import pytest

from tacitus.quotes.headlines import _is_title_case, sentence_case


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Governor Pledges To Scrap Fees Charged By Banks", True),
        ("Senate Plan for Housing Is Bold but Costly", True),
        ("The mayor vowed on Monday to cut rents for seniors.", False),
        ("WASHINGTON", False),
        ("Lopez Wins", False),
    ],
)
def test_title_case_lines_are_recognised(line: str, title: bool) -> None:
    assert _is_title_case(line) is title


def test_sentence_case_keeps_the_first_word_acronyms_and_known_names() -> None:
    line = "Sanders Vows To Cut GOP Tax Breaks For Wall Street"
    out = sentence_case(line, {"sanders", "wall", "street"})
    assert out == "Sanders vows to cut GOP tax breaks for Wall Street"
    assert len(out) == len(line)
