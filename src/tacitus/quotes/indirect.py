"""Indirect and mixed speech from the dependency parse: `X said (that) ...`, `according to X, ...`.

Each cue word outside quotation marks goes to its rule; for cue verbs the speaker is the subject (or the
nearest speaker for a subjectless participle) and the content comes from `complements`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from tacitus.quotes.asides import aside_content
from tacitus.quotes.attitudes import attitude_quotes, feeling_quotes
from tacitus.quotes.bounds import backshifted_sequel
from tacitus.quotes.complements import WH_TAGS, content_parts, content_tokens
from tacitus.quotes.cues import Cues
from tacitus.quotes.found import Found, Token, heads_time, is_cue_verb, token_runs, token_span
from tacitus.quotes.marks import Quoted
from tacitus.quotes.nouns import noun_quote
from tacitus.quotes.phrases import according_to, hearsay_adverb
from tacitus.quotes.speakers import nearest_speaker, noun_phrase, speaker_of

MIN_COLON_WORDS = 3
# Links from a noun up through the apposition or relative clause that holds it, to the noun they modify.
MODIFIER_PATH = frozenset({"pobj", "prep", "dobj", "appos", "relcl", "compound", "conj"})
# Dependencies the parser gives reported words that open a sentence before `, X said` (`People like
# Scott, he said.`): a second subject, an unattached noun phrase or an adverbial noun.
FRONTED_DEPS = frozenset({"dep", "nsubj", "npadvmod"})
QUOTE_MARKS = frozenset("\"“”‘'«»„")


def indirect_quotes(tokens: Iterable[Token], cues: Cues, lines: Lines) -> Iterator[Found]:
    """Attributions whose content is given by syntax, cued by `tokens` (those outside quotation marks)."""
    for tok in tokens:
        if is_cue_verb(tok, cues) or _mistagged_cue_verb(tok, cues):
            yield from _verb_quote(tok, cues, lines)
            yield from feeling_quotes(tok, cues, lines.around)
        elif tok.lower_ == "according":
            found = according_to(tok)
            if found is not None:
                yield found
        elif tok.lower_ in cues.adverbs and tok.dep_ == "advmod":
            yield from hearsay_adverb(tok, cues, lines.around)
        elif cues.lemma(tok) in cues.nouns and tok.pos_ == "NOUN":
            found = noun_quote(tok, cues)
            if found is not None:
                yield found
        else:
            yield from attitude_quotes(tok, cues, lines.around)


def _mistagged_cue_verb(tok: Token, cues: Cues) -> bool:
    """`..., the retired engineer maintains.`: a cue verb the tagger took for a plural noun, which its
    clausal complement and subject give away."""
    if tok.tag_ not in ("NN", "NNS") or cues.lemma(tok) not in cues.content:
        return False
    deps = {c.dep_ for c in tok.children}
    reports = "ccomp" in deps or ("xcomp" in deps and cues.takes(cues.lemma(tok), "infinitive"))
    return reports and ("nsubj" in deps or _folded_subject(tok) is not None)


def _folded_subject(verb: Token) -> Token | None:
    """`..., the retired engineer maintains.`: the subject a mistagged cue verb swallowed as a compound."""
    if verb.tag_.startswith("VB"):
        return None
    return next((c for c in reversed(list(verb.lefts)) if c.dep_ == "compound" and c.pos_ == "NOUN"), None)


def outside_quotes(parsed: Any, quoted: Sequence[Quoted]) -> list[Token]:
    """The tokens outside quotation marks (nested speech inside a quote is not attributed)."""
    inside: set[int] = set()
    for q in quoted:
        span = parsed.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    return [t for t in parsed if t.i not in inside]


def _verb_quote(verb: Token, cues: Cues, lines: Lines) -> list[Found]:
    lemma = cues.lemma(verb)
    if cues.non_speech_sense(verb):
        return []
    speaker = speaker_of(verb) or _folded_subject(verb) or _subject_before_modifier(verb)
    lo, hi = lines.around(verb)
    if speaker is not None and not lo <= speaker.i < hi:
        speaker = None  # the parse ran across a line break (a headline glued to the dateline)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    guessed = speaker is None and subject is None
    if guessed:
        speaker = nearest_speaker(verb)
        if speaker is None:
            return []
    parts = content_parts(verb, lemma, cues, speaker)
    if parts and subject is not None and subject.lower_ != "it" and subject != speaker:
        parts.append(subject)  # passive: "Smith was accused of ...", "the deal was announced"
    elif not parts and subject is not None and subject != speaker and _reported_subject(subject, lemma, cues):
        parts = [subject]  # "the plan was endorsed by the council", "a curfew was announced"
    reports = cues.takes(lemma, "clause") and not cues.takes(lemma, "topic")
    aside = None if guessed else aside_content(verb, speaker, parts, lo, hi, reports)
    if aside:
        (tokens, speaker), rule = aside, "parenthetical"
    elif parts:
        tokens = content_tokens(verb, parts, cues)
        rule = "verb" if speaker is not None else "passive"
    elif speaker is not None and (after := _after_colon(verb, lines)) is not None:
        # `Jones added: And this from the party's supposed favourite ...` (no quotation marks)
        np = noun_phrase(speaker)
        return [Found(after, "indirect", token_span(verb), np, speaker.idx, "colon-cue", 0.7)]
    elif speaker is not None and verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
        # "The museum, he said, would ..." / "..., Mr. Obama said, whether ...": the reporting clause
        # sits inside the reported one, which may continue after it.
        own = {t.i for t in verb.subtree} - {
            t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree
        }
        tokens = {t.i for t in verb.head.subtree} - own
        rule = "parenthetical"
    elif speaker is not None and reports and (fronted := _fronted_words(verb, speaker, lo)):
        tokens, rule = fronted, "parenthetical"
    elif speaker is not None and reports and (raised := _raised_clause(verb)):
        tokens, rule = raised, "verb"
    else:
        return []
    tokens = {i for i in tokens if lo <= i < hi}
    if rule == "parenthetical" or (
        rule in ("verb", "passive")
        and lemma not in cues.naming_verbs
        and any(p.dep_ == "ccomp" for p in parts)
    ):
        tokens |= backshifted_sequel(verb.doc, tokens, hi, lines.around, cues)
    if _fronted_wh(verb, tokens):
        tokens = {i for i in tokens if i > verb.i or verb.doc[i].tag_ in WH_TAGS}
    elif verb.i in tokens or (verb.dep_ in ("relcl", "acl") and verb.head.i in tokens):
        return []  # the cue is inside its own content
    who = (_speaker_words(speaker, guessed, verb), speaker.idx) if speaker is not None else (None, None)
    conf = 0.6 if speaker is None or guessed else 0.75
    return [
        Found(content, "indirect", token_span(verb), who[0], who[1], rule, conf)
        for content in token_runs(verb.doc, tokens)
    ]


def _subject_before_modifier(verb: Token) -> Token | None:
    """`Smith, the mayor's rival in the election, called for ...`, `One of the doctors who signed the
    letter called him a quack`: a past-tense cue right after an apposition or relative clause that the
    parser read as a participle modifying that clause's last noun; the subject is the noun it all modifies."""
    if (
        verb.dep_ != "acl"
        or verb.tag_ not in ("VBN", "VBD")
        or any(c.dep_.startswith("aux") for c in verb.children)
    ):
        return None
    tok, crossed = verb.head, False
    while tok.dep_ in MODIFIER_PATH and tok.head.i != tok.i:
        crossed = crossed or tok.dep_ in ("appos", "relcl")
        tok = tok.head
    if not crossed or tok.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return None
    return tok if tok.dep_ == "ROOT" or (tok.dep_ == "nsubj" and tok.head.i > verb.i) else None


