"""Readings of a trigger that depend on its clause: what a speaker wants of another party, who arrives.

"Israel wants Germany to pay compensation" states no intention of Israel's own: it asks Germany to act, an
appeal (CAMEO 02), like "urged Germany to pay". An intent-frame verb whose infinitival complement has a
subject of its own is read as an appeal to that subject.

"Opposition leaders protested that the vote was rigged" is a complaint (CAMEO 111), not a demonstration; "the
minister insisted that the talks were going well" an assertion (010), not a demand: a verb reporting a content
clause is a verbal act (the pattern's `clause` code).

"Peacekeeping troops arrived in Bosnia" is no visit (CAMEO 042) but peacekeeping provided (074): what an
arrival is depends on who arrives.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tacitus.events.arguments import children
from tacitus.events.candidates import Candidate
from tacitus.events.fallbacks import CROWD_WORDS
from tacitus.model import Mention

Token = Any
# Subjects that stand for no party: "wants it to be known that ...", "wants there to be talks".
EXPLETIVES = frozenset({"it", "there"})
VISIT = "042"
PEACEKEEPING = "074"
# Words that make an arriving party a peacekeeping force ("the first deployment of peacekeepers").
PEACEKEEPERS = frozenset({"peacekeeper", "peacekeeping", "peace-keeping", "peacekeepers", "blue helmet"})
# Participles that give what a protest said: "protested against the decision, saying it ...".
SAYING = frozenset({"say", "argue", "claim", "insist", "complain", "charge", "allege", "contend", "warn"})
# Subjects that make a protest a street demonstration even when it says something: crowds and the groups
# that march ("thousands of students protested, saying ...").
CROWDS = CROWD_WORDS | {
    "protester",
    "demonstrator",
    "marcher",
    "student",
    "worker",
    "resident",
    "villager",
    "farmer",
    "citizen",
    "supporter",
    "activist",
    "youth",
    "crowd",
    "mob",
}
# Aux words by which a content clause states what someone must do: that is a demand, not an assertion.
OBLIGATION_AUX = frozenset({"must", "should", "ought", "shall"})
CLAUSE_READING = "content clause"
NO_CROWD_READING = "no crowd"
# Actor kinds that cannot march as such: a state, its officials, a person, an international organisation.
NON_CROWD_KINDS = frozenset({"country", "person", "igo"})
PROTEST_ROOT = "14"


def readings(c: Candidate) -> Candidate:
    """The candidate as its clause reads it: an appeal to another party, a peacekeeping deployment."""
    return deployment_reading(appeal_reading(clause_reading(c)))


def clause_reading(c: Candidate) -> Candidate:
    """A verb reporting a content clause with a `clause` code is that verbal act ("protested that ...")."""
    e = c.entry
    if c.kind != "verb" or e.clause is None or e.obj or e.prep:
        return c
    clause = content_clause(c.anchor)
    if clause is None or (e.frame in ("demand", "appeal") and _obliges(clause)):
        return c  # "insisted that Iran must halt": the demand stands
    if clause.dep_ == "advcl" and _crowd(c.anchor):  # "thousands protested, saying ...": they marched
        return c
    frame = "say" if e.clause.startswith("01") else None
    new = replace(e, cameo=e.clause, frame=frame, target=e.target if frame is None else ())
    return replace(c, entry=new, reading=CLAUSE_READING)


def verbal_protest(c: Candidate, code: str, subject: list[Token], sources: list[Mention]) -> bool:
    """A protest verb (a pattern with a `clause` code) whose subject is one state, official or person is a
    verbal complaint ("Iran protested the visit", "recalled its envoy to protest the ruling"): a demonstration
    needs a crowd. Plural subjects ("Iranians protested") and groups ("the union") may march."""
    if c.kind != "verb" or c.entry.clause is None or not code.startswith(PROTEST_ROOT) or c.reading:
        return False
    if not sources or not subject or _crowd(c.anchor):
        return False
    singular = all(t.tag_ in ("NN", "NNP", "PRP") and t.lower_ not in ("they", "we") for t in subject)
    return singular and all(m.actor.kind in NON_CROWD_KINDS and m.start < m.end for m in sources)


def content_clause(verb: Token) -> Token | None:
    """A finite that-clause the verb reports ("protested that the vote was rigged"), or a saying-participle
    that gives its content ("protested against the decision, saying ..."); None for infinitives."""
    for x in children(verb, "ccomp"):
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children):
            return x
    for x in children(verb, "advcl"):
        if x.tag_ == "VBG" and x.lemma_.lower() in SAYING and not any(m.dep_ == "mark" for m in x.children):
            return x
    return None


def _obliges(clause: Token) -> bool:
    """The clause says what someone must do: a modal of obligation, "has to", or a subjunctive ("that Iran
    halt enrichment": a bare verb with its own subject)."""
    aux = [a for a in clause.children if a.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in OBLIGATION_AUX for a in aux):
        return True
    if clause.lemma_ == "have" and children(clause, "xcomp"):
        return True
    return clause.tag_ == "VB" and not aux and bool(children(clause, "nsubj", "nsubjpass"))


def _crowd(verb: Token) -> bool:
    subjects = children(verb, "nsubj")
    return any(s.lemma_.lower() in CROWDS or s.pos_ == "NUM" for s in subjects)


def deployment_reading(c: Candidate) -> Candidate:
    """A visit verb whose subject is a peacekeeping force is peacekeeping provided (074) where it arrives."""
    if c.kind != "verb" or c.entry.cameo != VISIT:
        return c
    words = {t.lemma_.lower() for s in children(c.anchor, "nsubj") for t in s.subtree}
    if not words & PEACEKEEPERS:
        return c
    return replace(c, entry=replace(c.entry, cameo=PEACEKEEPING))


def other_party_complement(verb: Token) -> Token | None:
    """An infinitival complement with its own subject ("wants [Germany to pay]"), or None."""
    for x in children(verb, "ccomp", "xcomp"):
        if any(m.dep_ == "mark" for m in x.children):  # "agreed for troops to ...", "said that ..."
            continue
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children):
            continue
        if any(s.lower_ not in EXPLETIVES for s in children(x, "nsubj")):
            return x
    return None


def appeal_reading(c: Candidate) -> Candidate:
    """An intent trigger wishing another party's act is an appeal to that party; others are unchanged."""
    if c.entry.frame != "intent" or c.kind != "verb" or other_party_complement(c.anchor) is None:
        return c
    return replace(c, entry=replace(c.entry, frame="appeal", cameo="020", target=("xsubj",)))


def participants(cands: dict[int, Candidate]) -> dict[int, Candidate]:
    """Event nouns that are what another event is done to: "an attack on [a police patrol]".

    Such a noun names a participant (or the topic: "a protest against the invasion"); the sentence reports
    the event acting on it. Returns noun anchor index -> the event whose target preposition holds it.
    """
    out: dict[int, Candidate] = {}
    for c in cands.values():
        preps = {slot[5:] for slot in c.entry.target if slot.startswith("prep:")}
        for host in c.hosts:
            for p in children(host, "prep"):
                if p.lower_ not in preps:
                    continue
                for o in children(p, "pobj"):
                    hit = cands.get(o.i)
                    if hit is not None and hit.kind == "noun" and hit is not c:
                        out[o.i] = c
    return out
