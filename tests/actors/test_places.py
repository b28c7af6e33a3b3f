"""The GeoNames gazetteer: diacritic-free names and spelling variants of large cities, not nicknames."""

from __future__ import annotations

import pytest

from tacitus.actors.places import place_info


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
