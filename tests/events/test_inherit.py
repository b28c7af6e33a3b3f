"""A subordinate act with no named recipient takes its host act's recipient, not the implicit domestic one."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from tacitus.events.coder import Coded
from tacitus.events.inherit import inherit_targets
from tacitus.model import Actor, Mention, Span

WORDS = ["Rebels", "fired", "rockets", "at", "the", "base", ",", "killing", "or", "wounding", "four", "."]
HEADS = [1, 1, 1, 1, 5, 3, 1, 1, 7, 7, 9, 1]
DEPS = ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct", "advcl", "cc", "conj", "dobj", "punct"]


def parsed() -> Any:
    return Doc(Vocab(), words=WORDS, heads=HEADS, deps=DEPS)


def mention(doc: Any, i: int, code: str, mid: int) -> Mention:
    t = doc[i]
    return Mention(mid, t.idx, t.idx + len(t.text), t.text, 0, Actor(code, code, code[:3]), "test")


def event(doc: Any, i: int, source: Mention, target: Mention | None, rule: str) -> Coded:
    t = doc[i]
    return Coded(0, source, target, "190", Span(t.idx, t.idx + len(t.text), t.text), rule, 1.0)


def implicit(doc: Any, i: int) -> Mention:
    return Mention(-1, doc[i].idx, doc[i].idx, "", 0, Actor("SDN", "Sudan", "SDN"), "implicit:domestic")


def test_participle_consequences_hit_the_attacked_party() -> None:
    doc = parsed()
    rebels, base = mention(doc, 0, "SDNREB", 0), mention(doc, 5, "TCDMIL", 1)
    events = [
        event(doc, 1, rebels, base, "fire>at"),
        event(doc, 7, rebels, implicit(doc, 7), "kill>implicit:domestic"),
        event(doc, 9, rebels, None, "wound"),
    ]
    out = inherit_targets(events, doc[:])
    assert [e.target.actor.code if e.target else None for e in out] == ["TCDMIL", "TCDMIL", "TCDMIL"]
    assert out[1].rule == "kill>inherited" and out[2].rule == "wound>inherited"


def test_another_actors_act_inherits_nothing() -> None:
    doc = parsed()
    rebels, base, army = mention(doc, 0, "SDNREB", 0), mention(doc, 5, "TCDMIL", 1), mention(doc, 10, "X", 2)
    events = [event(doc, 1, rebels, base, "fire>at"), event(doc, 7, army, None, "kill")]
    assert inherit_targets(events, doc[:])[1].target is None


@pytest.mark.model
def test_purpose_clause_protests_to_the_recalled_envoys_country(code: Any) -> None:
    doc = code("Turkey recalled the Danish envoy to protest the ruling.")
    assert {e.target.actor.code[:3] if e.target else None for e in doc.events} == {"DNK"}


@pytest.mark.model
def test_act_standing_alone_keeps_the_implicit_domestic_recipient(code: Any) -> None:
    doc = code("Ghanaian students rioted on Tuesday.")
    assert any(e.target is not None and e.target.actor.code == "GHA" for e in doc.events)
