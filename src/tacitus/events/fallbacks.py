"""Source fallbacks for triggers whose subject the role finder cannot read from the parse.

Tried only when no source was found. Each covers a construction or a frequent misparse of the small
English model, and returns the subject tokens to resolve:

- a stative passive light verb: "the militia was engaged in looting", "were involved in attacks";
- an event noun coordinated with a light verb's object: "opened mortar and tank fire";
- a nominalization whose verb names its passive subject as source (`source: [subj]`): "the deployment of
  NATO troops" is NATO's deployment, as "NATO troops were deployed" is;
- a clause misparsed as a reduced relative ("Nurses from three charities delivered ...", "Kurdish students
  turned to burning tyres ..., police said"): a past participle attached to a noun that has no verb of its
  own (the sentence root) or that shares a speech verb with a second subject is that noun's verb;
- a subject swallowed by a fronted phrase ("Under the terms of the accord on border trade, the government
  and the rebels have agreed ...": the parse coordinates "the government" with a noun of the phrase): the
  coordinated noun phrase between the phrase's comma and a subjectless verb is that verb's subject.

When none applies, an act of violence, coercion, accusation or investigation told in the passive with no
agent ("an editor was shot in Nairobi", "a plot to kill the mayor was foiled in Novosibirsk") has the
PLOVER "generic unidentified actor" (sector UNK) of the country where it happened as its source
(`unidentified_source`); a crowd named by no group ("thousands of people marched in Caracas") is the PLOVER
civilian sector (CVL) of that country (`crowd_source`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tacitus.actors.kb import make_actor
from tacitus.events.arguments import (
    LOCATIVE_PREPS,
    MentionIndex,
    agent_tokens,
    children,
    conjuncts,
    is_passive,
    is_place,
    subject_tokens,
)
from tacitus.events.candidates import Candidate
from tacitus.events.lexicon import Lexicon
from tacitus.model import Mention

Token = Any
# Passive participles that state what the subject does, not what is done to it: "were engaged in fighting".
STATIVE_LIGHT_VERBS = frozenset({"engage", "involve"})
# How far up from a trigger the misparsed participle may sit ("resorted to [throwing]": two steps).
CLIMB_DEPS = frozenset({"pcomp", "prep", "xcomp", "conj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
VERB_PREFIX_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
# Phrases fronted before the subject: "Under the terms of ...", "After talks in Geneva ...".
FRONTED_DEPS = frozenset({"prep", "advcl", "npadvmod"})
# CAMEO roots whose agentless passive still happened at someone's hands: investigations (09), accusations
# (11), coercion and violence (17-20). An agentless "was criticized" or "was lifted" names no one to guess.
UNIDENTIFIED_ROOTS = frozenset({"09", "11", "17", "18", "19", "20"})
UNIDENTIFIED_ID = -2  # not an index into Document.mentions: the source names no words
UNIDENTIFIED_RULE = "unidentified:place"
UNIDENTIFIED_WEIGHT = 0.7  # the country is where the act happened, not who is known to have done it
CROWD_RULE = "crowd:place"
# Subject heads that name a crowd and no group: "thousands of people", "a crowd", "people".
# A sector-only source (no country: "farmers", "residents", "the opposition") acting in a named place takes
# that place's country: "farmers protested in Paris" is FRAAGR. A guess from where the act happened, so its
# mention says so (rule suffix) and weighs less. Not for sectors that are often abroad: troops, refugees,
# spies, unidentified gunmen, NGOs, companies, international bodies.
PLACED_SUFFIX = ">event-place"
PLACED_WEIGHT = 0.8
PLACED_PREPS = frozenset({"in", "at", "inside", "throughout", "across"})
FOREIGN_SECTORS = frozenset({"MIL", "REF", "SPY", "UAF", "NGO", "MNC", "IGO"})
CROWD_WORDS = frozenset({"people", "crowd", "thousand", "hundred", "dozen", "ten", "million", "throng"})
# How many dependency steps below its preposition the place may sit ("in a truck bomb blast in a
# suburb of Lagos": six).
PLACE_DEPTH = 8


def fallback_subject(c: Candidate, lex: Lexicon) -> list[Token]:
    """Subject tokens for a candidate with no source, from the first construction that applies."""
    if c.kind == "light" and c.verb is not None:
        return _stative_passive(c.verb)
    if c.kind == "noun":
        return _coordinated_light_object(c.anchor, lex) or _nominalization_object(c, lex)
    return misparsed_participle_subject(c.anchor) or swallowed_subject(c.anchor)


def _stative_passive(verb: Token) -> list[Token]:
    if verb.lemma_.lower() in STATIVE_LIGHT_VERBS and is_passive(verb) and not agent_tokens(verb):
        return children(verb, "nsubjpass")
    return []


def _coordinated_light_object(noun: Token, lex: Lexicon) -> list[Token]:
    """ "opened mortar and tank fire": `fire` is a conjunct of the light verb's object."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first is noun or first.dep_ != "dobj":
        return []
    verb = first.head
    if verb.lemma_.lower() not in lex.frames.light_verbs or is_passive(verb):
        return []
    return subject_tokens(verb)[0]


