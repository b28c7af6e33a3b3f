"""Speakers: the subject of a cue verb, its noun phrase, and the actor mention it refers to."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from tacitus.model import Mention, Span

Token = Any  # a spaCy Token (spaCy ships no type stubs)

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# A participle or conjunct cue ("..., saying that", "and added") borrows its head's subject.
BORROWING_DEPS = frozenset({"advcl", "conj", "xcomp", "ccomp", "pcomp"})
# Words of a speaker's noun phrase: "the senior Chinese official", "Hillary Clinton's campaign manager".
NP_LEFT_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case", "advmod"})
NP_RIGHT_DEPS = frozenset({"compound", "flat", "case"})
OBJECT_PREPS = frozenset({"of", "for", "against", "with", "to", "as"})
DUMMY_SUBJECTS = frozenset({"it", "there", "this", "that"})  # "It is hard to ... without knowing ..."
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"})


def speaker_of(verb: Token, depth: int = 0) -> Token | None:
    """The head token of whoever performs the speech act `verb`, or None."""
    for child in _subjects(verb):
        if child.dep_ in SUBJECT_DEPS:
            if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                return verb.head  # "Smith, who said ..." -> Smith
            if child.dep_ == "nsubjpass":
                return _agent(verb)
            return child
    agent = _agent(verb)
    if agent is not None:
        return agent
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and depth < 2:
        # "China said it was opposed and warned ...": the second cue continues the reporting verb
        return speaker_of(verb.head.head, depth + 1)
    if verb.dep_ in ("conj", "xcomp", "advcl") and depth < 2 and verb.head.i != verb.i:
        # "China praises Russia, accuses Washington of ...": the object is not an inverted subject
        return speaker_of(verb.head, depth + 1)
    if depth < 2 and verb.dep_ == "pcomp":  # "began by saying ...", "steering clear of criticizing ..."
        host = _verb_above(verb.head)
        held = _held_back(verb.head, host)
        if held is not None:
            return held
        if host.pos_ in ("VERB", "AUX"):
            who = speaker_of(host, depth + 1) or _passive_subject(host)
            return who if who is not None and who.lower_ not in DUMMY_SUBJECTS else None
        # "his campaign theme of questioning ..."
        return next((c for c in host.children if c.dep_ == "poss" and c.pos_ in ("PRON", "PROPN")), None)
    if depth < 2 and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "filed papers opposing the unsealing" -> the filer; "a statement announcing ..." -> the statement
        noun = verb.head
        if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            return speaker_of(noun.head, depth + 1) or noun
        return noun
    for child in verb.rights:  # inverted order in newswire: "... said Smith"
        if (
            child.dep_ in ("dobj", "attr", "npadvmod")
            and child.pos_ == "PROPN"
            and not _has_content_after(child)
        ):
            return child
    if depth < 2 and verb.dep_ == "acomp" and verb.head.i != verb.i:
        # "was able to tout ...", "has been quick to reject ...": the adjective's subject ("it is worth
        # noting" names nobody)
        who = speaker_of(verb.head, depth + 1)
        return who if who is not None and who.lower_ not in DUMMY_SUBJECTS else None
    if depth < 2 and verb.dep_ in BORROWING_DEPS and verb.head.i != verb.i:
        return speaker_of(verb.head, depth + 1)
    if verb.dep_ == "relcl" and verb.head.i != verb.i:
        return verb.head
    return None


def _verb_above(prep: Token) -> Token:
    """The verb a participle's preposition hangs on, through an adverb (`aside from saying ...`)."""
    host = prep.head
    for _ in range(2):
        if host.pos_ in ("VERB", "AUX") or host.dep_ not in ("advmod", "prep") or host.head.i == host.i:
            break
        host = host.head
    return host


def _held_back(prep: Token, host: Token) -> Token | None:
    """`kept him from saying ...`, `barred the envoy from calling ...`: the object held back is who speaks."""
    if prep.lower_ != "from" or prep.head.i != host.i:
        return None
    return next((c for c in host.children if c.dep_ == "dobj" and c.i < prep.i), None)


