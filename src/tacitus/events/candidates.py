"""Trigger candidates: tokens of a sentence matched against the lexicon (verbs, light verbs, nouns)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Literal

from tacitus.events.arguments import STATIVE_PARTICIPLES, children, is_passive
from tacitus.events.lexicon import DEFAULT_NOUN_SOURCE, Entry, Lexicon

Token = Any
Kind = Literal["verb", "light", "noun"]

# Heads whose noun objects are never events themselves ("a statement by the ministry" is not an attack).
VERB_POS = frozenset({"VERB", "AUX"})
# Nouns that only package another event: "a mediation effort", "a round of talks", "a wave of arrests".
CONTAINERS = frozenset(
    {
        "effort",
        "bid",
        "attempt",
        "round",
        "series",
        "wave",
        "campaign",
        "process",
        "package",
        "initiative",
        "mission",
        "move",
        "plan",
        "program",
        "programme",
        "spate",
        "string",
        "set",
    }
)
PARTICLES = frozenset({"out", "off", "up", "down", "back", "over", "away", "in"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# Prefixes that keep an irregular verb irregular: "retook", "overran", "withheld", "outdid".
VERB_PREFIXES = ("re", "over", "under", "out", "with", "mis", "up", "fore")
EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True)
class Candidate:
    """A trigger: the anchor token (verb, or noun for nominal events), its pattern and its light noun."""

    anchor: Token
    entry: Entry
    kind: Kind
    noun: Token | None = None  # the object noun of a light-verb or `obj` pattern
    lemma: str = ""  # the verb lemma the pattern was looked up with
    reading: str = ""  # a reading of the clause that changed the pattern's code ("content clause")

    @property
    def verb(self) -> Token | None:
        return None if self.kind == "noun" else self.anchor

    @property
    def hosts(self) -> list[Token]:
        """Tokens whose prepositions may carry arguments."""
        return [t for t in (self.anchor, self.noun) if t is not None]

    def rule(self, slot: str | None = None) -> str:
        """The pattern that fired, e.g. `verbs.yaml:impose+sanction>on`."""
        e = self.entry
        key = e.lemma + (f" {e.particle}" if e.particle else "")
        if self.noun is not None:
            key += "+" + self.noun.lemma_.lower()
        elif e.obj:
            key += "+" + "|".join(sorted(e.obj))
        if e.prep:
            key += "+" + e.prep
        if self.kind == "light":
            noun = self.noun.lemma_.lower() if self.noun is not None else ""
            key = f"{self.lemma or self.anchor.lemma_.lower()}+{noun}"
        key += f"[{self.reading}]" if self.reading else ""
        return f"{e.file}:{key}" + (f">{slot.removeprefix('prep:')}" if slot else "")


def _object_tokens(verb: Token, prep: str | None, clauses: bool = True) -> list[Token]:
    """Nouns and verbs that can satisfy an `obj` constraint of a verb pattern.

    With `clauses`, also the predicate adjective ("was skeptical", "remained defiant"), the small clause
    ("found him guilty") and the subject of an infinitival complement ("allowed refugees to return").
    """
    out = children(verb, "dobj", "xcomp", "attr", "oprd")
    if is_passive(verb):
        out += children(verb, "nsubjpass")
    for p in children(verb, "prep", "prt"):
        if prep is None or p.lower_ == prep or p.dep_ == "prt":
            out += children(p, "pobj", "pcomp", "dobj")
        if _is_particle(p):  # "pulled out of the talks": the preposition hangs under the particle
            out += [o for q in children(p, "prep") for o in children(q, "pobj", "pcomp")]
    for d in children(verb, "dobj"):  # "hold a round of talks", "a package of sanctions"
        for p in children(d, "prep"):
            if p.lower_ == "of":
                out += children(p, "pobj")
    if clauses:
        out += children(verb, "acomp", "ccomp")
        for x in children(verb, "ccomp"):
            if any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children):
                out += children(x, "nsubj")
    return out


def _pattern_object(verb: Token, e: Entry, preps: set[str]) -> Token | None:
    """The object an `obj` pattern needs; its `prep` may be on the verb or on that object noun
    ("rallied [support against] Israel")."""
    for o in _object_tokens(verb, e.prep):
        if _object_matches(o, e.obj) and (not e.prep or e.prep in preps or _has_prep(o, e.prep)):
            return o
    return None


def _object_matches(noun: Token, wanted: frozenset[str]) -> bool:
    """The object's lemma, or its modifier and lemma ("deployed [peacekeeping troops]" for an `obj`
    item "peacekeeping troop"), is one the pattern wants."""
    lemma = noun.lemma_.lower()
    return lemma in wanted or any(f"{m} {lemma}" in wanted for m in _modifier_lemmas(noun))


def _has_prep(tok: Token, prep: str) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == prep for c in tok.children)


def _is_particle(p: Token) -> bool:
    return bool(p.dep_ == "prt" or (p.lower_ in PARTICLES and not any(x.dep_ == "pobj" for x in p.children)))


def _modifier_lemmas(noun: Token) -> set[str]:
    return {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")}


def verb_lemma(tok: Token, lex: Lexicon, irregular: Mapping[str, str] = EMPTY) -> str:
    """The token's lemma, or a form the lexicon knows when the tagger mis-lemmatised the verb.

    Tried in turn: plain suffixes ("stagged" -> "stag"), a doubled final consonant ("extolled" ->
    "extol", "patrolling" -> "patrol"), and an irregular past with a prefix ("retook" -> "retake",
    "overran" -> "overrun") from the parser's own exception table.
    """
    lemma = str(tok.lemma_).lower()
    if _known(lemma, lex):
        return lemma
    low = str(tok.lower_)
    for cut, add in (("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"), ("es", ""), ("s", ""), ("ied", "y")):
        if low.endswith(cut) and len(low) - len(cut) >= 3:
            stem = low[: len(low) - len(cut)] + add
            if _known(stem, lex):
                return stem
            if add == "" and cut in ("ed", "ing") and _doubled(stem) and _known(stem[:-1], lex):
                return stem[:-1]
    for word in (low, *(low[len(p) :] for p in VERB_PREFIXES if low.startswith(p))):
        base = irregular.get(word)
        if base is not None:
            full = low[: len(low) - len(word)] + base
            if _known(full, lex):
                return full
    return lemma


def _known(lemma: str, lex: Lexicon) -> bool:
    return lemma in lex.verbs or lemma in lex.frames.light_verbs


def _doubled(stem: str) -> bool:
    """A stem ending in a doubled consonant: "extoll", "patroll", "shell" (tried only if unknown)."""
    return len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "aeiouy"


@lru_cache(maxsize=4)
def irregular_verbs(model: str) -> Mapping[str, str]:
    """Irregular verb forms -> lemma from the spaCy model's lemmatizer exceptions ("took" -> "take").

    Empty when the model has no rule lemmatizer tables (a pipeline without them still works).
    """
    from tacitus.nlp.model import load_model

    try:
        table = load_model(model).get_pipe("lemmatizer").lookups.get_table("lemma_exc")
        verbs = table["verb"]
    except (KeyError, ValueError, AttributeError):
        return EMPTY
    return MappingProxyType({str(k): str(v[0]) for k, v in verbs.items() if v})


def particle_of(tok: Token) -> str | None:
    """A phrasal verb's particle: `prt`, or "out"/"off"... parsed as a preposition without object."""
    for c in tok.children:
        if c.dep_ == "prt" or (
            c.dep_ in ("prep", "advmod")
            and c.lower_ in PARTICLES
            and not any(x.dep_ == "pobj" for x in c.children)
        ):
            return str(c.lower_)
    return None


