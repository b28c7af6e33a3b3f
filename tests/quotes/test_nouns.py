"""Speech, attitude and position nouns as cues (`quotes/nouns.py`), and the `attitude_nouns` lexicon list."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import yaml

from tacitus.errors import DataFileError
from tacitus.model import Document
from tacitus.quotes.cues import check_cue_schema, default_cue_path, load_cues

from .passages import Expect
from .test_passages import check_passage

# (id, text, expected (content, speaker, kind), snippets that must not be quoted)
NOUN_PASSAGES: list[tuple[str, str, list[Expect], list[str]]] = [
    (
        "attitude-noun-held-by-the-subject-of-have",
        "The senator has no illusions about the cost of a long war.",
        [("the cost of a long war", "The senator", "indirect")],
        [],
    ),
    (
        "attitude-noun-with-a-that-clause-after-harbor",
        "Several diplomats harbor doubts that the ceasefire will last the winter.",
        [("that the ceasefire will last the winter", "Several diplomats", "indirect")],
        [],
    ),
    (
        "attitude-noun-takes-with-after-a-possessor",
        "Her obsession with border security shaped the whole campaign.",
        [("border security", "Her", "indirect")],
        [],
    ),
    (
        "attitude-noun-takes-in-after-a-possessor",
        "The general's faith in the new drones was not shared by his staff.",
        [("the new drones", "The general's", "indirect")],
        [],
    ),
    (
        "position-noun-in-a-copular-sentence",
        "The governor's bet is that voters will forgive the delay by November.",
        [("that voters will forgive the delay by November", "The governor's", "indirect")],
        [],
    ),
    (
        "communication-noun-after-the-light-verb-make",
        "The mayor made the case for a new stadium near the river.",
        [("a new stadium near the river", "The mayor", "indirect")],
        [],
    ),
    (
        "speech-noun-in-phrase-is-a-place-not-content",
        "His remarks in Lisbon about the fishing quotas angered the union.",
        [("the fishing quotas", "His", "indirect")],
        ["Lisbon"],
    ),
    (
        "speech-noun-on-a-date-is-a-time-not-content",
        "Her speech on Tuesday drew a large crowd of farmers.",
        [],
        ["Tuesday"],
    ),
    (
        "existential-noun-clause-without-holder-drops-a-trailing-time-phrase",
        "There was speculation that the minister would resign, after a week of poor polls.",
        [("that the minister would resign", None, "indirect")],
        ["a week of poor polls"],
    ),
    (
        "noun-content-leaves-out-a-trailing-relative-clause",
        "The chancellor's announcement of new port fees, which worried shippers, came late on Friday.",
        [("new port fees", "The chancellor's", "indirect")],
        ["worried shippers"],
    ),
    (
        "noun-content-takes-a-relative-clause-the-parse-hung-on-the-cue",
        "The two parties unveiled a plan for a joint fund that would pay for rural schools.",
        [("a joint fund that would pay for rural schools", "The two parties", "indirect")],
        [],
    ),
    (
        "noun-content-runs-on-after-a-colon",
        "The rivals have the same position on the pipeline: it must be finished before winter.",
        [("it must be finished before winter", "The rivals", "indirect")],
        [],
    ),
    (
        "commitment-noun-signed-by-the-subject-takes-an-infinitive",
        "The two governments signed an agreement to reopen the mountain border crossing.",
        [("to reopen the mountain border crossing", "The two governments", "indirect")],
        [],
    ),
    (
        "commitment-noun-prepositional-phrase-names-parties-not-terms",
        "The ministry delivered the supply agreements for both rural hospitals.",
        [],
        ["both rural hospitals"],
    ),
    (
        "criticism-received-for-a-reason",
        "The mayor faced sharp criticism for closing the old library.",
        [("closing the old library", None, "indirect")],
        [],
    ),
    (
        "criticism-received-by-the-subject",
        "The new tourism logo drew ridicule online.",
        [("The new tourism logo", None, "indirect")],
        [],
    ),
    (
        "criticism-received-from-named-critics",
        "The coach drew criticism from fans over the starting lineup.",
        [("the starting lineup", "fans", "indirect")],
        [],
    ),
    (
        "criticism-received-by-a-relative-subject-is-left-alone",
        "The agency, whose budget came under scrutiny last year, declined to comment.",
        [],
        ["whose budget"],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(
    ("pid", "text", "expected", "absent"), NOUN_PASSAGES, ids=[p[0] for p in NOUN_PASSAGES]
)
def test_noun_passage(
    code: Callable[[str], Document], pid: str, text: str, expected: list[Expect], absent: list[str]
) -> None:
    check_passage(code(text), pid, expected, absent)


def test_shipped_attitude_nouns_are_cue_nouns() -> None:
    cues = load_cues()
    assert {"doubt", "illusion", "obsession", "faith"} <= cues.attitude_nouns <= cues.nouns


def test_shipped_request_nouns_are_cue_nouns_without_plans_or_decisions() -> None:
    cues = load_cues()
    assert {"call", "demand", "promise", "threat"} <= cues.request_nouns <= cues.nouns
    assert not {"plan", "decision", "idea"} & cues.request_nouns


def test_attitude_nouns_outside_the_noun_list_are_rejected() -> None:
    raw = yaml.safe_load(default_cue_path().read_text(encoding="utf-8"))
    raw["attitude_nouns"] = ["doubt", "daydream"]
    with pytest.raises(DataFileError, match="daydream"):
        check_cue_schema(raw, "cues.yaml")


@pytest.mark.parametrize(
    ("key", "known"),
    [("reception_nouns", "criticism"), ("commitment_nouns", "agreement"), ("request_nouns", "call")],
)
def test_noun_subsets_outside_the_noun_list_are_rejected(key: str, known: str) -> None:
    raw = yaml.safe_load(default_cue_path().read_text(encoding="utf-8"))
    raw[key] = [known, "applause"]
    with pytest.raises(DataFileError, match="applause"):
        check_cue_schema(raw, "cues.yaml")


def test_a_lexicon_without_attitude_or_reception_nouns_still_loads() -> None:
    raw = yaml.safe_load(default_cue_path().read_text(encoding="utf-8"))
    del raw["attitude_nouns"], raw["reception_nouns"], raw["commitment_nouns"], raw["request_nouns"]
    cues = check_cue_schema(raw, "test")
    assert cues.attitude_nouns == cues.reception_nouns == cues.commitment_nouns == frozenset()
    assert cues.request_nouns == frozenset()


@pytest.mark.model
def test_a_claim_set_against_a_clause_is_not_its_subjects(code: Callable[[str], Document]) -> None:
    doc = code("Despite claims that the mayor was the winner of the debate, he lost.")
    claims = [q for q in doc.quotes if q.cue is not None and q.cue.text == "claims"]
    assert len(claims) == 1
    assert claims[0].speaker_text is None
