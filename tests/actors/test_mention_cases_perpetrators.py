"""Hand-written mention cases for unidentified perpetrators of violence (CAMEO/PLOVER `UAF`).

(text, mention text, expected code, expected rule); the article date is fixed.
"""

from __future__ import annotations

import pytest

from tacitus.actors import perpetrators

D = "2022-05-01"

# Perpetrator roles: the country of the place where they acted, never the victims' country.
ROLES = [
    ("Unidentified gunmen shot dead a journalist in Karachi.", "gunmen", "PAKUAF", "role+clause-place"),
    ("Gunmen in Mosul kidnapped two engineers.", "Gunmen", "IRQUAF", "role+place"),
    ("Masked men stormed a bank in Beirut on Tuesday.", "Masked men", "LBNUAF", "role+clause-place"),
    ("Assailants attacked a checkpoint near Kandahar.", "Assailants", "AFGUAF", "role+clause-place"),
    ("Attackers set fire to a school in Peshawar.", "Attackers", "PAKUAF", "role+clause-place"),
    (
        "A suicide bomber blew himself up at a checkpoint in Kabul.",
        "suicide bomber",
        "AFGREB",
        "role+clause-place",
    ),
    ("Armed men ambushed a convoy outside of Basra.", "Armed men", "IRQUAF", "role+clause-place"),
    ("Gunmen killed two American tourists.", "Gunmen", "UAF", "role:sector-only"),
    ("The officer was killed by a sniper.", "sniper", "UAF", "role:sector-only"),
    ("Snipers fired on the crowd.", "Snipers", "UAF", "role:sector-only"),
    ("Assailants threw grenades at French and German soldiers.", "Assailants", "UAF", "role:sector-only"),
]

# A named side owns its gunmen; a demonym gives the country.
COMPOSED = [
    ("Hamas gunmen attacked an Israeli patrol.", "Hamas gunmen", "PSEREB"),
    ("Palestinian gunmen opened fire on a bus.", "Palestinian gunmen", "PSEUAF"),
    ("Three Somali suicide bombers killed 14 villagers.", "Somali suicide bombers", "SOMREB"),
    ("Russian bombers flew over the Baltic Sea.", "Russian bombers", "RUSMIL"),
]

# Weapons and explosions as the agent of a violent verb.
WEAPONS = [
    ("A car bomb exploded in Baghdad, killing 12 people.", "car bomb", "IRQUAF"),
    ("A roadside bomb killed two soldiers.", "roadside bomb", "UAF"),
    ("An explosion ripped through a market in Peshawar on Friday.", "explosion", "PAKUAF"),
    ("A rocket hit a house near Sderot.", "rocket", "ISRUAF"),
    (
        "Two guards were killed on Monday by an improvised explosive device in Kunduz.",
        "improvised explosive device",
        "AFGUAF",
    ),
    ("Two boys were wounded in a grenade attack in a village near Jalalabad.", "grenade attack", "AFGUAF"),
    ("A bomb went off near a mosque in Quetta.", "bomb", "PAKUAF"),
    ("Missiles hit the port.", "Missiles", "UAF"),
    ("A drone strike killed three fighters.", "drone strike", "UAF"),
    ("A blast tore through a bus station in Mogadishu.", "blast", "SOMUAF"),
]

# Not perpetrators: modifiers, threats, aircraft, accidents, named weapons and state strikes beside a state.
NOT_PERPETRATORS = [
    ("The bomb squad defused a device in London.", "bomb"),
    ("Police received a bomb threat at the school.", "bomb"),
    ("B-52 bombers flew over the Korean peninsula.", "bombers"),
    ("A gas explosion killed four people in a Cairo apartment.", "explosion"),
    ("A blast at a chemical plant injured 30 workers.", "blast"),
    ("An Israeli missile hit a car in Gaza.", "missile"),
    ("A SpaceX rocket exploded on the launch pad.", "rocket"),
    ("A drone strike killed three militants, Pakistani officials said.", "drone strike"),
    ("An air strike hit a hospital, the Syrian government said.", "air strike"),
    ("Investigators examined the bomb in the car.", "bomb"),
    ("The rocket was launched from a base in Kazakhstan.", "rocket"),
    ("He was killed in a car accident in Lagos.", "accident"),
    ("Bombs may not be falling on the city.", "Bombs"),
    ("No rocket hit the town, the army said.", "rocket"),
]


def _covering(code_actors, text: str, mention: str):  # type: ignore[no-untyped-def]
    doc = code_actors(text, D)
    start = doc.text.index(mention)
    return [m for m in doc.mentions if m.start <= start and start + len(mention) <= m.end and m.actor.code]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "expected", "rule"), ROLES)
def test_actors_perpetrator_roles_take_the_country_of_the_place_they_acted(
    code_actors, text: str, mention: str, expected: str, rule: str
) -> None:  # type: ignore[no-untyped-def]
    found = _covering(code_actors, text, mention)
    assert [(m.actor.code, m.rule) for m in found] == [(expected, rule)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "expected"), COMPOSED)
def test_actors_perpetrator_roles_compose_with_their_owner(
    code_actors, text: str, mention: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    found = _covering(code_actors, text, mention)
    assert [m.actor.code for m in found] == [expected]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "expected"), WEAPONS)
def test_actors_weapon_agent_of_violent_verb_is_an_unidentified_perpetrator(
    code_actors, text: str, mention: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    found = _covering(code_actors, text, mention)
    assert [(m.text, m.actor.code, m.rule) for m in found] == [(mention, expected, "weapon:agent")]
    assert found[0].confidence < 0.5 and found[0].actor.sector == "UAF"
    assert found[0].actor.country == (expected[:3] if len(expected) > 3 else None)


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention"), NOT_PERPETRATORS)
def test_actors_weapon_words_outside_a_violent_agent_role_are_not_actors(
    code_actors, text: str, mention: str
) -> None:  # type: ignore[no-untyped-def]
    found = _covering(code_actors, text, mention)
    assert not [m for m in found if "UAF" in m.actor.code], [(m.text, m.actor.code, m.rule) for m in found]


def test_perpetrators_table_is_valid_and_roles_exist_in_roles_table() -> None:
    from tacitus.actors import tables

    lex = perpetrators.lexicon()
    role_phrases = {r.phrase for r in tables.roles()}
    assert lex.roles and lex.roles <= role_phrases
    assert {"kill", "explode"} <= set(lex.verbs) and lex.verbs["go"] == "off"
    assert lex.weapons[("car", "bomb")] == "" and lex.weapons[("drone", "strike")] == "state"
    assert lex.weapons[("explosion",)] == "accident" and "gas" in lex.accidents


def test_perpetrators_bad_kind_names_file_and_line(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tacitus.actors import tables
    from tacitus.errors import DataFileError

    (tmp_path / "perpetrators.tsv").write_text("kind\tphrase\tflag\nweapon\tbomb\t\nweapn\tshell\t\n")
    monkeypatch.setattr(tables, "data_dir", lambda: tmp_path)
    perpetrators.lexicon.cache_clear()
    try:
        with pytest.raises(DataFileError) as err:
            perpetrators.lexicon()
        assert "perpetrators.tsv" in str(err.value) and "3" in str(err.value)
    finally:
        monkeypatch.undo()
        perpetrators.lexicon.cache_clear()