def _speaker_words(speaker: Token, guessed: bool, verb: Token) -> tuple[int, int]:
    """The speaker's noun phrase; a guessed common noun is only itself, since the parser put it in
    another phrase (`the $5 billion analysts say it will cost`); a phrase that runs over the cue (`One of the
    doctors who signed the letter called ...`) stops before its clause."""
    if guessed and speaker.pos_ == "NOUN":
        return token_span(speaker)
    start, end = noun_phrase(speaker)
    if start <= verb.idx < end:
        clauses = [t.left_edge.i for t in speaker.subtree if t.dep_ in ("relcl", "appos") and t.i > speaker.i]
        last = verb.doc[min(clauses, default=verb.i) - 1]
        end = last.idx + len(last.text)
    return start, end


class Lines:
    """Sentence-and-line bounds of a parsed document, by token index (computed once, then bisected)."""

    def __init__(self, parsed: Any) -> None:
        self.doc = parsed
        self.text = parsed.text  # Doc.text joins every token: read it once
        self.sent_starts = [s.start for s in parsed.sents]
        self.starts = [t.idx for t in parsed]

    def around(self, tok: Token) -> tuple[int, int]:
        """Token index range [lo, hi) of the sentence holding `tok`, cut at line breaks."""
        text = self.text
        k = bisect_right(self.sent_starts, tok.i) - 1
        s_lo = self.sent_starts[k] if k >= 0 else 0
        s_hi = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.doc)
        start = text.rfind("\n", 0, tok.idx) + 1
        end = text.find("\n", tok.idx)
        end = len(text) if end < 0 else end
        lo = max(s_lo, bisect_left(self.starts, start))
        hi = min(s_hi, bisect_left(self.starts, end))
        return lo, max(hi, tok.i + 1)


