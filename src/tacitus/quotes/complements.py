"""What a cue verb reports: which of its dependents are the content, and how far the content reaches.

The content of a cue verb is its clausal complement (ccomp); speech-act verbs (`urge`, `accuse`,
`deny`...) also take objects, infinitives and prepositional complements, as the cue lexicon's verb
classes say. The content runs on over trailing modifiers of the reported clause or object, without
circumstances of the telling (`on Tuesday`, `in a tweet`) and asides.
"""

from __future__ import annotations

from tacitus.quotes.acts import is_agent
from tacitus.quotes.asides import (
    TIME_MARKS,
    dash_gloss,
    leading_circumstances,
    side_remarks,
    trailing_appositions,
    trailing_circumstances,
)
from tacitus.quotes.bounds import in_object, is_occasion, is_predicate, subject_as_object, subject_gap
from tacitus.quotes.conjuncts import coordinated, has_subject, is_purpose, speaks
from tacitus.quotes.cues import Cues
from tacitus.quotes.found import Token, heads_time, is_cue_verb

# The kind of content (see the cue lexicon's verb classes) of each dependency of a cue verb.
DEP_KINDS = {
    "ccomp": "clause",
    "dobj": "object",
    "oprd": "object",
    "xcomp": "infinitive",
    "prep": "preposition",
}
SMALL_CLAUSE_POS = frozenset({"NOUN", "PROPN", "ADJ"})  # heads of verbless clauses: `deemed it unwise`
WH_TAGS = frozenset({"WP", "WDT"})  # what, which, whatever: fronted relative and free-relative pronouns
# Dependents of the cue verb after the content that still belong to it (the reported clause or object).
CLAUSE_EXTEND_DEPS = frozenset({"advcl"})
NOMINAL_EXTEND_DEPS = frozenset(
    {"advcl", "prep", "npadvmod", "oprd", "dobj", "ccomp", "acomp", "xcomp", "advmod"}
)
REASON_MARKS = frozenset({"because"})
# Prepositions that, right after an object, modify it rather than the verb (`rough handling by the guards`);
# `at`, `during`, `since` there are as often where or when it was said (`spoke at the rally`); `in` goes with
# the object unless it names a channel, place or time (bounds.in_object: `denounced X in a diatribe`).
OBJECT_PREPS = frozenset(
    {"by", "from", "between", "among", "within", "behind", "beyond", "toward", "towards"}
)
# Modifiers of an object set off by a comma or dash: asides, not part of what was said.
NONRESTRICTIVE_DEPS = frozenset({"relcl", "appos", "acl"})
# `joked about the weather`, `bragged of his ratings`: what a speech verb with no other content was about.
BARE_TOPIC_PREPOSITIONS = frozenset({"about", "of"})


def content_parts(verb: Token, lemma: str, cues: Cues, speaker: Token | None) -> list[Token]:
    """The complements of `verb` that its cue class counts as content (addressees left out)."""
    parts = []
    for c in verb.children:
        kind = _kind(c, lemma, cues)
        if kind is None or (c.dep_ == "prep" and (c.i < verb.i or heads_time(c))):
            continue
        if speaker is not None and (c.i == speaker.i or c.is_ancestor(speaker)):
            continue
        if (
            c.dep_ == "xcomp"
            and lemma not in cues.addressee_verbs
            and is_cue_verb(c, cues)
            and any(_kind(d, cues.lemma(c), cues) for d in c.children)
        ):
            # "continued to insist that ...": the inner cue carries the content ("declined to comment": none)
            continue
        parts.append(c)
    if any(p.dep_ == "ccomp" and p.i > verb.i for p in parts):
        # `While he conceded X was Y, Ham noted Z ...`: a clause before the cue is another statement
        parts = [p for p in parts if not (p.dep_ == "ccomp" and p.i < verb.i)]
    if lemma in cues.addressee_verbs and not any(p.dep_ == "xcomp" or _told_to(p) for p in parts):
        alone = all(p.dep_ == "dobj" for p in parts) and lemma not in cues.genre_objects
        # "told reporters that ...", but "urged restraint": a lone object that names no one is what is said
        parts = [p for p in parts if p.dep_ != "dobj" or (alone and not _hearer(p, cues))]
    elif lemma in cues.addressee_verbs:
        # "urged Japan to act": who is urged belongs to what is urged (an addressee object is kept
        # even when the verb's class has no object content)
        parts += [c for c in verb.children if c.dep_ == "dobj" and c not in parts and c != speaker]
    elif lemma in cues.naming_verbs and not _names_something(parts, verb):
        parts = [p for p in parts if p.dep_ != "dobj"]  # "called the minister": no name given
    if not any(p.dep_ == "ccomp" for p in parts) and cues.takes(lemma, "clause"):
        parts += _stranded_clauses(verb)
    if not parts and cues.takes(lemma, "clause") and not cues.takes(lemma, "topic"):
        # `responded by citing the figures`: how the speaker answered (a cue there speaks for itself)
        parts = [
            c
            for c in verb.rights
            if c.dep_ == "prep"
            and c.lower_ == "by"
            and any(g.dep_ == "pcomp" and g.tag_ == "VBG" and not is_cue_verb(g, cues) for g in c.children)
        ]
    if not parts and _bare_speech(verb, lemma, cues):
        # only with no other content: with it, `on Fox News` or `of RT` would join what was said
        parts = [
            c
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in BARE_TOPIC_PREPOSITIONS and c.i > verb.i and not heads_time(c)
        ][:1]
    return parts


