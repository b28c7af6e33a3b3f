"""Conjuncts and adverbial clauses of a cue verb: which continue its content (the parser often hangs
the second half of a coordinated complement on the verb itself: `promised to meet and exceed the
goals`), and which are a purpose or a second speaker's statement instead."""

from __future__ import annotations

from tacitus.quotes.cues import Cues
from tacitus.quotes.found import Token, is_cue_verb

WH_TAGS = frozenset({"WRB", "WP"})  # how, why, what: an indirect question
BASE_TAGS = frozenset({"VB", "VBP"})  # the parser tags a bare second infinitive either way


def coordinated(verb: Token, parts: list[Token], cues: Cues) -> list[Token]:
    """Conjuncts the parser hung on the cue verb that continue its content: a second infinitive
    (`promised to meet and exceed the goals`), gerund (`mentioned refinancing loans and forcing ...`) or
    indirect question (`spoke of the legacy of racism and how the fight ...`), with the words joining them."""
    if not parts:
        return []
    first = min(p.i for p in parts)
    clause = any(p.dep_ == "ccomp" for p in parts)  # `says it would ..., but would eventually add ...`
    out: list[Token] = []
    for c in verb.rights:
        if c.dep_ != "conj" or c.i < first or (is_cue_verb(c, cues) and not clause):
            continue
        if not _continues(c, parts, verb):
            break
        out += [t for t in verb.children if t.dep_ in ("cc", "punct") and max(p.i for p in parts) < t.i < c.i]
        out.append(c)
    if not out:
        out = _hung_on_host(verb, parts, cues)
    return out


def _hung_on_host(verb: Token, parts: list[Token], cues: Cues) -> list[Token]:
    """A conjunct the parser hung on a clause above the cue, right after the cue's own words (`...,
    vowing to keep and in many areas beat the targets`, `opened by stressing fairness, and a need to ...`,
    `a host who said they had doubts, but could not bear to ...`), with the words joining them."""
    end = max(t.right_edge.i for t in (verb, *parts))
    for host in verb.ancestors:
        conj = next((c for c in host.rights if c.dep_ == "conj" and c.i > end), None)
        if conj is None:
            continue
        gap = list(verb.doc[end + 1 : conj.left_edge.i])
        if not all(t.dep_ in ("cc", "punct") for t in gap):
            return []
        if is_cue_verb(conj, cues) or has_subject(conj) or not _continues(conj, parts, verb):
            return []
        # the joining word may hang on the cue itself (`promising to meet and ...`)
        joins = [c for c in verb.children if c.dep_ == "cc" and c.i > min(p.i for p in parts)]
        return [*joins, *gap, conj]
    return []


def _continues(conj: Token, parts: list[Token], verb: Token) -> bool:
    """Whether a conjunct of the cue verb has the form of its content rather than of a second predicate."""
    if conj.left_edge.tag_ in WH_TAGS or conj.left_edge.lower_ == "whether":
        return any(p.dep_ in ("prep", "dobj") for p in parts)  # `spoke of X and how Y`
    if has_subject(conj):
        return False
    if any(p.dep_ == "ccomp" for p in parts):
        return _continues_clause(conj, verb)
    if conj.tag_ in BASE_TAGS and verb.tag_ not in BASE_TAGS:
        return any(p.dep_ == "xcomp" for p in parts)  # `promising to meet and exceed`
    if conj.pos_ in ("NOUN", "PROPN"):
        return any(p.dep_ == "dobj" for p in parts)  # `stressed fairness, and a need to ...`
    if conj.tag_ == "VBG" and verb.tag_ != "VBG":
        return any(
            t.tag_ == "VBG" for p in parts for t in p.subtree
        )  # `mentioned refinancing X and forcing Y`
    return False


def _continues_clause(conj: Token, verb: Token) -> bool:
    """`said they had doubts, but could not bear to ...`: a subjectless conjunct with a modal the cue
    verb lacks is a second predicate of the reported clause, not a second act of the speaker."""
    if conj.tag_ == "VB" and verb.tag_ in ("VBD", "VBZ") and not any(c.dep_ == "aux" for c in conj.children):
        return True  # `said she wanted to speak to them and let them know ...`: a base form, not a tense
    return _has_modal(conj) and not _has_modal(verb)


def _has_modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def is_purpose(clause: Token) -> bool:
    """`to thrill his supporters`, `so Mr. Clarke could start`: an infinitive or `so` clause of purpose."""
    return any(
        (c.dep_ == "aux" and c.tag_ == "TO" and clause.tag_ == "VB")
        or (c.dep_ == "mark" and c.lower_ == "so")
        for c in clause.children
    )


def speaks(verb: Token) -> bool:
    """`..., and the mother replied, "..."`: a coordinated cue verb introducing a quotation of its own."""
    if any(c.dep_ == "mark" for c in verb.children):
        return False  # `said X and that the footage did not show Y`: still the first speaker's
    nxt = verb.doc[verb.i + 1 : verb.i + 3]
    return any(t.is_quote for t in nxt) or any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
