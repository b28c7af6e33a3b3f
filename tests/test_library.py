"""The library entry point: `tacitus.code_text` codes a string with the default pipeline."""

from __future__ import annotations

import pytest

import tacitus

pytestmark = pytest.mark.model


def test_code_text_codes_a_sentence_and_reuses_one_pipeline() -> None:
    doc = tacitus.code_text("Russian forces shelled Kharkiv on Monday.", date="2026-03-02")
    assert [(e.source.actor.code, e.cameo[:2]) for e in doc.events] == [("RUSMIL", "19")]
    assert doc.events[0].date is not None and doc.events[0].date.isoformat() == "2026-03-02"
    tacitus.code_text("China praised Russia.")
    assert tacitus._default_pipeline.cache_info().currsize == 1
