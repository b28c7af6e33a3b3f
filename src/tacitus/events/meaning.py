"""Meaning around a trigger: negation, modality (intent / hypothesis), questions and reporting verbs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tacitus.events.lexicon import Frames

Token = Any

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
NEGATING_VERBS = frozenset({"fail", "cease", "stop", "avoid"})
CONDITIONAL_MARKS = frozenset({"if", "whether", "unless"})
# "is ready/prepared/willing to send aid": the adjective makes the complement an intention.
INTENT_ADJECTIVES = frozenset(
    {"ready", "prepared", "willing", "set", "determined", "eager", "poised", "keen"}
)
# "may/might/could do X if Y": an act stated under a condition is a conditional threat or offer (CAMEO codes
# the statement as intent), not a mere possibility.
CONDITIONED_MODALS = frozenset({"may", "might", "could"})
# "must/has to" in what a speaker says of someone else is a demand; "should" an appeal.
DEMAND_MODALS = frozenset({"must", "have"})
APPEAL_MODALS = frozenset({"should", "ought"})


@dataclass(frozen=True)
class Modality:
    """What the words around a trigger say about it."""

    negated: bool = False
    intent: bool = False  # "will provide", "is ready to send", "is going to"
    hypothetical: str | None = None  # why it is not a fact: "modal could", "if-clause", "question"
    obligation: str | None = None  # "demand" (must) or "appeal" (should)


def _aux(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("aux", "auxpass", "neg")]


def is_negated(tok: Token) -> bool:
    """A negator on the trigger, on its light-verb head, or a negating head ("failed to agree")."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_ in NEGATING_VERBS:
        return True
    return tok.dep_ in ("dobj", "nsubjpass") and any(c.dep_ == "neg" for c in head.children)


def _conditional(tok: Token) -> str | None:
    """The trigger sits in an if/whether/unless clause."""
    cur = tok
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in cur.children):
            return "conditional clause"
        if cur.dep_ in ("advcl", "ROOT") or cur.head.i == cur.i:
            break
        cur = cur.head
    return None


def modality(tok: Token, frames: Frames) -> Modality:
    """Negation, intent and hypothesis markers of a verb trigger (nouns: those of their light verb)."""
    verb = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass") else tok
    negated = is_negated(tok) or (verb.i != tok.i and is_negated(verb))
    intent = False
    hypo: str | None = None
    obligation: str | None = None
    aux_lemmas = [a.lower_ for a in _aux(verb)]
    for a in aux_lemmas:
        if a in frames.intent_modals:
            intent = True
        elif a in DEMAND_MODALS and a == "must":
            obligation = "demand"
        elif a in APPEAL_MODALS:
            obligation = "appeal"
        elif a in frames.hypothetical_modals:
            hypo = f"modal '{a}'"
    head = verb.head
    if verb.dep_ == "xcomp":
        if head.lemma_ == "go" and any(c.lower_ in ("is", "are", "was", "'s", "'re") for c in head.children):
            intent = True
        if head.lemma_ == "have" and head.tag_ in ("VBZ", "VBP", "VBD"):
            obligation = "demand"
        if head.lemma_ == "need" and head.pos_ in ("VERB", "AUX") and not _aux(head):
            obligation = "appeal"  # "Japan needs to enact reforms" (not "will need to")
        if head.pos_ == "ADJ" and head.lemma_ in INTENT_ADJECTIVES:
            intent = True
            hypo = hypo or _hypothetical_aux(head.head, frames)
    if hypo and hypo.removeprefix("modal '").rstrip("'") in CONDITIONED_MODALS and _has_condition(verb):
        intent, hypo = True, None  # "may halt its mediation if ...": a conditional threat or offer
    hypo = hypo or _conditional(verb)
    return Modality(negated=negated, intent=intent, hypothetical=hypo, obligation=obligation)


def _has_condition(verb: Token) -> bool:
    """The act is made to depend on a condition: "may halt [if cooperation founders]"."""
    return any(
        x.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in x.children)
        for x in verb.children
    )


def _hypothetical_aux(tok: Token, frames: Frames) -> str | None:
    for a in _aux(tok):
        if a.lower_ in frames.hypothetical_modals:
            return f"modal '{a.lower_}'"
    return None


def is_question(sentence: Any) -> bool:
    """A direct question is not a report of a fact."""
    text = sentence.text.rstrip(" \"'”’")
    return bool(text.endswith("?"))
