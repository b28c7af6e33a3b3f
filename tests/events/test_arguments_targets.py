"""Target choice: own by-agents, elliptic objects, stranded prepositions, places, roles without a country."""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.events.arguments import is_place
from tacitus.model import Actor, Document, Mention


def dyads(doc: Document) -> set[tuple[str, str, str | None]]:
    return {
        (e.source.actor.code[:3], e.cameo[:2], e.target.actor.code[:3] if e.target else None)
        for e in doc.events
    }


@pytest.mark.model
def test_by_agent_of_the_events_own_noun_is_not_its_target(code: Any) -> None:
    doc = code("The Indian government ordered patrols by Indian police after the riots.")
    events = [e for e in doc.events if e.cameo.startswith("15")]
    assert events and all(e.target is None or e.target.actor.sector != "COP" for e in events)


@pytest.mark.model
def test_by_agent_of_another_act_is_the_target(code: Any) -> None:
    doc = code("Croatia is investigating alleged abuses by Croatian extremists.")
    assert ("HRV", "09", "HRV") in dyads(doc)


@pytest.mark.model
def test_others_after_a_coordinated_verb_stand_for_the_first_object(code: Any) -> None:
    doc = code("A car bomb killed three Turkish soldiers and wounded four others near the border.")
    wounded = [e for e in doc.events if e.trigger.text == "wounded"]
    assert wounded and all(e.target is not None and e.target.actor.code.startswith("TUR") for e in wounded)


@pytest.mark.model
def test_preposition_object_parsed_as_a_clause_subject_is_still_the_object(code: Any) -> None:
    doc = code("Ecuador granted asylum to two Colombian army officers holed up in an embassy.")
    assert ("ECU", "07", "COL") in dyads(doc)


@pytest.mark.model
def test_nominal_event_in_a_state_phrase_takes_the_clause_place(code: Any) -> None:
    doc = code("Kenyan police remained on high alert in Somalia after the attacks.")
    assert ("KEN", "15", "SOM") in dyads(doc)


@pytest.mark.model
def test_place_of_a_when_clause_is_the_place_of_the_act(code: Any) -> None:
    doc = code("Afghan bombers killed 12 villagers when they detonated their vests in Peshawar.")
    killed = [e for e in doc.events if e.trigger.text == "killed"]
    assert killed and all(e.target is not None and e.target.actor.code.startswith("PAK") for e in killed)


@pytest.mark.model
def test_place_on_the_object_of_a_when_clause_is_the_place_of_the_act(code: Any) -> None:
    doc = code("Afghan militants killed nine people when they attacked a hotel in Islamabad.")
    assert ("AFG", "18", "PAK") in dyads(doc)


def test_demonym_is_people_not_a_place() -> None:
    russian = Actor("RUS", "Russia", "RUS")
    assert not is_place(Mention(0, 0, 7, "Russian", 0, russian, "kb:demonym"))
    assert is_place(Mention(0, 0, 6, "Russia", 0, russian, "kb:name"))


@pytest.mark.model
def test_role_without_a_country_is_not_a_target(code: Any) -> None:
    doc = code(
        "Turkey says it will not accept any new refugees if the war spreads between Armenia and Azerbaijan."
    )
    events = [e for e in doc.events if e.source.actor.code.startswith("TUR")]
    assert events and all(e.target is None or e.target.actor.country for e in events)


@pytest.mark.model
def test_reduced_relations_in_a_place_target_its_country(code: Any) -> None:
    doc = code("The World Food Programme suspended food deliveries in Mogadishu on Monday.")
    assert any(
        e.cameo.startswith("16") and e.target is not None and e.target.actor.country == "SOM"
        for e in doc.events
    )
