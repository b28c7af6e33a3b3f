"""Acts that reveal a stance: `the council vetoed the bill`, `Smith linked the outage to the storm`.

News attribution (PolNeAR's sense) covers more than speech: what a person or group decides or how it
explains events is attributed to them. These verbs are weak cues, so they count only with an agent as their
subject (a named person, group or place, or a personal pronoun) and only their complements of the
kinds their class lists; they never introduce direct quotations.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from tacitus.actors.tables import roles
from tacitus.quotes.cues import Cues
from tacitus.quotes.found import QUOTE_CHARS, Found, Token, heads_time, is_cue_verb, token_runs, token_span
from tacitus.quotes.speakers import noun_phrase

AGENT_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
AGENT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "who"})
PERSON_PRONOUNS = frozenset({"her", "him", "them", "me", "us", "you", "himself", "herself", "themselves"})
DEP_KINDS = {"dobj": "object", "xcomp": "infinitive", "prep": "preposition"}
CONFIDENCE = 0.5


def act_quotes(verb: Token, cues: Cues, bounds: Callable[[Token], tuple[int, int]]) -> list[Found]:
    """The stance an act verb with an agent subject reveals (or what a law or rule as subject provides): its
    object, infinitive or `for`/`against`; in the passive, its subject (`_passive_act`)."""
    kinds = act_kinds(verb, cues)
    if kinds is None or not verb.tag_.startswith("VB") or _inside_report(verb, cues):
        return []
    subject = _subject(verb)
    if subject is not None and subject.dep_ == "nsubjpass":
        return _passive_act(verb, subject, kinds, cues, bounds)
    if subject is None:
        return []
    source = subject if is_agent(subject, cues) else _provision(subject, cues)
    if source is None:
        return []
    parts = [c for c in verb.children if c.i > verb.i and _fits(c, kinds, cues)]
    if not parts or any(_reports(p, cues) for p in parts):
        return []
    lo, hi = bounds(verb)
    tokens = {t.i for p in parts for t in p.subtree if lo <= t.i < hi}
    first = min(tokens, default=None)
    if first is not None and verb.doc[first].dep_ == "prep":
        tokens.discard(first)  # `voted against the bill`: the preposition goes with the cue
    who, head = noun_phrase(source), source.idx
    return [
        Found(content, "indirect", token_span(verb), who, head, "act", CONFIDENCE)
        for content in token_runs(verb.doc, tokens)
    ]


def _subject(verb: Token) -> Token | None:
    """The subject of `verb`, or of the verb it is conjoined to (`arrived in 1993 and voted against ...`)."""
    for host in (verb, verb.head if verb.dep_ == "conj" and verb.head.tag_.startswith("VB") else None):
        if host is not None:
            found = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if found is not None:
                return found
    return None


def act_kinds(verb: Token, cues: Cues) -> frozenset[str] | None:
    """The content kinds of an act verb: those of its phrasal entry when its particle makes one
    (`brought up the report`: `bring up`), else those of its lemma."""
    lemma = cues.lemma(verb)
    for c in verb.children:
        if c.dep_ == "prt" and (kinds := cues.acts.get(f"{lemma} {c.lower_}")) is not None:
            return kinds
    return cues.acts.get(lemma)


def characterisation(verb: Token, cues: Cues, bounds: Callable[[Token], tuple[int, int]]) -> list[Found]:
    """`she attacked the mayor as a “fraud”`, `rated the claims as “false”`: an agent's verb whose
    object an `as` phrase names in quotation marks characterises it, whatever the verb; the object and the
    name are the content (without the marks the phrase is as often a role: `picked Lee as running mate`)."""
    if not verb.tag_.startswith("VB"):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    named = _named(verb)
    if subject is None or named is None:
        return []
    after = [c for h in (verb, named) for c in h.children if c.i > named.i]
    name = next((c for c in after if c.dep_ == "prep" and c.lower_ == "as"), None)
    if name is None or not any(t.is_quote or (t.is_punct and t.text in QUOTE_CHARS) for t in name.subtree):
        return []
    # the lexicon and ancestor checks last: this runs on every verb of the document
    if not is_agent(subject, cues) or is_cue_verb(verb, cues) or _inside_report(verb, cues):
        return []
    lo, hi = bounds(verb)
    tokens = {t.i for p in (named, name) for t in p.subtree if lo <= t.i < hi}
    who, head = noun_phrase(subject), subject.idx
    return [
        Found(content, "indirect", token_span(verb), who, head, "act", CONFIDENCE)
        for content in token_runs(verb.doc, tokens)
    ]


def _named(verb: Token) -> Token | None:
    """The object a verb characterises: its direct object, or that of a particle-like preposition right
    after it (`went after Jones as ...`)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is not None:
        return obj
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def is_agent(tok: Token, cues: Cues) -> bool:
    """A named person, organisation, group or country, a personal pronoun, or a role (`the governor`,
    `lawmakers`: the actors' role words)."""
    if tok.ent_type_ in AGENT_ENTS or tok.lower_ in AGENT_PRONOUNS or tok.pos_ == "PROPN":
        return True
    return tok.pos_ == "NOUN" and (tok.lower_ in _role_words() or cues.lemma(tok) in cues.agents)


