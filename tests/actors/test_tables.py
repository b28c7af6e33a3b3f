"""Schema checks of every built-in actor table."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from tacitus.actors import tables
from tacitus.actors.kb import build_kb
from tacitus.errors import DataFileError


def test_tables_countries_have_valid_codes_and_unique_iso2() -> None:
    rows = tables.countries()
    assert len(rows) > 240
    assert len({r.iso2 for r in rows}) == len(rows)
    assert all(tables.CODE_RE.match(r.code) for r in rows)
    assert {r.code for r in rows if r.state} >= {"USA", "CHN", "RUS", "UKR", "KSV", "PSE", "TMP"}


def test_tables_seats_regions_peoples_organisations_are_valid() -> None:
    assert all(tables.CODE_RE.match(s.code) for s in tables.seats())
    assert all(tables.CODE_RE.match(s.code) for s in tables.regions())
    peoples = tables.peoples()
    assert all(p.code == "" or tables.CODE_RE.match(p.code) for p in peoples)
    assert all(p.ethnic == "" or tables.ETHNIC_RE.match(p.ethnic) for p in peoples)
    assert {p.phrase for p in peoples if not p.code} >= {"Kurds", "Hutu"}  # several countries: from context
    ethnic = tables.ethnic_codes()
    assert all(tables.CODE_RE.match(c) and tables.ETHNIC_RE.match(e) for c, e in ethnic.items())
    orgs = tables.organizations()
    assert all(o.kind in tables.ORG_KINDS for o in orgs)
    assert len({o.id for o in orgs}) == len(orgs)


def test_tables_roles_have_sectors_and_types() -> None:
    rows = tables.roles()
    assert all(tables.SECTOR_RE.match(r.sector) and r.type in tables.ROLE_TYPES for r in rows)
    assert len({r.phrase for r in rows}) == len(rows)


def test_tables_roles_alone_codes_are_codes_or_never() -> None:
    rows = {r.phrase: r for r in tables.roles()}
    assert all(r.alone is None or r.alone == "" or tables.CODE_RE.match(r.alone) for r in rows.values())
    assert rows["police"].alone is None  # the sector alone: COP
    assert rows["people"].alone == "" and rows["missiles"].alone == ""  # never without a country
    assert rows["peacekeepers"].alone == "IGOMIL"


def test_tables_officeholders_dates_are_ordered_and_cover_g20() -> None:
    rows = tables.officeholders()
    assert len(rows) >= 300
    assert all(r.end is None or r.start <= r.end for r in rows)
    countries = {r.country for r in rows}
    assert {"USA", "CHN", "RUS", "GBR", "FRA", "DEU", "JPN", "IND", "BRA", "TUR", "SAU", "ZAF"} <= countries


def test_tables_stop_phrases_hide_shorter_names() -> None:
    kb = build_kb()
    assert "latin america" in kb.stops and "latin america" not in kb.entries
    assert "america" in kb.entries


def test_tables_bad_row_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "t.tsv"
    bad.write_text("phrase\tcode\n# comment\nKremlin\tRUSGOV\tEXTRA\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        list(tables.read_rows(bad))
    assert err.value.line == 3 and str(bad) in str(err.value)


def test_tables_historic_names_have_valid_codes_and_ordered_intervals() -> None:
    rows = tables.historic_names()
    assert all(tables.CODE_RE.match(r.code) for r in rows)
    assert all(r.start is None or r.end is None or r.start <= r.end for r in rows)
    by_phrase: dict[str, list[tables.DatedNameRow]] = {}
    for r in rows:
        by_phrase.setdefault(r.phrase, []).append(r)
    for phrase, held in by_phrase.items():  # intervals of one name never overlap
        spans = sorted(held, key=lambda r: r.start or date.min)
        for a, b in pairwise(spans):
            assert a.end is not None and b.start is not None and a.end < b.start, phrase


def test_kb_historic_names_resolve_by_article_date() -> None:
    kb = build_kb()
    congo = kb.entries["congo"]
    assert congo.resolve(date(1990, 1, 1))[0].code == "COG"
    assert congo.resolve(date(2020, 1, 1))[0].code == "COD"
    assert congo.resolve(None)[0].code == "COD"
    assert kb.entries["soviet union"].resolve(date(1985, 1, 1))[0].code == "USR"
    assert kb.entries["juba"].resolve(date(2005, 1, 1))[0].code == "SDN"


def test_tables_organisation_dated_codes_are_ordered_and_end_on_the_code() -> None:
    for org in tables.organizations():
        if org.dated:
            assert org.dated[-1].code == org.code and org.dated[-1].end is None, org.id
            for a, b in pairwise(org.dated):
                assert a.end is not None and b.start is not None and a.end < b.start, org.id


def test_tables_dated_codes_parse_open_periods_in_order() -> None:
    got = tables.dated_codes(Path("t.tsv"), 1, "AFGREB:..2021-08-14|AFGGOV:2021-08-15..")
    assert got == (
        tables.DatedCode("AFGREB", None, date(2021, 8, 14)),
        tables.DatedCode("AFGGOV", date(2021, 8, 15), None),
    )
    assert tables.dated_codes(Path("t.tsv"), 1, "") == ()


@pytest.mark.parametrize(
    "value",
    [
        "AFGREB",  # no period
        "AFGREB:2021-08-14",  # no ".."
        "AFGREB:..2021-13-01",  # bad day
        "afgreb:..2021-08-14",  # bad code
        "AFGREB:2021-08-15..2021-08-14",  # end before start
        "AFGREB:..2021-08-15|AFGGOV:2021-08-15..",  # overlap
        "AFGGOV:2021-08-15..|AFGREB:..2021-08-14",  # out of order
    ],
)
def test_tables_dated_codes_reject_malformed_periods(value: str) -> None:
    with pytest.raises(DataFileError) as err:
        tables.dated_codes(Path("t.tsv"), 7, value)
    assert err.value.line == 7


def test_kb_taliban_resolve_by_article_date_and_spare_the_pakistani_taliban() -> None:
    kb = build_kb()
    for key in ("=Taliban", "=Taleban", "afghan taliban", "islamic emirate of afghanistan"):
        entry = kb.entries[key]
        assert entry.resolve(date(2019, 5, 1))[0].code == "AFGREB", key
        assert entry.resolve(date(2021, 8, 14))[0].code == "AFGREB", key
        assert entry.resolve(date(2021, 8, 15))[0].code == "AFGGOV", key
        assert entry.resolve(date(2023, 5, 1))[0].code == "AFGGOV", key
        assert entry.resolve(None)[0].code == "AFGGOV", key
    for key in ("pakistani taliban", "tehreek-e-taliban", "tehrik-e-taliban pakistan", "=TTP"):
        assert kb.entries[key].resolve(date(2023, 5, 1))[0].code == "PAKREB", key


def test_tables_transfer_verbs_are_lowercase_verbs_with_optional_particle() -> None:
    verbs = tables.transfer_verbs()
    assert {"accept", "deport", "take in"} <= verbs
    assert all(v == v.lower() and 1 <= len(v.split()) <= 2 for v in verbs)
