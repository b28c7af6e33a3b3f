"""Plural definite descriptions that refer back to several actors: "the two leaders", "both countries".

"Putin met Erdogan in Sochi. The two leaders agreed to ..." refers to the set {Putin, Erdogan}. A description
is a plural noun of `plural_nouns.tsv` with "the/these/those" and a number word ("the two leaders", "all
three countries") or with "both"; a few nouns also refer back without a number ("the allies"). A number
alone ("the two agreed", "both said") refers to named persons and states only. Its members are the N most
recent distinct compatible antecedents (an earlier plural description's members included) in the same
sentence before it and the two sentences before that; without a number, the nearest coordinated
ones. Compatible: persons and officials for "leaders", actors with a country for "countries" (coded as the
country, or its government for "governments"), any actor but a place for "sides". Nothing is resolved when
fewer than N are found or when the N-th and the next one are named in the same sentence (which of them is
meant is unclear), nor for restricted descriptions ("the other two", "the two leaders of Asia"); the
subject of the description's own verb is never a member ("Iran accused both countries"). A role without a
country that the description owns ("the leaders of both countries", "officials from the two sides") gets
one span per member too, coded with the member's country and the role's sector.

Each member becomes one span over the whole description, rule `coref:plural`, carrying the antecedent's
actor: several mentions share one span, and each joins its antecedent's chain (`Mention.entity`). The events
stage reads mentions with the same span and this rule as one coordinated argument (`events.arguments`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from tacitus.actors import coref
from tacitus.actors.compose import Found
from tacitus.actors.kb import country_actor, with_code
from tacitus.actors.tables import SECTOR_RE, data_dir, need, read_rows
from tacitus.errors import DataFileError
from tacitus.model import Actor

RULE = "coref:plural"
CONF_PLURAL = 0.6
LOOKBACK_SENTENCES = coref.LOOKBACK_SENTENCES
Refers = Literal["person", "state", "side", "named"]
REFERS: tuple[Refers, ...] = ("person", "state", "side")  # "named": a number alone, not in the table
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
OWNER_PREPS = frozenset({"of", "from"})  # "the leaders of both countries", "officials from the two sides"
DEFINITE = frozenset({"the", "these", "those", "all"})
# Modifiers that make the description pick out some other set than the latest actors named.
RESTRICTING = frozenset({"other", "remaining", "first", "last", "rest", "former", "new", "previous", "next"})


@dataclass(frozen=True)
class PluralNoun:
    noun: str
    refers: Refers
    sector: str  # empty: the country as a whole
    unnumbered: bool


@lru_cache(maxsize=1)
def plural_nouns() -> dict[str, PluralNoun]:
    """The built-in table of plural nouns that refer back (`data/actors/plural_nouns.tsv`), by noun."""
    return load_plural_nouns(data_dir() / "plural_nouns.tsv")


def load_plural_nouns(path: Path) -> dict[str, PluralNoun]:
    """Read and check a table of plural nouns; a bad row raises `DataFileError`."""
    out: dict[str, PluralNoun] = {}
    for n, row in read_rows(path):
        need(path, n, row, "noun", "refers", "unnumbered")
        refers, sector, bare = row["refers"], row["sector"], row["unnumbered"]
        if refers not in REFERS:
            raise DataFileError(str(path), n, f"refers must be one of {REFERS}")
        if sector and not SECTOR_RE.match(sector):
            raise DataFileError(str(path), n, f"bad sector {sector!r}")
        if bare not in ("yes", "no"):
            raise DataFileError(str(path), n, "unnumbered must be yes or no")
        out[row["noun"].lower()] = PluralNoun(row["noun"].lower(), refers, sector, bare == "yes")
    return out


# "the two", "both" with no noun: named persons and states ("Israeli troops shot two Palestinians. Both
# died" is about neither Israel nor the Palestinians).
ANYONE = PluralNoun("", "named", "", False)
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative"})


@dataclass(frozen=True)
class Description:
    """A plural description: its tokens, the noun's entry, and how many it refers to (None: unnumbered)."""

    tok_start: int
    tok_end: int
    noun: PluralNoun
    number: int | None


