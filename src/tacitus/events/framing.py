"""Frames: triggers that embed another event ("threatened to impose sanctions" is one threat, not a sanction).

A frame trigger's content is its complement clause, object noun or prepositional object; the frame's code is
its mapping table applied to the embedded event's code (frames.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tacitus.events.arguments import children, headline_lead, same_token
from tacitus.events.candidates import Candidate, refine_by_object
from tacitus.events.lexicon import Lexicon

Token = Any
MAPPING_FRAMES = frozenset(
    {"intent", "threat", "appeal", "demand", "reject", "accuse", "deny", "yield", "support", "oppose"}
)
# Frames that see through an embedded promise to the act promised: "refused to commit to aid" rejects aid.
TRANSPARENT_INTENT = frozenset({"reject", "appeal", "demand", "yield"})
CONTENT_PREPS = frozenset({"of", "for", "with", "to", "against", "on", "about", "from"})
# Verbs of agreement: with a that-clause that is no cooperative act ("agreed that a settlement was urgently
# needed") they express accord (CAMEO 019: concur on an issue without commitment), not intent (030).
ACCORD_VERBS = frozenset({"agree", "concur"})
ACCORD = "019"
# Aspect verbs pass their complement through: "vowed to [continue fighting]", "prepared to [resume shelling]".
ASPECTUAL = frozenset({"resume", "continue", "start", "begin", "keep"})
# Preparing an attack is a force posture, not a promise or a verbal threat (PLOVER MOBILIZE: "military
# posturing ... a demonstration of military capabilities and readiness"; THREATEN "is typically verbal").
PREPARE_VERBS = frozenset({"prepare"})
CONFLICT_ROOTS = frozenset({"18", "19", "20"})
POSTURE = "150"


@dataclass
class Frame:
    """A resolved frame: its code, the rule that fired, and the candidate it embeds (if any)."""

    code: str
    rule: str
    embedded: Candidate | None


def resolve_frames(cands: dict[int, Candidate], lex: Lexicon) -> tuple[dict[int, Frame], dict[int, int]]:
    """Frame code per frame anchor, and embedded anchor -> frame anchor (innermost first)."""
    frames: dict[int, Frame] = {}
    embedded_by: dict[int, int] = {}
    order = sorted(cands.values(), key=lambda c: -_depth(c.anchor))
    for c in order:
        if c.entry.frame not in MAPPING_FRAMES:
            continue
        inner = frame_content(c, cands)
        if inner is None or inner.anchor.i in embedded_by:
            frames[c.anchor.i] = Frame(_accord(c) or c.entry.cameo, c.rule(), None)
            continue
        inner_code = _inner_code(c, inner, frames, lex)
        mapped = _posture(c, inner_code) or lex.frames.map_code(c.entry.frame or "", inner_code)
        code = mapped or _accord(c) or c.entry.cameo
        frames[c.anchor.i] = Frame(code, f"{c.rule()}[{c.entry.frame}]<{inner.rule()}", inner)
        embedded_by[inner.anchor.i] = c.anchor.i
    return frames, embedded_by


def frame_content(c: Candidate, cands: dict[int, Candidate]) -> Candidate | None:
    """The event a frame trigger embeds: its complement clause, object noun or prepositional object."""
    a = c.anchor
    own = cands.get(c.noun.i) if c.kind == "verb" and c.noun is not None else None
    if own is not None and own.entry.frame in MAPPING_FRAMES:  # "accepted [demands] for reform"
        return own
    lead = headline_lead(a)
    pool: list[Token] = [x for x in children(a, "xcomp", "ccomp") if not same_token(x, lead)]
    pool += [x for x in children(a, "advcl") if _infinitive(x)]  # "sworn to fight" parsed as advcl
    for x in children(a, "acomp"):
        pool += children(x, "xcomp")
    if c.noun is not None:
        pool += children(c.noun, "acl", "relcl", "xcomp")
    pool += [o for o in children(a, "dobj", "nsubjpass") if not same_token(o, c.noun)]
    for host in c.hosts:
        for p in children(host, "prep"):
            if p.lower_ in CONTENT_PREPS:
                pool += children(p, "pobj", "pcomp")
    if c.entry.frame == "accuse":  # "accused [the rebels of kidnapping]": the of-phrase on the accused
        pool += [
            x
            for o in children(a, "dobj")
            for p in children(o, "prep")
            if p.lower_ in ("of", "for")
            for x in children(p, "pobj", "pcomp")
        ]
    if c.kind == "noun":
        pool += children(a, "acl")
    pool += [
        x for tok in pool if tok.i not in cands and tok.lemma_ in ASPECTUAL for x in children(tok, "xcomp")
    ]
    for tok in pool:
        hit = cands.get(tok.i) or light_owner(tok, cands)
        if hit is not None and hit is not c and hit.entry.frame != "say":
            return hit
    return None


def light_owner(tok: Token, cands: dict[int, Candidate]) -> Candidate | None:
    """The light-verb candidate whose event noun `tok` is ("held [talks]"), if any."""
    head = cands.get(tok.head.i)
    return head if head is not None and same_token(head.noun, tok) and head.kind == "light" else None


def embedded_chain(frame: Frame | None, lex: Lexicon) -> list[tuple[Candidate, str]]:
    """The frame's embedded candidate with its object-refined code, or nothing."""
    inner = frame.embedded if frame else None
    return [(inner, refine_by_object(inner, lex))] if inner is not None else []


def _inner_code(c: Candidate, inner: Candidate, frames: dict[int, Frame], lex: Lexicon) -> str:
    """The embedded event's code; a promise inside a refusal, appeal or demand is see-through: "refused
    to commit to assistance" rejects the assistance (122), as "refused assistance" does."""
    frame = frames.get(inner.anchor.i)
    if frame is None:
        return refine_by_object(inner, lex)
    if inner.entry.frame == "intent" and c.entry.frame in TRANSPARENT_INTENT and frame.embedded is not None:
        return _inner_code(inner, frame.embedded, frames, lex)
    return frame.code


def _accord(c: Candidate) -> str | None:
    """CAMEO 019 for an agreement verb whose complement is a finite clause, not a to-infinitive."""
    if c.kind != "verb" or c.entry.frame != "intent" or c.anchor.lemma_.lower() not in ACCORD_VERBS:
        return None
    finite = [x for x in children(c.anchor, "ccomp") if children(x, "nsubj", "nsubjpass", "expl", "mark")]
    return ACCORD if finite else None


def _posture(c: Candidate, inner_code: str) -> str | None:
    """CAMEO 150 for a verb of preparing whose content is an attack: "the army prepared to shell X"; the
    adjective ("is prepared to fight") states a willingness, a threat."""
    if (
        c.kind != "verb"
        or c.anchor.lemma_.lower() not in PREPARE_VERBS
        or inner_code[:2] not in CONFLICT_ROOTS
    ):
        return None
    return None if children(c.anchor, "auxpass", "cop") or c.anchor.dep_ == "acomp" else POSTURE


def _infinitive(verb: Token) -> bool:
    return bool(verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d
