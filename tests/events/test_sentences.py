"""The hand-written sentence table (tests/events/cases.py) through the full pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.model import Event

from .cases import CASES, Exp

pytestmark = pytest.mark.model


def _matches(ev: Event, exp: Exp) -> bool:
    src, code, tgt, opts = exp
    if not ev.source.actor.code.startswith(src) or not ev.cameo.startswith(code):
        return False
    if tgt is None and ev.target is not None:
        return False
    if tgt not in (None, "*") and (ev.target is None or not ev.target.actor.code.startswith(tgt)):
        return False
    if "neg" in opts and ev.negated != opts["neg"]:
        return False
    by = opts.get("by")
    return by is None or (ev.reported_by is not None and ev.reported_by.actor.code.startswith(by))


def _show(events: tuple[Event, ...]) -> list[str]:
    return [
        f"{e.source.actor.code} {e.cameo} {e.target.actor.code if e.target else '-'}"
        f"{' NEG' if e.negated else ''} by={e.reported_by.actor.code if e.reported_by else '-'} [{e.rule}]"
        for e in events
    ]


def test_table_has_at_least_150_sentences() -> None:
    assert len(CASES) >= 150
    assert len({c[0] for c in CASES}) == len(CASES), "case names must be unique"


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_sentence_yields_expected_events(code: Any, name: str, text: str, expected: list[Exp]) -> None:
    doc = code(text)
    if not expected:
        assert [e for e in doc.events if not e.cameo.startswith("01")] == [], _show(doc.events)
        return
    for exp in expected:
        assert any(_matches(ev, exp) for ev in doc.events), f"{exp} not in {_show(doc.events)}"
