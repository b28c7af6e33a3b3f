"""Indirect and mixed speech from the dependency parse: `X said (that) ...`, `according to X, ...`.

The content of a cue verb is its clausal complement (ccomp); speech-act verbs (`urge`, `accuse`,
`deny`...) also take objects, infinitives and prepositional complements. The speaker is the subject.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from tacitus.quotes.cues import Cues
from tacitus.quotes.found import Found, Token, is_cue_verb, token_span
from tacitus.quotes.marks import Quoted
from tacitus.quotes.speakers import noun_phrase, speaker_of

CLAUSE_DEPS = frozenset({"ccomp"})
OBJECT_DEPS = frozenset({"ccomp", "dobj", "xcomp", "oprd", "prep"})
CONTENT_PREPS = frozenset({"of", "for", "about", "against", "as"})
MIN_TOKENS = 2


def indirect_quotes(
    parsed: Any, quoted: Sequence[Quoted], cues: Cues, used_cues: set[int]
) -> Iterator[Found]:
    """Attributions whose content is given by syntax; cue tokens in `used_cues` are skipped."""
    inside = _inside_quotes(parsed, quoted)
    for tok in parsed:
        if tok.i in used_cues or tok.i in inside:
            continue
        if is_cue_verb(tok, cues.verbs):
            yield from _verb_quote(tok, cues)
        elif tok.lower_ == "according":
            found = _according_to(tok)
            if found is not None:
                yield found
        elif tok.lemma_.lower() in cues.nouns and tok.pos_ == "NOUN":
            found = _noun_quote(tok)
            if found is not None:
                yield found


def _inside_quotes(parsed: Any, quoted: Sequence[Quoted]) -> set[int]:
    """Token indices inside quotation marks (nested speech inside a quote is not attributed)."""
    out: set[int] = set()
    for q in quoted:
        span = parsed.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def _verb_quote(verb: Token, cues: Cues) -> list[Found]:
    lemma = verb.lemma_.lower()
    speaker = speaker_of(verb)
    if speaker is None:
        return []
    deps = OBJECT_DEPS if lemma in cues.object_verbs else CLAUSE_DEPS
    parts = [
        c
        for c in verb.children
        if c.dep_ in deps
        and (c.dep_ != "prep" or c.lower_ in CONTENT_PREPS)
        and not (c.left_edge.i <= speaker.i <= c.right_edge.i)
    ]
    if parts and all(p.dep_ == "dobj" and p.pos_ in ("PROPN", "PRON") for p in parts):
        parts = []  # "warned Japan", "urged him": the addressee alone is not what was said
    if parts:
        tokens = {t.i for p in parts for t in p.subtree}
        rule = "verb"
    elif verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
        # "The museum, he said, would ..." / "..., Mr. Obama said, whether ...": the reporting clause
        # sits inside the reported one, which may continue after it.
        own = {t.i for t in verb.subtree} - {
            t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree
        }
        tokens = {t.i for t in verb.head.subtree} - own
        rule = "parenthetical"
    else:
        return []
    if verb.i in tokens or (verb.dep_ == "relcl" and verb.head.i in tokens):
        return []  # "what he called tribalism": the cue is inside its own content
    return [
        Found(content, "indirect", token_span(verb), noun_phrase(speaker), speaker.idx, rule, 0.75)
        for content in _runs(verb.doc, tokens)
    ]


def _runs(doc: Any, tokens: set[int]) -> list[tuple[int, int]]:
    """Contiguous runs of `tokens` as character spans, trimmed, of at least MIN_TOKENS tokens."""
    out: list[tuple[int, int]] = []
    ordered = sorted(tokens)
    start = prev = ordered[0] if ordered else 0
    for i in [*ordered[1:], None]:
        if i is not None and i == prev + 1:
            prev = i
            continue
        lo, hi = _trim(doc, start, prev)
        if hi - lo + 1 >= MIN_TOKENS:
            out.append((doc[lo].idx, doc[hi].idx + len(doc[hi].text)))
        if i is not None:
            start = prev = i
    return out


def _according_to(tok: Token) -> Found | None:
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    phrase_lo, phrase_hi = tok.left_edge.i, tok.right_edge.i
    sent = tok.sent
    before = (sent.start, phrase_lo - 1)
    after = (phrase_hi + 1, sent.end - 1)
    lo, hi = max((before, after), key=lambda r: r[1] - r[0])
    doc = tok.doc
    if hi < lo:
        return None
    lo, hi = _trim(doc, lo, hi)
    if hi - lo + 1 < MIN_TOKENS:
        return None
    content = (doc[lo].idx, doc[hi].idx + len(doc[hi].text))
    cue = (tok.idx, to.idx + len(to.text))
    return Found(content, "indirect", cue, noun_phrase(source), source.idx, "according-to", 0.8)


def _noun_quote(noun: Token) -> Found | None:
    """ "his claim that ...": a speech noun with a `that` clause; the speaker is its possessor."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and _has_that(c)), None)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if clause is None or owner is None:
        return None
    lo, hi = _trim(noun.doc, clause.left_edge.i, clause.right_edge.i)
    if hi - lo + 1 < MIN_TOKENS:
        return None
    doc = noun.doc
    content = (doc[lo].idx, doc[hi].idx + len(doc[hi].text))
    return Found(content, "indirect", token_span(noun), noun_phrase(owner), owner.idx, "noun", 0.7)


def _has_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _trim(doc: Any, lo: int, hi: int) -> tuple[int, int]:
    """Drop punctuation and spaces at both ends of a token range (quote marks are kept when paired)."""
    while lo <= hi and (doc[lo].is_punct or doc[lo].is_space) and not doc[lo].is_quote:
        lo += 1
    while hi >= lo and (doc[hi].is_punct or doc[hi].is_space) and not doc[hi].is_quote:
        hi -= 1
    return lo, hi