def resolve(doc: Any, spans: list[Found]) -> list[Found]:
    """The spans with each resolvable plural description replaced by one span per member it refers to."""
    out = list(spans)
    for d in descriptions(doc):
        inside = [f for f in out if d.tok_start <= f.tok_start and f.tok_end <= d.tok_end]
        if any(f.actor.country or f.rule == RULE for f in inside) or _overlaps(out, d, inside):
            continue  # "the two Korean governments": named already
        members = antecedents(doc, [f for f in out if f.tok_end <= d.tok_start], d)
        if not members:
            continue
        group = [_member(doc, d, m) for m in members]
        owner = _owned_role(doc, d, out)
        if owner is not None and d.noun.refers != "person":  # "the leaders of both countries"
            inside.append(owner)
            group += [_role_member(owner, m) for m in group if m.actor.country]
        out = [f for f in out if f not in inside] + group
    return out


def _owned_role(doc: Any, d: Description, spans: list[Found]) -> Found | None:
    """A role without a country whose country is the description: "officials from the two countries"."""
    root = doc[d.tok_end - 1]
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in OWNER_PREPS:
        return None
    role = prep.head
    return next(
        (
            f
            for f in spans
            if f.tok_start <= role.i < f.tok_end and f.rule == coref.SECTOR_ONLY and f.actor.sector
        ),
        None,
    )


def _role_member(role: Found, member: Found) -> Found:
    """The role coded with one member's country: "leaders" of {Russia, Turkey} -> RUSGOV, TURGOV; a member
    that is not a state keeps its code ("negotiators from the two sides" of Israel and Hamas: Hamas)."""
    country, a = member.actor.country or "", member.actor
    state = a.kind == "country" and a.sector in (None, "GOV")
    base = country_actor(country) if state else None
    if base is None:
        return replace(role, actor=a, rule=RULE, confidence=CONF_PLURAL, person=None)
    actor = with_code(replace(base, name=role.actor.name), country + (role.actor.sector or ""))
    return replace(role, actor=actor, rule=RULE, confidence=CONF_PLURAL, person=None)


def descriptions(doc: Any) -> list[Description]:
    """Plural definite descriptions of the table, in text order."""
    table = plural_nouns()
    out = []
    for tok in doc:
        bare = _bare_number(tok)
        if bare is not None:
            out.append(bare)
            continue
        noun = table.get(tok.lower_)
        if noun is None or tok.tag_ not in ("NNS", "NNPS") or not _unrestricted(tok):
            continue
        left = [c for c in tok.children if c.i < tok.i]
        number = _number(left)
        dets = [c for c in left if c.dep_ in ("det", "predet") and c.lower_ in DEFINITE]
        both = any(c.lower_ == "both" for c in left)
        if not both and not dets:
            continue  # "two leaders were killed": indefinite
        if number is None and not noun.unnumbered:
            continue
        start = min(c.left_edge.i for c in left) if left else tok.i
        out.append(Description(start, tok.i + 1, noun, number))
    return out


def _bare_number(tok: Any) -> Description | None:
    """A number standing for the actors themselves: "the two agreed", "both said", "thanked the two"."""
    if tok.dep_ not in ARGUMENT_DEPS or any(c.dep_ in ("prep", "relcl", "acl") for c in tok.children):
        return None  # "two of the soldiers", "the two who ..."
    left = [c for c in tok.children if c.i < tok.i]
    if tok.lower_ == "both" and not left:
        return Description(tok.i, tok.i + 1, ANYONE, 2)
    if tok.lower_ in NUMBERS and tok.tag_ == "CD" and [c.lower_ for c in left] == ["the"]:
        return Description(tok.i - 1, tok.i + 1, ANYONE, NUMBERS[tok.lower_])
    return None


def _number(left: list[Any]) -> int | None:
    for c in left:
        if c.lower_ == "both":
            return 2
        if c.dep_ == "nummod" and c.lower_ in NUMBERS:
            return NUMBERS[c.lower_]
    return None


def _unrestricted(tok: Any) -> bool:
    """Not "the other two leaders", "the two leaders of Asia", "the three countries that border Iraq"."""
    for c in tok.children:
        if c.lower_ in RESTRICTING or c.dep_ in ("relcl", "acl", "poss"):
            return False
        if c.dep_ == "prep" and c.lower_ == "of" and tok.dep_ != "dobj":
            return False  # an object's of-phrase is mostly the verb's: "accused both countries of lying"
    return True


def _overlaps(spans: list[Found], d: Description, inside: list[Found]) -> bool:
    """A span that crosses the description's edges: some other reading already owns these words."""
    return any(f.tok_start < d.tok_end and d.tok_start < f.tok_end and f not in inside for f in spans)


