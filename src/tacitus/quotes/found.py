"""The intermediate result of the attribution rules, before speakers are resolved to mentions."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

from tacitus.model import QuoteKind
from tacitus.quotes.cues import Cues

Token = Any  # a spaCy Token
QUOTE_CHARS = frozenset("\"'“”‘’«»„")  # quotation marks, straight and curly, any side


@dataclass(frozen=True)
class Found:
    """One attribution found by a rule: character spans into the document text."""

    content: tuple[int, int]
    kind: QuoteKind
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None  # the speaker words
    speaker_head: int | None  # character offset of the speaker's head word
    rule: str
    confidence: float


class Tokens:
    """Character-offset lookups over a spaCy Doc (binary search, no per-character tables)."""

    def __init__(self, parsed: Any) -> None:
        self.doc = parsed
        self.starts = [t.idx for t in parsed]

    def at_or_after(self, char: int) -> int:
        """Index of the first token starting at or after `char` (len(doc) if none)."""
        return bisect_left(self.starts, char)

    def before(self, char: int) -> int:
        """Index of the last token starting before `char` (-1 if none)."""
        return bisect_right(self.starts, char - 1) - 1

    def span_tokens(self, start: int, end: int) -> list[Token]:
        lo = bisect_right(self.starts, start) - 1
        lo = max(lo, 0)
        hi = bisect_left(self.starts, end)
        return [t for t in self.doc[lo:hi] if t.idx + len(t.text) > start]


def token_span(tok: Token) -> tuple[int, int]:
    return tok.idx, tok.idx + len(tok.text)


def is_cue_verb(tok: Token, cues: Cues) -> bool:
    """A verb (as tagged) whose lemma is a cue; participles tagged as adjectives do not count."""
    return bool(tok.tag_.startswith("VB") and cues.lemma(tok) in cues.content)


def heads_time(tok: Token) -> bool:
    """ "on Tuesday", "last week": a phrase whose head noun is a date or time (a prepositional phrase
    counts by its object: "to the 1994 crime bill" is a topic, not a time)."""
    head = next((c for c in tok.children if c.dep_ == "pobj"), tok) if tok.dep_ == "prep" else tok
    return bool(head.ent_type_ in ("DATE", "TIME"))


def trim_tokens(doc: Any, lo: int, hi: int) -> tuple[int, int]:
    """Drop punctuation and spaces at both ends of a token range (quote marks are kept when paired)."""
    while lo <= hi and (doc[lo].is_punct or doc[lo].is_space) and not doc[lo].is_quote:
        lo += 1
    while hi >= lo and (doc[hi].is_punct or doc[hi].is_space) and not doc[hi].is_quote:
        hi -= 1
    return lo, hi


def token_runs(doc: Any, tokens: set[int]) -> list[tuple[int, int]]:
    """Contiguous runs of `tokens` as character spans, trimmed, holding a word."""
    out: list[tuple[int, int]] = []
    if not tokens:
        return out
    ordered = sorted(tokens)
    start = prev = ordered[0]
    for i in [*ordered[1:], None]:
        if i is not None and i == prev + 1:
            prev = i
            continue
        lo, hi = trim_tokens(doc, start, prev)
        if hi >= lo and any(not doc[k].is_punct for k in range(lo, hi + 1)):
            out.append((doc[lo].idx, doc[hi].idx + len(doc[hi].text)))
        if i is not None:
            start = prev = i
    return out