def _nominalization_object(c: Candidate, lex: Lexicon) -> list[Token]:
    """The of-object of a nominalization whose verb pattern takes its passive subject as source."""
    if c.noun is None or c.entry.file == "nouns.yaml":
        return []
    for e in lex.verb_entries(c.entry.lemma):
        if e.cameo == c.entry.cameo and e.obj == c.entry.obj and "subj" in e.source:
            return [c.noun]
    return []


def misparsed_participle_subject(verb: Token) -> list[Token]:
    """The noun a misparsed reduced relative belongs to, for the verb or a verb it complements; the by-agent
    of a real one ("goods donated by Japan")."""
    cur = verb
    for _ in range(4):
        if cur.dep_ == "acl":
            if cur.tag_ not in ("VBN", "VBD"):
                return []
            agents = agent_tokens(cur)
            if agents:
                return agents
            owner = _verbless_noun(cur.head)
            return [owner] if owner is not None else []
        if cur.dep_ not in CLIMB_DEPS or cur.head.i == cur.i:
            return []
        cur = cur.head
    return []


def swallowed_subject(verb: Token) -> list[Token]:
    """The subject a fronted phrase swallowed: the nouns after its comma, right before the verb."""
    if verb.dep_ not in ("ROOT", "ccomp") or any(x.dep_ in SUBJECT_DEPS for x in verb.children):
        return []
    j = verb.i - 1
    while j >= 0 and verb.doc[j].head.i == verb.i and verb.doc[j].dep_ in VERB_PREFIX_DEPS:
        j -= 1  # "have (not) agreed"
    if j < 0 or verb.doc[j].pos_ not in ("NOUN", "PROPN"):
        return []
    commas = [t.i for t in verb.doc[verb.sent.start : j] if t.text == ","]
    if not commas:
        return []
    comma, top = commas[-1], verb.doc[j]
    while top.head.i > comma and top.head.i != top.i and top.head.i < verb.i:
        top = top.head
    if top.dep_ not in ("conj", "appos") or top.head.i >= comma or not _fronted_under(top.head, verb):
        return []
    return [t for t in conjuncts(top) if comma < t.i < verb.i]


def _fronted_under(tok: Token, verb: Token) -> bool:
    """The token sits in a phrase in front of the verb that the verb governs ("Under the terms of ...")."""
    while tok.head.i != tok.i and tok.head.i != verb.i:
        tok = tok.head
    return tok.head.i == verb.i and tok.i < verb.i and tok.dep_ in FRONTED_DEPS


def _verbless_noun(noun: Token) -> Token | None:
    """The noun phrase a participle hangs on, when that phrase has no verb of its own: the sentence root
    ("Nurses from three charities delivered ..."), or a subject that a speech verb shares with a second
    subject ("Kurdish students turned to ..., police said"). A relative-clause reading would leave
    it without a predicate, so the participle is its verb."""
    top = noun
    while top.dep_ in ("pobj", "prep") and top.head.i != top.i:  # "Nurses from [three charities]"
        top = top.head
    if top.pos_ not in ("NOUN", "PROPN"):
        return None
    if top.dep_ == "ROOT":
        return top
    if top.dep_ not in ("nsubj", "dep"):
        return None
    others = [s for s in top.head.children if s.dep_ == "nsubj" and s.i != top.i]
    return top if others and top.i < others[0].i else None


