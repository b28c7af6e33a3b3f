"""The actor knowledge base: surface phrases -> actor entries, role words -> sectors, dated roles.

Built once from the built-in tables (`tables.py`) plus the user's dictionaries (`dictionaries.py`); user
entries override built-in ones with the same phrase. Immutable after construction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path

from tacitus.actors import tables
from tacitus.model import Actor, ActorKind

CONF_REGION = 0.7
# Confidence of each kind of evidence: a full name beats an alias, which beats a demonym or a metonym.
CONF_NAME, CONF_ALIAS, CONF_DEMONYM, CONF_CAPITAL, CONF_SEAT, CONF_ORG, CONF_PERSON = (
    0.95,
    0.9,
    0.85,
    0.8,
    0.85,
    0.9,
    0.9,
)


USER_RULES = ("user", "petrarch")


@dataclass(frozen=True)
class Dated:
    """A code valid between two dates (inclusive; None = open)."""

    code: str
    role: str = ""
    start: date | None = None
    end: date | None = None

    def active(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Entry:
    """What a phrase refers to. `dated` codes, when present, take precedence on the article's date."""

    actor: Actor
    rule: str
    confidence: float
    dated: tuple[Dated, ...] = ()
    former_sector: str | None = None  # sector once every dated role has ended (officeholders: ELI)
    person_name: bool = False  # a person's name: its surname can be used later in the article
    ethnic: str = ""  # CAMEO ethnic code of a people ("kur"), appended after the sector
    also: tuple[str, ...] = ()  # further codes of a multi-code entry (PETRARCH `[FRO/BIL/SAM]`)

    def resolve(self, day: date | None) -> tuple[Actor, str]:
        """The actor this entry denotes on `day` (None: the most recent role) and a role label."""
        if not self.dated:
            return self.actor, ""
        if day is None:
            latest = max(self.dated, key=lambda d: (d.end is None, d.end or date.min, d.start or date.min))
            return with_code(self.actor, latest.code), latest.role
        active = [d for d in self.dated if d.active(day)]
        if active:
            best = max(active, key=lambda d: d.start or date.min)
            return with_code(self.actor, best.code), best.role
        ended = [d for d in self.dated if d.end is not None and d.end < day]
        if ended and self.former_sector and self.actor.country:
            return with_code(self.actor, self.actor.country + self.former_sector), "former"
        return self.actor, ""


@dataclass(frozen=True)
class RoleWord:
    """A role noun giving a sector: `prefix` codes put the sector before the country (PETRARCH `NGO~`)."""

    phrase: str
    sector: str
    type: str
    prefix: bool = False
    alone: str | None = None  # code when no country is found ("police" -> COP): None = the sector, "" = never

    def alone_code(self) -> str:
        """The sector-only code GDELT gives this role without a country ("" = not coded alone)."""
        return self.sector if self.alone is None else self.alone


@dataclass(frozen=True)
class KnowledgeBase:
    """Phrase keys (lower-cased, or `=`-prefixed exact) -> entries; role words; stop phrases."""

    entries: dict[str, Entry] = field(default_factory=dict)
    roles: dict[str, RoleWord] = field(default_factory=dict)
    stops: frozenset[str] = frozenset()
    # Case-insensitive keys whose source phrase is capitalised: matched only on a capitalised token.
    capitalised: frozenset[str] = frozenset()

    def entry(self, key: str) -> Entry | None:
        return self.entries.get(key)

    @cached_property
    def person_name_words(self) -> frozenset[str]:
        """Words of the names of the persons in the knowledge base ("Austin" of "Lloyd Austin")."""
        return frozenset(w for e in self.entries.values() if e.person_name for w in e.actor.name.split())


def phrase_key(phrase: str) -> str:
    """Normalise a phrase: a leading `=` keeps it case-sensitive, otherwise it is lower-cased."""
    text = " ".join(phrase.split())
    if text.startswith("="):
        return "=" + text[1:].strip()
    return text.lower()


def sector_of(code: str) -> str | None:
    """The sector part of a code: after the country, without a lower-case ethnic code ("SRBCVLalb" -> CVL)."""
    return code[3:].rstrip("abcdefghijklmnopqrstuvwxyz") or None


def with_code(actor: Actor, code: str) -> Actor:
    """A copy of `actor` carrying `code` (country = first three letters, sector = the rest)."""
    return replace(actor, code=code, country=code[:3] or None, sector=sector_of(code))


def make_actor(code: str, name: str, kind: ActorKind, kb_id: str | None) -> Actor:
    return Actor(
        code=code, name=name, country=code[:3] or None, sector=sector_of(code), kind=kind, kb_id=kb_id
    )


