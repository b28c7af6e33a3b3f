"""The GDELT 2.0 event table: 61 tab-separated columns, no header (like GDELT's own files), deduplicated.

One row per deduplicated event (`event_groups` table). Actor codes are split CAMEO style into country,
known group and up to three type codes; ActionGeo comes from the event location (FIPS 10-4 country
codes, as GDELT uses); Actor1Geo/Actor2Geo, filled the same way, come from the places the text ties to the
source and target mentions (`tacitus.geo.actor_place`; type 0 when none); AvgTone is the mean tone
(tacitus.tone, -10..+10) of the articles that report the event.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import select

from tacitus.errors import DataFileError
from tacitus.geo import gazetteer
from tacitus.ontology import TYPE_CODES
from tacitus.store import Store, schema


@lru_cache(maxsize=1)
def gdelt_columns() -> list[tuple[str, str]]:
    """(name, pandas dtype) of the 61 GDELT 2.0 event columns, in order."""
    path = resources.files("tacitus") / "data" / "gdelt2_event_columns.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    cols = [tuple(ln.split("\t")) for ln in lines[1:]]
    if len(cols) != 61 or any(len(c) != 2 for c in cols):
        raise DataFileError(str(path), None, f"expected 61 name<TAB>dtype rows, found {len(cols)}")
    return [(c[0], c[1]) for c in cols]


def gdelt_dtypes() -> dict[str, str]:
    """pandas dtypes to read an exported (or real) GDELT 2.0 event file with `read_csv`."""
    return {name: ("Int64" if t == "int64" else t) for name, t in gdelt_columns()}


def split_actor(code: str | None, country: str | None) -> tuple[str, str, str, list[str]]:
    """(country, known group, ethnic, type codes) of a CAMEO actor code such as `SRBCVLalb`."""
    if not code:
        return "", "", "", []
    upper = code.rstrip("abcdefghijklmnopqrstuvwxyz")
    ethnic = code[len(upper) :]  # CAMEO writes an ethnic code in lower case at the end
    chunks = [upper[i : i + 3] for i in range(0, len(upper), 3)]
    ctry = group = ""
    if country and chunks and chunks[0] == country:
        ctry = chunks.pop(0)
    elif chunks and chunks[0] not in TYPE_CODES:
        group = chunks.pop(0)
    elif len(chunks) > 1 and chunks[1] not in TYPE_CODES:
        group = chunks.pop(1)
    return ctry, group, ethnic, chunks[:3]


def _actor(row: dict[str, Any], side: str) -> list[Any]:
    code = row[f"{side}_code"]
    ctry, group, ethnic, types = split_actor(code, row[f"{side}_country"])
    name = (row[f"{side}_name"] or "").upper() if code else ""
    types += [""] * (3 - len(types))
    return [code or "", name, ctry, group, ethnic, "", "", *types]


def _geo(row: dict[str, Any], prefix: str = "loc") -> list[Any]:
    """<X>Geo_Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID of the place `prefix`."""
    name = row.get(f"{prefix}_name")
    if name is None:
        return [0, "", "", "", "", "", "", ""]
    gaz = gazetteer()
    country = gaz.country(row[f"{prefix}_country"])
    fips = country.fips if country else ""
    feature = row[f"{prefix}_feature"]
    geonames_id = row[f"{prefix}_geonames_id"]
    city = gaz.cities.get(geonames_id or -1) if feature == "city" else None
    if feature == "country":
        return [1, name, fips, fips, "", "", "", fips]
    in_us = fips == "US"
    geo_type = (3 if in_us else 4) if feature == "city" else (2 if in_us else 5)
    full = f"{name}, {country.name}" if country else name
    adm1 = f"{fips}{city['admin1code']}" if city and city.get("admin1code") else fips
    lat, lon = row[f"{prefix}_lat"], row[f"{prefix}_lon"]
    feature_id = str(geonames_id) if geonames_id else ""
    return [geo_type, full, fips, adm1, "", _num(lat), _num(lon), feature_id]


def _num(x: float | None) -> str:
    return "" if x is None else f"{x:.4f}"


def _date_added(value: Any) -> str:
    """DATEADDED is UTC in GDELT; an aware timestamp (PostgreSQL session time zone) is converted."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        return ""
    stamp: datetime = value.astimezone(UTC) if value.tzinfo is not None else value
    return stamp.strftime("%Y%m%d%H%M%S")


def _fraction_date(when: date) -> str:
    """YYYY.FFFF with FFFF the share of the year completed before that day (always below 1)."""
    days_in_year = (date(when.year + 1, 1, 1) - date(when.year, 1, 1)).days
    return f"{when.year + (when.timetuple().tm_yday - 1) / days_in_year:.4f}"


def gdelt_row(row: dict[str, Any]) -> list[Any]:
    """The 61 GDELT fields of one deduplicated event."""
    when: date | None = row["date"]
    if isinstance(when, str):
        when = date.fromisoformat(when)
    dates: list[Any] = ["", "", "", ""]
    if when is not None:
        dates = [when.strftime("%Y%m%d"), when.strftime("%Y%m"), when.year, _fraction_date(when)]
    return [
        row["id"],
        *dates,
        *_actor(row, "source"),
        *_actor(row, "target"),
        row["is_root"],
        row["cameo"],
        row["cameo"][:3],
        row["cameo_root"],
        row["quad_class"],
        row["goldstein"],
        row["num_mentions"],
        row["num_sources"],
        row["num_articles"],
        round(row["avg_tone"], 3) if row.get("avg_tone") is not None else 0.0,
        *_geo(row, "source_loc"),
        *_geo(row, "target_loc"),
        *_geo(row),
        _date_added(row["first_added"]),
        row["url"] or "",
    ]


def _clean(value: Any) -> str:
    return str(value).replace("\t", " ").replace("\n", " ").replace("\r", " ")


def gdelt_line(row: dict[str, Any]) -> str:
    """One deduplicated event as a GDELT 2.0 line: tab-separated, no quoting, no newline."""
    return "\t".join(_clean(v) for v in gdelt_row(row))


def iter_gdelt_rows(store: Store) -> Iterator[list[Any]]:
    """Every deduplicated event as a GDELT row (streamed from the database)."""
    g = schema.event_groups_view()
    with store.engine.connect().execution_options(stream_results=True, yield_per=2000) as conn:
        for r in conn.execute(select(g).order_by(g.c.id)):
            yield gdelt_row(dict(r._mapping))


def write_gdelt(store: Store, out: TextIO | Path, header: bool = False) -> int:
    """Write the GDELT 2.0 event table; returns the number of rows."""
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as fh:
            return write_gdelt(store, fh, header)
    # Like GDELT's own files: tab-separated, no quoting or escaping (fields never hold tabs or newlines).
    if header:
        out.write("\t".join(name for name, _ in gdelt_columns()) + "\n")
    n = 0
    for row in iter_gdelt_rows(store):
        out.write("\t".join(_clean(v) for v in row) + "\n")
        n += 1
    return n
