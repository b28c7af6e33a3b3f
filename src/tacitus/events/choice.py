"""Readings of a trigger that depend on its clause: what a speaker wants of another party, who arrives.

"Israel wants Germany to pay compensation" states no intention of Israel's own: it asks Germany to act, an
appeal (CAMEO 02), like "urged Germany to pay". An intent-frame verb whose infinitival complement has a
subject of its own is read as an appeal to that subject.

"Peacekeeping troops arrived in Bosnia" is no visit (CAMEO 042) but peacekeeping provided (074): what an
arrival is depends on who arrives.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tacitus.events.arguments import children
from tacitus.events.candidates import Candidate

Token = Any
# Subjects that stand for no party: "wants it to be known that ...", "wants there to be talks".
EXPLETIVES = frozenset({"it", "there"})
VISIT = "042"
PEACEKEEPING = "074"
# Words that make an arriving party a peacekeeping force ("the first deployment of peacekeepers").
PEACEKEEPERS = frozenset({"peacekeeper", "peacekeeping", "peace-keeping", "peacekeepers", "blue helmet"})


def readings(c: Candidate) -> Candidate:
    """The candidate as its clause reads it: an appeal to another party, a peacekeeping deployment."""
    return deployment_reading(appeal_reading(c))


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
