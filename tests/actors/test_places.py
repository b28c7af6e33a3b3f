"""The GeoNames gazetteer: diacritic-free names and spelling variants of large cities, not nicknames."""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.actors.places import place_info
from tacitus.actors.stage import _surname


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Kandahar", "AFG"),  # GeoNames: Kandahār
        ("Samarra", "IRQ"),  # Sāmarrā’
        ("Montreal", "CAN"),  # Montréal
        ("Basra", "IRQ"),  # alternate spelling of Basrah
        ("Fallujah", "IRQ"),  # alternate spelling of Al Fallūjah
    ],
)
def test_places_city_spellings_without_diacritics_or_with_variants_are_found(name: str, country: str) -> None:
    info = place_info(name)
    assert info is not None and info.country == country


@pytest.mark.parametrize("name", ["Lester", "Queen City", "Diana"])
def test_places_nicknames_and_foreign_alternate_names_are_not_places(name: str) -> None:
    assert place_info(name) is None


@pytest.mark.model
def test_places_a_surname_that_is_a_town_is_not_a_place(code: Any) -> None:
    doc = code("Ana Toledo, the UN humanitarian coordinator, demanded access to Yemen.")
    assert not any(m.text == "Toledo" for m in doc.mentions)
    assert any(e.source.actor.code.startswith("IGO") for e in doc.events)


@pytest.mark.parametrize(("first", "surname"), [("Ana", True), ("North", False), ("ana", False)])
def test_places_only_a_title_case_given_name_makes_a_place_a_surname(first: str, surname: bool) -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = [first, "Toledo", "said", "."]
    doc = Doc(
        Vocab(),
        words=words,
        pos=["PROPN", "PROPN", "VERB", "PUNCT"],
        deps=["compound", "nsubj", "ROOT", "punct"],
        heads=[1, 2, 2, 2],
        ents=["O", "B-GPE", "O", "O"],
    )
    assert _surname(doc.ents[0]) is surname
