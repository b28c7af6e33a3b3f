"""Attributions without a speech verb: appearances, states of mind and sources in a phrase.

- `X seems to ...`, `that looks unlikely`: the subject belongs to the content; nobody is named as
  holding it, unless an experiencer follows (`seems credible to me`).
- `X is afraid that ...`, `X was determined to ...`, `X is critical of ...`: an attitude adjective
  predicated of X; X holds the complement.
- `it is clear that ...`: an impersonal judgement, with no holder.
- `in a new poll, X leads`, `in his eyes, ...`: a source noun in an `in` phrase over its clause.
- `X is against ...`: a person or group's stance after a copula.
- `X, a longtime opponent of ...`: a stance role noun; the copula's subject or apposition's head holds it.
- `X bristled at ...`: a reaction verb's `at` phrase.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from tacitus.quotes.acts import act_kinds, act_quotes, characterisation, is_agent
from tacitus.quotes.cues import Cues
from tacitus.quotes.found import Found, Token, is_cue_verb, token_runs, token_span
from tacitus.quotes.speakers import noun_phrase

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
DUMMY = frozenset({"it", "there"})
SEEMING_COMPLEMENTS = frozenset({"xcomp", "acomp", "oprd", "ccomp"})
LIKE_WORDS = frozenset({"like", "as"})  # `looks like ...`, `seems as if ...`
ATTITUDE_PREPS = frozenset({"about", "of", "on", "over", "with", "toward", "towards", "against"})
CONFIDENCE = 0.6
QUANTIFIERS = frozenset({"one", "some", "many", "most", "each", "all", "several", "both", "few"})
Bounds = Callable[[Token], tuple[int, int]]  # the sentence-and-line token range around a token


def attitude_quotes(tok: Token, cues: Cues, bounds: Bounds) -> list[Found]:
    """The attributions a token introduces as a seeming verb, an adjective or an `in` phrase."""
    lemma = cues.lemma(tok)
    if act_kinds(tok, cues) is not None:
        return act_quotes(tok, cues, bounds)
    if lemma in cues.stance_roles and tok.pos_ == "NOUN":
        return _stance_role(tok, bounds)
    if named := characterisation(tok, cues, bounds):
        return named
    if lemma in cues.seeming and tok.pos_ in ("VERB", "AUX") and not is_cue_verb(tok, cues):
        return _seeming(tok, cues, bounds)
    if tok.lower_ in cues.attitude_adjectives and _predicated(tok):
        return _attitude(tok, bounds)
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.lower_ in cues.impersonal_adjectives:
        return _impersonal(tok, bounds)
    if tok.lower_ == "in" and tok.dep_ == "prep":
        return _in_source(tok, cues, bounds)
    if tok.lower_ == "against" and tok.dep_ == "prep":
        return _against(tok, cues, bounds)
    if tok.lower_ == "at" and tok.dep_ == "prep" and cues.lemma(tok.head) in cues.reactions:
        return _reaction(tok, cues, bounds)
    return []


def _reaction(prep: Token, cues: Cues, bounds: Bounds) -> list[Found]:
    """`the senators bristled at the remarks`: what a reaction verb's `at` phrase names, held by its agent
    subject (none in a participle clause: `balking at the cost`)."""
    verb = prep.head
    holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = _object(prep)
    if verb.pos_ != "VERB" or obj is None or (holder is not None and not is_agent(holder, cues)):
        return []
    return _found(verb, {t.i for t in obj.subtree}, holder, bounds, "act")


def feeling_quotes(verb: Token, cues: Cues, bounds: Bounds) -> list[Found]:
    """`many farmers felt betrayed when the mill closed`, `officials felt comfortable with the deal`: the
    feeling an agent reports, with what it is about (the parser often reads `felt` as a passive auxiliary)."""
    if cues.lemma(verb) not in cues.feelings:
        return []
    if verb.dep_ == "auxpass" and verb.head.tag_ == "VBN":
        feeling = verb.head
        holder = next((c for c in feeling.children if c.dep_ == "nsubjpass"), None)
    else:
        feeling = next((c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.i > verb.i), None)
        holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if feeling is None or holder is None or not is_agent(holder, cues):
        return []
    if any(is_cue_verb(a, cues) for a in verb.ancestors if a != feeling):
        return []  # `she said they felt betrayed`: the outer attribution holds it
    tokens = {t.i for t in feeling.subtree} - {t.i for t in holder.subtree}
    return _found(verb, tokens, holder, bounds, "attitude")


def _stance_role(noun: Token, bounds: Bounds) -> list[Found]:
    """`he has been a steady supporter of the treaty and of its aims`, `Lee, an opponent of the tax`,
    `supporters of the bill`: what the `of`/`for` phrase names, held by the copula's subject or the
    apposition's head, else by nobody named."""
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
    obj = _object(prep) if prep is not None else None
    if prep is None or obj is None:
        return []
    tokens = _subtrees([obj, *(c for c in prep.children if c.dep_ in ("cc", "conj"))])
    holder = None
    if noun.dep_ == "attr":
        holder = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    elif noun.dep_ == "appos":
        holder = noun.head
    return _found(noun, tokens, holder, bounds, "noun")