def builtin_entries() -> Iterable[tuple[str, Entry]]:
    """(phrase, entry) pairs of the built-in tables, weakest first (later pairs override earlier)."""
    for c in tables.countries():
        actor = make_actor(c.code, c.name, "country", f"country:{c.iso2}")
        if c.state and c.capital:
            gov = make_actor(c.code + "GOV", f"government of {c.name}", "country", f"country:{c.iso2}")
            yield c.capital, Entry(gov, "metonym:capital", CONF_CAPITAL)
        for demonym in c.demonyms:
            yield demonym, Entry(actor, "kb:demonym", CONF_DEMONYM)
        for alias in c.aliases:
            yield alias, Entry(actor, "kb:name", CONF_ALIAS)
        yield c.name, Entry(actor, "kb:name", CONF_NAME)
    for r in tables.regions():
        region = make_actor(r.code, r.phrase, "place", f"region:{r.phrase}")
        yield r.phrase, Entry(region, "kb:region", CONF_REGION)
    for p in tables.peoples():
        people = make_actor(p.code, p.phrase, "group", f"people:{p.phrase}")
        yield p.phrase, Entry(people, "kb:people", CONF_REGION, ethnic=p.ethnic)
    for s in tables.seats():
        kind: ActorKind = "country"
        yield (
            s.phrase,
            Entry(make_actor(s.code, s.phrase.removeprefix("="), kind, None), "metonym:seat", CONF_SEAT),
        )
    for o in tables.organizations():
        org = make_actor(o.code, o.name, o.kind, f"org:{o.id}")  # type: ignore[arg-type]
        dated = tuple(Dated(d.code, "", d.start, d.end) for d in o.dated)
        for alias in (o.name, *o.aliases):
            yield alias, Entry(org, "kb:org", CONF_ORG, dated)
    yield from officeholder_entries(tables.officeholders())
    yield from historic_entries(tables.historic_names())


def historic_entries(rows: Iterable[tables.DatedNameRow]) -> Iterable[tuple[str, Entry]]:
    """One dated entry per historic name; its undated code is the latest row's (the current referent)."""
    names: dict[str, list[tables.DatedNameRow]] = {}
    for row in rows:
        names.setdefault(row.phrase, []).append(row)
    for phrase, held in names.items():
        latest = max(held, key=lambda r: (r.end is None, r.end or date.min, r.start or date.min))
        actor = make_actor(latest.code, phrase.removeprefix("="), "country", f"historic:{phrase}")
        dated = tuple(Dated(r.code, "", r.start, r.end) for r in held) if len(held) > 1 else ()
        yield phrase, Entry(actor, "kb:historic", CONF_ALIAS, dated)


def officeholder_entries(rows: Iterable[tables.OfficeRow]) -> Iterable[tuple[str, Entry]]:
    """One entry per person (all their dated roles), under their name and aliases."""
    people: dict[str, list[tables.OfficeRow]] = {}
    for row in rows:
        people.setdefault(row.person, []).append(row)
    for person, held in people.items():
        country = held[0].country
        dated = tuple(Dated(r.country + r.sector, r.role, r.start, r.end) for r in held)
        actor = make_actor(country, person, "person", f"person:{person}")
        entry = Entry(actor, "role:dated", CONF_PERSON, dated, former_sector="ELI", person_name=True)
        aliases = {a for r in held for a in r.aliases}
        for phrase in (person, *sorted(aliases)):
            yield phrase, entry


def builtin_roles() -> Iterable[RoleWord]:
    for r in tables.roles():
        yield RoleWord(r.phrase, r.sector, r.type, alone=r.alone)


def build_kb(user_files: Iterable[Path] = ()) -> KnowledgeBase:
    """Assemble the knowledge base: built-in tables, then each user dictionary in order."""
    from tacitus.actors.dictionaries import load_dictionary

    entries: dict[str, Entry] = {}
    capitalised: set[str] = set()
    uncased: set[str] = set()  # keys also given in lower case ("al-Qaeda" and "Al-Qaeda")

    def add(phrase: str, entry: Entry) -> None:
        key = phrase_key(phrase)
        entries[key] = entry
        (capitalised if phrase[:1].isupper() else uncased).add(key)

    for phrase, entry in builtin_entries():
        add(phrase, entry)
    roles = {phrase_key(r.phrase): r for r in builtin_roles()}
    stops = {phrase_key(p) for p in tables.stop_phrases()}
    user_roles: set[str] = set()
    for path in user_files:
        loaded = load_dictionary(path)
        for phrase, entry in loaded.entries:
            add(phrase, entry)
        for role in loaded.roles:
            roles[phrase_key(role.phrase)] = role
            user_roles.add(phrase_key(role.phrase))
    for key in [k for k, e in entries.items() if e.rule not in USER_RULES]:
        if key.removeprefix("=").lower() in user_roles:  # the user's agent wins ("MSF" [NGO~])
            del entries[key]
    for key in stops:
        entries.pop(key, None)
    return KnowledgeBase(entries, roles, frozenset(stops), frozenset(capitalised - uncased))


@lru_cache(maxsize=8)
def cached_kb(user_files: tuple[Path, ...] = ()) -> KnowledgeBase:
    """The knowledge base for a set of user files, built once per process."""
    return build_kb(user_files)


def country_actor(code: str) -> Actor | None:
    """The bare actor of a country or territory (the polity as a whole) by its CAMEO code, or None."""
    return _country_actors().get(code)


@lru_cache(maxsize=1)
def _country_actors() -> dict[str, Actor]:
    return {c.code: make_actor(c.code, c.name, "country", f"country:{c.iso2}") for c in tables.countries()}
