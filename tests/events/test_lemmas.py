"""Verb triggers the tagger mis-lemmatises: doubled consonants and prefixed irregular past forms."""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.events.candidates import irregular_verbs
from tacitus.settings import Settings

pytestmark = pytest.mark.model


def codes(doc: Any) -> set[str]:
    return {e.cameo for e in doc.events}


def test_irregular_table_comes_from_the_parser_model() -> None:
    table = irregular_verbs(Settings().model)
    assert table.get("took") == "take"
    assert table.get("withdrew") == "withdraw"


def test_doubled_final_consonant_is_undoubled(code: Any) -> None:
    doc = code("The Serbian president extolled the agreement with Croatia.")
    assert any(c.startswith("05") for c in codes(doc))


def test_prefixed_irregular_past_finds_the_prefixed_lemma(code: Any) -> None:
    doc = code("Vietnamese troops retook the village from Cambodian rebels on Monday.")
    assert "192" in codes(doc)


def test_unknown_form_stays_uncoded(code: Any) -> None:
    doc = code("The Serbian president retold the story to Croatian journalists.")
    assert not any(c.startswith(("19", "05")) for c in codes(doc))
