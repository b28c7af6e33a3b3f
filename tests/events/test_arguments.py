"""Argument extraction and meaning on hand-built documents (a tiny test-only actor table, no actors stage)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from tacitus.events.coder import Decision
from tacitus.events.lexicon import load_lexicon
from tacitus.events.stage import code_events
from tacitus.model import Document, Event, Quote, Span
from tacitus.nlp.model import load_model
from tacitus.settings import Settings

from .actor_helper import parse

pytestmark = pytest.mark.model
DAY = date(2026, 3, 4)  # a Wednesday


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_model(Settings().model)


def run(nlp: Any, text: str, **settings: Any) -> tuple[list[Event], list[Decision], Document]:
    doc = parse(nlp, text, DAY)
    events, decisions = code_events(doc, load_lexicon(), Settings(**settings))
    return events, decisions, doc


def dyads(events: list[Event]) -> set[tuple[str, str, str | None]]:
    return {(e.source.actor.code, e.cameo, e.target.actor.code if e.target else None) for e in events}


def test_active_subject_is_source_and_object_is_target(nlp: Any) -> None:
    events, _, _ = run(nlp, "Russian forces shelled Kharkiv.")
    assert dyads(events) == {("RUSMIL", "194", "UKR")}


def test_passive_voice_swaps_roles(nlp: Any) -> None:
    events, _, _ = run(nlp, "Japan was criticized by China.")
    assert dyads(events) == {("CHN", "111", "JPN")}


def test_passive_without_agent_has_no_source(nlp: Any) -> None:
    events, decisions, _ = run(nlp, "Japan was criticized on Monday.")
    assert events == []
    assert any(d.status == "no source actor" for d in decisions)


def test_coordinated_sources_and_targets_give_one_event_per_pair(nlp: Any) -> None:
    events, _, _ = run(nlp, "France and Germany criticized Russia and Iran.")
    assert {(s, t) for s, _, t in dyads(events)} == {
        ("FRA", "RUS"),
        ("FRA", "IRN"),
        ("DEU", "RUS"),
        ("DEU", "IRN"),
    }


def test_reciprocal_event_goes_both_ways(nlp: Any) -> None:
    events, _, _ = run(nlp, "China and Russia held talks.")
    assert dyads(events) == {("CHN", "040", "RUS"), ("RUS", "040", "CHN")}


def test_conjoined_verbs_share_the_subject(nlp: Any) -> None:
    events, _, _ = run(nlp, "Iran seized the tanker and detained its crew.")
    assert {c for _, c, _ in dyads(events)} >= {"1711", "173"}


def test_light_verb_noun_gives_code_and_prepositional_target(nlp: Any) -> None:
    events, _, _ = run(nlp, "The United States imposed sanctions on Russia.")
    assert dyads(events) == {("USA", "163", "RUS")}
    assert events[0].rule == "verbs.yaml:impose+sanction>on"


def test_possessive_nominal_event(nlp: Any) -> None:
    events, _, _ = run(nlp, "Russia's invasion of Ukraine continued.")
    assert dyads(events) == {("RUS", "192", "UKR")}


def test_xcomp_control_and_intent(nlp: Any) -> None:
    events, _, _ = run(nlp, "Germany agreed to provide humanitarian aid to Ukraine.")
    assert dyads(events) == {("DEU", "0333", "UKR")}


def test_object_control_appeal_targets_the_addressee(nlp: Any) -> None:
    events, _, _ = run(nlp, "China urged Russia to release the journalists.")
    assert dyads(events) == {("CHN", "0253", "RUS")}


def test_allegation_codes_the_accusation_not_the_act(nlp: Any) -> None:
    events, decisions, _ = run(nlp, "China accused the US of suppressing Chinese companies.")
    assert {c[:3] for _, c, _ in dyads(events)} == {"112"}
    assert any(d.status.startswith("embedded") for d in decisions)


def test_threat_frame_maps_the_embedded_act(nlp: Any) -> None:
    events, _, _ = run(nlp, "Iran threatened to impose sanctions on Israel.")
    assert dyads(events) == {("IRN", "1312", "ISR")}


def test_negation_is_flagged_and_can_be_dropped(nlp: Any) -> None:
    events, _, _ = run(nlp, "Russia did not attack Finland.")
    assert [e.negated for e in events] == [True]
    dropped, decisions, _ = run(nlp, "Russia did not attack Finland.", keep_negated=False)
    assert dropped == [] and any("negated" in d.status for d in decisions)


def test_refusal_is_a_rejection_not_a_negation(nlp: Any) -> None:
    events, _, _ = run(nlp, "Iran refused to release the prisoners.")
    assert [(e.cameo, e.negated) for e in events] == [("1243", False)]


def test_hypothetical_and_question_are_not_facts(nlp: Any) -> None:
    for text in (
        "Russia could attack Finland.",
        "Will China attack Taiwan?",
        "If Iran attacks Israel, oil rises.",
    ):
        events, decisions, _ = run(nlp, text)
        assert events == [], text
        assert any(d.status.startswith("not a fact") for d in decisions), text


def test_reported_speech_sets_reported_by(nlp: Any) -> None:
    events, _, _ = run(nlp, "Japan said China attacked its ships.")
    assert [(e.source.actor.code, e.reported_by.actor.code if e.reported_by else None) for e in events] == [
        ("CHN", "JPN")
    ]


def test_event_inside_a_quote_carries_speaker_and_quote_id(nlp: Any) -> None:
    text = '"We will send aid to Ukraine," the Japanese prime minister said.'
    doc = parse(nlp, text, DAY)
    speaker = next(m for m in doc.mentions if m.actor.code == "JPNGOV")
    end = text.index(",")
    quote = Quote(7, Span(1, end, text[1:end]), "direct", 0, speaker=speaker)
    events, _ = code_events(replace(doc, quotes=(quote,)), load_lexicon(), Settings())
    assert [(e.source.actor.code, e.cameo, e.quote) for e in events] == [("JPNGOV", "033", 7)]


def test_date_expression_resolved_against_publication_date(nlp: Any) -> None:
    events, _, _ = run(nlp, "China praised Russia on Monday.")
    assert events[0].date == date(2026, 3, 2)
    events, _, _ = run(nlp, "China praised Russia.")
    assert events[0].date == DAY


def test_every_event_carries_trigger_rule_and_confidence(nlp: Any) -> None:
    events, _, doc = run(nlp, "Russia launched an attack on Ukraine.")
    (ev,) = events
    assert doc.text[ev.trigger.start : ev.trigger.end] == ev.trigger.text == "launched"
    assert ev.rule.startswith("nouns.yaml:launch+attack") and 0 < ev.confidence <= 1
