"""Places the tagger missed (PERSON, ORG, FAC, other labels or no entity) are coded from the gazetteer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.actors.places import PlaceInfo, place_info
from tacitus.actors.retagged import MIN_POPULATION, sizeable
from tacitus.model import Document

Coder = Callable[..., Document]


def test_a_large_city_named_by_its_own_name_is_sizeable() -> None:
    info = place_info("Kharkiv")
    assert info is not None and info.population >= MIN_POPULATION and sizeable(info, "Kharkiv")


def test_a_small_town_or_an_alternate_name_is_not_sizeable() -> None:
    town = PlaceInfo("UKR", 0.0, 0.0, 1, "city", MIN_POPULATION - 1, "Smallville")
    assert not sizeable(town, "Smallville")
    oran = place_info("Ora")  # an alternate name of Oran, and a company's name
    assert oran is not None and not sizeable(oran, "Ora")


def test_countries_and_regions_are_sizeable_whatever_their_population() -> None:
    assert sizeable(PlaceInfo("USA", None, None, 1, "region"), "Ohio")


# (sentence, name, expected code; "" = not coded as a place). Tags are those of the small English model.
PLACES = [
    ("Russian forces attacked Kharkiv overnight.", "Kharkiv", "UKR"),  # PERSON
    ("Russian troops shelled Kharkiv on Monday.", "Kharkiv", "UKR"),  # FAC
    ("Russian forces attacked Odesa overnight.", "Odesa", "UKR"),  # no entity
    ("Russian forces shelled Mariupol on Tuesday.", "Mariupol", "UKR"),  # ORG
    ("Rebels captured Goma after heavy fighting.", "Goma", "COD"),  # PERSON
    ("Ukrainian drones hit Belgorod overnight.", "Belgorod", "RUS"),  # PRODUCT
    ("Sudanese paramilitaries stormed Omdurman.", "Omdurman", "SDN"),  # NORP
    ("Kharkiv's mayor said the city was hit by missiles.", "Kharkiv", "UKR"),  # ORG, possessive
    ("Russian missiles struck Zaporizhzhia and Dnipro overnight.", "Dnipro", "UKR"),  # PERSON
    ("Qatar hosted talks between Hamas and Israel in Doha.", "Doha", "QATGOV"),  # GPE: capital as before
]
PEOPLE = [
    ("Sydney said she would not resign.", "Sydney"),  # subject of a speech verb
    ("Austin told reporters the strikes would continue.", "Austin"),  # a person in the knowledge base
    ("Police arrested Hassan on Friday.", "Hassan"),  # a given name (and an Indian town)
    ("Israeli police detained Salvador near the border.", "Salvador"),  # untagged given name
    ("Santos told the committee the budget was balanced.", "Santos"),
    ("Vladimir thanked the Chinese delegation.", "Vladimir"),
    ("George criticised the minister on Tuesday.", "George"),
    ("Eunice Shriver, who married into the Kennedy family, opened the clinic.", "Kennedy"),  # a Bogota ward
    ("Paris Hilton visited Moscow.", "Paris Hilton"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "code"), PLACES)
def test_mistagged_place_is_coded_as_its_country(code_actors: Coder, text: str, name: str, code: str) -> None:
    doc = code_actors(text)
    assert [m.actor.code for m in doc.mentions if m.text == name] == [code]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_person_named_like_a_city_is_no_place(code_actors: Coder, text: str, name: str) -> None:
    doc = code_actors(text)
    assert not [m for m in doc.mentions if name in m.text and m.actor.kind == "place"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Jordan condemned the strike on Gaza.", "Jordan", "JOR"),
        ("Washington imposed sanctions on Iran.", "Washington", "USAGOV"),
    ],
)
def test_country_and_capital_names_keep_their_codes(
    code_actors: Coder, text: str, name: str, code: str
) -> None:
    doc = code_actors(text)
    assert [m.actor.code for m in doc.mentions if m.text == name] == [code]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Drones attacked Kyiv on Tuesday.", "Drones"),
        ("Drones attacked Odesa on Tuesday.", "Drones"),
        ("Kharkiv was shelled by troops overnight.", "troops"),
        ("Kharkiv's mayor said the city was hit by missiles.", "missiles"),
        ("The governor of Odesa said warplanes struck the port.", "warplanes"),
    ],
)
def test_attacker_does_not_take_the_attacked_places_country(code_actors: Coder, text: str, role: str) -> None:
    doc = code_actors(text)
    assert not [m for m in doc.mentions if m.text == role and (m.actor.country or "") == "UKR"]


@pytest.mark.model
def test_role_where_the_place_is_no_patient_still_takes_its_country(code_actors: Coder) -> None:
    doc = code_actors("Protesters in Kharkiv demanded more shelters.")
    assert [m.actor.code for m in doc.mentions if m.text.startswith("Protesters")] == ["UKROPP"]


@pytest.mark.model
def test_forces_named_with_their_own_country_keep_it_in_a_city(code_actors: Coder) -> None:
    doc = code_actors("Kharkiv's mayor said Russian missiles hit the city.")
    assert [m.actor.code for m in doc.mentions if "missiles" in m.text] == ["RUSMIL"]
