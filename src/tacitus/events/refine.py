"""Codebook refinements: a coded event's code made specific by what the sentence shows (refinements.yaml).

"Soviet aircraft killed 46 civilians" is an aerial attack (195), "militiamen armed with machetes attacked the
camp" unconventional violence (180), "forced out more than 1,000 refugees" a mass expulsion (201): the CAMEO
usage notes send these to their own codes, whatever verb reported them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tacitus.errors import DataFileError
from tacitus.events.arguments import children
from tacitus.events.candidates import Candidate
from tacitus.events.lexicon import builtin_text, read_yaml, str_list
from tacitus.ontology import ontology

Token = Any
REFINEMENTS_FILE = "refinements.yaml"
# Prepositions (and a verb) that name what an act was done with: "armed with machetes", "killed in air
# strikes", "attacked from the air", "bombed by warplanes", "using helicopter gunships".
INSTRUMENT_PREPS = frozenset({"with", "by", "in", "from", "using"})
# Number words that make a crowd: "thousands of residents", "two million people".
NUMBER_WORDS = {"thousand": 1000, "million": 1_000_000}


@dataclass(frozen=True)
class Refinement:
    """One rule: events coded `sources` become `cameo` when the words or quantity test holds."""

    name: str
    cameo: str
    sources: tuple[str, ...]
    words: frozenset[str] = frozenset()
    quantity: int | None = None
    triggers: frozenset[str] = frozenset()  # trigger lemmas the rule is limited to (all when empty)

    def applies_to(self, code: str, lemma: str) -> bool:
        if self.triggers and lemma not in self.triggers:
            return False
        return code != self.cameo and any(code.startswith(p) for p in self.sources)


def parse_refinements(path: str, text: str) -> tuple[Refinement, ...]:
    """Parse and schema-check a refinements file."""
    data = read_yaml(path, text)
    if data.get("kind") != "refinements" or not isinstance(data.get("rules"), list):
        raise DataFileError(path, None, "kind must be 'refinements' with a list of rules")
    return tuple(_rule(path, k, raw) for k, raw in enumerate(data["rules"]))


def _rule(path: str, k: int, raw: Any) -> Refinement:
    where = f"rule {k + 1}"
    if not isinstance(raw, dict) or set(raw) - {"name", "cameo", "from", "words", "quantity", "triggers"}:
        raise DataFileError(path, None, f"{where}: expected name, cameo, from, words, quantity, triggers")
    cameo = raw.get("cameo")
    sources = str_list(raw.get("from"), path, where)
    if not isinstance(cameo, str) or cameo not in ontology() or not sources:
        raise DataFileError(path, None, f"{where}: cameo must be a quoted CAMEO code and from non-empty")
    quantity = raw.get("quantity")
    words = frozenset(w.lower() for w in str_list(raw.get("words"), path, where))
    if (quantity is None) == (not words) or (quantity is not None and not isinstance(quantity, int)):
        raise DataFileError(path, None, f"{where}: give either words or an integer quantity")
    triggers = frozenset(w.lower() for w in str_list(raw.get("triggers"), path, where))
    return Refinement(str(raw.get("name", where)), cameo, sources, words, quantity, triggers)


@lru_cache(maxsize=1)
def load_refinements() -> tuple[Refinement, ...]:
    """The built-in refinement rules (loaded once; immutable)."""
    return parse_refinements(REFINEMENTS_FILE, builtin_text(REFINEMENTS_FILE))


def refine(code: str, c: Candidate, subject: Iterable[Token]) -> tuple[str, str] | None:
    """The refined code and the rule's name, or None when no rule applies."""
    rules = [r for r in load_refinements() if r.applies_to(code, c.entry.lemma)]
    if not rules:
        return None
    phrase = _phrase_tokens(c, subject)
    for r in rules:
        if r.words and any(_word_matches(t, r.words) for t in phrase):
            return r.cameo, r.name
        if r.quantity is not None and _object_count(c) >= r.quantity:
            return r.cameo, r.name
    return None


def _phrase_tokens(c: Candidate, subject: Iterable[Token]) -> list[Token]:
    """The source's phrase and the trigger's instrument phrases."""
    out = [t for s in subject for t in s.subtree]
    # "attacked positions with drones": an instrument phrase is often parsed onto the object
    hosts = [*c.hosts, *children(c.anchor, "dobj")]
    for host in hosts:
        for p in host.children:
            if (p.dep_ in ("prep", "agent") and p.lower_ in INSTRUMENT_PREPS) or (
                p.dep_ in ("advcl", "xcomp") and p.lower_ == "using"
            ):
                out.extend(t for t in p.subtree if t is not p)
    return out


def _word_matches(tok: Token, words: frozenset[str]) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in words:
        return True
    mods = (m.lemma_.lower() for m in tok.children if m.dep_ in ("compound", "amod", "nmod"))
    return any(f"{m} {lemma}" in words for m in mods)


def _object_count(c: Candidate) -> int:
    """The largest number of people the trigger's object counts ("more than 1,000 refugees")."""
    objects = children(c.anchor, "dobj", "nsubjpass") + ([c.noun] if c.noun is not None else [])
    best = 0
    for o in objects:
        for t in o.subtree:
            best = max(best, NUMBER_WORDS.get(t.lemma_.lower(), 0), _number(t))
    return best


def _number(tok: Token) -> int:
    if tok.pos_ != "NUM":
        return 0
    text = tok.text.replace(",", "")
    return int(text) if text.isdigit() else 0