def _recipient(prep: Token, parts: list[Token], cues: Cues) -> bool:
    """`disclosed the files to the committee`, `mentioned the plan to me`: a `to` phrase naming someone
    after the object of a verb whose class has no prepositional content says who heard it."""
    if prep.dep_ != "prep" or prep.lower_ != "to" or cues.takes(cues.lemma(prep.head), "preposition"):
        return False
    if not any(p.dep_ == "dobj" and p.i < prep.i for p in parts):
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and (obj.tag_ == "PRP" or is_agent(obj, cues))


def _hearer(obj: Token, cues: Cues) -> bool:
    """Whether an object can be someone spoken to (a person, group, role or pronoun)."""
    return obj.pos_ != "NOUN" or obj.ent_type_ != "" or is_agent(obj, cues)


def _stranded_clauses(verb: Token) -> list[Token]:
    """`wrote in the memo that ...`, `shouting to the guards that ...`: a `that` clause the parser
    hung on the noun of a prepositional phrase after the cue as a relative clause (`that` introduces it
    and is no part of it, unlike `the guards that stopped him`)."""
    out = []
    for prep in verb.rights:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            out += [
                c
                for c in noun.rights
                if c.dep_ == "relcl"
                and any(m.lower_ == "that" and m.dep_ in ("mark", "advmod") for m in c.children)
                and any(m.dep_ in ("nsubj", "nsubjpass") and m.lower_ != "that" for m in c.children)
                and _is_finite(c)
            ]
    return out[:1]


def _names_something(parts: list[Token], verb: Token) -> bool:
    """A naming verb with its name: `called the plan a disaster` (oprd, or two objects), `saw the plan
    as a disaster`, or `which it called a fabrication` (a fronted wh-object and the name after the verb,
    both dobj)."""
    if any(p.dep_ == "oprd" for p in parts):
        return True
    hosts = [verb, *(p for p in parts if p.dep_ == "dobj")]
    if any(c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i for h in hosts for c in h.children):
        return True  # `sees the program as a way to ...` (`as` on the verb or on its object)
    objs = [p for p in parts if p.dep_ == "dobj"]
    if sum(p.i > verb.i for p in objs) >= 2:
        return True  # `branded the country an outlaw state`: the parser's two objects, thing and name
    return any(p.i < verb.i and p.tag_ in WH_TAGS for p in objs) and any(p.i > verb.i for p in objs)


def _bare_speech(verb: Token, lemma: str, cues: Cues) -> bool:
    """A speech verb (clause and object content, no prepositional content) with no complement at all."""
    if not (cues.takes(lemma, "clause") and cues.takes(lemma, "object")):
        return False
    if cues.takes(lemma, "topic") or cues.takes(lemma, "preposition") or lemma in cues.naming_verbs:
        return False
    return not any(c.dep_ in DEP_KINDS and c.dep_ != "prep" for c in verb.children)


