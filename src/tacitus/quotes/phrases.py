"""Attributions made by a phrase rather than a verb: `according to X`, `allegedly`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tacitus.quotes.cues import Cues
from tacitus.quotes.found import Found, Token, is_cue_verb, token_runs, token_span, trim_tokens
from tacitus.quotes.speakers import noun_phrase

MIN_BEFORE_WORDS = 3  # words of a clause before `according to X` that make it the content
OWN_CONTENT_DEPS = frozenset({"ccomp", "dobj", "xcomp", "oprd", "attr"})
TOPIC_PREPS = frozenset({"for", "about", "of", "on", "over", "against", "regarding"})
CLAUSE_BREAKS = frozenset({":", "-", "--", "—", "–"})
LEADING_ADVERBS = frozenset({"yet", "still", "but", "and", "so", "indeed", "now", "if"})
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
    before = (_after_break(doc, *before), before[1])
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


def _after_break(doc: Any, lo: int, hi: int) -> int:
    """Start of the clause before `according to X`: after the last colon or dash between words before the
    phrase (`Among the findings: X is ...`, `... a fight - which it usually is, according to Y`)."""
    breaks = [t.i for t in doc[max(lo, 0) : hi + 1] if t.text in CLAUSE_BREAKS and _spaced(doc, t)]
    if not breaks or _words_in(doc, breaks[-1] + 1, hi) < MIN_BEFORE_WORDS:
        return lo
    return int(breaks[-1]) + 1


def _spaced(doc: Any, t: Token) -> bool:
    """A punctuation token set off from the word before it (`early-morning` holds a hyphen, not a dash)."""
    return t.text != "-" or (t.i > 0 and bool(doc[t.i - 1].whitespace_))


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


def as_clause(mark: Token, cues: Cues, bounds: Bounds) -> Found | None:
    """`..., as police have said` / `As X put it, ...`: a reporting verb in an `as` clause with no
    content of its own attributes the clause it modifies (less the `as` clause) to its subject.

    A temporal `as` with content of its own (`as she praised the plan`) is left to the verb rules.
    """
    verb = mark.head
    if mark.dep_ != "mark" or verb.i == mark.i or verb.dep_ != "advcl" or verb.left_edge.i != mark.i:
        return None
    lemma = cues.lemma(verb)
    reporting = is_cue_verb(verb, cues) and cues.takes(lemma, "clause") and not cues.takes(lemma, "topic")
    if not (reporting or _puts_it(verb)):
        return None  # `as they spoke to the crowd`, `as they talked`: when, not who said so
    hearer = lemma in cues.addressee_verbs  # `as she told reporters`
    if any(
        c.dep_ in OWN_CONTENT_DEPS and not _puts_it(verb) and not (hearer and c.dep_ == "dobj")
        for c in verb.children
    ):
        return None
    if any(c.dep_ == "prep" and c.lower_ in TOPIC_PREPS for c in verb.children):
        return None  # `as she called for ...`: the verb has a topic of its own
    host = verb.head
    if (
        is_cue_verb(host, cues)
        and cues.takes(cues.lemma(host), "clause")
        and any(c.dep_ == "ccomp" for c in host.children)
    ):
        return None  # `X, the treasurer said, as lawmakers argued`: the clause is already reported
    clause = {t.i for t in verb.subtree}
    after = max(clause) + 1
    if after < len(verb.doc) and not verb.doc[after].is_punct and not verb.doc[after - 1].is_punct:
        return None  # a reporting `as` clause is set off by a comma or ends the sentence
    lo, hi = bounds(mark)
    tokens = sorted(t.i for t in host.subtree if lo <= t.i < hi and t.i not in clause)
    while tokens and (
        host.doc[tokens[0]].dep_ in ("cc", "mark", "punct") or host.doc[tokens[0]].lower_ in LEADING_ADVERBS
    ):
        tokens.pop(0)
    if len(tokens) < MIN_BEFORE_WORDS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    who = subject if subject is not None else _in_source(verb)  # not `as (might be) expected`
    if who is None:
        return None
    runs = token_runs(host.doc, set(tokens))  # `After all, as we saw, banks ...`: the clause, not `After all`
    if not runs:
        return None
    content = max(runs, key=lambda r: r[1] - r[0])
    return Found(content, "indirect", token_span(verb), noun_phrase(who), who.idx, "as-clause", 0.75)


def _puts_it(verb: Token) -> bool:
    """`as X put it`: a reporting use of `put`."""
    objects = [c.lower_ for c in verb.children if c.dep_ == "dobj"]
    return verb.lemma_ == "put" and objects == ["it"]


def _in_source(verb: Token) -> Token | None:
    """`as shown by X`, `as stated in the report`: the source of a passive reporting verb."""
    for prep in sorted(verb.children, key=lambda c: c.dep_ != "agent"):
        if prep.dep_ == "agent" or (prep.dep_ == "prep" and prep.lower_ in ("in", "by")):
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def pro_form(verb: Token, cues: Cues) -> Found | None:
    """`X said as much`, `Y doesn't think so`: a pro-form stands for the reported clause."""
    if not (is_cue_verb(verb, cues) and cues.takes(cues.lemma(verb), "clause")):
        return None
    form = next((c for c in verb.children if c.i > verb.i and _is_pro_form(c)), None)
    if form is None:
        return None
    who = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if who is None or who.tag_ in ("WP", "WDT"):
        return None
    lo = form.i - 1 if form.lower_ == "much" else form.i
    content = (verb.doc[lo].idx, form.idx + len(form.text))
    return Found(content, "indirect", token_span(verb), noun_phrase(who), who.idx, "pro-form", 0.7)


def _is_pro_form(tok: Token) -> bool:
    doc = tok.doc
    if tok.lower_ == "so" and tok.dep_ == "advmod":
        return not any(True for _ in tok.children)  # not `so much that ...`
    if tok.lower_ != "much" or tok.i == 0 or doc[tok.i - 1].lower_ != "as" or doc[tok.i - 1].head.i != tok.i:
        return False
    return not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "as")  # `as much as ...`: a comparison