def match_verb(tok: Token, lex: Lexicon, irregular: Mapping[str, str] = EMPTY) -> Candidate | None:
    """The most specific verb pattern whose constraints hold, else a light-verb + event-noun pattern."""
    lemma = verb_lemma(tok, lex, irregular)
    particle = particle_of(tok)
    preps = {c.lower_ for c in tok.children if c.dep_ in ("prep", "prt")}
    generic: Entry | None = None
    for e in lex.verb_entries(lemma):
        if e.particle and e.particle != particle:
            continue
        if e.prep and e.prep not in preps and not e.obj:
            continue
        if e.obj:
            noun = _pattern_object(tok, e, preps)
            if noun is None:
                continue
            return Candidate(tok, e, "verb", noun)
        if e.transitive and not _has_object(tok):  # "returned to Kabul": travel, nothing returned
            continue
        if e.particle or e.prep:
            return Candidate(tok, e, "verb")
        generic = generic or e
    light = _light(tok, lex, lemma)
    if light is not None and light.entry.embedded and generic is not None:  # "gave rights": give stands
        light = None
    wins = light is not None and (generic is None or generic.frame == "say" or not light.entry.frame)
    if wins and (generic is None or lemma in lex.frames.light_verbs):
        return light
    return Candidate(tok, generic, "verb") if generic else None


