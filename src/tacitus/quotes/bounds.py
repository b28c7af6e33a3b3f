"""Where an indirect content ends: parse shapes that the complement rules would otherwise read as
content (a time clause after an object) or as a second statement (a participle inside a noun phrase)."""

from __future__ import annotations

from tacitus.quotes.cues import Cues
from tacitus.quotes.found import Token

PREDICATE_POS = frozenset({"VERB", "AUX"})


def is_occasion(clause: Token, lemma: str, cues: Cues) -> bool:
    """`what she said when she resigned`, `described him as a hawk when he ran`: a `when`/`where`
    clause after the cue's own object says when it was said, although the parser, seeing no `mark`,
    offers it as a bare reported clause. After a hearer (`asked the mayor when ...`) or with no object
    (`did not say when ...`) it is an indirect question, and `when it comes to X` is about X."""
    if clause.left_edge.tag_ != "WRB" or lemma in cues.addressee_verbs:
        return False
    if not any(c.dep_ == "dobj" for c in clause.head.children):
        return False
    return not (clause.lemma_ == "come" and any(c.lower_ == "to" for c in clause.children))


def is_predicate(conj: Token) -> bool:
    """Whether a conjunct is coordinated with a verb (a second predicate) rather than with a modifier
    inside a noun phrase (`a glaring and well-known weakness`: `known` is no second statement)."""
    return conj.dep_ != "conj" or conj.head.pos_ in PREDICATE_POS