def _provision(tok: Token, cues: Cues) -> Token | None:
    """A law, rule or programme as what acts (`the rules permit members to ...`, `standards that prohibit
    ...`): one of the provision nouns, or the antecedent of a relative pronoun that is one."""
    if tok.lower_ in ("which", "that") and tok.head.dep_ == "relcl":
        tok = tok.head.head
    if tok.ent_type_ == "LAW" or (tok.pos_ == "NOUN" and cues.lemma(tok) in cues.provisions):
        return tok
    return None


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return frozenset(r.phrase for r in roles() if " " not in r.phrase)


def _inside_report(verb: Token, cues: Cues) -> bool:
    """`she said the council imposed a curfew`: the act is part of what a cue verb above reports (as
    with speech, only the outer attribution counts)."""
    return any(is_cue_verb(a, cues) for a in verb.ancestors)


def _reports(part: Token, cues: Cues) -> bool:
    """`a letter that says ...`, `a statement calling ...`, `plans to cut ...`: the complement holds
    its own attribution, which carries the content."""
    for t in part.subtree:
        if t != part and is_cue_verb(t, cues):
            return True
    return part.dep_ == "dobj" and any(c.dep_ == "acl" and c.tag_ == "VB" for c in part.children)


def _fits(child: Token, kinds: frozenset[str], cues: Cues) -> bool:
    """Whether `child` is a complement of one of `kinds`; an `issue` is a preposition naming no person, a
    `wording` an object that is a word or phrase."""
    kind = _kind(child, cues)
    if kind == "object" and child.ent_type_ == "QUANTITY":
        return False  # `weighs 236 pounds`: a measure, not a stance
    if kind == "preposition" and "issue" in kinds and not _names_person(child, cues):
        return True
    if kind == "object" and "wording" in kinds and cues.lemma(child) in cues.wordings:
        return True
    return kind in kinds


def _names_person(prep: Token, cues: Cues) -> bool:
    """`for her`, `for Smith`, `against the nominee`: the object of `prep` is a person (a name with no
    determiner, a pronoun or a role word)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    if obj.ent_type_ == "PERSON" or obj.lower_ in PERSON_PRONOUNS:
        return True
    if obj.pos_ == "PROPN":
        return obj.ent_type_ in ("PERSON", "ORG") and not any(c.dep_ == "det" for c in obj.children)
    return obj.pos_ == "NOUN" and is_agent(obj, cues)


def _kind(child: Token, cues: Cues) -> str | None:
    if child.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
        return "infinitive"  # `allows foreign investors to gain ...`: an object and its infinitive
    kind = DEP_KINDS.get(child.dep_)
    if kind == "preposition" and (child.lower_ not in cues.prepositions or heads_time(child)):
        return None  # `vetoed the bill on Friday`: when, not what
    return kind


def _passive_act(
    verb: Token, subject: Token, kinds: frozenset[str], cues: Cues, bounds: Callable[[Token], tuple[int, int]]
) -> list[Found]:
    """`the ruling was struck down by the high court`, `the bill was vetoed by the governor`: the
    passive of an act verb with an agent `by` phrase is the agent's act on its subject (a thing, not a
    person: `she was appointed by ...` is no stance of hers or theirs)."""
    if "object" not in kinds or subject.head.i != verb.i:
        return []  # a conjoined verb borrowing the subject of another
    if subject.pos_ not in ("NOUN", "PROPN") or is_agent(subject, cues) or _reports(subject, cues):
        return []
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if by is None or by.pos_ not in ("NOUN", "PROPN"):
        return []
    lo, hi = bounds(verb)
    tokens = {t.i for t in subject.subtree if lo <= t.i < hi}
    who, head = noun_phrase(by), by.idx
    return [
        Found(content, "indirect", token_span(verb), who, head, "act", CONFIDENCE)
        for content in token_runs(verb.doc, tokens)
    ]