def _has_object(verb: Token) -> bool:
    return bool(children(verb, "dobj") or (is_passive(verb) and children(verb, "nsubjpass")))


def _light(tok: Token, lex: Lexicon, lemma: str) -> Candidate | None:
    if lemma not in lex.frames.light_verbs or _stance(tok):
        return None
    for noun in _object_tokens(tok, None, clauses=False):
        if noun.pos_ not in NOUN_POS:
            continue
        entry = match_noun_entry(noun, lex)
        if entry is not None:
            return Candidate(tok, entry, "light", noun, lemma)
    return None


def _stance(tok: Token) -> bool:
    """A stance participle ("is committed to a ceasefire"): a stance, not the light verb's act."""
    if tok.lemma_.lower() not in STATIVE_PARTICIPLES:
        return False
    if tok.dep_ == "acomp" and tok.tag_ == "VBN":  # parsed as a predicate adjective
        return True
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) and not is_passive(tok)


def match_noun_entry(noun: Token, lex: Lexicon) -> Entry | None:
    """The noun's pattern; for a container noun ("a mediation effort", "a round of talks") its content's.

    A nominalization takes its verb's object patterns through its of-phrase ("the lifting of sanctions" is
    lift + sanction, 085) before the noun's own pattern without modifier.
    """
    entry = _own_entry(noun, lex, modified=True)
    if entry is not None:
        return entry
    verbal = nominal_object(noun, lex)
    if verbal is not None:
        return verbal[0]
    entry = _own_entry(noun, lex)
    if entry is not None or noun.lemma_.lower() not in CONTAINERS:
        return entry
    inner = [c for c in noun.children if c.dep_ in ("compound", "amod")]
    inner += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "at") for o in p.children]
    for tok in inner:
        found = _own_entry(tok, lex)
        if found is not None:
            return found
    return None


def _own_entry(noun: Token, lex: Lexicon, modified: bool = False) -> Entry | None:
    mods = _modifier_lemmas(noun)
    for e in lex.noun_entries(noun.lemma_.lower()):
        if (not e.obj and not modified) or e.obj & mods:
            return e
    return None


def nominal_object(noun: Token, lex: Lexicon) -> tuple[Entry, Token] | None:
    """A nominalization's verb pattern matched by its of-object, as a noun pattern, with that object."""
    verb = lex.frames.nominalizations.get(noun.lemma_.lower())
    if verb is None:
        return None
    objects = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in children(p, "pobj")]
    for e in lex.verb_entries(verb):
        if not e.obj or e.particle or e.prep:
            continue
        for o in objects:
            if _object_matches(o, e.obj):
                return replace(e, pos="noun", source=DEFAULT_NOUN_SOURCE), o
    return None


def match_noun(tok: Token, lex: Lexicon) -> Candidate | None:
    entry = match_noun_entry(tok, lex)
    if entry is None:
        return None
    verbal = nominal_object(tok, lex)  # its of-object is the pattern's object: a host of arguments
    return Candidate(tok, entry, "noun", verbal[1] if verbal is not None and verbal[0] == entry else None)


def sentence_candidates(
    sent: Any, lex: Lexicon, irregular: Mapping[str, str] = EMPTY
) -> dict[int, Candidate]:
    """Candidates of one sentence keyed by anchor token index (light nouns are not separate anchors)."""
    found: dict[int, Candidate] = {}
    taken: set[int] = set()
    for tok in sent:
        if tok.pos_ in VERB_POS:
            c = match_verb(tok, lex, irregular)
            if c is not None:
                found[tok.i] = c
                if c.noun is not None and c.kind == "light":
                    taken.add(c.noun.i)
    for tok in sent:
        if tok.pos_ in NOUN_POS and tok.i not in taken and tok.i not in found:
            c = match_noun(tok, lex)
            if c is not None:
                found[tok.i] = c
    return found


def refine_by_object(c: Candidate, lex: Lexicon) -> str:
    """A generic verb code made specific by its object noun: "provide humanitarian aid" -> 073."""
    code = c.entry.cameo
    if c.kind != "verb" or c.noun is not None or not (len(code) == 3 and code.endswith("0")):
        return code
    objs = children(c.anchor, "dobj") or (children(c.anchor, "nsubjpass") if is_passive(c.anchor) else [])
    for o in objs:
        e = match_noun_entry(o, lex)
        if e is not None and e.cameo[:2] == code[:2] and e.cameo != code:
            return e.cameo
    return code
