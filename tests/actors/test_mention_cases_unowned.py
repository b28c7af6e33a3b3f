"""Hand-written mention cases for role nouns with no country next to them (GDELT-style sector-only codes).

(text, mention text, expected code); the article date is fixed. Sector-only mentions have no country.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

D = "2022-05-01"

# No country anywhere, or several in the sentence: the role keeps its sector alone.
SECTOR_ONLY = [
    ("Police arrested dozens of protesters.", "Police", "COP"),
    ("Police arrested dozens of protesters.", "protesters", "OPP"),
    ("Rebels attacked a convoy near the border.", "Rebels", "REB"),
    ("Troops opened fire on the crowd.", "Troops", "MIL"),
    ("Demonstrators clashed with riot police.", "Demonstrators", "OPP"),
    ("Demonstrators clashed with riot police.", "riot police", "COP"),
    ("Islamic fundamentalists continued their hunger strike.", "Islamic fundamentalists", "RAD"),
    ("Kidnappers freed the two engineers.", "Kidnappers", "CRM"),
    ("A journalist was shot dead outside his home.", "journalist", "MED"),
    ("The army said it had repelled the attack.", "army", "MIL"),
    ("Lawmakers approved the budget on Friday.", "Lawmakers", "LEG"),
    ("Gunmen stormed a hotel overnight.", "Gunmen", "UAF"),
    ("Striking workers blocked the port.", "workers", "LAB"),
    ("The court sentenced him to ten years.", "court", "JUD"),
    ("Refugees crossed the river into Chad and Sudan.", "Refugees", "REF"),
    ("Protesters denounced the Chinese embassy in Paris.", "Protesters", "OPP"),
    ("Kidnappers freed two Italians in Nigeria.", "Kidnappers", "CRM"),
]

# Codes other than the bare sector, after the CAMEO agent reference.
SECTOR_ONLY_SPECIAL = [
    ("Peacekeepers withdrew from the town.", "Peacekeepers", "IGOMIL"),
    ("A human rights group criticised the new law.", "human rights group", "IGOHRI"),
    ("Police beat the detainees, a human rights group protested on Monday.", "human rights group", "IGOHRI"),
]

# A country from the role's own phrase: a place attached by a preposition, or the possessor.
CONTEXT_COUNTRY = [
    ("Police in Alexandria detained two Israelis and a Briton.", "Police", "EGYCOP"),
    ("Protesters in Marseille blocked roads as German and Italian unions watched.", "Protesters", "FRAOPP"),
    ("Residents of Mosul fled as Iranian and Turkish jets circled.", "Residents", "IRQCVL"),
    ("A newspaper based in Beirut attacked Syria and Israel.", "newspaper", "LBNMED"),
    ("The government of Sindh province criticised India and China.", "government", "PAKGOV"),
    ("Putin said his troops would stay in Syria and Libya.", "troops", "RUSMIL"),
    ("Canada said its soldiers would stay in Mali and Niger.", "soldiers", "CANMIL"),
    ("Hamas said its fighters had fired on Israeli and Egyptian patrols.", "fighters", "PSEREB"),
    ("Bosnian Serbs said their forces had left Gorazde.", "forces", "BIHMILsrp"),
    ("A terror group based in Trinidad threatened Britain and the United States.", "terror group", "TTOREB"),
]

# Generic nouns, weapons, modifiers, the speaker's own side and anaphoric titles: no actor.
NOT_ACTORS = [
    ("People gathered in the square.", "People"),
    ("Missiles were unloaded at the port.", "Missiles"),
    ("Fighter jets bombed the village.", "Fighter jets"),
    ("Our troops will never surrender.", "troops"),
    ("A police station was burnt.", "police"),
    ("He met the press on Monday.", "press"),
    ("The minister said the talks failed.", "minister"),
    ("The use of force was condemned.", "force"),
    ("He took the case to a court in Paris.", "court"),
]


def _covering(code_actors, text: str, mention: str):  # type: ignore[no-untyped-def]
    doc = code_actors(text, D)
    start = doc.text.index(mention)
    return [m for m in doc.mentions if m.start <= start and start + len(mention) <= m.end and m.actor.code]


@pytest.mark.parametrize(("text", "mention", "expected"), SECTOR_ONLY)
def test_actors_role_without_country_is_coded_by_sector_alone(
    code_actors, text: str, mention: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    found = _covering(code_actors, text, mention)
    assert found, f"no coded mention covers {mention!r}"
    m = found[0]
    assert (m.actor.code, m.actor.country, m.actor.sector, m.rule) == (
        expected,
        None,
        expected,
        "role:sector-only",
    )
    assert m.confidence < 0.5


@pytest.mark.parametrize(("text", "mention", "expected"), SECTOR_ONLY_SPECIAL)
def test_actors_international_roles_without_country_are_igo(
    code_actors, text: str, mention: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    found = _covering(code_actors, text, mention)
    assert [m.actor.code for m in found] == [expected]
    assert found[0].actor.country == "IGO" and found[0].rule == "role:sector-only"


@pytest.mark.parametrize(("text", "mention", "expected"), CONTEXT_COUNTRY)
def test_actors_role_takes_country_of_attached_place_or_possessor(
    code_actors, text: str, mention: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    found = _covering(code_actors, text, mention)
    assert found, f"no coded mention covers {mention!r}"
    assert found[0].actor.code == expected, [(m.text, m.actor.code, m.rule) for m in found]
    assert found[0].rule in ("role+place", "role+possessor")


@pytest.mark.parametrize(("text", "mention"), NOT_ACTORS)
def test_actors_generic_or_modifier_roles_get_no_sector_only_code(
    code_actors, text: str, mention: str
) -> None:  # type: ignore[no-untyped-def]
    found = _covering(code_actors, text, mention)
    assert not found, [(m.text, m.actor.code, m.rule) for m in found]


def test_actors_us_state_names_are_american_places(code_actors) -> None:  # type: ignore[no-untyped-def]
    doc = code_actors("At a town hall with military leaders in Ohio, the governor spoke.", D)
    codes = {m.text: m.actor.code for m in doc.mentions}
    assert codes.get("Ohio") == "USA"
    assert codes.get("military leaders") == "USAMIL"
