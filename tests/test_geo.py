"""The geo stage: where events happened, from their sentence (GDELT ActionGeo)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tacitus.geo import actor_place, dateline_place, gazetteer, locate
from tacitus.model import Actor, Document, Event, Mention, Sentence, Span


def _doc(text: str, src: str, tgt: str, trigger: str, cameo: str) -> tuple[Document, Event]:
    s0, t0, g0 = text.index(src), text.index(tgt), text.index(trigger)
    ms = Mention(0, s0, s0 + len(src), src, 0, Actor(src[:3].upper(), src), "t")
    mt = Mention(1, t0, t0 + len(tgt), tgt, 0, Actor(tgt[:3].upper(), tgt), "t")
    ev = Event("d", 0, ms, mt, cameo, Span(g0, g0 + len(trigger), trigger), "t")
    doc = Document(
        "d", text, date=date(2026, 3, 2), sentences=(Sentence(0, 0, len(text), text),), events=(ev,)
    )
    return doc, ev


@pytest.mark.parametrize(
    ("name", "country", "feature"),
    [
        ("Kharkiv", "UKR", "city"),
        ("Kharkov", "UKR", "city"),
        ("the Gaza Strip", "PSE", "region"),
        ("U.S.", "USA", "country"),
        ("New York", "USA", "city"),
        ("Moscow", "RUS", "city"),  # the capital, not Moscow, Idaho
    ],
)
def test_gazetteer_resolves_names_aliases_and_prefers_large_cities(
    name: str, country: str, feature: str
) -> None:
    place = gazetteer().lookup(name)
    assert place is not None and (place.country, place.feature) == (country, feature)


def test_city_after_locative_preposition_is_the_event_location() -> None:
    doc, ev = _doc(
        "Russia shelled Ukrainian positions near Kharkiv on Monday.", "Russia", "Ukrainian", "shelled", "195"
    )
    place = locate(doc, ev, gazetteer())
    assert place is not None and place.name == "Kharkiv" and place.lat == pytest.approx(49.98, abs=0.1)


def test_month_names_are_not_places() -> None:
    doc, ev = _doc("Russia attacked Ukraine in March.", "Russia", "Ukraine", "attacked", "190")
    assert locate(doc, ev, gazetteer()) is None


def test_verbal_event_without_a_place_falls_back_to_the_dateline() -> None:
    text = "BEIJING, March 2 (Reuters) - China praised Russia for its restraint."
    doc, ev = _doc(text, "China", "Russia", "praised", "051")
    doc = replace(doc, sentences=(Sentence(0, 0, len(text), text),))
    place = locate(doc, ev, gazetteer())
    assert place is not None and place.name == "Beijing"
    assert dateline_place(doc, gazetteer()) == place


def test_material_event_without_a_place_has_no_location() -> None:
    text = "BEIJING, March 2 (Reuters) - Russia attacked Ukraine."
    doc, ev = _doc(text, "Russia", "Ukraine", "attacked", "190")
    assert locate(doc, ev, gazetteer()) is None


@pytest.mark.model
def test_geo_stage_sets_locations_with_the_real_parse(pipeline) -> None:  # type: ignore[no-untyped-def]
    from tacitus.geo import GeoStage
    from tacitus.settings import Settings

    text = "Russian forces shelled Ukrainian positions near Kharkiv on Monday."
    parsed = pipeline.stages[0].nlp(text)
    doc, _ = _doc(text, "Russian forces", "Ukrainian", "shelled", "195")
    out = GeoStage(Settings())(replace(doc, parsed=parsed))
    assert out.events[0].location is not None and out.events[0].location.name == "Kharkiv"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cameo_prefix", "place"),
    [
        # "in Ukraine" hangs on "war", not on "accused": the accusation was made at the dateline city.
        (
            "Russia invasion\n\nBEIJING, March 2 (Wire) - China accused the United States of prolonging "
            "the war in Ukraine.",
            "112",
            "Beijing",
        ),
        # The NER misses Kharkiv; "the city of X" still names the place.
        ("Russian forces shelled the eastern Ukrainian city of Kharkiv overnight.", "19", "Kharkiv"),
        ("Russian President Vladimir Putin met Turkish President Recep Erdogan in Sochi.", "04", "Sochi"),
    ],
)
def test_geo_place_comes_from_the_event_clause_or_dateline(
    code, text: str, cameo_prefix: str, place: str
) -> None:  # type: ignore[no-untyped-def]
    doc = code(text)
    events = [e for e in doc.events if e.cameo.startswith(cameo_prefix)]
    assert events, [e.cameo for e in doc.events]
    assert events[0].location is not None and events[0].location.name == place


def _mention(text: str, words: str) -> Mention:
    s0 = text.index(words)
    kind = "place" if words[0].isupper() and " " not in words else "group"
    return Mention(0, s0, s0 + len(words), words, 0, Actor("X", words, kind=kind), "t")


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Nairobi condemned the raid.", "Nairobi", "Nairobi"),  # a place inside the mention
        ("The governor of Kano met students.", "The governor", "Kano"),  # "of <place>" right after it
        ("Refugees from Aleppo crossed the border.", "Refugees", "Aleppo"),
        ("Two men were held by police in Kharkov.", "police", "Kharkiv"),
        ("The governor met students in Kano.", "The governor", None),  # the place is not beside the actor
        ("The governor of the central bank spoke.", "The governor", None),
        ("The council of March met.", "The council", None),  # calendar words are no places
    ],
)
def test_actor_place_is_named_inside_or_right_beside_the_mention(
    text: str, words: str, expected: str | None
) -> None:
    doc = Document("d", text, sentences=(Sentence(0, 0, len(text), text),))
    place = actor_place(doc, _mention(text, words), gazetteer())
    assert (place.name if place else None) == expected


def test_implicit_actor_has_no_place() -> None:
    text = "Protesters rioted in Lagos."
    implicit = Mention(1, 11, 11, "", 0, Actor("NGA", "Nigeria"), "t")
    assert actor_place(Document("d", text), implicit, gazetteer()) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source_place", "target_place"),
    [
        ("Militants from Mosul attacked soldiers on Sunday.", "Mosul", None),
        ("The mayor of Lagos criticized the president of Nigeria.", "Lagos", "Nigeria"),
        ("Ukrainian troops in Kharkiv shelled Russian positions.", "Kharkiv", None),
        ("Russia accused Ukraine of breaking the truce.", "Russia", "Ukraine"),
    ],
)
def test_geo_stage_gives_source_and_target_their_places(
    code, text: str, source_place: str | None, target_place: str | None
) -> None:  # type: ignore[no-untyped-def]
    events = code(text).events
    assert events, text
    e = events[0]
    got = tuple(p.name if p else None for p in (e.source_location, e.target_location))
    assert got == (source_place, target_place)
