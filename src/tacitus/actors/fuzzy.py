"""Tolerant matching of misspelt country, capital and people names ("Ethopia", "Phillippines", "Quatar").

Only one-word names of at least `MIN_LEN` letters are indexed, and a word matches a name one edit away
(insertion, deletion, substitution or swap of two neighbours) only when every name that close denotes the
same actor. The index holds every name with one letter deleted (a symmetric-deletion index), so a lookup
costs a few dictionary probes per candidate word: the stage never scans the knowledge base.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from tacitus.actors.compose import Found, found_from_entry
from tacitus.actors.kb import Entry, KnowledgeBase
from tacitus.actors.matching import Hit
from tacitus.actors.places import place_info

# Shorter words have too many real words one edit away ("Iran"/"Iraq"): a candidate word has at least
# MIN_LEN letters, an indexed name at least MIN_KEY_LEN ("Quatar" -> Qatar; "Romani" is a stop phrase).
MIN_LEN = 6
MIN_KEY_LEN = 5
# Words outside a GPE/NORP/LOC entity (the small model often tags a misspelt country ORG or nothing) must be
# longer: short capitalised words near a country name are more often other names ("Athena", "Merlin").
# A possessive ("Quatar's emir") counts as place-like: persons are excluded by their PERSON entity.
MIN_LEN_UNTAGGED = 7
PLACE_LABELS = ("GPE", "NORP", "LOC")
CANDIDATE_POS = ("PROPN", "NOUN", "ADJ")
CONF_FACTOR = 0.8
# Rules of the entries worth correcting: countries, demonyms, capitals and seats, historic states, peoples.
FUZZY_RULES = frozenset(
    {"kb:name", "kb:demonym", "metonym:capital", "metonym:seat", "kb:historic", "kb:people"}
)
PERSON_RULES = frozenset({"role:dated"})


def deletions(word: str) -> set[str]:
    """The word and every string made by deleting one of its letters."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def within_one_edit(a: str, b: str) -> bool:
    """True when `a` and `b` differ by at most one insertion, deletion, substitution or adjacent swap."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        i, j = diff if len(diff) == 2 else (0, 0)
        return j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


class FuzzyIndex:
    """Lower-cased one-word knowledge-base names, reachable from any spelling one edit away."""

    def __init__(
        self, kb: KnowledgeBase, exclude: Iterable[str] = (), rules: frozenset[str] = FUZZY_RULES
    ) -> None:
        self._kb = kb
        self._exclude = {w.lower() for w in exclude} | set(kb.stops)
        self._by_deletion: dict[str, set[str]] = {}
        for key, entry in kb.entries.items():
            if key.startswith("=") or not key.replace(" ", "").isalpha() or len(key) < MIN_KEY_LEN:
                continue
            if entry.rule not in rules:
                continue
            for variant in deletions(key):
                self._by_deletion.setdefault(variant, set()).add(key)

    def lookup(self, word: str) -> str | None:
        """The one knowledge-base key a misspelt word stands for, or None (unknown, exact or ambiguous)."""
        low = " ".join(word.lower().split())
        if len(low) < MIN_LEN or not low.replace(" ", "").isalpha() or low in self._kb.entries:
            return None
        if low in self._exclude:
            return None
        keys = {k for v in deletions(low) for k in self._by_deletion.get(v, ()) if within_one_edit(low, k)}
        codes = {_code(self._kb.entries[k]) for k in keys}
        return min(keys) if len(codes) == 1 else None


def _code(entry: Entry) -> str:
    return entry.actor.code


def fuzzy_spans(doc: Any, index: Any, taken: set[int], day: date | None) -> list[Found]:
    """Misspelt one-word country, capital or people names among the tokens no phrase has taken.

    A candidate is a capitalised word that is no part of a PERSON name in the document (the tagger calls
    misspelt names nouns or adjectives as often as proper nouns); a known place name (GeoNames) is never
    corrected. `index` is the stage's `PhraseIndex` (its `fuzzy` attribute holds the `FuzzyIndex`).
    """
    out = []
    people = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e}  # "Donna Brazile" ... "Brazile"
    for tok in doc:
        if tok.i in taken or tok.text in people or not tok.is_title or tok.pos_ not in CANDIDATE_POS:
            continue
        place_like = tok.ent_type_ in PLACE_LABELS or any(c.dep_ == "case" for c in tok.children)
        if len(tok.text) < (MIN_LEN if place_like else MIN_LEN_UNTAGGED):
            continue
        key = index.fuzzy.lookup(tok.text)
        if key is None:
            continue
        found = found_from_entry(doc, Hit(tok.i, tok.i + 1, key), index.entry(key), day)
        place = place_info(tok.text)  # a real place elsewhere is no misspelling ("Khatmandu" is Kathmandu)
        if place is not None and place.country != found.actor.country:
            continue
        out.append(replace(found, rule="kb:fuzzy", confidence=found.confidence * CONF_FACTOR))
    return out


def fuzzy_titled(doc: Any, spans: list[Found], index: Any, day: date | None) -> list[Found]:
    """ "President Francois Mitterand": a titled unknown name one edit from one dictionary person.

    The whole name is tried, then its last word (the surname); the title's sector must agree with one of
    the person's roles, so a misspelt minister is not taken for a president of the same name.
    """
    out = []
    for f in spans:
        if f.rule != "title+name" or f.actor.code or not f.person:
            out.append(f)
            continue
        key = index.fuzzy_people.lookup(f.person) or index.fuzzy_people.lookup(f.person.split()[-1])
        entry = index.entry(key) if key else None
        sector = f.actor.sector or ""
        if entry is None or not any(d.code[3:6] == sector[:3] for d in entry.dated):
            out.append(f)
            continue
        actor, _ = entry.resolve(day)
        out.append(replace(f, actor=actor, person=actor.name, rule="title+name:fuzzy", confidence=0.6))
    return out
