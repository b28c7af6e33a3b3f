"""The cue lexicon's non-speech senses (`called in to a show`), genre-object verbs and their schema check."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

import pytest
import yaml

from tacitus.errors import DataFileError
from tacitus.quotes.cues import check_cue_schema, default_cue_path, load_cues


@dataclass
class _Tok:
    """A stand-in token: enough of spaCy's Token for the sense check."""

    lower_: str
    lemma_: str = ""
    dep_: str = ""
    children: list[_Tok] = field(default_factory=list)


def _verb(*children: tuple[str, str]) -> _Tok:
    return _Tok("called", "call", "ROOT", [_Tok(word, word, dep) for dep, word in children])


@pytest.mark.parametrize(
    ("children", "no_speech"),
    [
        ((("prt", "in"), ("prep", "to")), True),  # called in to a radio show
        ((("prep", "into"),), True),  # called into a town hall
        ((("prep", "in"), ("prep", "for")), False),  # called in a statement for new talks
        ((("prep", "for"),), False),  # called for new talks
    ],
)
def test_shipped_non_speech_senses_tell_a_phone_call_from_a_call_for(
    children: tuple[tuple[str, str], ...], no_speech: bool
) -> None:
    assert load_cues().non_speech_sense(_verb(*children)) is no_speech


def test_a_verb_without_non_speech_senses_is_always_speech() -> None:
    said = _Tok("said", "say", "ROOT", [_Tok("in", "in", "prt")])
    assert not load_cues().non_speech_sense(said)


def test_a_lexicon_without_non_speech_senses_still_loads() -> None:
    raw = {k: v for k, v in _raw().items() if k != "non_speech_senses"}
    assert not check_cue_schema(raw, "test").non_speech_sense(_verb(("prep", "into")))


@pytest.mark.parametrize(
    ("senses", "problem"),
    [
        ([], "must map"),
        ({"phone": {"particles": ["in"]}}, "no verb class"),
        ({"call": {"adverbs": ["in"]}}, "needs"),
        ({"call": {}}, "needs"),
        ({"call": {"particles": []}}, "non-empty"),
        ({"call": {"particles": ["In"]}}, "lower"),
    ],
)
def test_malformed_non_speech_senses_are_rejected(senses: object, problem: str) -> None:
    raw = copy.deepcopy(_raw())
    raw["non_speech_senses"] = senses
    with pytest.raises(DataFileError, match=problem):
        check_cue_schema(raw, "cues.yaml")


def _raw() -> dict[str, Any]:
    return dict(yaml.safe_load(default_cue_path().read_text(encoding="utf-8")))


def test_genre_object_verbs_must_be_addressee_verbs() -> None:
    assert {"tell", "ask"} <= load_cues().genre_objects
    raw = copy.deepcopy(_raw())
    raw["genre_object_verbs"] = ["say"]
    with pytest.raises(DataFileError, match="not addressee_verbs"):
        check_cue_schema(raw, "cues.yaml")


def test_the_shipped_violence_block_names_attack_and_armed_sectors() -> None:
    violence = load_cues().violence
    assert "attack" in violence.words
    assert {"MIL", "REB"} <= violence.armed_sectors
    assert "convoy" in violence.targets and "rocket" in violence.weapons and "kill" in violence.harm_verbs


def test_a_lexicon_without_a_violence_block_has_no_violent_senses() -> None:
    raw = {k: v for k, v in _raw().items() if k != "violence"}
    assert not check_cue_schema(raw, "test").violence.words


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"words": ["bombard"]}, "neither cue verbs nor cue nouns"),
        ({"armed_sectors": ["mil"]}, "sector codes"),
        ({"armed_sectors": []}, "sector codes"),
        ({"targets": []}, "non-empty"),
        ({"weapons": ["Rocket"]}, "lower"),
        ({"extra": ["x"]}, "exactly the keys"),
    ],
)
def test_malformed_violence_blocks_are_rejected(change: dict[str, object], problem: str) -> None:
    raw = copy.deepcopy(_raw())
    raw["violence"].update(change)
    with pytest.raises(DataFileError, match=problem):
        check_cue_schema(raw, "cues.yaml")
