"""Speech and attitude nouns: `his claim that ...`, `Smith's plan to ...`, `her criticism of ...`.

A noun of the lexicon is a cue when it has a speaker — a possessor (`Smith's`), an agent (`by the
ministry`), the subject of a light verb (`the ministry issued a warning that ...`) or of a holding verb
(`investors have doubts about ...`), or, in a copular sentence, an `of` phrase (`the view of the
ministry is that ...`) — and a content: a `that` clause, an infinitive, or a prepositional complement
(`of`, `about`, `for`, `against`, `on`, `over`; also `in`/`with` after a held attitude: `her faith in
...`). A `from`/`among` phrase also names the speaker (`warnings from economists that ...`), and `raise`/
`answer` count as light verbs when a person or group is their subject (`Smith raised questions about
...`); after `its` only a clause or an infinitive is content (`its plan to ...`, not `its forecast for
...`). With no speaker, a `that` clause is still content, its holder unnamed (`fears that ...`, `there
was speculation that ...`, `concerns were raised that ...`), and so is the infinitive of a request or
commitment noun (`calls to close the border`); an attitude noun in a manner phrase is held by the
clause's subject (`they left with hopes of a deal`).
"""

from __future__ import annotations

from tacitus.quotes.acts import is_agent
from tacitus.quotes.asides import side_remarks
from tacitus.quotes.cues import Cues, load_cues
from tacitus.quotes.found import QUOTE_CHARS, Found, Token, token_span, trim_tokens
from tacitus.quotes.reception import reception_quote
from tacitus.quotes.speakers import noun_phrase, speaker_of

# Verbs whose subject is the author of their speech-noun object: "X issued a warning that ...", and
# the parties to an agreement they make: "X signed an agreement to ...".
LIGHT_VERBS = frozenset(
    {
        "make",
        "issue",
        "express",
        "voice",
        "give",
        "repeat",
        "reiterate",
        "renew",
        "deliver",
        "level",
        "release",
        "unveil",
        "lodge",
        "file",
        "announce",
        "post",
        "publish",
        "outline",
        "put",
        "send",
        "sign",
        "reach",
        "strike",
        "extract",
        "conclude",
        "negotiate",
    }
)
# Verbs whose subject holds the attitude their noun object names: "X has doubts about ...".
HOLDING_VERBS = frozenset({"have", "hold", "harbor", "harbour"})
# Light verbs whose subject is the author only when it is a person or a group: `Smith raised questions
# about ...`, `she answered questions about ...`, but `the decision raises questions about ...`.
AGENT_LIGHT_VERBS = frozenset({"raise", "answer"})
# Prepositions after the noun that name who holds or voices it: `warnings from economists that ...`,
# `fears among investors that ...`.
SOURCE_PREPS = frozenset({"from", "among"})
# Prepositions of a manner phrase whose attitude noun the clause's subject holds: `they left with hopes of a
# deal`, `he acted in the belief that ...`.
MANNER_PREPS = frozenset({"in", "with"})
CONTENT_PREPS = frozenset({"of", "about", "for", "against", "on", "over"})
# Prepositions that state what an attitude is about only after a held-attitude noun (`her faith in ...`,
# `his obsession with ...`); after a speech noun they give a place or an occasion (`his remarks in Paris`).
HELD_PREPS = frozenset({"in", "with"})
CLAUSE_MARKS = frozenset({"that", "whether", "if"})
# A time phrase set off at the end of a clause content says when, not what: `..., after the vote`.
TIME_PREPS = frozenset({"after", "before", "since", "until", "following", "during", "amid"})
# Concessive prepositions: their phrase is what the clause goes against, not what its subject pursues.
SETTING_PREPS = frozenset({"despite", "notwithstanding"})
SPEAKER_POS = frozenset({"PRON", "PROPN", "NOUN"})
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
NOUN_CONFIDENCE = 0.7
UNNAMED_CONFIDENCE = 0.6


def noun_quote(noun: Token, cues: Cues | None = None) -> Found | None:
    """The attribution a speech or attitude noun introduces, or None."""
    cues = cues or load_cues()
    if cues.lemma(noun) in cues.reception_nouns:
        received = reception_quote(noun)  # `X faced criticism for ...`: what others said about X
        if received is not None:
            return received
    copular = _copular_clause(noun)
    speaker = _speaker(noun, copular is not None, cues)
    if speaker is None:
        speaker, content = _unnamed(noun, cues)
    else:
        held = cues.lemma(noun) in cues.attitude_nouns and _held(noun, speaker)
        # `an agreement to ...`, not `for X`; `its forecast for X`: a thing's figures, not its words
        terms = cues.lemma(noun) in cues.commitment_nouns or speaker.lower_ == "its"
        content = copular or _complement(noun, speaker, held, terms) or _extraposed_clause(noun)
    if content is None:
        return None
    doc = noun.doc
    lo, hi = trim_tokens(doc, content.left_edge.i, _extended_end(noun, _clause_end(content)))
    if hi < lo or (speaker is not None and lo <= speaker.i <= hi):
        return None
    span = (doc[lo].idx, doc[hi].idx + len(doc[hi].text))
    if speaker is None:
        return Found(span, "indirect", token_span(noun), None, None, "noun", UNNAMED_CONFIDENCE)
    return Found(
        span, "indirect", token_span(noun), noun_phrase(speaker), speaker.idx, "noun", NOUN_CONFIDENCE
    )


