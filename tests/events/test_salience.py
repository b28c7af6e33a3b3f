"""Main events and background events: which candidates of a sentence are coded (full pipeline)."""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.events.explain import explain
from tacitus.model import Document
from tacitus.pipeline import Pipeline

pytestmark = pytest.mark.model


def triggers(doc: Document) -> set[str]:
    return {e.trigger.text for e in doc.events}


def test_physical_participle_is_background_to_the_main_event(code: Any) -> None:
    doc = code("Israeli troops opened fire on Palestinian protesters in Hebron, killing two.")
    assert "opened" in triggers(doc)
    assert "killing" not in triggers(doc)


def test_verbal_participle_is_the_content_of_the_main_act(code: Any) -> None:
    doc = code("China hit back, accusing the United States of hypocrisy.")
    assert any(e.cameo.startswith("11") and e.trigger.text == "accusing" for e in doc.events)


def test_verbal_purpose_clause_is_what_the_protest_says(code: Any) -> None:
    doc = code("Indonesian students marched through Jakarta to demand the resignation of the president.")
    assert "marched" in triggers(doc)
    assert not any(e.cameo.startswith("10") for e in doc.events)


def test_purpose_clause_of_an_act_is_a_second_event(code: Any) -> None:
    doc = code("France sent troops to Mali to fight the rebels.")
    assert {"sent", "fight"} <= triggers(doc)


def test_purpose_clause_of_the_same_root_is_the_same_event(code: Any) -> None:
    doc = code("The German chancellor telephoned the French president to discuss the budget crisis.")
    assert triggers(doc) == {"telephoned"}


def test_relative_clause_event_is_background(code: Any) -> None:
    doc = code("Germany condemned the attack on the embassy, which killed three French diplomats.")
    assert "condemned" in triggers(doc)
    assert "killed" not in triggers(doc)


def test_background_event_is_coded_when_the_sentence_has_no_main_event(code: Any) -> None:
    doc = code("Indonesian students gathered in Jakarta to demand the resignation of the president.")
    assert any(e.cameo.startswith("10") and e.trigger.text == "demand" for e in doc.events)


def test_event_noun_inside_an_actor_name_is_not_an_event(code: Any) -> None:
    doc = code("The World Food Program delivered rice to Haiti.")
    assert triggers(doc) == {"delivered"}


def test_explain_says_why_a_background_event_was_dropped(pipeline: Pipeline) -> None:
    ex = explain("Israeli troops opened fire on Palestinian protesters, killing two.", pipeline)
    status = {d.trigger.text: d.status for d in ex.decisions}
    assert status["killing"].startswith("background (adverbial clause)")
