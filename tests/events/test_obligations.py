"""What a speaker says someone else must or should do is a demand or an appeal, not the act itself."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def triples(doc: Any) -> set[tuple[str, str, str | None]]:
    return {
        (e.source.actor.code[:3], e.cameo, e.target.actor.code[:3] if e.target else None) for e in doc.events
    }


def test_must_clause_without_a_lexicon_verb_is_a_demand_on_its_subject(code: Any) -> None:
    doc = code("Germany declared on Monday that Turkey must open its archives.")
    assert ("DEU", "100", "TUR") in triples(doc)


def test_must_clause_after_said_is_a_demand_even_with_an_adjective_predicate(code: Any) -> None:
    doc = code("The French president said that Iran must be ready to negotiate.")
    assert any(s == "FRA" and c.startswith("10") and t == "IRN" for s, c, t in triples(doc))


def test_should_clause_is_an_appeal(code: Any) -> None:
    doc = code("Japan said on Friday that Russia should return the islands.")
    assert any(s == "JPN" and c.startswith("02") and t == "RUS" for s, c, t in triples(doc))


def test_needs_to_in_a_reported_clause_is_an_appeal(code: Any) -> None:
    doc = code("The Chinese foreign minister said that Japan needs to enact economic reforms.")
    assert any(s == "CHN" and c.startswith("02") and t == "JPN" for s, c, t in triples(doc))
    assert not any(s == "JPN" for s, _, _ in triples(doc))


def test_must_on_a_frame_demands_what_the_frame_embeds(code: Any) -> None:
    doc = code("Kenyan rebels announced that the government must agree to constitutional changes.")
    assert any(c.startswith("104") for _, c, _ in triples(doc))
    assert not any(c.startswith("03") for _, c, _ in triples(doc))


def test_must_without_a_known_speaker_is_not_coded_as_the_act(code: Any) -> None:
    doc = code("A water forum concluded that the United States must allocate more resources to Africa.")
    assert not any(c.startswith("07") for _, c, _ in triples(doc))


def test_reported_must_does_not_code_the_speaker_demanding_of_itself(code: Any) -> None:
    doc = code("Germany said that it must cut spending.")
    assert not any(s == t for s, _, t in triples(doc))
