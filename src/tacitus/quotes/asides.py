"""Reporting asides: `The museum, he said, would ...`, `Hawaii, as one adviser pointed out, does not ...`.

The reporting clause sits between commas (or dashes) inside the sentence it reports; the content is
the rest of the sentence on both sides. Found from the punctuation around the cue rather than the
parse, because the parser attaches such asides in many different ways.
"""

from __future__ import annotations

from typing import Any

from tacitus.quotes.found import Token

ASIDE_MARKS = frozenset({",", "—", "–", "--"})
MAX_BEFORE = 10  # tokens from the opening comma to the cue: ", one of the mayor's top budget advisers said"
MAX_AFTER = 5  # tokens from the cue to the closing comma: "said on Friday,", "told reporters,"
MIN_SIDE_WORDS = 2
ALLOWED_BEFORE_DEPS = frozenset({"aux", "auxpass", "neg", "advmod", "mark", "prep"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
QUOTE_MARKS = frozenset("\"“”‘'«»„")
APPOSITION_MARKS = frozenset({",", "—", "–", "-", "--", "―"})
CIRCUMSTANCE_PREPS = frozenset({"during", "despite", "amid", "amidst"})  # never what was said
CHANNEL_PREPS = frozenset({"in", "on", "at", "via", "through", "over"})  # `on Twitter`, `in an email`
TIME_MARKS = frozenset({"after", "before", "when", "while", "until", "since", "as", "once", "whenever"})
CONCESSIVE_MARKS = frozenset({"although", "though", "while", "whereas"})
PREDICATE_POS = frozenset({"VERB", "AUX"})
GLOSS_DETERMINERS = frozenset({"a", "an", "the"})  # `, a request it refused`: a gloss, not a name


def aside_content(
    verb: Token, speaker: Token | None, parts: list[Token], lo: int, hi: int, reports: bool = True
) -> tuple[set[int], Token] | None:
    """Token indices of the sentence [lo, hi) around a reporting aside of `verb`, and its speaker.

    `parts` are the verb's own content complements: one inside the commas (`, he likened RT to the
    BBC,`) means the clause says something of its own and is no aside. `reports` says whether the
    verb can report a clause without a topic of its own: `as she spoke to the crowd` is a time, not
    an aside like `as she noted`.
    """
    doc = verb.doc
    left = _left_mark(verb, lo)
    right = _right_mark(verb, hi)
    if left is None or right is None or any(left < p.i < right for p in parts):
        return None
    if not reports and doc[max(left + 1, lo)].lower_ == "as":
        return None
    if speaker is None or not left < speaker.i < right:
        # "Hawaii, as one adviser pointed out, ...": the parser may take the sentence subject for the cue's
        speaker = next((c for c in verb.children if c.dep_ == "nsubj" and left < c.i < right), None)
        speaker = speaker or _as_object(verb, left)
        if speaker is None:
            return None
    if any(_is_verb(doc[i]) for i in range(left + 1, verb.i)) or any(
        _is_verb(doc[i]) or doc[i].dep_ == "mark" for i in range(verb.i + 1, right)
    ):
        return None  # a clause of its own, not an aside: ", who has said ...", ", said that ..."
    # `X, she said on Monday, as the talks resumed`, `X, said Jo Hart, an adviser to the mayor`
    occasion = _occasions(verb, right) | {t.i for t in speaker.subtree if t.i > right}
    before = [t for t in doc[lo:left] if not (t.is_punct or t.is_space)]
    after = [t for t in doc[right + 1 : hi] if not (t.is_punct or t.is_space) and t.i not in occasion]
    if occasion and not after and len(before) >= MIN_SIDE_WORDS:
        return set(range(lo, left)), speaker
    if right + 1 < hi and (doc[right + 1].is_quote or doc[right + 1].text in QUOTE_MARKS):
        return None  # `Mexicans say, "Poor Mexico ..."`: a quotation, for the direct rules
    if _participle_of(verb, before[:1]) or (
        _participle_of(verb, after[:1]) and not any(_is_finite_subject(t) for t in after)
    ):
        return None  # "Lamenting their luck, Mexicans say", "she said, referencing ...": circumstances
    initial_as = left < lo and doc[lo].lower_ == "as"  # "As Smith noted, ..."
    # "Hawaii, as one adviser pointed out, ...": an `as` aside after a one-word subject
    as_aside = left >= lo and doc[left + 1].lower_ == "as" and len(before) >= 1
    if len(after) < MIN_SIDE_WORDS or not (len(before) >= MIN_SIDE_WORDS or initial_as or as_aside):
        return None
    return set(range(lo, max(left, lo))) | set(range(right + 1, hi)) - occasion, speaker


def _as_object(verb: Token, left: int) -> Token | None:
    """`Hawaii, as one of the advisers pointed out, ...` parsed with `as` as a preposition of the cue:
    its object is the speaker."""
    opener = verb.doc[left + 1]
    if opener.lower_ != "as" or opener.dep_ != "prep":
        return None  # the parser hangs such an `as` on the cue or on the subject before it
    return next((c for c in opener.children if c.dep_ == "pobj"), None)


def _occasions(verb: Token, right: int) -> set[int]:
    """Time clauses of the cue after the aside (`, as they waited for the vote`): when it was said."""
    out: set[int] = set()
    for c in verb.rights:
        if (
            c.i > right
            and c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in TIME_MARKS for m in c.children)
        ):
            out |= {t.i for t in c.subtree}
    return out


def _left_mark(verb: Token, lo: int) -> int | None:
    """Index of the mark opening the aside (lo - 1 for a sentence-initial `As ...`)."""
    i: int = verb.i - 1
    while i >= lo:
        tok = verb.doc[i]
        if tok.text in ASIDE_MARKS:
            return i
        if verb.i - i > MAX_BEFORE or tok.is_quote or tok.text in QUOTE_MARKS or tok.text in (";", ":"):
            return None
        i -= 1
    return lo - 1 if verb.doc[lo].lower_ == "as" else None


def _right_mark(verb: Token, hi: int) -> int | None:
    for i in range(verb.i + 1, min(hi, verb.i + 1 + MAX_AFTER)):
        tok = verb.doc[i]
        if tok.text in ASIDE_MARKS:
            return i
        if tok.is_quote or tok.text in QUOTE_MARKS or tok.is_punct:
            return None
    return None


def _participle_of(verb: Token, first: list[Token]) -> bool:
    return bool(first) and first[0].tag_ in ("VBG", "VBN") and first[0].head.i == verb.i


def _is_finite_subject(tok: Token) -> bool:
    """The subject of a finite clause ("replacing Clinton would be ..." misparsed as a participle)."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = tok.head
    return bool(
        head.tag_ in FINITE_TAGS or any(c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in head.children)
    )


def _is_verb(tok: Token) -> bool:
    """A verb heading a clause of its own (auxiliaries and particles of the cue do not count)."""
    return bool(tok.pos_ == "VERB" and tok.dep_ not in ALLOWED_BEFORE_DEPS)


def side_remarks(doc: Any, tokens: set[int]) -> set[int]:
    """Clauses set off after the reported one that the writer adds (`..., although he refused to ...`,
    `..., with polls showing her ahead`): PolNeAR leaves them out of the content."""
    out: set[int] = set()
    words = [i for i in tokens if not (doc[i].is_punct or doc[i].is_space)]
    last = max(words, default=-1)
    for i in sorted(tokens):
        t = doc[i]
        if i in out or t.left_edge.i == 0 or doc[t.left_edge.i - 1].text not in ",;—–-":
            continue
        if _cue_accompaniment(t, tokens) or (
            _is_side_remark(t) and not _inner_clause(t, doc[t.left_edge.i - 1], last)
        ):
            out |= {x.i for x in t.subtree} | {t.left_edge.i - 1}
    return out


def _cue_accompaniment(t: Token, tokens: set[int]) -> bool:
    """`attacked him as a fraud, with jabs at his record`, `won't say much about the talks, with one caveat`:
    a `with` phrase set off after the content and hung on the cue verb itself says how it was said."""
    return bool(
        t.dep_ == "prep" and t.lower_ == "with" and t.head.i not in tokens and t.head.pos_ in PREDICATE_POS
    )


def _inner_clause(t: Token, mark: Token, last: int) -> bool:
    """`the bridge, which opened in 1920, would close`, `joined the firm, drafting contracts for its clients,
    mainly for the pay`: a relative or participle clause between commas with the content going on after it
    is part of the content (cutting it would split the content in two); one that reports a statement of
    its own (`, which he said was shallow, ...`) or is set off by dashes is still an aside."""
    doc = t.doc
    end = t.right_edge.i
    if mark.text != "," or end >= last or doc[end + 1].text != ",":
        return False
    if not (t.dep_ == "relcl" or (t.dep_ in ("advcl", "acl") and t.tag_ == "VBG")):
        return False
    reports = any(c.dep_ == "ccomp" for c in t.children) and any(
        c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in t.children
    )
    return not reports


def _is_side_remark(t: Token) -> bool:
    if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in t.children):
        return True
    if t.dep_ in ("advcl", "acl") and t.tag_ == "VBG" and t.i > t.head.i:
        return True
    if t.dep_ == "relcl" and t.doc[t.left_edge.i].lower_ in ("who", "which", "whose"):
        return True
    if t.dep_ == "prep" and t.lower_ in ("with", "without"):
        # `with polls showing ...`: parsed as a pobj with a participle, or as a participle clause
        participle = ("VBG", "VBN")
        return any(
            (c.dep_ == "pcomp" and c.tag_ in participle)
            or (c.dep_ == "pobj" and any(g.dep_ == "acl" and g.tag_ in participle for g in c.children))
            for c in t.children
        )
    return False


def trailing_appositions(doc: Any, tokens: set[int]) -> set[int]:
    """A description set off at the end of the content (`..., the presumed favorite`, `— a metaphor for
    ...`, `, known as the TPP`): the writer's gloss, not part of what was said."""
    if not tokens:
        return set()
    last = max(tokens)
    for i in sorted(tokens):
        t = doc[i]
        mark = t.left_edge.i - 1
        if t.right_edge.i < last or mark < min(tokens) or doc[mark].text not in APPOSITION_MARKS:
            continue
        if _is_gloss(t):
            return {x.i for x in t.subtree} | {mark}
    return set()


def _is_gloss(t: Token) -> bool:
    """`known as the TPP`; `Mr. Trump, the presumed favorite`: a definite description of a name."""
    if t.dep_ == "acl" and t.tag_ == "VBN":
        return True
    if _second_object_gloss(t):
        return True
    return bool(
        t.dep_ == "appos"
        and t.pos_ != "PROPN"
        and t.head.pos_ == "PROPN"
        and t.doc[t.left_edge.i].lower_ == "the"
    )


def _second_object_gloss(t: Token) -> bool:
    """`asked the council to delay the vote, a request it refused`, `wants to shield farm subsidies, the
    mainstay of her state`: a noun phrase with an article set off after the verb's own complement, which
    the parser takes for a second object or an adverbial noun, glosses what comes before it."""
    if t.dep_ not in ("npadvmod", "dobj") or t.pos_ != "NOUN":
        return False
    if t.doc[t.left_edge.i].lower_ not in GLOSS_DETERMINERS:
        return False
    return any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i < t.left_edge.i for c in t.head.children)


