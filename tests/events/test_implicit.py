"""Implicit recipients: a domestic actor's protest, coercion, concession, threat or demand naming no one."""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.events.implicit import IMPLICIT_ID, IMPLICIT_RULE, domestic_recipient, is_domestic
from tacitus.model import Actor, Document, Event, Mention, Span
from tacitus.pipeline import Pipeline
from tacitus.readers import read_text
from tacitus.serialize import event_record, mention_record
from tacitus.settings import Settings


def mention(code: str, kind: str = "country", sector: str | None = None, rule: str = "kb:name") -> Mention:
    country = None if kind in ("igo", "ngo") else code[:3]
    actor = Actor(code, code, country, sector, kind)  # type: ignore[arg-type]
    return Mention(0, 0, 5, "xxxxx", 0, actor, rule)


TRIGGER = Span(10, 16, "rioted")


@pytest.mark.parametrize(
    ("source", "cameo", "expected"),
    [
        (mention("EGYOPP", sector="OPP"), "145", "EGY"),  # protest
        (mention("NGALAB", kind="group", sector="LAB"), "082", "NGA"),  # concession: ease dissent
        (mention("EGYCOP", sector="COP"), "130", "EGY"),  # threat
        (mention("RWAREB", kind="group", sector="REB"), "100", "RWA"),  # demand
        (mention("EGYGOV", rule="metonym:capital", sector="GOV"), "173", "EGY"),  # coercion: arrest
    ],
)
def test_domestic_actor_gets_its_own_country(source: Mention, cameo: str, expected: str) -> None:
    m = domestic_recipient(source, cameo, TRIGGER, 3)
    assert m is not None and m.actor.code == expected and m.actor.kind == "country"
    assert (m.start, m.end, m.text, m.id, m.sentence) == (10, 10, "", IMPLICIT_ID, 3)
    assert m.rule == IMPLICIT_RULE and m.confidence < 1


@pytest.mark.parametrize(
    ("source", "cameo"),
    [
        (mention("EGYOPP", sector="OPP"), "036"),  # AGREE: a recipient is optional
        (mention("RUSMIL", sector="MIL"), "0874"),  # RETREAT: "the troops withdrew"
        (mention("EGYMIL", sector="MIL"), "150"),  # MOBILIZE: may have no recipient
        (mention("ALB"), "111"),  # a state as a whole: its recipient is unstated, not itself
        (mention("IGO", kind="igo"), "130"),  # international organisations have no home country
    ],
)
def test_no_implicit_recipient_outside_the_convention(source: Mention, cameo: str) -> None:
    assert domestic_recipient(source, cameo, TRIGGER, 0) is None


def test_a_capital_or_a_demonym_is_domestic_but_the_country_name_is_not() -> None:
    assert is_domestic(mention("EGYGOV", sector="GOV", rule="metonym:capital"))
    assert is_domestic(mention("DZA", rule="kb:demonym"))  # "Algerian landowners"
    assert not is_domestic(mention("EGY"))


def _events(code: Any, text: str) -> list[Event]:
    doc: Document = code(text)
    return list(doc.events)


@pytest.mark.model
def test_riot_without_target_is_against_the_own_country(code: Any) -> None:
    doc = code("Egyptian demonstrators rioted on Friday.")
    [e] = [e for e in doc.events if e.cameo.startswith("14")]
    assert e.target is not None and e.target.actor.code == "EGY"
    assert e.target.start == e.target.end == e.trigger.start
    assert e.rule.endswith(">" + IMPLICIT_RULE)
    record = event_record(doc, e)
    assert record["target"]["implicit"] is True and record["target"]["text"] == ""
    assert record["source"]["implicit"] is False
    assert all("implicit" not in mention_record(doc, m) for m in doc.mentions)


@pytest.mark.model
def test_named_target_wins_over_the_convention(code: Any) -> None:
    doc = code("Kurdish students protested against the Turkish government on Monday.")
    targets = [e.target for e in doc.events if e.cameo.startswith("14")]
    assert targets and all(t is not None and t.start < t.end for t in targets)


@pytest.mark.model
def test_union_calling_off_a_strike_concedes_to_its_own_country(code: Any) -> None:
    doc = code("The Kenyan teachers' union called off its strike on Thursday.")
    assert any(
        e.source.actor.code.startswith("KEN") and e.target is not None and e.target.actor.code == "KEN"
        for e in doc.events
        if e.cameo.startswith("08")
    ), [(e.source.actor.code, e.cameo, e.target) for e in doc.events]


@pytest.mark.model
def test_convention_can_be_switched_off(pipeline: Pipeline) -> None:
    off = Pipeline(Settings(implicit_recipients=False))
    doc = off.code(read_text("Egyptian demonstrators rioted on Friday."))
    assert [e.target for e in doc.events if e.cameo.startswith("14")] == [None]


@pytest.mark.model
def test_implicit_confidence_is_lower_than_a_named_target(code: Any) -> None:
    text = "Egyptian demonstrators rioted against the Egyptian government."
    named = [e for e in _events(code, text) if e.target]
    implicit = [e for e in _events(code, "Egyptian demonstrators rioted on Friday.") if e.target]
    assert named and implicit and implicit[0].confidence < named[0].confidence