def _unnamed(noun: Token, cues: Cues) -> tuple[Token | None, Token | None]:
    """Speaker (or None) and content of a noun nobody is named the author of next to it."""
    content = _that_clause(noun) or _extraposed_clause(noun)  # `concerns that ...`, `fears grew that ...`
    if content is not None:
        return _pursuer(noun), content
    content = _existential_clause(noun)  # `there was speculation that ...`: nobody named
    if content is not None:
        return None, content
    holder = _manner_holder(noun, cues) if cues.lemma(noun) in cues.attitude_nouns else None
    if holder is not None:  # `they left with hopes of a deal`
        return holder, _complement(noun, holder, True)
    if cues.lemma(noun) in cues.request_nouns | cues.commitment_nouns:
        # `calls to close the border`, `an agreement to cut emissions`: what was asked or agreed
        return None, next((c for c in noun.rights if c.dep_ in ("acl", "xcomp") and _is_infinitive(c)), None)
    return None, None


def _manner_holder(noun: Token, cues: Cues) -> Token | None:
    """`They went ahead with hopes of ...`: the person or group the clause of a manner phrase is about."""
    prep, verb = noun.head, noun.head.head
    if noun.dep_ != "pobj" or prep.lower_ not in MANNER_PREPS or prep.dep_ != "prep" or verb.pos_ != "VERB":
        return None
    if any(c.dep_ == "dobj" for c in verb.children):
        return None  # `held the aide in contempt of ...`: the object, not the subject, is in that state
    who = speaker_of(verb)
    return who if who is not None and is_agent(who, cues) else None


def _extraposed_clause(noun: Token) -> Token | None:
    """`fears grew that ...`, `concerns were raised that ...`: a `that` clause the parse hung on
    the verb the noun is the subject of."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB" or verb.i < noun.i:
        return None
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next((c for c in verb.rights if c.dep_ == "ccomp" and _is_that_clause(c)), None)


def _pursuer(noun: Token) -> Token | None:
    """`Democrats persisted in arguments that ...`: the subject of the verb the noun's phrase hangs on."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB" or prep.head.dep_ == "relcl":
        return None
    if prep.lower_ in SETTING_PREPS:
        return None  # `despite claims that ..., he lost`: the claims are not his
    who = speaker_of(prep.head)
    return who if who is not None and who.lower_ not in ("it", "there", "this", "that") else None


def _that_clause(noun: Token) -> Token | None:
    """`concerns that they depend on ...`: a `that` clause stating the noun's content (not a
    relative clause: `the claims that he made` has its own subject-less gap)."""
    for c in noun.children:
        if c.i > noun.i and c.dep_ in ("acl", "ccomp", "relcl") and _is_that_clause(c):
            return c  # `that` as a mark: not a relative pronoun
    return _verb_clause(noun)


def _verb_clause(noun: Token) -> Token | None:
    """`stoked fears in Rome that ...`: a `that` clause the parse hung on the verb of the noun."""
    if noun.dep_ != "dobj":
        return None
    return next(
        (c for c in noun.head.rights if c.i > noun.i and c.dep_ == "ccomp" and _is_that_clause(c)), None
    )


def _is_that_clause(clause: Token) -> bool:
    """A clause with the mark `that` and a subject of its own."""
    subject = any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in clause.children)
    return subject and _has_mark(clause, "that")


def _speaker(noun: Token, copular: bool, cues: Cues) -> Token | None:
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ in SPEAKER_POS and _is_possessive(c):
            return c
        if c.dep_ == "prep" and c.lower_ in SOURCE_PREPS and c.i > noun.i:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in SPEAKER_POS and not _is_time(pobj):
                return pobj  # `a push from both candidates over ...`, `fears among investors that ...`
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in SPEAKER_POS:
                return pobj
        if copular and c.dep_ == "prep" and c.lower_ == "of":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN"):
                return pobj  # "the view of the ministry is that ..."
    names = [c for c in noun.lefts if c.dep_ == "compound" and c.ent_type_ in NAME_LABELS]
    names += [c for c in noun.lefts if c.dep_ == "amod" and c.ent_type_ == "NORP"]  # `Dutch caution`
    if names:
        return names[-1]  # `a New York Times report that ...`, `the White House statement that ...`
    verb = noun.head.lemma_.lower()
    if noun.dep_ == "dobj" and verb in LIGHT_VERBS | HOLDING_VERBS | AGENT_LIGHT_VERBS:
        who = speaker_of(noun.head)
        if who is not None and who.lower_ not in ("it", "there"):
            return who if verb not in AGENT_LIGHT_VERBS or is_agent(who, cues) else None
    return None