def trailing_circumstances(doc: Any, tokens: set[int], channels: frozenset[str]) -> set[int]:
    """Where or how something was said, at the end of an object content (`... during a campaign stop`,
    `... on Twitter`, `... in an email`): PolNeAR leaves the occasion and the channel out."""
    out: set[int] = set()
    words = sorted(i for i in tokens if not doc[i].is_punct and not doc[i].is_space)
    while len(words) > 2:
        last = doc[words[-1]]
        prep = next((a for a in last.ancestors if _closes(a, last, tokens, words[1])), None)
        if prep is None or not _is_circumstance(prep, channels):
            break
        cut = {t.i for t in prep.subtree}
        out |= cut
        words = [i for i in words if i not in cut]
    return out


def _closes(prep: Token, last: Token, tokens: set[int], after: int) -> bool:
    """A preposition inside the content, past its first two words, whose phrase ends the content."""
    return bool(
        prep.dep_ == "prep"
        and prep.i in tokens
        and prep.head.i in tokens
        and prep.i > after
        and prep.right_edge.i == last.i
    )


def _is_circumstance(prep: Token, channels: frozenset[str]) -> bool:
    if prep.lower_ in CIRCUMSTANCE_PREPS:
        return True
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return (
        prep.lower_ in CHANNEL_PREPS
        and obj is not None
        and (obj.lower_ in channels or obj.lemma_ in channels)
    )