def _kind(child: Token, lemma: str, cues: Cues) -> str | None:
    """The content kind of a cue verb's dependent, if the verb's class counts it as content."""
    if child.dep_ == "advcl" and child.i > child.head.i and _is_bare_clause(child):
        if is_occasion(child, lemma, cues):
            return None
        # "said after the debate she would not ...": the parser takes the reported clause for an adverbial
        return "clause" if cues.takes(lemma, "clause") else None
    if child.dep_ == "advcl" and lemma in cues.addressee_verbs and _told_to(child):
        return "infinitive" if cues.takes(lemma, "infinitive") else None
    if child.dep_ == "advcl" and _right_after(child) and lemma not in cues.addressee_verbs:
        return "infinitive" if cues.takes(lemma, "infinitive") else None
    kind = DEP_KINDS.get(child.dep_)
    if kind is None:
        return None
    if kind == "infinitive" and child.tag_ == "VBG" and not cues.takes(lemma, kind):
        kind = "object"  # `mentioned raising salaries`: a gerund object taken for an open complement
    if kind == "clause" and lemma in cues.naming_verbs and not _is_finite(child) and not _small_clause(child):
        return None  # `see their incomes go up`: a perceived event, not a judgement
    if kind == "preposition":
        if cues.takes(lemma, "topic") and child.lower_ in cues.topic_prepositions:
            return "topic"
        if child.lower_ not in cues.prepositions:
            return None
    return kind if cues.takes(lemma, kind) else None


def _small_clause(clause: Token) -> bool:
    """`considered the mayor a realistic choice`, `deemed the plan unwise`: a verbless clause (a noun or
    adjective with its own subject) after a naming verb names its subject."""
    return clause.pos_ in SMALL_CLAUSE_POS and any(c.dep_ == "nsubj" for c in clause.children)


def _told_to(clause: Token) -> bool:
    """`told the volunteers at the office to go home`: an infinitive after the hearer that the parser
    took for an adverbial (a purpose) rather than what they were told."""
    verb = clause.head
    return (
        clause.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and any(c.dep_ == "dobj" and c.i < clause.i for c in verb.children)
    )


def _right_after(clause: Token) -> bool:
    """`declined to appeal`: a to-infinitive right after the verb that the parser made an adverbial."""
    verb = clause.head
    if clause.tag_ != "VB" or clause.i != verb.i + 2:
        return False
    to = verb.doc[verb.i + 1]
    return bool(to.lower_ == "to" and to.head.i == clause.i)


def _is_bare_clause(clause: Token) -> bool:
    """A finite clause with its own subject and no subordinating conjunction."""
    deps = {c.dep_ for c in clause.children}
    return "mark" not in deps and bool(deps & {"nsubj", "nsubjpass"}) and clause.tag_ != "VBG"


def _is_finite(clause: Token) -> bool:
    """A clause with an unambiguously tensed verb or auxiliary, or introduced by `that` (a plural
    present, `see their bills go down`, looks like a bare infinitive and does not count)."""
    tensed = ("VBD", "VBZ", "MD")
    if clause.tag_ in tensed:
        return True
    return any(
        (c.dep_ in ("aux", "auxpass") and c.tag_ in tensed) or (c.dep_ == "mark" and c.lower_ == "that")
        for c in clause.children
    )