def _passive_subject(host: Token) -> Token | None:
    """`After saying ..., she was whisked off`: the passive subject of the clause a participle modifies."""
    if _agent(host) is not None:
        return None
    return next((c for c in host.children if c.dep_ == "nsubjpass" and c.pos_ in ("PRON", "PROPN")), None)


def _subjects(verb: Token) -> list[Token]:
    """The verb's children, its subject nearest before it first (a dateline the parser took for a
    second subject, `BEIJING, March 2 - Chinese Foreign Minister Wang Yi praised`, comes last)."""
    children = list(verb.children)
    before = sorted((c for c in children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), key=lambda c: -c.i)
    return before + [c for c in children if not (c.dep_ in SUBJECT_DEPS and c.i < verb.i)]


def nearest_speaker(verb: Token) -> Token | None:
    """A fallback speaker when the parse lost the subject: the noun right before a finite verb.

    `... in a meeting with the editors of the Boston Globe Smith said that ...`: the parser reads
    Smith as part of the newspaper's name; the word before the verb is still who spoke.
    """
    if verb.tag_ not in FINITE_TAGS or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children):
        return None
    i = verb.i - 1
    while i >= 0 and verb.doc[i].dep_ in ("aux", "neg", "advmod") and verb.doc[i].head.i == verb.i:
        i -= 1
    if i < 0:
        return None
    tok = verb.doc[i]
    if tok.pos_ not in ("PROPN", "PRON", "NOUN") or tok.tag_ in ("WP", "WDT"):
        return None
    return tok


def _has_content_after(obj: Token) -> bool:
    """ "accuses Washington of ...", "urged Smith to ...": the name is the object, not the speaker."""
    return any(
        c.i > obj.i and (c.dep_ in ("xcomp", "oprd") or (c.dep_ == "prep" and c.lower_ in OBJECT_PREPS))
        for c in obj.head.rights
    )


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def noun_phrase(head: Token) -> tuple[int, int]:
    """Character span of the compact noun phrase of `head` (no appositions or relative clauses)."""
    start_tok, end_tok = head, head
    for child in head.lefts:
        if child.dep_ in NP_LEFT_DEPS:
            first = child.left_edge
            if first.i < start_tok.i:
                start_tok = first
    for child in head.rights:
        # "the lawyer Mark Rowe": an apposition with no comma is part of the name
        tight_appos = child.dep_ == "appos" and child.left_edge.i == end_tok.i + 1
        if child.dep_ in NP_RIGHT_DEPS or tight_appos or (child.dep_ == "prep" and child.lower_ == "of"):
            last = child.right_edge
            if last.i > end_tok.i:
                end_tok = last
    return start_tok.idx, end_tok.idx + len(end_tok.text)


def is_pronoun(head: Token) -> bool:
    return bool(head.lower_ in PRONOUNS or head.pos_ == "PRON")


class MentionIndex:
    """Mentions sorted by offset, with lookups by span and through coreference chains."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]
        self.max_len = max((m.end - m.start for m in self.mentions), default=0)
        self.chains: dict[int, list[Mention]] = {}
        for m in self.mentions:
            if m.entity is not None:
                self.chains.setdefault(m.entity, []).append(m)

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """Mentions overlapping [start, end)."""
        lo = bisect_right(self.starts, start - self.max_len - 1)
        hi = bisect_right(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.start < end and m.end > start]

    def resolve(self, span: Span, head_char: int) -> Mention | None:
        """The mention for a speaker span: the one at its head, coded through its chain if need be."""
        found = self.overlapping(span.start, span.end)
        if not found:
            return None
        at_head = [m for m in found if m.start <= head_char < m.end]
        pool = at_head or found
        best = next((m for m in pool if m.actor.code), pool[0])
        if best.actor.code or best.entity is None:
            return best
        return self.coded_in_chain(best) or best

    def coded_in_chain(self, mention: Mention) -> Mention | None:
        """The nearest coded mention of the same coreference chain (preferring earlier ones)."""
        if mention.entity is None:
            return None
        chain = [m for m in self.chains.get(mention.entity, ()) if m.actor.code]
        if not chain:
            return None
        before = [m for m in chain if m.start <= mention.start]
        return before[-1] if before else chain[0]
