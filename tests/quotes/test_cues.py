"""The cue lexicon data file and its schema check."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from tacitus.errors import DataFileError
from tacitus.quotes.cues import check_cue_schema, default_cue_path, load_cues


def test_shipped_cue_file_passes_the_schema_and_has_core_verbs() -> None:
    cues = load_cues()
    assert {"say", "tell", "add", "accuse", "urge", "deny", "believe", "show"} <= cues.verbs
    assert ("according", "to") in cues.phrases
    assert {"allegedly", "reportedly"} <= cues.adverbs


def test_a_lexicon_without_the_optional_adverbs_still_loads() -> None:
    raw = {k: v for k, v in _raw().items() if k != "adverbs"}
    assert check_cue_schema(raw, "test").adverbs == frozenset()


def test_a_lexicon_without_the_optional_attitude_lists_still_loads() -> None:
    keys = {"seeming_verbs", "seeming_infinitive_verbs", "attitude_adjectives", "impersonal_adjectives"}
    cues = check_cue_schema({k: v for k, v in _raw().items() if k not in keys | {"source_nouns"}}, "test")
    assert cues.seeming == cues.attitude_adjectives == cues.source_nouns == frozenset()


def test_a_lexicon_without_channel_nouns_still_loads() -> None:
    raw = {k: v for k, v in _raw().items() if k != "channel_nouns"}
    assert check_cue_schema(raw, "test").channels == frozenset()


def test_shipped_attitude_lists_hold_the_core_words() -> None:
    cues = load_cues()
    assert {"seem", "look"} <= cues.seeming and cues.seeming_infinitive == {"seem"}
    assert {"afraid", "determined", "critical"} <= cues.attitude_adjectives
    assert "clear" in cues.impersonal_adjectives and "poll" in cues.source_nouns
    assert {"twitter", "email", "interview"} <= cues.channels


def test_verb_classes_say_which_complements_are_content() -> None:
    cues = load_cues()
    assert cues.takes("say", "clause") and cues.takes("say", "object")
    assert cues.takes("urge", "infinitive") and cues.takes("accuse", "preposition")
    assert cues.takes("know", "clause") and not cues.takes("know", "object")
    assert not cues.takes("add", "object")  # "added three points"
    assert cues.takes("speak", "topic") and not cues.takes("speak", "preposition")
    assert "tell" in cues.addressee_verbs and "call" in cues.naming_verbs


def test_act_verbs_are_loaded_with_their_content_kinds() -> None:
    cues = load_cues()
    assert cues.acts["impose"] == {"object", "infinitive", "preposition"}
    assert "link" in cues.acts and "link" not in cues.verbs  # an act is not a speech cue
    assert {"nominee", "council"} <= cues.agents


def test_a_lexicon_without_act_verbs_still_loads() -> None:
    raw = {k: v for k, v in _raw().items() if k not in ("act_verbs", "agent_nouns")}
    cues = check_cue_schema(raw, "test")
    assert cues.acts == {} and cues.agents == frozenset()


def test_an_act_verb_that_is_also_a_cue_verb_is_rejected() -> None:
    raw = copy.deepcopy(_raw())
    raw["act_verbs"]["enactment"]["verbs"].append("say")
    with pytest.raises(DataFileError, match="also in verb_classes"):
        check_cue_schema(raw, "test")


def test_act_verbs_take_phrasal_entries_and_issue_and_wording_kinds() -> None:
    cues = load_cues()
    assert cues.acts["bring up"] == {"object", "preposition"} and "bring" not in cues.acts
    assert cues.acts["vote"] == {"infinitive", "issue"} and cues.acts["use"] == {"wording"}
    assert {"phrase", "term"} <= cues.wordings


def test_a_phrasal_act_verb_on_a_cue_verb_is_rejected() -> None:
    raw = copy.deepcopy(_raw())
    raw["act_verbs"]["phrasal"]["verbs"].append("speak out")
    with pytest.raises(DataFileError, match="also in verb_classes"):
        check_cue_schema(raw, "test")


def test_an_act_class_with_a_clause_content_is_rejected() -> None:
    raw = copy.deepcopy(_raw())
    raw["act_verbs"]["enactment"]["content"] = ["clause"]
    with pytest.raises(DataFileError, match="content must be"):
        check_cue_schema(raw, "test")


def _raw() -> dict[str, Any]:
    return dict(yaml.safe_load(default_cue_path().read_text(encoding="utf-8")))


def _with(**changes: object) -> dict[str, Any]:
    raw = copy.deepcopy(_raw())
    raw.update(changes)
    return raw


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ([], "mapping"),
        ({k: v for k, v in _raw().items() if k != "phrases"}, "missing"),
        (_with(extra=[]), "unknown"),
        (_with(nouns=["Claim"]), "lower"),
        (_with(nouns=["claim", "claim"]), "duplicate"),
        (_with(seeming_verbs=["Seem"]), "lower"),
        (_with(source_nouns=[]), "non-empty"),
        (
            _with(
                verb_classes={
                    "a": {"content": ["clause"], "verbs": ["say"]},
                    "b": {"content": [], "verbs": ["say"]},
                }
            ),
            "already",
        ),
        (_with(verb_classes={"a": {"content": ["sound"], "verbs": ["say"]}}), "content"),
        (_with(verb_classes={"a": {"verbs": ["say"]}}), "exactly"),
        (_with(addressee_verbs=["harangue"]), "no verb class"),
        (_with(lemma_fixes={"Hoping": "hope"}), "lemma_fixes"),
    ],
)
def test_cue_schema_rejects_malformed_lexicons(raw: object, problem: str) -> None:
    with pytest.raises(DataFileError, match=problem):
        check_cue_schema(raw, "cues.yaml")


def test_lemma_fixes_repair_lemmatizer_errors() -> None:
    class Tok:
        lower_ = "hoping"
        lemma_ = "hop"

    assert load_cues().lemma(Tok()) == "hope"


def test_unreadable_cue_file_raises_data_file_error(tmp_path: Path) -> None:
    bad = tmp_path / "cues.yaml"
    bad.write_text("verb_classes: [say\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="invalid YAML"):
        load_cues(bad)
