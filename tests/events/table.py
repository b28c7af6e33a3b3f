"""Shared machinery of the hand-written sentence tables: (name, sentence, expected events, forbidden codes).

An expected event is `e(source, cameo, target)` from `cases.py`: codes match by prefix, "*" matches any
actor and a target of None means the event must have none.
"""

from __future__ import annotations

from collections.abc import Sequence

from tacitus.model import Document, Event

from .cases import Exp

Case = tuple[str, str, list[Exp], tuple[str, ...]]


def c(name: str, text: str, *expected: Exp, never: tuple[str, ...] = ()) -> Case:
    return (name, text, list(expected), never)


def matches(ev: Event, exp: Exp) -> bool:
    src, code, tgt, _ = exp
    if (src != "*" and not ev.source.actor.code.startswith(src)) or not ev.cameo.startswith(code):
        return False
    if tgt is None:
        return ev.target is None
    return tgt == "*" or (ev.target is not None and ev.target.actor.code.startswith(tgt))


def show(events: Sequence[Event]) -> list[str]:
    return [
        f"{e.source.actor.code} {e.cameo} {e.target.actor.code if e.target else '-'} [{e.rule}]"
        for e in events
    ]


def assert_codes(doc: Document, expected: list[Exp], never: tuple[str, ...]) -> None:
    """Every expected event is coded (not negated) and no forbidden code prefix is."""
    events = tuple(ev for ev in doc.events if not ev.negated)
    for exp in expected:
        assert any(matches(ev, exp) for ev in events), f"{exp} not in {show(doc.events)}"
    for prefix in never:
        assert not any(ev.cameo.startswith(prefix) for ev in events), f"{prefix} in {show(doc.events)}"


def assert_unique_names(cases: Sequence[Case]) -> None:
    assert len({name for name, *_ in cases}) == len(cases), "case names must be unique"
