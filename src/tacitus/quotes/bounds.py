"""Where an indirect content ends: parse shapes that the complement rules would otherwise read as
content (a time clause after an object) or as a second statement (a participle inside a noun phrase)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tacitus.quotes.asides import PREDICATE_POS
from tacitus.quotes.cues import Cues
from tacitus.quotes.found import Token, is_cue_verb

PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Auxiliaries of reported speech shifted back a tense (`would`, `had gone`): a sentence of them after an
# indirect content goes on reporting it.
BACKSHIFT_AUX = frozenset({"would", "could", "might", "had"})


def is_occasion(clause: Token, lemma: str, cues: Cues) -> bool:
    """`what he said when he retired`, `described him as a hawk when he ran`: a `when`/`where`
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
    inside a noun phrase (`a costly and well-known flaw`: `known` is no second statement)."""
    return conj.dep_ != "conj" or conj.head.pos_ in PREDICATE_POS


def subject_as_object(parts: list[Token]) -> bool:
    """`said small firms and farms - of every size - would benefit`: the parser takes the subject of
    a reported clause for the cue's object and leaves the clause without one; the content is a clause."""
    objects = [p for p in parts if p.dep_ == "dobj"]
    clauses = [p for p in parts if p.dep_ == "ccomp"]
    if len(objects) != 1 or len(clauses) != 1 or len(parts) != 2:
        return False
    obj, clause = objects[0], clauses[0]
    if clause.i < obj.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in clause.children):
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in clause.children) or clause.tag_ in (
        "VBD",
        "VBZ",
    )


def subject_gap(parts: list[Token]) -> set[int]:
    """The words between a subject taken for the object and its clause (`the outreach to voters was
    phony` with `to voters` hung on the cue, a dash closing an aside): part of the reported clause."""
    if not subject_as_object(parts):
        return set()
    obj = next(p for p in parts if p.dep_ == "dobj")
    clause = next(p for p in parts if p.dep_ == "ccomp")
    return set(range(obj.right_edge.i + 1, clause.left_edge.i))


def in_object(prep: Token, parts: list[Token], channels: frozenset[str]) -> bool:
    """`backed Smith in the primary`, `showed a rift in the way they vote`: an `in` phrase right after
    the object that the parser hung on the verb modifies the object, unless it names where, when or
    through what it was said (`in Ohio`, `in March`, `in an interview`, `in his remarks`)."""
    if prep.lower_ != "in" or not any(
        p.dep_ in ("dobj", "prep") and prep.i == p.right_edge.i + 1 for p in parts
    ):
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() in channels or obj.lower_ in channels:
        return False
    return obj.ent_type_ not in PLACE_ENTITIES | TIME_ENTITIES


def backshifted_sequel(
    doc: Any, tokens: set[int], hi: int, around: Callable[[Token], tuple[int, int]], cues: Cues
) -> set[int]:
    """`The museum, he said, would make visitors face hard truths. But it would also ...`: the next
    sentence of the paragraph, when the content ran to the end of its own, has a pronoun subject and a
    back-shifted verb (`would`, `could`, `might`, `had` + participle) and no cue or quotation of its own,
    goes on with what was said (its words, without the full stop)."""
    if not tokens or hi >= len(doc) or any(not doc[i].is_punct for i in range(max(tokens) + 1, hi)):
        return set()
    if "\n" in doc[hi - 1].whitespace_ or doc[hi].is_space:
        return set()  # the paragraph ends with the content
    lo2, hi2 = around(doc[hi])
    if lo2 != hi:
        return set()
    sent = doc[lo2:hi2]
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ != "PRP":
        return set()
    if not any(c.dep_ == "aux" and c.lower_ in BACKSHIFT_AUX for c in root.children):
        return set()
    if any(t.is_quote or is_cue_verb(t, cues) for t in sent):
        return set()
    end = hi2
    while end > lo2 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return set(range(lo2, end))