def content_tokens(verb: Token, parts: list[Token], cues: Cues) -> set[int]:
    """Token indices of the content: the parts, trailing modifiers of the reported clause or object
    ("described rude conduct by the manager behind closed doors", "said X, because Y"), without
    non-restrictive clauses on an object ("endorsed Smith, who ...")."""
    first = min(p.left_edge.i for p in parts)
    nominal = any(p.dep_ != "ccomp" for p in parts) and not subject_as_object(parts)
    extend = NOMINAL_EXTEND_DEPS if nominal else CLAUSE_EXTEND_DEPS
    chosen = list(parts)
    for c in verb.rights:
        if c in parts or c.i < first or c.dep_ not in extend or is_cue_verb(c, cues):
            continue
        if c.dep_ == "advcl" and (c.tag_ == "VBG" or any(m.lower_ in TIME_MARKS for m in c.children)):
            continue  # "..., saying ...", "after hackers struck": circumstances, not content
        if c.dep_ == "advcl" and nominal and any(m.lower_ in REASON_MARKS for m in c.children):
            continue  # "despises the mayor because ...": the speaker's reason, not what is said
        if c.dep_ == "advcl" and is_purpose(c) and not any(cues.lemma(p) in cues.nouns for p in parts):
            # "invoked rising seas to thrill his supporters": why it was said, not what (but in
            # "announced plans this week to give ...", the infinitive is the plan's)
            continue
        if _recipient(c, parts, cues):
            continue  # "disclosed the files to the committee": to whom, not what
        if c.dep_ in ("prep", "npadvmod", "advmod") and (
            heads_time(c)
            or (
                c.dep_ == "prep"
                and c.lower_ not in cues.prepositions
                and not _on_object(c, parts, cues.channels)
                and not in_object(c, parts, cues.channels)
            )
        ):
            continue  # "attacked Machado in early-morning tweets", "on Tuesday": circumstances
        chosen.append(c)
    joined = coordinated(verb, parts, cues)
    chosen += joined
    tokens = {t.i for p in chosen for t in p.subtree} - leading_circumstances(verb, parts)
    tokens |= subject_gap(parts)
    tokens |= _first_conjunct(verb, parts)
    # "called for more investment", "asked about his returns": the preposition goes with the cue
    if any(p.dep_ == "prep" and p.i == min(tokens) for p in parts):
        tokens.discard(min(tokens))
    for t in [verb.doc[i] for i in sorted(tokens)]:
        if (
            t.dep_ in ("conj", "advcl")
            and is_cue_verb(t, cues)
            and (not has_subject(t) or (t.dep_ == "conj" and speaks(t)))
            and t.i in tokens
            and t not in joined
            and not (t.dep_ == "advcl" and is_purpose(t))
            and is_predicate(t)
        ):
            # "said it was opposed and warned Y to ...", "..., arguing that ...": a second statement
            cut = {x.i for x in t.subtree} | {
                c.i for c in t.head.children if c.i < t.i and c.dep_ in ("cc", "punct") and c.i > t.head.i
            }
            tokens -= cut
    for p in chosen:
        head = p if p.dep_ != "prep" else next((c for c in p.children if c.dep_ == "pobj"), p)
        if p.dep_ == "ccomp":
            continue
        for c in head.rights:
            if c.dep_ in NONRESTRICTIVE_DEPS and not _described(c, cues):
                tokens -= _set_off(c)
    tokens -= side_remarks(verb.doc, tokens)
    tokens -= trailing_appositions(verb.doc, tokens)
    if nominal:
        tokens -= dash_gloss(verb.doc, tokens)
    return tokens - trailing_circumstances(verb.doc, tokens, cues.channels) if nominal else tokens


def _described(mod: Token, cues: Cues) -> bool:
    """`accused Cruz, who was born in Cuba, of ...`, `described the tax, which starts in May, as ...`: a
    relative clause after a comma on an object is part of the content (one closing it is still a side
    remark, asides.side_remarks; one headed by a cue, `endorsed Becker, who promised ...`, is a statement
    of its own, and dashes or brackets set off an aside)."""
    i = mod.left_edge.i - 1
    return mod.dep_ == "relcl" and i >= 0 and mod.doc[i].text == "," and not is_cue_verb(mod, cues)


def _set_off(mod: Token) -> set[int]:
    """A modifier of an object set off by a comma, dash or bracket, with its separator (a comma inside
    closing quotation marks, `called it a “stunt,” a string of speeches`, stays with the quotation)."""
    i, doc = mod.left_edge.i - 1, mod.doc
    if i < 0:
        return set()
    if i > 0 and doc[i].tag_ == "''" and doc[i - 1].text == ",":
        return {t.i for t in mod.subtree}
    return {t.i for t in mod.subtree} | {i} if doc[i].text in ",—–-(" else set()


def _first_conjunct(verb: Token, parts: list[Token]) -> set[int]:
    """`X was planned, but Y happened, a source said`: a cue after a coordinated sentence hangs on its
    last half; the first half, up to the joining word, is said too."""
    if verb.dep_ != "conj" or not parts or any(p.dep_ != "ccomp" or p.i > verb.i for p in parts):
        return set()
    start = min(p.left_edge.i for p in parts)
    head, doc = verb.head, verb.doc
    joins = [c for c in head.children if c.dep_ == "cc" and c.i < start]
    if (
        head.i > start
        or not joins
        or any(doc[i].dep_ not in ("cc", "punct") for i in range(joins[-1].i, start))
    ):
        return set()
    own = {t.i for t in verb.subtree}
    return {t.i for t in head.subtree if t.i < start and t.i not in own}


def _on_object(prep: Token, parts: list[Token], channels: frozenset[str]) -> bool:
    """A preposition right after the object that the parser hung on the verb (`described rough handling by
    the guards`): it modifies the object (unless it names a channel)."""
    if prep.lower_ not in OBJECT_PREPS:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() in channels:
        return False
    return any(p.dep_ == "dobj" and prep.i == p.right_edge.i + 1 for p in parts)