def _against(prep: Token, cues: Cues, bounds: Bounds) -> list[Found]:
    """`the senator is against it`: a person or group against something after a copula holds that stance."""
    head = prep.head
    holder = next((c for c in head.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if head.lemma_ != "be" or holder is None or obj is None or not is_agent(holder, cues):
        return []
    return _found(prep, {t.i for t in obj.subtree}, holder, bounds, "attitude")


def _seeming(verb: Token, cues: Cues, bounds: Bounds) -> list[Found]:
    kids = list(verb.children)
    subject = next((c for c in kids if c.dep_ in SUBJECTS), None)
    parts = [c for c in kids if c.dep_ in SEEMING_COMPLEMENTS and c.i > verb.i]
    if not cues.takes_infinitive(verb):
        parts = [c for c in parts if c.dep_ != "xcomp"]  # `looking to cut debts` is an intention
    # `seems to think that ...`: the inner cue verb carries the attribution
    parts = [c for c in parts if not (c.dep_ == "xcomp" and is_cue_verb(c, cues))]
    parts += [c for c in kids if c.dep_ in ("prep", "advcl") and _like(c) and c.i > verb.i]
    if not parts:
        return []
    experiencer = _experiencer(verb, parts)
    if subject is not None and subject.lower_ not in DUMMY:
        parts.append(subject)
    tokens = _subtrees(parts)
    speaker = None
    if experiencer is not None:
        tokens -= {t.i for t in experiencer.head.subtree}
        speaker = experiencer
    return _found(verb, tokens, speaker, bounds, "seeming")


def _like(tok: Token) -> bool:
    """`like the mayor is losing` (a preposition or a subordinating mark)."""
    if tok.dep_ == "prep":
        return tok.lower_ in LIKE_WORDS
    return any(c.dep_ == "mark" and c.lower_ in LIKE_WORDS for c in tok.children)


def _experiencer(verb: Token, parts: list[Token]) -> Token | None:
    """`seems credible to me`, `seems to me`: the pobj of a `to` phrase on the verb or its adjective."""
    for host in [verb, *parts]:
        for c in host.children:
            if c.dep_ == "prep" and c.lower_ == "to":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ in ("PRON", "PROPN", "NOUN"):
                    return pobj
    return None


def _predicated(tok: Token) -> bool:
    """`were afraid` (an adjective after a copula), `were frustrated` (tagged a passive participle), `are
    convinced` (a participle as the copula's complement) or `with leaders worried about ...` (an adjective
    with its own subject)."""
    if _own_subject(tok) is not None:
        return True
    if (tok.pos_ == "ADJ" or tok.tag_ == "VBN") and tok.dep_ in ("acomp", "oprd"):
        return True
    return bool(tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children))


def _own_subject(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ == "nsubj"), None) if tok.pos_ == "ADJ" else None


def _attitude(adj: Token, bounds: Bounds) -> list[Found]:
    head = adj.head if adj.dep_ in ("acomp", "oprd") else adj
    holder = _own_subject(adj) or next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if holder is None or holder.lower_ in DUMMY or holder.lower_ in ("this", "that", "which"):
        return []
    parts = [c for c in adj.children if c.dep_ in ("ccomp", "xcomp") and c.i > adj.i]
    parts += [c for c in adj.children if c.dep_ == "prep" and c.lower_ in ATTITUDE_PREPS and c.i > adj.i]
    if not parts:
        return []
    pieces = [p if p.dep_ != "prep" else _object(p) for p in parts]
    tokens = _subtrees([p for p in pieces if p is not None])
    return _found(adj, tokens, holder, bounds, "attitude")


def _object(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _impersonal(adj: Token, bounds: Bounds) -> list[Found]:
    head = adj.head
    subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.lower_ != "it":
        return []
    clause = next(
        (c for host in (adj, head) for c in host.children if c.dep_ == "ccomp" and c.i > adj.i), None
    )
    if clause is None or _is_question(clause):
        return []  # `it is not clear whether ...`, `... what effect it has`: an open question, no claim
    return _found(adj, {t.i for t in clause.subtree}, None, bounds, "impersonal")


def _is_question(clause: Token) -> bool:
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in ("whether", "if") or first.tag_ in ("WP", "WDT", "WRB", "WP$")


def _in_source(prep: Token, cues: Cues, bounds: Bounds) -> list[Found]:
    """`In the latest poll, Smith leads by five points`: the clause the phrase fronts."""
    noun = _head_noun(next((c for c in prep.children if c.dep_ == "pobj"), None))
    head = prep.head
    if noun is None or cues.lemma(noun) not in cues.source_nouns or prep.i > head.i:
        return []
    if head.pos_ not in ("VERB", "AUX") or is_cue_verb(head, cues):
        return []  # `said in an interview`: the verb is the cue
    if not any(c.dep_ in SUBJECTS for c in head.children):
        return []
    tokens = {t.i for t in head.subtree} - {t.i for t in prep.subtree}
    return _found(prep, tokens, noun, bounds, "in-source")


def _head_noun(noun: Token | None) -> Token | None:
    """`one of the first polls`, `several surveys`: the noun a quantifier picks from."""
    if noun is not None and (noun.pos_ == "NUM" or noun.lower_ in QUANTIFIERS):
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return inner or noun
    return noun


def _subtrees(parts: Iterable[Token]) -> set[int]:
    return {t.i for p in parts for t in p.subtree}


def _found(cue: Token, tokens: set[int], speaker: Token | None, bounds: Bounds, rule: str) -> list[Found]:
    lo, hi = bounds(cue)
    tokens = {i for i in tokens if lo <= i < hi and i != cue.i}
    who: tuple[Any, Any] = (noun_phrase(speaker), speaker.idx) if speaker is not None else (None, None)
    return [
        Found(content, "indirect", token_span(cue), who[0], who[1], rule, CONFIDENCE)
        for content in token_runs(cue.doc, tokens)
    ]
