"""The cue lexicon data file and its schema check."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.errors import DataFileError
from tacitus.quotes.cues import check_cue_schema, load_cues


def test_shipped_cue_file_passes_the_schema_and_has_core_verbs() -> None:
    cues = load_cues()
    assert {"say", "tell", "add"} <= cues.clausal_verbs
    assert {"accuse", "urge", "deny"} <= cues.object_verbs
    assert ("according", "to") in cues.phrases


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ([], "mapping"),
        ({"clausal_verbs": ["say"], "object_verbs": ["urge"], "nouns": ["claim"]}, "phrases"),
        ({"clausal_verbs": ["Say"], "object_verbs": ["urge"], "nouns": ["x"], "phrases": ["a b"]}, "lower"),
        (
            {"clausal_verbs": ["say", "say"], "object_verbs": ["u"], "nouns": ["x"], "phrases": ["a"]},
            "duplicate",
        ),
        (
            {"clausal_verbs": ["say"], "object_verbs": ["u"], "nouns": ["x"], "phrases": ["a"], "x": []},
            "unknown",
        ),
    ],
)
def test_cue_schema_rejects_malformed_lexicons(raw: object, problem: str) -> None:
    with pytest.raises(DataFileError, match=problem):
        check_cue_schema(raw, "cues.yaml")


def test_unreadable_cue_file_raises_data_file_error(tmp_path: Path) -> None:
    bad = tmp_path / "cues.yaml"
    bad.write_text("clausal_verbs: [say\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="invalid YAML"):
        load_cues(bad)