def unidentified_source(c: Candidate, code: str, index: MentionIndex, sentence: int) -> Mention | None:
    """The unidentified actor (sector UNK) of the country where an agentless passive act happened."""
    if code[:2] not in UNIDENTIFIED_ROOTS:
        return None
    verb = _agentless_passive(c.anchor)
    if verb is None:
        return None
    place = _place_of(verb, index)
    if place is None or not place.actor.country:
        return None
    return _placed_actor(c, place.actor.country, "UNK", "unidentified actor", UNIDENTIFIED_RULE, sentence)


def crowd_source(c: Candidate, subject: list[Token], index: MentionIndex, sentence: int) -> Mention | None:
    """The civilians (sector CVL) of the country where a crowd named by no group acted."""
    if not subject or any(t.lemma_.lower() not in CROWD_WORDS or index.at(t) is not None for t in subject):
        return None
    hosts = [c.anchor, *children(c.anchor, "dobj")]
    place = next((m for h in hosts if (m := _place_of(h, index)) is not None), None)
    if place is None or not place.actor.country:
        return None
    return _placed_actor(c, place.actor.country, "CVL", "civilians", CROWD_RULE, sentence)


def _placed_actor(c: Candidate, country: str, sector: str, what: str, rule: str, sentence: int) -> Mention:
    """An implicit mention (empty span at the trigger) of a sector of the country where the act happened."""
    actor = make_actor(country + sector, f"{what} in {country}", "group", None)
    at = c.anchor.idx
    return Mention(UNIDENTIFIED_ID, at, at, "", sentence, actor, rule, UNIDENTIFIED_WEIGHT)


def _agentless_passive(tok: Token) -> Token | None:
    """The passive verb with no agent that tells the act: the trigger itself ("was killed"), or the verb
    whose passive subject the act's noun is ("a plot to kill the mayor was foiled")."""
    verb = tok.head.head if tok.dep_ == "acl" and tok.head.dep_ == "nsubjpass" else tok
    if not is_passive(verb) or agent_tokens(verb):
        return None
    # a by-phrase the parse hung lower down still names a doer: "murdered in an ambush by militiamen"
    return None if any(t.lower_ == "by" and t.dep_ in ("agent", "prep") for t in verb.subtree) else verb


def _place_of(verb: Token, index: MentionIndex, preps: frozenset[str] = LOCATIVE_PREPS) -> Mention | None:
    """The first place named in the verb's locative phrases, however deep in them."""
    for prep in children(verb, "prep"):
        if prep.lower_ not in preps:
            continue
        for tok in prep.subtree:
            m = index.at(tok)
            if m is not None and is_place(m) and _depth(tok, prep) <= PLACE_DEPTH:
                return m
    return None


def _depth(tok: Token, top: Token) -> int:
    n = 0
    while tok.i != top.i and tok.head.i != tok.i:
        tok, n = tok.head, n + 1
    return n


def placed_source(m: Mention, c: Candidate, index: MentionIndex) -> Mention:
    """A sector-only source with the country of the place its act happened in (see PLACED_SUFFIX)."""
    a = m.actor
    if a.country or not a.sector or a.code != a.sector or a.sector in FOREIGN_SECTORS or m.start == m.end:
        return m
    hosts = [c.anchor, *children(c.anchor, "dobj")]
    place = next((p for h in hosts if (p := _place_of(h, index, PLACED_PREPS)) is not None), None)
    if place is None or not place.actor.country or place.actor.country == "IGO":
        return m
    country = place.actor.country
    actor = replace(a, code=country + a.code, country=country, name=f"{a.name} in {country}")
    return replace(
        m, actor=actor, rule=m.rule + PLACED_SUFFIX, confidence=round(m.confidence * PLACED_WEIGHT, 3)
    )
