"""Loaders and schema checks for the built-in actor tables under `tacitus/data/actors/`.

Every table is a UTF-8 TSV/CSV with a header row; lines starting with `#` are comments. A row that breaks
the schema raises `DataFileError` naming the file and line.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from tacitus.errors import DataFileError

CODE_RE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
SECTOR_RE = re.compile(r"^([A-Z]{3})+$")
ROLE_TYPES = ("person", "group", "body")
ORG_KINDS = ("igo", "ngo", "group", "org")
ETHNIC_RE = re.compile(r"^[a-z]{3}$")


@dataclass(frozen=True)
class CountryRow:
    code: str
    iso2: str
    name: str
    capital: str
    geonames_id: int
    lat: float | None
    lon: float | None
    state: bool
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]


@dataclass(frozen=True)
class SeatRow:
    phrase: str
    code: str
    note: str


@dataclass(frozen=True)
class DatedCode:
    """A code valid from `start` to `end` (inclusive; None = open)."""

    code: str
    start: date | None
    end: date | None


@dataclass(frozen=True)
class OrgRow:
    id: str
    code: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    dated: tuple[DatedCode, ...] = ()  # codes by article date; `code` is the current (latest) one


@dataclass(frozen=True)
class RoleRow:
    phrase: str
    sector: str
    type: str
    alone: str | None = None  # code when no country is found: None = the sector, "" = never


@dataclass(frozen=True)
class PeopleRow:
    phrase: str
    code: str  # empty: a group living in several countries (country from context)
    ethnic: str  # CAMEO ethnic code (ISO 639-2/B, lower case) or empty


@dataclass(frozen=True)
class DatedNameRow:
    phrase: str
    code: str
    start: date | None
    end: date | None


@dataclass(frozen=True)
class OfficeRow:
    person: str
    aliases: tuple[str, ...]
    country: str
    sector: str
    role: str
    start: date
    end: date | None


def data_dir() -> Path:
    """The folder of the built-in actor tables."""
    return Path(str(resources.files("tacitus") / "data" / "actors"))


def read_rows(path: Path, delimiter: str = "\t") -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for a headed table, skipping comments and blank lines."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), None, f"cannot read table: {exc}") from exc
    numbered = [
        (n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip() and line[0] != "#"
    ]
    if not numbered:
        raise DataFileError(str(path), None, "empty table")
    header = next(csv.reader([numbered[0][1]], delimiter=delimiter))
    for n, line in numbered[1:]:
        values = next(csv.reader([line], delimiter=delimiter))
        if len(values) != len(header):
            raise DataFileError(str(path), n, f"expected {len(header)} columns {header}, got {len(values)}")
        yield n, dict(zip(header, (v.strip() for v in values), strict=True))


def split_list(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def check_code(path: Path, line: int, code: str) -> str:
    if not CODE_RE.match(code):
        raise DataFileError(str(path), line, f"bad actor code {code!r} (3-letter groups, upper case)")
    return code


def need(path: Path, line: int, row: dict[str, str], *cols: str) -> None:
    for col in cols:
        if not row.get(col):
            raise DataFileError(str(path), line, f"empty {col!r}")


@lru_cache(maxsize=1)
def countries() -> tuple[CountryRow, ...]:
    """Countries and territories: CAMEO code, names, aliases, demonyms, capital."""
    base_path, names_path = data_dir() / "countries.tsv", data_dir() / "country_names.tsv"
    extra: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {}
    for n, row in read_rows(names_path):
        if row["type"] not in ("state", "territory"):
            raise DataFileError(str(names_path), n, f"type must be state or territory, not {row['type']!r}")
        extra[row["iso2"]] = (row["type"], split_list(row["aliases"]), split_list(row["demonyms"]))
    out = []
    for n, row in read_rows(base_path):
        need(base_path, n, row, "code", "iso2", "name", "geonames_id")
        check_code(base_path, n, row["code"])
        kind, aliases, demonyms = extra.pop(row["iso2"], ("territory", (), ()))
        try:
            out.append(
                CountryRow(
                    code=row["code"],
                    iso2=row["iso2"],
                    name=row["name"],
                    capital=row["capital"],
                    geonames_id=int(row["geonames_id"]),
                    lat=float(row["capital_lat"]) if row["capital_lat"] else None,
                    lon=float(row["capital_lon"]) if row["capital_lon"] else None,
                    state=kind == "state",
                    aliases=aliases,
                    demonyms=demonyms,
                )
            )
        except ValueError as exc:
            raise DataFileError(str(base_path), n, f"bad number: {exc}") from exc
    if extra:
        raise DataFileError(str(names_path), None, f"unknown iso2 keys {sorted(extra)}")
    return tuple(out)


@lru_cache(maxsize=1)
def seats() -> tuple[SeatRow, ...]:
    """Seats of power and institutional metonyms ("the Kremlin" -> RUSGOV)."""
    path = data_dir() / "seats.tsv"
    out = []
    for n, row in read_rows(path):
        need(path, n, row, "phrase", "code")
        out.append(SeatRow(row["phrase"], check_code(path, n, row["code"]), row["note"]))
    return tuple(out)


@lru_cache(maxsize=2)
def regions(name: str = "regions.tsv") -> tuple[SeatRow, ...]:
    """Regions and disputed territories (or, with `peoples.tsv`, ethnic groups) -> country."""
    path = data_dir() / name
    out = []
    for n, row in read_rows(path):
        need(path, n, row, "phrase", "code")
        out.append(SeatRow(row["phrase"], check_code(path, n, row["code"]), "region"))
    return tuple(out)


@lru_cache(maxsize=1)
def stop_phrases() -> tuple[str, ...]:
    """Phrases containing a country word that do not refer to an actor ("Latin America")."""
    path = data_dir() / "stop_phrases.tsv"
    return tuple(row["phrase"] for _, row in read_rows(path) if row["phrase"])


@lru_cache(maxsize=1)
def transfer_verbs() -> frozenset[str]:
    """Verbs (with an optional particle, "take in") whose object comes from elsewhere ("accept", "deport")."""
    path = data_dir() / "transfer_verbs.tsv"
    out = set()
    for n, row in read_rows(path):
        words = row["verb"].lower().split()
        if not 1 <= len(words) <= 2:
            raise DataFileError(str(path), n, f"expected a verb and optional particle, got {row['verb']!r}")
        out.add(" ".join(words))
    return frozenset(out)


@lru_cache(maxsize=1)
def organizations() -> tuple[OrgRow, ...]:
    """International organisations, NGOs, armed groups, agencies and media."""
    path = data_dir() / "organizations.tsv"
    out, seen = [], set()
    for n, row in read_rows(path):
        need(path, n, row, "id", "code", "kind", "name")
        if row["kind"] not in ORG_KINDS:
            raise DataFileError(str(path), n, f"kind must be one of {ORG_KINDS}")
        if row["id"] in seen:
            raise DataFileError(str(path), n, f"duplicate id {row['id']!r}")
        seen.add(row["id"])
        code = check_code(path, n, row["code"])
        dated = dated_codes(path, n, row.get("dated", ""))
        if dated and dated[-1].code != code:
            raise DataFileError(str(path), n, f"code {code!r} differs from the latest dated code")
        out.append(OrgRow(row["id"], code, row["kind"], row["name"], split_list(row["aliases"]), dated))
    return tuple(out)


def dated_codes(path: Path, line: int, value: str) -> tuple[DatedCode, ...]:
    """Parse `CODE:START..END|CODE:START..END` (ISO days, either end may be empty), in date order."""
    out: list[DatedCode] = []
    for part in split_list(value):
        code, sep, period = part.partition(":")
        first, dots, last = period.partition("..")
        if not sep or not dots:
            raise DataFileError(str(path), line, f"bad dated code {part!r} (CODE:YYYY-MM-DD..YYYY-MM-DD)")
        start = parse_day(path, line, first) if first else None
        end = parse_day(path, line, last) if last else None
        if start and end and end < start:
            raise DataFileError(str(path), line, f"end before start in {part!r}")
        if out and (out[-1].end is None or start is None or start <= out[-1].end):
            raise DataFileError(str(path), line, f"dated codes overlap or are out of order at {part!r}")
        out.append(DatedCode(check_code(path, line, code.strip()), start, end))
    return tuple(out)


@lru_cache(maxsize=1)
def roles() -> tuple[RoleRow, ...]:
    """Role words and their CAMEO sector ("troops" -> MIL)."""
    path = data_dir() / "roles.tsv"
    out = []
    for n, row in read_rows(path):
        need(path, n, row, "phrase", "sector", "type")
        if not SECTOR_RE.match(row["sector"]):
            raise DataFileError(str(path), n, f"bad sector {row['sector']!r}")
        if row["type"] not in ROLE_TYPES:
            raise DataFileError(str(path), n, f"type must be one of {ROLE_TYPES}")
        out.append(RoleRow(row["phrase"], row["sector"], row["type"], _alone(path, n, row.get("alone", ""))))
    return tuple(out)


def _alone(path: Path, line: int, value: str) -> str | None:
    """The `alone` column: empty = the sector, "-" = never coded without a country, else a code."""
    if not value:
        return None
    return "" if value == "-" else check_code(path, line, value)


def parse_day(path: Path, line: int, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise DataFileError(str(path), line, f"bad date {value!r} (YYYY-MM-DD)") from exc


def office_rows(path: Path, rows: Sequence[tuple[int, dict[str, str]]]) -> tuple[OfficeRow, ...]:
    """Validate dated-role rows (person, aliases, country, sector, role, start, end)."""
    out = []
    for n, row in rows:
        need(path, n, row, "person", "country", "role", "start")
        check_code(path, n, row["country"])
        if row["sector"] and not SECTOR_RE.match(row["sector"]):
            raise DataFileError(str(path), n, f"bad sector {row['sector']!r}")
        start = parse_day(path, n, row["start"])
        end = parse_day(path, n, row["end"]) if row["end"] else None
        if end is not None and end < start:
            raise DataFileError(str(path), n, "end before start")
        out.append(
            OfficeRow(
                row["person"],
                split_list(row["aliases"]),
                row["country"],
                row["sector"],
                row["role"],
                start,
                end,
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def officeholders() -> tuple[OfficeRow, ...]:
    """Dated roles: heads of state and government, foreign and defence ministers since 2000."""
    path = data_dir() / "officeholders.csv"
    return office_rows(path, list(read_rows(path, delimiter=",")))


@lru_cache(maxsize=1)
def historic_names() -> tuple[DatedNameRow, ...]:
    """Names whose code depends on the date: former states, renamed states, places that changed country."""
    path = data_dir() / "historic_names.tsv"
    out = []
    for n, row in read_rows(path):
        need(path, n, row, "phrase", "code")
        start = parse_day(path, n, row["start"]) if row["start"] else None
        end = parse_day(path, n, row["end"]) if row["end"] else None
        if start and end and end < start:
            raise DataFileError(str(path), n, "end before start")
        out.append(DatedNameRow(row["phrase"], check_code(path, n, row["code"]), start, end))
    return tuple(out)


def check_ethnic(path: Path, line: int, code: str) -> str:
    if code and not ETHNIC_RE.match(code):
        raise DataFileError(str(path), line, f"bad ethnic code {code!r} (3 lower-case letters)")
    return code


@lru_cache(maxsize=1)
def peoples() -> tuple[PeopleRow, ...]:
    """Ethnic and national groups: country of residence (empty when several) and CAMEO ethnic code."""
    path = data_dir() / "peoples.tsv"
    out = []
    for n, row in read_rows(path):
        need(path, n, row, "phrase")
        code = check_code(path, n, row["code"]) if row["code"] else ""
        out.append(PeopleRow(row["phrase"], code, check_ethnic(path, n, row["ethnic"])))
    return tuple(out)


@lru_cache(maxsize=1)
def ethnic_codes() -> dict[str, str]:
    """Country code -> CAMEO ethnic code of its nation living elsewhere ("ethnic Albanians" -> alb)."""
    path = data_dir() / "ethnic_codes.tsv"
    out = {}
    for n, row in read_rows(path):
        need(path, n, row, "country", "ethnic")
        out[check_code(path, n, row["country"])] = check_ethnic(path, n, row["ethnic"])
    return out
