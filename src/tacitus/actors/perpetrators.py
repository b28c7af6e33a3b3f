"""Unidentified perpetrators of violence: CAMEO/PLOVER `UAF` ("unidentified armed forces").

- Role words such as "gunmen", "assailants", "a sniper" take the country of the place where they acted:
  a place on the role itself ("gunmen in Karachi", `role+place`) or on its clause ("gunmen shot dead a
  journalist in Karachi", `role+clause-place`), never the one country of the sentence, which is as often
  the victims' ("gunmen killed two American tourists"); else their sector alone (`role:sector-only`).
- A weapon or explosion that is the subject or agent of a violent verb ("a car bomb killed", "was killed by
  a roadside bomb", "was killed in a car bomb explosion") is the perpetrator: UAF plus the country of the
  place of its clause (`weapon:agent`, low confidence). Weapons states launch (air and drone strikes,
  artillery) only when the sentence names no government, military or country; explosions and blasts only
  when the sentence has no accident cue ("gas", "factory").
The word lists are data: `data/actors/perpetrators.tsv`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from tacitus.actors import context, tables, unowned
from tacitus.actors.compose import Found
from tacitus.actors.kb import make_actor
from tacitus.actors.matching import Hit, PhraseIndex
from tacitus.errors import DataFileError

UNIDENTIFIED = "UAF"
CONF_CLAUSE_PLACE, CONF_WEAPON = 0.5, 0.3
KINDS = ("role", "weapon", "verb", "accident")
WEAPON_FLAGS = ("", "state", "accident")
# Prepositions that say where something happened ("in Baghdad", "near the town of Samarra").
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "on", "through", "along"}
# A place deeper inside a locative object: "a sector of eastern Beirut", "the Iraqi city of Basra".
INNER_PREPS = {"of", "in", "near", "outside"}
PATH_DEPS = {"compound", "amod", "appos", "poss", "pobj", "prep", "nmod"}
WEAPON_MODIFIER_DEPS = {"compound", "amod", "nmod", "nummod"}
STATE_SECTORS = ("GOV", "MIL")
CAPITAL_RULES = ("metonym:capital", "metonym:seat")
PLACE_RULES = {
    "kb:name", "kb:demonym", "kb:fuzzy", "kb:historic", "kb:region",
    "metonym:capital", "metonym:seat", "place:geonames", "place:struck-capital",
}  # fmt: skip


@dataclass(frozen=True)
class Lexicon:
    roles: frozenset[str]
    weapons: dict[tuple[str, ...], str]  # words (lemma last) -> flag
    verbs: dict[str, str]  # lemma -> required particle ("" = none)
    accidents: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The perpetrator word lists (`perpetrators.tsv`), schema-checked."""
    path = tables.data_dir() / "perpetrators.tsv"
    roles: set[str] = set()
    weapons: dict[tuple[str, ...], str] = {}
    verbs: dict[str, str] = {}
    accidents: set[str] = set()
    for n, row in tables.read_rows(path):
        tables.need(path, n, row, "kind", "phrase")
        kind, phrase, flag = row["kind"], row["phrase"], row.get("flag", "")
        if kind not in KINDS or phrase != phrase.lower():
            raise DataFileError(str(path), n, f"kind must be one of {KINDS}, phrase lower case")
        if flag not in (WEAPON_FLAGS if kind == "weapon" else ("",)):
            raise DataFileError(str(path), n, f"bad flag {flag!r} for kind {kind!r}")
        if kind == "role":
            roles.add(phrase)
        elif kind == "weapon":
            weapons[tuple(phrase.split())] = flag
        elif kind == "verb":
            lemma, _, particle = phrase.partition(" ")
            verbs[lemma] = particle
        else:
            accidents.add(phrase)
    return Lexicon(frozenset(roles), weapons, verbs, frozenset(accidents))