def _complement(noun: Token, speaker: Token, held: bool, terms_only: bool = False) -> Token | None:
    for c in _dependents(noun):
        if c.i < noun.i:
            continue
        if (c.head.i == noun.i and c.dep_ in ("acl", "ccomp", "relcl")) and (
            _has_mark(c, "that") or _is_infinitive(c)
        ):
            return c
        if c.head.i != noun.i and c.dep_ == "ccomp" and _has_mark(c, "that"):
            return c  # `made the case to voters that ...`: the clause hung on the light verb
        if (
            not terms_only
            and c.dep_ == "prep"
            and (c.lower_ in CONTENT_PREPS or (held and c.lower_ in HELD_PREPS))
            and not (c.lower_ == "of" and speaker.head.i == c.i)
        ):
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and not _is_time(obj):
                return obj
    return None


def _dependents(noun: Token) -> list[Token]:
    """The noun's dependents, then those the parser hung on its light verb after it (`made the case for
    ...`, `has doubts about ...` with `for`/`about` attached to the verb, `made the case to voters that
    ...` with the clause attached to it)."""
    out = list(noun.children)
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in LIGHT_VERBS | HOLDING_VERBS:
        out += [c for c in verb.children if c.i > noun.i and c.dep_ in ("prep", "ccomp")]
    else:  # `stoked fears among traders that ...`
        out += [c for c in [_verb_clause(noun)] if c is not None]
    return out


def _held(noun: Token, speaker: Token) -> bool:
    """An attitude its holder has: a possessor (`her faith in ...`) or the subject of a holding verb."""
    return speaker.head.i == noun.i or noun.head.lemma_.lower() in HOLDING_VERBS


def _is_time(obj: Token) -> bool:
    """ "his remarks on Saturday", "her speech on Tuesday morning": a time, not a topic."""
    return obj.ent_type_ in ("DATE", "TIME") or all(t.ent_type_ in ("DATE", "TIME") for t in obj.subtree)


def _extended_end(noun: Token, end: int) -> int:
    """Stretch a content's end over what the parse hung elsewhere: a restrictive relative clause right
    after it, attached to the cue noun (`a proposal for closer ties that would create ...`), and an
    elaboration after a colon (`their position on the tax: it is too high, and ...`)."""
    doc = noun.doc
    for c in noun.rights:
        if c.dep_ == "relcl" and c.left_edge.i == end + 1 and c.i > end:
            end = c.right_edge.i
    sent_end = noun.sent.end - 1
    if end + 2 <= sent_end and doc[end + 1].text == ":" and not _opens_quotation(doc[end + 2]):
        end = sent_end  # a quotation after the colon is the direct layouts' (`had a message: "..."`)
    return end


def _opens_quotation(tok: Token) -> bool:
    return bool(tok.is_quote or tok.text[:1] in QUOTE_CHARS)


def _clause_end(content: Token) -> int:
    """Last token of a content, without a time phrase or side remark set off after a clause."""
    doc = content.doc
    end: int = content.right_edge.i
    cut = side_remarks(doc, {t.i for t in content.subtree})
    for c in content.rights:
        if c.dep_ in ("prep", "advcl") and c.lower_ in TIME_PREPS and doc[c.i - 1].text == ",":
            cut |= {t.i for t in c.subtree} | {c.i - 1}
    while end > content.i and end in cut:
        end -= 1
    return end


def _existential_clause(noun: Token) -> Token | None:
    """ "there was agreement that ...", "there is speculation whether ...": the clause stating it."""
    head = noun.head
    if noun.dep_ != "attr" or head.lemma_ != "be" or not any(c.dep_ == "expl" for c in head.children):
        return None
    for c in [*noun.children, *head.children]:
        if (
            c.i > noun.i
            and c.dep_ in ("acl", "ccomp", "advcl")
            and any(m.dep_ == "mark" and m.lower_ in CLAUSE_MARKS for m in c.children)
        ):
            return c
    return None


def _copular_clause(noun: Token) -> Token | None:
    """ "the view of X is that ...", "Smith's argument was that ...": the clause after the copula."""
    head = noun.head
    if noun.dep_ != "nsubj" or head.lemma_ != "be":
        return None
    return next((c for c in head.children if c.dep_ in ("ccomp", "attr") and _has_mark(c, "that")), None)


def _is_possessive(tok: Token) -> bool:
    """ "his", "Smith's": a real possessive, not a subject the tagger misread ("Trump plans to ...")."""
    return bool(tok.tag_ == "PRP$" or any(c.dep_ == "case" for c in tok.children))


def _has_mark(clause: Token, word: str) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == word for c in clause.children)


def _is_infinitive(clause: Token) -> bool:
    """ "plan to cut taxes": an infinitive with its own `to`."""
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