def _fronted_wh(verb: Token, tokens: set[int]) -> bool:
    """`what she called "a rant"`, `which she said were on the wheel`: the content is the fronted
    wh-word and what follows the cue (brat-style discontinuous content, two runs with one cue)."""
    before = [i for i in tokens if i < verb.i]
    if not before or not any(i > verb.i for i in tokens):
        return False
    doc = verb.doc
    return all(doc[i].tag_ in WH_TAGS or doc[i].is_punct for i in before) and any(
        doc[i].tag_ in WH_TAGS for i in before
    )


def _fronted_words(verb: Token, speaker: Token, lo: int) -> set[int]:
    """`Folks like Maria, she said.`, `These drivers, he explained, were paid fairly`: the reported words
    open the sentence and the parser hung them on the cue; what continues after the reporting clause
    (a conjunct set off by a comma) is said too."""
    doc = verb.doc
    front = next((c for c in verb.lefts if c.dep_ in FRONTED_DEPS and c.i < speaker.i), None)
    if front is None or heads_time(front) or front.right_edge.i + 2 != speaker.left_edge.i:
        return set()  # `On Monday, the governor declined`: when, not what
    if doc[front.right_edge.i + 1].text != ",":
        return set()
    if any(not doc[i].is_punct for i in range(lo, front.left_edge.i)):
        return set()
    tokens = {t.i for t in front.subtree}
    for c in verb.rights:
        if c.dep_ in ("conj", "ccomp") and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",":
            tokens |= {t.i for t in c.subtree}
    return tokens


def _raised_clause(verb: Token) -> set[int]:
    """`While he acknowledged funding was a reason, Ham noted ...`: the parser takes the clause reported
    by a subordinate cue for the clause the cue modifies; with its subject right after the cue, it is
    the content (less the cue's own clause)."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i < verb.i or not any(c.dep_ == "mark" for c in verb.children):
        return set()
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        subject is None
        or subject.left_edge.i != verb.right_edge.i + 1
        or verb.doc[verb.right_edge.i].is_punct
    ):
        return set()
    if any(c.dep_ not in ("prt", "advmod") for c in verb.rights) or any(t.is_punct for t in subject.subtree):
        return set()  # `As he welcomed the guests, Scott was ...`: the comma ends the cue's own clause
    return {t.i for t in head.subtree} - {t.i for t in verb.subtree}


def _after_colon(verb: Token, lines: Lines) -> tuple[int, int] | None:
    """The unquoted text after `X said:` (or `X said in a statement:`), to the end of its paragraph."""
    doc, text = verb.doc, lines.text
    colon = next((t for t in doc[verb.i + 1 : verb.i + 8] if t.is_punct or "\n" in t.text), None)
    if colon is None or colon.text != ":":
        return None
    start = colon.idx + 1
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text) or text[start] in QUOTE_MARKS:
        return None  # a quotation: the direct rules attribute it
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if len(text[start:end].split()) >= MIN_COLON_WORDS else None


def _reported_subject(subject: Token, lemma: str, cues: Cues) -> bool:
    """A passive subject that is what was said (`a curfew was announced`): not a pronoun, and not
    itself an attribution (`her claim that ... has been rejected` is her claim)."""
    if subject.pos_ not in ("NOUN", "PROPN") or not cues.takes(lemma, "object"):
        return False
    if lemma in cues.naming_verbs:
        return False  # `officers can be seen gathered around`: nothing is named
    return not any(
        is_cue_verb(t, cues) or (cues.lemma(t) in cues.nouns and noun_quote(t, cues) is not None)
        for t in subject.subtree
    )
