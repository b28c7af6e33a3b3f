"""Coverage and consistency of the dated roles table (officeholders.csv); spot checks through the coder."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from itertools import pairwise

import pytest

from tacitus.actors import tables
from tacitus.actors.kb import builtin_entries, phrase_key

FROM = date(2000, 1, 1)
UNTIL = date(2026, 11, 28)  # the table is complete up to this day
MAX_GAP = timedelta(days=120)  # vacancies, caretakers and acting holders left out
MAX_OVERLAP = timedelta(days=3)  # hand-overs dated differently by different sources

G20 = ("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS")
G20 += ("SAU", "ZAF", "TUR", "GBR", "USA")

HEAD_OF_STATE = {"President", "Acting President", "King", "Monarch", "Emperor"}
FOREIGN = {"Foreign Minister", "Foreign Secretary", "Secretary of State", "External Affairs Minister"}
# Heads of government distinct from the head of state, and the years the office existed.
HEAD_OF_GOVERNMENT = {
    "GBR": ("Prime Minister", UNTIL),
    "DEU": ("Chancellor", UNTIL),
    "FRA": ("Prime Minister", UNTIL),
    "ITA": ("Prime Minister", UNTIL),
    "CAN": ("Prime Minister", UNTIL),
    "AUS": ("Prime Minister", UNTIL),
    "JPN": ("Prime Minister", UNTIL),
    "IND": ("Prime Minister", UNTIL),
    "RUS": ("Prime Minister", UNTIL),
    "CHN": ("Premier", UNTIL),
    "TUR": ("Prime Minister", date(2018, 7, 9)),  # office abolished by the 2017 referendum
}
SHARED_MONARCH = {"CAN", "AUS"}  # the British monarch, coded GBR
# IGO offices (role, first day it existed or the table starts).
IGO_OFFICES = {
    "European Commission President": FROM,
    "European Council President": date(2009, 12, 1),
    "EU foreign policy chief": FROM,
    "African Union Commission Chairperson": date(2003, 9, 16),
    "UN Secretary-General": FROM,
    "NATO Secretary General": FROM,
}


def held(country: str, roles: set[str]) -> list[tables.OfficeRow]:
    return sorted(
        (r for r in tables.officeholders() if r.country == country and r.role in roles), key=lambda r: r.start
    )


def gaps(rows: list[tables.OfficeRow], start: date, end: date) -> list[tuple[date, date]]:
    """Periods longer than MAX_GAP in [start, end] that no row covers."""
    out = []
    covered = start
    for r in rows:
        if r.start - covered > MAX_GAP:
            out.append((covered, r.start))
        covered = max(covered, r.end or UNTIL)
    if end - covered > MAX_GAP:
        out.append((covered, end))
    return out


def test_officeholders_table_is_large_and_wide() -> None:
    rows = tables.officeholders()
    assert len(rows) >= 1000
    assert len({r.country for r in rows}) >= 80
    assert sum(r.role in FOREIGN for r in rows) >= 300
    assert sum(r.sector == "GOVMIL" for r in rows) >= 230


@pytest.mark.parametrize("country", G20)
def test_officeholders_g20_leaders_cover_2000_to_today(country: str) -> None:
    leaders = HEAD_OF_STATE | {"Prime Minister", "Chancellor", "Premier"}
    assert gaps(held(country, leaders), FROM, UNTIL) == []
    if country not in SHARED_MONARCH:
        assert gaps(held(country, HEAD_OF_STATE), FROM, UNTIL) == []
    if country in HEAD_OF_GOVERNMENT:
        role, until = HEAD_OF_GOVERNMENT[country]
        assert gaps(held(country, {role}), FROM, until) == []


@pytest.mark.parametrize("country", G20)
def test_officeholders_g20_foreign_ministers_cover_2000_to_today(country: str) -> None:
    assert gaps(held(country, FOREIGN), FROM, UNTIL) == []


DEFENCE_MISSING = {"ARG"}  # Argentine defence ministers are not in the table yet


@pytest.mark.parametrize("country", sorted(set(G20) - DEFENCE_MISSING))
def test_officeholders_g20_have_a_current_defence_minister(country: str) -> None:
    rows = [r for r in tables.officeholders() if r.country == country and r.sector == "GOVMIL"]
    assert any(r.end is None for r in rows), country


@pytest.mark.parametrize(("role", "since"), IGO_OFFICES.items())
def test_officeholders_igo_offices_are_continuous(role: str, since: date) -> None:
    assert gaps(held("IGO", {role}), since, UNTIL) == []


def test_officeholders_one_holder_per_role_at_a_time() -> None:
    by_role: dict[tuple[str, str], list[tables.OfficeRow]] = defaultdict(list)
    for r in tables.officeholders():
        by_role[(r.country, r.role)].append(r)
    clashes = []
    for key, rows in by_role.items():
        for a, b in pairwise(sorted(rows, key=lambda r: r.start)):
            if a.person != b.person and (a.end or UNTIL) - b.start > MAX_OVERLAP:
                clashes.append((key, a.person, b.person))
    assert clashes == []


def test_officeholders_rows_of_one_person_do_not_repeat_a_role_period() -> None:
    by_person: dict[tuple[str, str], list[tables.OfficeRow]] = defaultdict(list)
    for r in tables.officeholders():
        by_person[(r.person, r.role)].append(r)
    for (person, role), rows in by_person.items():
        for a, b in pairwise(sorted(rows, key=lambda r: r.start)):
            assert a.end is not None and a.end <= b.start, (person, role)


def test_officeholders_dates_are_within_reason() -> None:
    for r in tables.officeholders():
        assert date(1940, 1, 1) <= r.start <= UNTIL, r
        assert r.end is None or r.end <= UNTIL, r


def test_officeholders_aliases_name_one_person() -> None:
    names: dict[str, set[str]] = defaultdict(set)
    for r in tables.officeholders():
        for phrase in (r.person, *r.aliases):
            names[phrase_key(phrase)].add(r.person)
    assert {k: v for k, v in names.items() if len(v) > 1} == {}


def test_officeholders_aliases_do_not_hide_other_entries() -> None:
    people = {phrase_key(p) for r in tables.officeholders() for p in (r.person, *r.aliases)}
    hidden = [
        (phrase, e.rule)
        for phrase, e in builtin_entries()
        if e.rule != "role:dated" and phrase_key(phrase).removeprefix("=").lower() in people
    ]
    assert hidden == []
    roles = {phrase_key(r.phrase) for r in tables.roles()}
    assert people & roles == set()


# Bare surnames coded by the role their holder had on the article's date.
SPOT_CHECKS = [
    ("Lavrov said the talks had failed.", "2010-05-01", "Lavrov", "RUSGOV"),
    ("Blinken said the talks had failed.", "2022-05-01", "Blinken", "USAGOV"),
    ("Sunak said the talks had failed.", "2023-05-01", "Sunak", "GBRGOV"),
    ("Kishida said the talks had failed.", "2022-05-01", "Kishida", "JPNGOV"),
    ("Scholz said the talks had failed.", "2019-05-01", "Scholz", "DEUGOV"),
    ("Westerwelle said the talks had failed.", "2011-05-01", "Westerwelle", "DEUGOV"),
    ("Mofaz said the talks had failed.", "2004-05-01", "Mofaz", "ISRGOVMIL"),
    ("Barroso said the talks had failed.", "2003-05-01", "Barroso", "PRTGOV"),
    ("Barroso said the talks had failed.", "2008-05-01", "Barroso", "IGOGOV"),
    ("Mattarella said the talks had failed.", "2000-05-01", "Mattarella", "ITAGOVMIL"),
    ("Mattarella said the talks had failed.", "2020-05-01", "Mattarella", "ITAGOV"),
    ("Stoltenberg said the talks had failed.", "2010-05-01", "Stoltenberg", "NORGOV"),
    ("Juncker said the talks had failed.", "2016-05-01", "Juncker", "IGOGOV"),
    ("Rudd said the talks had failed.", "2011-05-01", "Rudd", "AUSGOV"),
    ("Hoon said the talks had failed.", "2003-05-01", "Hoon", "GBRGOVMIL"),
    ("Talabani said the talks had failed.", "2008-05-01", "Talabani", "IRQGOV"),
    ("Sikorski said the talks had failed.", "2010-05-01", "Sikorski", "POLGOV"),
    ("Kasyanov said the talks had failed.", "2002-05-01", "Kasyanov", "RUSGOV"),
    ("Kasyanov said the talks had failed.", "2010-05-01", "Kasyanov", "RUSELI"),
    ("Dlamini-Zuma said the talks had failed.", "2014-05-01", "Dlamini-Zuma", "IGOGOV"),
    ("Kuleba met Sybiha in Kyiv.", "2025-05-01", "Kuleba", "UKRELI"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "day", "mention", "expected"), SPOT_CHECKS)
def test_officeholders_bare_surname_coded_by_role_on_the_day(
    code_actors, text: str, day: str, mention: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    doc = code_actors(text, day)
    start = doc.text.index(mention)
    found = [m for m in doc.mentions if m.start <= start < m.end]
    assert found and found[0].actor.code == expected, [(m.text, m.actor.code) for m in doc.mentions]