def located_roles(doc: Any, spans: list[Found], loose: list[Hit], index: PhraseIndex) -> list[Found]:
    """Code the unattached perpetrator roles ("gunmen") by the place where they acted, else alone."""
    lex = lexicon()
    coded = {i for f in spans if f.actor.code for i in range(f.tok_start, f.tok_end)}
    countries = place_spans(doc, spans)
    new: list[Found] = []
    for r in loose:
        role = index.role(r.key)
        if role.phrase not in lex.roles or any(i in coded for i in range(r.start, r.end)):
            continue
        if not unowned.participant(doc, r, role, spans):
            continue
        root = doc[r.start : r.end].root
        owner, rule, conf = unowned.attached_place(root, countries), "role+place", unowned.CONF_PLACE_ROLE
        if owner is None:
            owner, rule, conf = clause_place(root, countries), "role+clause-place", CONF_CLAUSE_PLACE
        start = context.phrase_start(doc, r, coded)
        span = doc[start : r.end]
        if owner is not None:
            actor = make_actor(f"{owner.actor.country}{role.sector}", span.text, "group", None)
        else:
            code, rule, conf = role.alone_code(), "role:sector-only", unowned.CONF_SECTOR_ONLY
            actor = unowned.sector_actor(code, span.text)
        f = Found(start, r.end, span.start_char, span.end_char, actor, rule, conf)
        new.append(replace(f, role_type=role.type))
        coded.update(range(start, r.end))
    kept = [f for f in spans if not any(n.tok_start <= f.tok_start and f.tok_end <= n.tok_end for n in new)]
    return kept + new


def place_spans(doc: Any, spans: list[Found]) -> list[Found]:
    """Spans naming a place (a country, region, city or capital), not a people or a composed role."""
    return [
        g
        for g in context.country_spans(doc, spans)
        if g.actor.kind in ("country", "place") and g.rule in PLACE_RULES and g.actor.sector in (None, "GOV")
    ]


def is_located(index: PhraseIndex, hit: Hit) -> bool:
    """Is this role hit a perpetrator role (coded by `located_roles`, never by the sentence's country)?"""
    return index.role(hit.key).phrase in lexicon().roles


def clause_place(tok: Any, countries: list[Found]) -> Found | None:
    """The place where the clause of `tok` (a subject or agent) happened: a locative phrase on `tok`
    itself, on its verb, or on the verb's object ("killed two soldiers in southern Afghanistan")."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c is not tok]
    objects += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    holders = [tok, verb, *(o for o in objects if o is not tok)]
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS):
            for obj in _objects(prep):
                hit = next((g for g in countries if _inside_place(obj, g)), None)
                if hit is not None:
                    return hit
    return None


def _objects(prep: Any) -> list[Any]:
    """The objects of a preposition, through a second one: "outside of the city", "near to Basra"."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    for inner in (c for c in prep.children if c.dep_ == "prep" and c.lower_ in ("of", "to")):
        objs += [c for c in inner.children if c.dep_ == "pobj"]
    return objs


def _inside_place(obj: Any, g: Found) -> bool:
    """Does `g` name the locative object `obj`, directly or through of/in ("a sector of eastern Beirut")?"""
    tok = obj.doc[g.tok_start : g.tok_end].root
    for _ in range(8):
        if tok.i == obj.i:
            return True
        if tok.dep_ not in PATH_DEPS or (tok.dep_ == "prep" and tok.lower_ not in INNER_PREPS):
            return False
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def weapons(doc: Any, spans: list[Found]) -> list[Found]:
    """Weapons and explosions acting as the agent of a violent verb, coded UAF (+ the place's country)."""
    lex = lexicon()
    taken = {i for f in spans for i in range(f.tok_start, f.tok_end)}
    countries = place_spans(doc, spans)
    new: list[Found] = []
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.ent_type_ or tok.i in taken:
            continue
        words = _weapon_words(doc, tok, lex)
        if words is None or not _violent_agent(tok, lex):
            continue
        start = _modifiers_start(doc, tok)
        if any(i in taken for i in range(start, tok.i)) or not _plausible(doc, tok, start, lex, words, spans):
            continue
        place = clause_place(tok, countries)
        span = doc[start : tok.i + 1]
        if place is not None:
            actor = make_actor(f"{place.actor.country}{UNIDENTIFIED}", span.text, "group", None)
        else:
            actor = unowned.sector_actor(UNIDENTIFIED, span.text)
        new.append(
            Found(start, tok.i + 1, span.start_char, span.end_char, actor, "weapon:agent", CONF_WEAPON)
        )
        taken.update(range(start, tok.i + 1))
    return spans + new


