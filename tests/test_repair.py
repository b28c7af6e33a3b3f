"""Restoring quote marks and apostrophes lost to a bad decode (runs of U+FFFD)."""

from __future__ import annotations

import pytest

from tacitus.readers import read_text
from tacitus.readers.repair import repair_replacement_chars

R = "\ufffd\ufffd\ufffd"


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        (f"Norway{R}s foreign minister", "Norway\u2019s foreign minister"),
        (f"they don{R}t agree", "they don\u2019t agree"),
        (
            f"called for {R}lasting peace{R} in the region",
            "called for \u201clasting peace\u201d in the region",
        ),
        (f"{R}We will not yield,{R} she said.", "\u201cWe will not yield,\u201d she said."),
        ("a single \ufffd between Chile\ufffds ports", "a single \ufffd between Chile\u2019s ports"),
        ("clean text stays as it is", "clean text stays as it is"),
    ],
)
def test_runs_of_replacement_characters_become_the_mark_their_neighbours_imply(
    broken: str, fixed: str
) -> None:
    assert repair_replacement_chars(broken) == fixed


def test_documents_are_read_with_the_marks_restored() -> None:
    doc = read_text(f"Kenya{R}s president said {R}enough{R}.")
    assert doc.text == "Kenya\u2019s president said \u201cenough\u201d."
