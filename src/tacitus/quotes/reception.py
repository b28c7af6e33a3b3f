"""Criticism received: `X faced sharp criticism for ...`, `X drew criticism`, `X came under scrutiny`.

The noun names what others said about X; those others are the speaker when a `from` phrase names them
(`faced criticism from unions`), else nobody is named. What was criticised is the `for`/`over`/`about`/
`on` complement when there is one (`took heat for his remarks`), else X itself (`the clip faced ridicule`).
"""

from __future__ import annotations

from tacitus.quotes.found import Found, Token, token_span, trim_tokens
from tacitus.quotes.speakers import noun_phrase

# Verbs whose subject is the target of the criticism their object names: "X faced criticism".
RECEIVING_VERBS = frozenset({"attract", "draw", "face", "receive", "take"})
# "X came under scrutiny", "X fell under criticism": the noun is the object of `under`.
UNDER_VERBS = frozenset({"come", "fall"})
GROUND_PREPS = frozenset({"for", "over", "about", "on"})
RELATIVES = frozenset({"WP", "WDT", "WP$"})
RECEPTION_CONFIDENCE = 0.6


def reception_quote(noun: Token) -> Found | None:
    """The attribution of a criticism noun received by the subject of its verb, or None."""
    verb = _receiving_verb(noun)
    if verb is None:
        return None
    after = [*noun.rights, *(c for c in verb.rights if c.i > noun.i)]
    ground = _prep_object(after, GROUND_PREPS)
    source = _prep_object(after, frozenset({"from"}))
    if ground is not None:
        prep = ground.head
        tokens = [t.i for t in prep.subtree if t.i > prep.i]
    else:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.tag_ in RELATIVES or any(c.tag_ in RELATIVES for c in subject.lefts):
            return None  # "whose own conduct came under scrutiny": the target is outside the clause
        tokens = [t.i for t in subject.subtree]
    doc = noun.doc
    lo, hi = trim_tokens(doc, min(tokens), max(tokens))
    if hi < lo:
        return None
    span = (doc[lo].idx, doc[hi].idx + len(doc[hi].text))
    who = (noun_phrase(source), source.idx) if source is not None else (None, None)
    return Found(span, "indirect", token_span(noun), who[0], who[1], "noun", RECEPTION_CONFIDENCE)


def _receiving_verb(noun: Token) -> Token | None:
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in RECEIVING_VERBS:
        return head
    if noun.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in UNDER_VERBS:
        return head.head
    return None


def _prep_object(deps: list[Token], preps: frozenset[str]) -> Token | None:
    for c in deps:
        if c.dep_ == "prep" and c.lower_ in preps:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return obj
    return None