def leading_circumstances(verb: Token, parts: list[Token]) -> set[int]:
    """`said after the vote she would ...`: phrases between the cue and the subject of a bare
    reported clause (no `that`) belong to the cue, though the parser hangs them on the clause."""
    out: set[int] = set()
    for p in parts:
        if p.dep_ not in ("ccomp", "advcl") or p.left_edge.i != verb.i + 1:
            continue
        subj = next((c for c in p.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or any(c.dep_ == "mark" and c.i < subj.i for c in p.children):
            continue
        lead = [c for c in p.children if c.i < subj.left_edge.i and c.dep_ in ("prep", "npadvmod", "punct")]
        out |= {t.i for c in lead for t in c.subtree}
    return out


DASHES = frozenset({"-", "--", "—", "–", "―"})


def dash_gloss(doc: Any, tokens: set[int]) -> set[int]:
    """Everything after a dash that follows an object content outside quotation marks (`... to "X" - a
    charge that ...`, `... his priority -- delaying the vote`): the writer's comment on what was said.
    A pair of dashes (`the harsh -- and costly -- measures`) sets off words inside the content instead."""
    words = sorted(tokens)
    dashes = [k for k, i in enumerate(words) if _is_dash(doc, doc[i])]
    if len(dashes) != 1 or dashes[0] < 2:
        return set()
    k = dashes[0]
    opened = sum(1 for i in words[:k] if doc[i].is_quote or doc[i].text in QUOTE_MARKS)
    nxt = doc[words[k] + 1] if words[k] + 1 < len(doc) else None
    if opened % 2 or nxt is None or nxt.is_quote or nxt.text in QUOTE_MARKS:
        return set()
    return set(words[k:])


def _is_dash(doc: Any, t: Token) -> bool:
    """A dash between words (`early-morning` and `side-by-side` are single words split by the tokenizer)."""
    if t.text not in DASHES:
        return False
    return t.text != "-" or (t.i > 0 and bool(doc[t.i - 1].whitespace_))
