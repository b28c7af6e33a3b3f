"""Attributions made by a phrase rather than a verb: `according to X`, `allegedly`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tacitus.quotes.cues import Cues
from tacitus.quotes.found import Found, Token, is_cue_verb, token_runs, token_span, trim_tokens
from tacitus.quotes.speakers import noun_phrase

MIN_BEFORE_WORDS = 3  # words of a clause before `according to X` that make it the content
Bounds = Callable[[Token], tuple[int, int]]  # the sentence-and-line token range around a token


def according_to(tok: Token) -> Found | None:
    """`according to X, ...` / `..., according to X`: X is the source of the clause beside the phrase."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        return None
    source = _source(to)
    if source is None:
        return None
    # the phrase is `according to X` itself: a parse that makes `According` the root of its
    # sentence hangs the reported clause on it too
    phrase_lo, phrase_hi = tok.i, _phrase_end(tok, to, source)
    sent = tok.sent
    before = (sent.start, phrase_lo - 1)
    after = (phrase_hi + 1, sent.end - 1)
    doc = tok.doc
    # `X grew, according to Y, more than twice ...`: a clause before the phrase is what Y says
    lo, hi = before if _words_in(doc, *before) >= MIN_BEFORE_WORDS else after
    if _words_in(doc, lo, hi) < MIN_BEFORE_WORDS and phrase_lo == sent.start and sent.start > 0:
        # `Much the same, right? According to the network, anyway.`: the sentence before is the claim
        prev = doc[sent.start - 1].sent
        lo, hi = prev.start, prev.end - 1
    if hi < lo:
        return None
    lo, hi = trim_tokens(doc, lo, hi)
    if hi < lo:
        return None  # only punctuation beside the phrase
    content = (doc[lo].idx, doc[hi].idx + len(doc[hi].text))
    cue = (tok.idx, to.idx + len(to.text))
    return Found(content, "indirect", cue, noun_phrase(source), source.idx, "according-to", 0.8)


def _source(to: Token) -> Token | None:
    """The head noun after `according to`; a parse that reads `show insiders` as a verb phrase
    still has the noun as the verb's object."""
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is not None:
        return source
    return next((t for t in to.subtree if t.i > to.i and t.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _phrase_end(tok: Token, to: Token, source: Token) -> int:
    """Last token of `according to X`: its right edge, cut at the comma after X when the phrase opens
    its sentence and the parse has hung the whole clause on X (`According to X, the plan fails`)."""
    hi = int(to.right_edge.i)
    if tok.i != tok.sent.start or _words_in(tok.doc, hi + 1, tok.sent.end - 1):
        return hi
    comma = next((t.i for t in tok.doc[source.i : hi + 1] if t.text == ","), None)
    return hi if comma is None else int(comma) - 1


def _words_in(doc: Any, lo: int, hi: int) -> int:
    return sum(1 for t in doc[max(lo, 0) : hi + 1] if not t.is_punct and not t.is_space)


def hearsay_adverb(adverb: Token, cues: Cues, bounds: Bounds) -> list[Found]:
    """`X allegedly did Y`: the clause the adverb modifies, less the adverb, with no speaker.

    A clause headed by a cue verb (`reportedly said that ...`) is left to the verb rules.
    """
    head = adverb.head
    if head.i == adverb.i or head.pos_ not in ("VERB", "AUX") or is_cue_verb(head, cues):
        return []
    lo, hi = bounds(adverb)
    tokens = {t.i for t in head.subtree if lo <= t.i < hi} - {adverb.i}
    tokens -= {t.i for t in adverb.doc[adverb.i + 1 : adverb.i + 2] if t.is_punct}
    return [
        Found(content, "indirect", token_span(adverb), None, None, "adverb", 0.6)
        for content in token_runs(adverb.doc, tokens)
    ]
