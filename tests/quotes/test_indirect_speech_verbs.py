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
        "Farmers like the Okafors, the union leader said.",
        [("Farmers like the Okafors", "the union leader", "indirect")],
        [],
    ),
    (
        "fronted-fragment-after-headline",
        "Ferry cuts loom.\n\nFerry schedule unclear on whether winter sailings continue, officials say.",
        [("Ferry schedule unclear on whether winter sailings continue", "officials", "indirect")],
        [],
    ),
    (
        "fronted-time-is-no-content",
        "On Tuesday, the governor declined to comment on the audit.",
        [],
        ["On Tuesday"],
    ),
    # --- subjects the parser lost ---
    (
        "cue-verb-tagged-as-noun",
        "Landslides are common once the rains begin in earnest, the district's chief geologist maintains.",
        [("Landslides are common", "geologist", "indirect")],
        [],
    ),
    (
        "subject-read-into-a-number",
        "That is a third of the 90 days lawyers say the appeal usually takes.",
        [("the appeal usually takes", "lawyers", "indirect")],
        [],
    ),
    (
        "past-cue-read-as-participle-after-apposition",
        "Senator Ruth Okoro (I), the governor's main rival, called Tuesday for an audit of the agency.",
        [("an audit of the agency", "Senator Ruth Okoro", "indirect")],
        [],
    ),
    (
        "past-cue-read-as-participle-after-relative-clause",
        "Two of the pilots who joined the strike called the airline reckless.",
        [("the airline reckless", "Two of the pilots", "indirect")],
        ["who joined the strike"],
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
        "subject-of-unable-to",
        "The coach was unable to praise the referee.",
        [("the referee", "The coach", "indirect")],
        [],
    ),
    (
        "subject-of-quick-to",
        "The ministry has been quick to dismiss the complaints.",
        [("the complaints", "The ministry", "indirect")],
        [],
    ),
    ("worth-noting-names-no-speaker", "It is worth noting that the figures are old.", [], []),
    # --- a `that` clause the parser hung on the noun after the cue ---
    (
        "that-clause-after-a-time-phrase",
        "The wire service reported at dawn that the ambassador had left the capital.",
        [("that the ambassador had left the capital", "The wire service", "indirect")],
        [],
    ),
    (
        "relative-clause-after-place-is-no-content",
        "The senator spoke at the event that she organized.",
        [],
        ["she organized"],
    ),
    (
        "cue-verb-tagged-as-noun-with-infinitive",
        "The union campaign plans to picket the depot.",
        [("to picket the depot", "The union campaign", "indirect")],
        [],
    ),
    (
        "infinitive-read-as-adverbial",
        "If prices fall, the firm could close the plant or decline to expand it should demand slump.",
        [("to expand it", "the firm", "indirect")],
        [],
    ),
    # --- answering by doing: `responded by ...` ---
    (
        "responded-by-gerund",
        "The finance minister responded by cutting the fees.",
        [("cutting the fees", "The finance minister", "indirect")],
        [],
    ),
    (
        "responded-by-saying-leaves-the-content-to-saying",
        "The governor responded by saying that the roads were safe.",
        [("that the roads were safe", "The governor", "indirect")],
        ["by saying"],
    ),
    # --- addressee verbs: what is urged or told ---
    (
        "urge-lone-object-is-content",
        "Senator Hale urges restraint on tariffs.",
        [("restraint on tariffs", "Senator Hale", "indirect")],
        [],
    ),
    ("tell-lone-hearer-is-no-content", "The mayor told reporters on Friday.", [], ["reporters"]),
    ("tell-genre-object-is-no-content", "The host told more jokes at the dinner.", [], ["jokes"]),
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
