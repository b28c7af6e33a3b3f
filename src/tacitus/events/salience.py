"""Which trigger candidates report the sentence's main event, and which only give background.

CAMEO coding practice codes the event a sentence reports, not every event word in it: in "Police opened
fire to disperse the protesters" the purpose clause says why, in "the talks, which collapsed last year" the
relative clause recalls history, and in "a rally against last week's invasion" the nominal event is a
circumstance. Such background candidates are coded only when the sentence has no main event. What an
unrealized act serves ("will visit Senegal to mediate") is never coded.
"""

from __future__ import annotations

from typing import Any

from tacitus.events.candidates import Candidate
from tacitus.events.lexicon import Frames
from tacitus.events.meaning import modality

Token = Any
# Clauses that modify rather than report: adverbial (purpose, time, manner, participial), relative and
# clausal noun modifiers.
BACKGROUND_DEPS = frozenset({"advcl", "relcl", "acl"})
MAX_WALK = 12
# Roots of what is said rather than done: comment, appeal, demand, disapprove, reject, threaten.
VERBAL = frozenset({"01", "02", "10", "11", "12", "13"})
PROTEST = "14"


def background_reason(c: Candidate, code: str, cands: dict[int, Candidate] | None = None) -> str | None:
    """Why a candidate is background ("adverbial clause", "nominal"), or None for a main-clause event.

    An infinitive of purpose is a further act of the subject ("sent experts to investigate") unless it is
    verbal: in "students marched to demand reforms" the demand is what the march says, not a second event.
    A participle elaborates the main act: verbal, it is its content ("hit back, accusing the US of ..."), a
    main event; physical, its consequence ("opened fire, killing two"), background. What a protest says is
    the protest's content ("blocked roads demanding that he be reinstated"): PLOVER REQUEST "only applies
    to verbal demands: demands that take the form of demonstrations, protests, etc. are coded as PROTEST".
    A purpose of the same root as its act is that act told twice ("telephoned Kozyrev to discuss ...").
    """
    if c.kind == "noun" and c.anchor.dep_ != "ROOT":
        return "nominal event"
    if code[:2] in VERBAL and _protest_content(c.anchor, cands or {}):
        return "what the protest says"
    if _same_act(c.anchor, code, cands or {}):
        return "purpose of the same kind of act"
    if code[:2] in VERBAL and _said_with(c.anchor, cands or {}):
        return "part of the same statement"
    tok = c.anchor
    for _ in range(MAX_WALK):
        if tok.head.i == tok.i:
            return None
        verbal = tok.i == c.anchor.i and code[:2] in VERBAL
        if tok.dep_ == "advcl" and ((_purpose(tok) and not verbal) or (_participle(tok) and verbal)):
            tok = tok.head
            continue
        if tok.dep_ in BACKGROUND_DEPS:
            return {"advcl": "adverbial clause", "relcl": "relative clause"}.get(tok.dep_, "noun modifier")
        if tok.dep_ in ("pobj", "pcomp") or tok.pos_ in ("NOUN", "PROPN"):
            return "inside a noun phrase"
        tok = tok.head
    return None


def _protest_content(verb: Token, cands: dict[int, Candidate]) -> bool:
    """A participle or purpose clause of a protest trigger: "marched [demanding reforms]"."""
    head = cands.get(verb.head.i)
    return bool(
        verb.dep_ == "advcl"
        and head is not None
        and head.entry.cameo[:2] == PROTEST
        and (_purpose(verb) or _participle(verb))
    )


def _same_act(verb: Token, code: str, cands: dict[int, Candidate]) -> bool:
    """A purpose clause whose act has the root of the act it serves: "met [to discuss]"."""
    head = cands.get(verb.head.i)
    return bool(
        verb.dep_ in ("advcl", "xcomp")  # the parser attaches some purposes as complements
        and _purpose(verb)
        and head is not None
        and head.entry.cameo[:2] == code[:2]
    )


def _said_with(verb: Token, cands: dict[int, Candidate]) -> bool:
    """A participle continuing a verbal act: "accused the US of violating rights, [ignoring law]"."""
    head = cands.get(verb.head.i)
    return bool(
        verb.dep_ == "advcl"
        and _participle(verb)
        and head is not None
        and head.entry.frame != "say"  # "said ..., accusing X of Y": the accusation is what is said
        and head.entry.cameo[:2] in VERBAL
    )


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose: "sent experts to investigate", "opened fire to disperse"."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _participle(verb: Token) -> bool:
    """A free participial clause: ", accusing the US of hypocrisy"."""
    return verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in verb.children)


def skip_reason(
    c: Candidate, cands: dict[int, Candidate], embedded: set[int], anchors: set[int], frames: Frames
) -> str | None:
    """The status of a candidate that is never coded, even without a main event, or None.

    `embedded`: anchors a frame embeds; `anchors`: frame triggers.
    """
    unreal = unrealized_reason(c, cands, embedded, anchors, frames)
    return f"not a fact: {unreal}" if unreal is not None else None


def unrealized_reason(
    c: Candidate, cands: dict[int, Candidate], embedded: set[int], anchors: set[int], frames: Frames
) -> str | None:
    """Why a candidate is only part of an act not yet done, or None.

    An act governed through a complement or purpose clause by a promised, planned or merely possible act
    has not happened either: in "will visit Senegal to mediate" the mediation is as future as the visit,
    in "offered troops to help him oust Aoun" the ousting is what the offer is for, in "refused to allow
    planes to land" the landing is what is refused. Governing acts are frame triggers (`anchors`) and
    their contents (`embedded`: "offered [to help]"), and triggers with a future or hypothetical modal ("is
    ready to ship equipment to help protect"). A coordinate of a frame's content is content too ("accused
    the US of violating rights [and ignoring law]"); other coordinates are acts in their own right.
    """
    tok = c.anchor
    for _ in range(MAX_WALK):
        if tok.head.i == tok.i or not _governed(tok):
            return None
        step, tok = tok.dep_, tok.head
        if step == "conj":
            if tok.i in embedded:
                return f"part of what '{tok.text}' shares a frame with"
            continue
        if tok.i in embedded or tok.i in anchors:
            return f"part of what '{tok.text}' is about"
        if tok.i in cands and tok.pos_ in ("VERB", "AUX"):
            mod = modality(tok, frames)
            if mod.intent or mod.hypothetical:
                return f"purpose of the unrealized '{tok.text}'"
    return None


def _governed(tok: Token) -> bool:
    """The token's clause takes its reality from its head: a complement, a purpose or a shared-subject
    coordinate ("will withdraw and release")."""
    if tok.dep_ == "xcomp" or (tok.dep_ == "ccomp" and tok.tag_ == "VB"):  # "help [him oust] Aoun"
        return True
    if tok.dep_ == "advcl":
        return _purpose(tok)
    if tok.dep_ == "conj":
        return not any(x.dep_ in ("nsubj", "nsubjpass") for x in tok.children)
    return False
