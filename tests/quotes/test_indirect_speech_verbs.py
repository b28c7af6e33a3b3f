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
    # --- subjects the parser lost ---
    (
        "cue-verb-tagged-as-noun",
        "Secrecy is nothing new when it comes to the senator’s health, the former physician maintains.",
        [("Secrecy is nothing new", "physician", "indirect")],
        [],
    ),
    (
        "subject-read-into-a-number",
        "That is a small share of the $40 million analysts say it costs to build a stadium.",
        [("it costs to build a stadium", "analysts", "indirect")],
        [],
    ),
    (
        "past-cue-read-as-participle-after-apposition",
        "Mayor Ana Ortiz (D), the governor's rival in the coming election, called Monday for opening the "
        "budget files.",
        [("opening the budget files", "Mayor Ana Ortiz", "indirect")],
        [],
    ),
    (
        "past-cue-read-as-participle-after-relative-clause",
        "One of the nurses who signed the petition called the director a coward.",
        [("the director a coward", "One of the nurses", "indirect")],
        ["who signed the petition"],
    ),
    ("reduced-relative-names-no-speaker", "A program called Head Start was expanded.", [], ["Head Start"]),
    # --- evidence verbs: documents and figures that show something ---
    (
        "evidence-chronicle",
        "The documentary chronicles the collapse of the steel industry.",
        [("the collapse of the steel industry", "The documentary", "indirect")],
        [],
    ),
    (
        "evidence-illustrate",
        "The figures illustrate how far wages have fallen.",
        [("how far wages have fallen", "The figures", "indirect")],
        [],
    ),
    (
        "subject-of-able-to",
        "He was able to tout his polling strength.",
        [("his polling strength", "He", "indirect")],
        [],
    ),
    (
        "subject-of-slow-to",
        "The agency has been slow to embrace new ideas.",
        [("new ideas", "The agency", "indirect")],
        [],
    ),
    ("worth-noting-names-no-speaker", "It is worth noting that the figures are old.", [], []),
    # --- a `that` clause the parser hung on the noun after the cue ---
    (
        "that-clause-after-at-the-time",
        "The paper reported at the time that the editor had warned staff about the segment.",
        [("that the editor had warned staff", "The paper", "indirect")],
        [],
    ),
    (
        "relative-clause-after-place-is-no-content",
        "The senator spoke at the event that she organized.",
        [],
        ["she organized"],
    ),
    # --- addressee verbs: what is urged or told ---
    (
        "urge-lone-object-is-content",
        "Senator Hale urges restraint on tariffs.",
        [("restraint on tariffs", "Senator Hale", "indirect")],
        [],
    ),
    ("tell-lone-hearer-is-no-content", "The mayor told reporters on Friday.", [], ["reporters"]),
    (
        "tell-infinitive-after-a-place",
        "The governor told residents in a radio address to stay indoors.",
        [("to stay indoors", "The governor", "indirect")],
        [],
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