def antecedents(doc: Any, before: list[Found], d: Description) -> list[Found]:
    """The members a description refers to, oldest first; empty when too few or ambiguous."""
    window = _window_start(doc, d.tok_start)
    recent = [f for f in sorted(before, key=lambda f: -f.tok_start) if f.tok_start >= window]
    ancestors = {t.i for t in doc[d.tok_end - 1].ancestors}
    recent = [f for f in recent if doc[f.tok_start : f.tok_end].root.i not in ancestors]  # its own head
    own = {_key(f, d.noun.refers) for f in recent if _own_subject(doc, f, d)}
    keyed: dict[str, tuple[Found, int]] = {}  # distinct key -> nearest span and its sentence start
    for f in recent:
        key = _key(f, d.noun.refers)
        if key is not None and key not in keyed and key not in own:
            keyed[key] = (f, doc[f.tok_start].sent.start)
    found = list(keyed.values())
    if d.number is None:
        return _coordinated(doc, [f for f, _ in found], d.noun.refers)
    n = d.number
    if len(found) < n:
        return []
    if len(found) > n and found[n][1] == found[n - 1][1]:
        return []  # "Putin met Erdogan and Macron. The two leaders": which two?
    chosen = sorted((f for f, _ in found[:n]), key=lambda f: f.tok_start)
    if d.noun.refers == "named" and len({coref.is_person(f) for f in chosen}) > 1:
        return []  # "the U.S. government ... Trump ... between the two": a person and a state are no pair
    return chosen


def _own_subject(doc: Any, f: Found, d: Description) -> bool:
    """The subject of the description's own verb is not one of its members ("Iran accused both countries"),
    nor is anyone else it names."""
    head = doc[d.tok_end - 1].head
    verb = head.head if head.dep_ == "prep" else head
    root = doc[f.tok_start : f.tok_end].root
    return bool(root.dep_ in ("nsubj", "nsubjpass") and root.head.i == verb.i)


def _coordinated(doc: Any, found: list[Found], refers: Refers) -> list[Found]:
    """An unnumbered description ("the allies") refers to the nearest coordinated actors: "the United
    States and Britain launched strikes on Yemen" (not Yemen)."""
    for f in found:
        top = doc[f.tok_start : f.tok_end].root
        while top.dep_ == "conj":
            top = top.head
        tokens = {t.i for t in _conjuncts(top)}
        members = [g for g in found if doc[g.tok_start : g.tok_end].root.i in tokens]
        if len(tokens) > 1 and len(members) == len(tokens):
            return sorted(members, key=lambda g: g.tok_start)
    return []


def _conjuncts(tok: Any) -> list[Any]:
    out, stack = [tok], [c for c in tok.children if c.dep_ == "conj"]
    while stack:
        c = stack.pop(0)
        out.append(c)
        stack.extend(x for x in c.children if x.dep_ == "conj")
    return out


def _window_start(doc: Any, tok_i: int) -> int:
    starts = sorted({s.start for s in doc.sents})
    here = max(i for i, s in enumerate(starts) if s <= tok_i)
    return int(starts[max(0, here - LOOKBACK_SENTENCES)])


def _key(f: Found, refers: Refers) -> str | None:
    """What makes two antecedents distinct for this kind of noun, or None when the span is incompatible."""
    a = f.actor
    if not a.code or f.rule == coref.SECTOR_ONLY or a.kind == "place":
        return None
    if refers == "person":
        return coref.chain_key(f) if coref.is_person(f) and a.country else None
    if refers == "named":
        if coref.is_person(f):
            return coref.chain_key(f) if a.country else None
        state = a.kind == "country" and a.sector in (None, "GOV") and f.role_type != "group"
        return "country:" + a.country if state and a.country else None
    if refers == "state":
        return "country:" + a.country if a.country and a.kind in ("country", "person") else None
    return "country:" + a.country if a.country else "actor:" + (a.kb_id or a.code)


def _member(doc: Any, d: Description, antecedent: Found) -> Found:
    span = doc[d.tok_start : d.tok_end]
    actor = _member_actor(antecedent, d.noun)
    f = Found(d.tok_start, d.tok_end, span.start_char, span.end_char, actor, RULE, CONF_PLURAL)
    if d.noun.refers == "state":
        return replace(f, role_type="body" if d.noun.sector else None)
    return replace(f, person=antecedent.person, role_type=antecedent.role_type)


def _member_actor(antecedent: Found, noun: PluralNoun) -> Actor:
    """The antecedent's actor; for "countries", its country (for "governments", the country's government)."""
    a = antecedent.actor
    if noun.refers != "state" or a.country is None:
        return a
    country = (
        a if a.kind == "country" and not a.sector and not antecedent.person else country_actor(a.country)
    )
    if country is None:
        return a
    return with_code(country, a.country + noun.sector) if noun.sector else country
