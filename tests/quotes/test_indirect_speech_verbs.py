"""Core speech verbs in layouts the parser gets wrong: fronted reported words, naming with two objects."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.model import Document

from .passages import Passage
from .test_passages import check_passage

pytestmark = pytest.mark.model

SPEECH_VERB_PASSAGES: list[Passage] = [
    # --- reported words opening the sentence, hung on the cue: `NP, X said.` ---
    (
        "fronted-noun-phrase",
        "Workers like Dana Ruiz, the organiser said.",
        [("Workers like Dana Ruiz", "the organiser", "indirect")],
        [],
    ),
    (
        "fronted-fragment-after-headline",
        "Clinic funding in doubt.\n\nPlan unclear on whether renters are covered, analysts say.",
        [("Plan unclear on whether renters are covered", "analysts", "indirect")],
        [],
    ),
    (
        "fronted-time-is-no-content",
        "This week, the president declined to comment on the report.",
        [],
        ["This week"],
    ),
    # --- naming verbs: the thing named and its name, parsed as two objects ---
    (
        "naming-two-objects",
        "Seoul branded the northern regime a rogue state.",
        [("the northern regime a rogue state", "Seoul", "indirect")],
        [],
    ),
    (
        "naming-apposition-after-quoted-comma",
        "She called the proposal a “joke,” a word her aides later regretted.",
        [("the proposal a “joke", "She", None)],
        ["a word her aides"],
    ),
]


@pytest.mark.parametrize(
    ("pid", "text", "expected", "absent"), SPEECH_VERB_PASSAGES, ids=[p[0] for p in SPEECH_VERB_PASSAGES]
)
def test_speech_verb_passage(
    code: Callable[[str], Document],
    pid: str,
    text: str,
    expected: list[tuple[str, str | None, str | None]],
    absent: list[str],
) -> None:
    check_passage(code(text), pid, expected, absent)