def attacked_capitals(doc: Any, spans: list[Found]) -> list[Found]:
    """A capital that is what a violent verb strikes is the city, not its government: "drones attacked
    Kyiv" targets UKR (a place), while "Kyiv said" and "Kyiv protested" stay UKRGOV."""
    lex = lexicon()
    out = []
    for f in spans:
        if (
            f.rule in CAPITAL_RULES
            and f.actor.sector == "GOV"
            and _struck(doc[f.tok_start : f.tok_end].root, lex)
        ):
            city = doc[f.tok_start : f.tok_end].text
            actor = make_actor(f.actor.country or f.actor.code[:3], city, "place", f.actor.kb_id)
            f = replace(f, actor=actor, rule="place:struck-capital")
        out.append(f)
    return out


def _struck(tok: Any, lex: Lexicon) -> bool:
    """The object of an active violent verb or the subject of a passive one ("Kyiv was shelled")."""
    return tok.dep_ in ("dobj", "nsubjpass") and _violent(tok.head, lex)


def _weapon_words(doc: Any, tok: Any, lex: Lexicon) -> tuple[str, ...] | None:
    """The longest weapon phrase of the table ending at noun `tok` ("car bomb", "bomb"), or None."""
    best: tuple[str, ...] | None = None
    for words in lex.weapons:
        n = len(words)
        if words[-1] not in (tok.lemma_.lower(), tok.lower_) or tok.i - n + 1 < 0:
            continue
        if all(doc[tok.i - n + 1 + k].lower_ == w for k, w in enumerate(words[:-1])):
            best = words if best is None or n > len(best) else best
    return best


def _violent_agent(tok: Any, lex: Lexicon) -> bool:
    """Subject of a violent verb ("a bomb killed"), its passive agent ("killed by a bomb"), or the "in"
    phrase of a passive violent verb without an agent ("was killed in a car bomb explosion")."""
    if tok.dep_ == "nsubj":
        return _violent(tok.head, lex)
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.dep_ == "agent":
        return _violent(prep.head, lex)
    verb = prep.head
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    no_agent = not any(c.dep_ == "agent" for c in verb.children)
    return prep.lower_ == "in" and prep.dep_ == "prep" and passive and no_agent and _violent(verb, lex)


def _violent(verb: Any, lex: Lexicon) -> bool:
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lex.verbs:
        return False
    if any(c.dep_ == "neg" for c in verb.children):  # "bombs may not be falling": nothing happened
        return False
    particle = lex.verbs[verb.lemma_.lower()]
    return not particle or any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def _modifiers_start(doc: Any, tok: Any) -> int:
    """First token of the contiguous modifiers before the weapon noun ("a [suicide car] bomb")."""
    start: int = tok.i
    while start > 0 and doc[start - 1].dep_ in WEAPON_MODIFIER_DEPS and doc[start - 1].head.i >= start:
        start -= 1
    return start


def _plausible(
    doc: Any, tok: Any, start: int, lex: Lexicon, words: tuple[str, ...], spans: list[Found]
) -> bool:
    """An unknown perpetrator, not a named one's weapon ("an Israeli missile", "a SpaceX rocket", "their
    rockets"), not a denied one ("no rocket hit"), not a state's strike where the sentence names a state,
    not an accident."""
    owned = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children)
    if owned or any(t.pos_ == "PROPN" or t.ent_type_ for t in doc[start : tok.i]):
        return False
    sent = tok.sent
    flag = lex.weapons[words]
    if flag == "accident":
        return not any(t.lemma_.lower() in lex.accidents for t in sent)
    if flag == "state":
        return not any(_state_actor(f) for f in spans if sent.start <= f.tok_start < sent.end)
    return True


def _state_actor(f: Found) -> bool:
    sector = f.actor.sector or ""
    return bool(f.actor.code) and (f.actor.kind == "country" or any(s in sector for s in STATE_SECTORS))
