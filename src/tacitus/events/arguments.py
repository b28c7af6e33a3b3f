"""Arguments from the dependency parse: who did it (source) and to whom (target), resolved to mentions."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Any

from tacitus.model import Mention

Token = Any  # spaCy Token (spaCy is untyped)

SUBJ_DEPS = frozenset({"nsubj", "csubj"})
# Dependents that can hold the actor of a noun phrase: "the foreign ministry of China", "Chinese forces",
# "Russia's army", "Wang Yi, China's foreign minister", "U.S.-led".
NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "npadvmod", "pobj", "prep"})
NP_PREPS = frozenset({"of", "from", "for", "in", "at"})
# An event noun's phrase names who takes part ("talks of the Quartet"), not where it happens ("in Paris").
EVENT_NOUN_PREPS = frozenset({"of", "from", "for"})
# Prepositions that place an event: "rioted at a jail in Israel", "a curfew in Montenegro".
LOCATIVE_PREPS = frozenset(
    {"in", "at", "inside", "outside", "near", "across", "throughout", "around", "into"}
)
# Adjuncts whose event noun is the clause subject's own act: "in an attack", "during demonstrations".
ADJUNCT_EVENT_PREPS = frozenset({"in", "during", "at"})
# "remained on alert", "went on strike", "are on patrol", "put its forces on alert": a state the clause
# subject is in (or puts others in) is the subject's act.
STATE_VERBS = frozenset({"be", "remain", "stay", "go", "continue", "keep", "put", "place"})
RESPONSIBILITY_ADJECTIVES = frozenset({"responsible", "guilty", "culpable", "accountable"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom", "whose"})
FIRST_PERSON = frozenset({"i", "we", "us", "our", "my", "me", "ourselves"})
# Verbs whose object is the subject of their infinitive complement: "urged Iran to stop".
OBJECT_CONTROL = frozenset(
    {
        "urge",
        "ask",
        "order",
        "force",
        "persuade",
        "allow",
        "invite",
        "encourage",
        "help",
        "call",
        "press",
        "pressure",
        "tell",
        "instruct",
        "compel",
        "permit",
        "enable",
        "request",
        "expect",
    }
)


# Mentions with this rule over one span are the members of a plural description ("the two leaders").
PLURAL_RULE = "coref:plural"


class MentionIndex:
    """Token index -> the mention covering it (coded mentions win over unknown entities).

    The members of a plural description ("the two leaders": Putin, Erdogan) share one span; the index keeps
    the first and `members` gives them all, so that they act as coordinated actors.
    """

    def __init__(self, mentions: Sequence[Mention], parsed: Any) -> None:
        self._by_token: dict[int, Mention] = {}
        self._groups: dict[tuple[int, int], list[Mention]] = {}
        for m in mentions:
            if m.rule == PLURAL_RULE and m.actor.code:
                self._groups.setdefault((m.start, m.end), []).append(m)
            span = parsed.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                old = self._by_token.get(tok.i)
                if old is None or (not old.actor.code and m.actor.code):
                    self._by_token[tok.i] = m

    def at(self, tok: Token) -> Mention | None:
        return self._by_token.get(tok.i)

    def coded(self, tok: Token) -> bool:
        """The token is part of a coded mention."""
        m = self._by_token.get(tok.i)
        return m is not None and bool(m.actor.code)

    def members(self, m: Mention) -> list[Mention]:
        """The mentions a mention stands for: the members of its plural description, else itself."""
        group = self._groups.get((m.start, m.end)) if m.rule == PLURAL_RULE else None
        return group or [m]


# How the parse hangs a list's last member stranded after a parenthetical, and how long that may be.
STRANDED_DEPS = frozenset({"appos", "npadvmod", "dobj", "pobj", "conj"})
NOMINAL_POS = frozenset({"PROPN", "NOUN"})
MAX_PARENTHETICAL = 6


def conjuncts(tok: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("China and Russia" -> [China, Russia]), with a last
    member the parse strands after a parenthetical ("to Mali, Chad and, with conditions, Sudan")."""
    out = [tok]
    stack = [c for c in tok.children if c.dep_ == "conj"]
    while stack:
        c = stack.pop(0)
        out.append(c)
        stack.extend(x for x in c.children if x.dep_ == "conj")
    last = max(out, key=lambda t: t.i)
    stranded = stranded_member(last) if tok.pos_ in NOMINAL_POS else None
    return [*out, stranded] if stranded is not None and stranded not in out else out


def stranded_member(last: Token) -> Token | None:
    """The member after "and, <parenthetical>," that the parse hung elsewhere (an apposition of the
    parenthetical's noun, an adverbial noun of the verb), or None."""
    doc = last.doc
    i = max(t.i for t in last.subtree if t.i == last.i or t.dep_ not in ("cc", "punct"))
    if i + 2 >= len(doc) or doc[i + 1].lower_ not in ("and", "or") or doc[i + 2].text != ",":
        return None
    sent_end = last.sent.end
    close = next(
        (k for k in range(i + 3, min(i + 4 + MAX_PARENTHETICAL, sent_end)) if doc[k].text == ","), None
    )
    if close is None or close == i + 3 or close + 1 >= sent_end:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in doc[i + 3 : close]):  # a clause, not a parenthetical
        return None
    head = doc[close + 1]
    while head.head.i != head.i and head.head.i > close and head.dep_ not in STRANDED_DEPS:
        head = head.head
    if head.pos_ not in NOMINAL_POS or head.dep_ not in STRANDED_DEPS or head.left_edge.i != close + 1:
        return None
    return head


def resolve(
    tok: Token, index: MentionIndex, max_depth: int = 3, preps: frozenset[str] = NP_PREPS
) -> list[Mention]:
    """Coded mentions for an argument head: its own mention, else the nearest one inside its phrase."""
    m = index.at(tok)
    if m is not None:
        return _unique([*index.members(m), *coordinated_modifiers(tok, index)]) if m.actor.code else []
    frontier = [tok]
    for _ in range(max_depth):
        nxt: list[Token] = []
        found: list[Mention] = []
        for t in frontier:
            for c in t.children:
                if c.dep_ not in NP_DEPS:
                    continue
                if c.dep_ == "prep" and c.lower_ not in preps:
                    continue
                cm = index.at(c)
                if cm is not None and cm.actor.code:
                    found.extend(
                        g for x in conjuncts(c) if (xm := index.at(x)) is not None for g in index.members(xm)
                    )
                    continue
                if cm is None:
                    nxt.append(c)
        if found:
            return _unique(m for m in found if m.actor.code)
        frontier = nxt
    return []


def coordinated_modifiers(tok: Token, index: MentionIndex) -> list[Mention]:
    """Actors of coordinated modifiers that share the head: "Hungarian and Romanian officials" -> both."""
    out: list[Mention] = []
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and any(x.dep_ == "conj" for x in c.children):
            for x in conjuncts(c):
                m = index.at(x)
                if m is not None and m.actor.code:
                    out.append(m)
    return sorted(out, key=lambda m: m.start)


def resolve_deep(
    tok: Token,
    index: MentionIndex,
    limit: int = 40,
    skip: Collection[object] = (),
    places: bool = True,
    own_agent: bool = True,
) -> Mention | None:
    """The first coded mention anywhere in a phrase (bounded): a weaker, last-resort resolution.

    `skip` holds mention ids and actor codes not to return (the event's own sources); without `places`,
    locative phrases are passed over ("talks in Paris" names no partner); without `own_agent`, the phrase
    head's by-agent is (it is the event's own noun, see `_phrase`).
    """
    for n, t in enumerate(_phrase(tok, places, own_agent)):
        if n > limit:
            break
        m = index.at(t)
        if m is not None and m.actor.code and m.id not in skip and m.actor.code not in skip:
            return m
    return None


def _phrase(tok: Token, places: bool, own_agent: bool) -> list[Token]:
    """The tokens of a phrase; without `places`, without its locative phrases; without `own_agent`, without
    the head's by-agent (the event's own noun: "ordered patrols by police", the police patrol, they are not
    patrolled; another act's agent stays: "investigated crimes by extremists")."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(
            c
            for c in t.children
            if not (not places and c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS)
            and not (not own_agent and t.i == tok.i and c.dep_ == "prep" and c.lower_ == "by")
        )
    return sorted(out, key=lambda t: t.i)


def resolve_all(
    tokens: Iterable[Token], index: MentionIndex, preps: frozenset[str] = NP_PREPS
) -> list[Mention]:
    """Resolve each token and its conjuncts; unique mentions in text order."""
    out: list[Mention] = []
    for tok in tokens:
        for c in conjuncts(tok):
            out.extend(resolve(c, index, preps=preps))
    return _unique(out)


def _unique(ms: Iterable[Mention]) -> list[Mention]:
    seen: set[int] = set()
    out = []
    for m in ms:
        if m.id not in seen:
            seen.add(m.id)
            out.append(m)
    return out


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


# Heads of complex prepositions: the "to" of "according to", "due to", "thanks to" belongs to them and never
# names a recipient or goal ("handed medicine to the Red Crescent, according to the Swiss agency").
COMPLEX_PREP_HEADS = frozenset(
    {"according", "due", "owing", "thanks", "prior", "next", "close", "as", "because", "instead", "apart"}
)


def prep_objects(hosts: Iterable[Token], prep: str) -> list[Token]:
    """Objects of preposition `prep` attached to any host ("held talks with X", "sanctions on X")."""
    out = []
    for h in hosts:
        for c in h.children:
            if c.dep_ in ("prep", "dative", "agent") and c.lower_ == prep:
                out.extend(children(c, "pobj", "pcomp") or _stranded_object(c))
            elif c.dep_ in ("prt", "prep", "advmod") and c.lower_ not in COMPLEX_PREP_HEADS:
                # "crack down on", "pulled out of": prep on particle
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ == prep:
                        out.extend(children(p, "pobj"))
    return out


def _stranded_object(prep: Token) -> list[Token]:
    """A preposition's object parsed as the subject of a following clause: "granted asylum to [five officers]
    holed up in a residence" (`officers` as subject of `holed`)."""
    return [
        s
        for x in prep.head.children
        if x.dep_ in ("advcl", "ccomp", "relcl", "conj") and x.i > prep.i
        for s in children(x, "nsubj", "nsubjpass")
        if s.left_edge.i == prep.i + 1
    ]


# Participles whose passive form states the subject's own stance: "Israel is opposed to", "Vietnam is
# committed to", "is determined to". Without a by-agent their subject is the actor, not who undergoes it.
STATIVE_PARTICIPLES = frozenset({"oppose", "commit", "determine", "dedicate", "devote", "resolve"})


def is_passive(verb: Token) -> bool:
    """A passive verb; a stance participle without a `by`-agent ("is opposed to") counts as active."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    return not (verb.lemma_.lower() in STATIVE_PARTICIPLES and not agent_tokens(verb))


def subject_tokens(verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
    """Grammatical subject tokens of a verb (shared, controlled, relative) and whether it is passive."""
    passive = is_passive(verb)
    subj = children(verb, *(("nsubjpass",) if passive else (*SUBJ_DEPS, "nsubjpass")))
    subj = [s for s in subj if s.lower_ not in RELATIVE_PRONOUNS] + [
        verb.head for s in subj if s.lower_ in RELATIVE_PRONOUNS
    ]
    lead = headline_lead(verb)
    if not subj and lead is not None:  # "China praises Russia ties, accuses Washington of ...": shared
        return subject_tokens(lead, depth + 1)[0], passive
    if subj or depth > 4 or verb.head.i == verb.i:
        return subj, passive
    head = verb.head
    if verb.dep_ == "conj":  # "shelled and captured": conjoined verbs share the subject
        return subject_tokens(head, depth + 1)[0], passive
    if verb.dep_ == "xcomp":  # control: "agreed to provide", "urged Iran to stop", "is ready to send"
        obj = children(head, "dobj")
        if obj and head.lemma_ in OBJECT_CONTROL:
            return obj, passive
        return subject_tokens(head, depth + 1)[0], passive
    if verb.dep_ in ("relcl", "acl"):  # "forces that shelled Kharkiv", "troops stationed in"
        return ([] if passive or verb.tag_ == "VBN" else [head]), passive
    if verb.dep_ in ("advcl", "pcomp", "acomp") and not any(c.dep_ == "mark" for c in verb.children):
        if (
            verb.dep_ == "pcomp"
            and head.dep_ == "prep"
            and (head.head.pos_ in ("VERB", "AUX") or _responsible(head.head))
        ):
            head = head.head  # "resorted to throwing stones", "guilty of violating": through the preposition
        return subject_tokens(head, depth + 1)[0], passive  # "..., accusing the US of"
    return [], passive


def headline_lead(verb: Token) -> Token | None:
    """The first clause of a headline-style chain: "China praises X, accuses Y" parses the first clause as a
    complement of the second; when the second verb has no subject and a comma separates them, they are
    coordinated acts of one subject, not a report.
    """
    if any(c.dep_ in (*SUBJ_DEPS, "nsubjpass", "expl") for c in verb.children):
        return None
    for x in verb.children:
        if x.dep_ != "ccomp" or x.i > verb.i or not any(c.dep_ in SUBJ_DEPS for c in x.children):
            continue
        if any(p.dep_ == "punct" and p.lower_ == "," and x.i < p.i < verb.i for p in verb.children):
            return x
    return None


def governing_subject(noun: Token, any_object: bool = False) -> list[Token]:
    """The subject of the clause a nominal event belongs to, when the noun has no agent of its own.

    "Palestinians threw stones during demonstrations", "rebels wounded two soldiers in a bomb attack": an
    event noun in an in/during/at adjunct of an active verb is the subject's, as is a state the subject is
    on ("troops remained on alert", "workers went on strike"). "The ILO reiterated its
    demand": a possessive pronoun on the object points back to the subject. With `any_object`, any object:
    "the PKK issued a declaration demanding ..." (the declaration's act is the PKK's).
    """
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ADJUNCT_EVENT_PREPS:
        verb = head.head
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "on" and _state(head.head):
        verb = head.head  # "Israeli troops remained on alert"
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and _responsible(head.head):
        verb = head.head.head  # "the junta was responsible for the raids"
    elif noun.dep_ == "dobj" and (
        any_object or any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)
    ):
        verb = head
    else:
        return []
    if verb.pos_ not in ("VERB", "AUX") or is_passive(verb):
        return []
    return subject_tokens(verb)[0]


def _state(verb: Token) -> bool:
    return bool(verb.lemma_.lower() in STATE_VERBS)


def _responsible(adj: Token) -> bool:
    """A predicate adjective that makes its subject the agent of its complement: "guilty of violating"."""
    return bool(adj.dep_ == "acomp" and adj.lemma_.lower() in RESPONSIBILITY_ADJECTIVES)


def passive_target_tokens(verb: Token) -> list[Token]:
    """Who underwent a passive verb: its passive subject, or the noun a participle modifies."""
    subj = children(verb, "nsubjpass")
    if subj:
        return [verb.head if s.lower_ in RELATIVE_PRONOUNS else s for s in subj]
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        return [verb.head]
    if verb.dep_ == "conj":
        return passive_target_tokens(verb.head)
    return []


# Object pronouns of an elliptic second verb that stand for the first verb's object: "killed one soldier and
# wounded two others" (two other soldiers).
ELLIPTIC_OBJECTS = frozenset({"other", "others", "another"})


def object_tokens(verb: Token) -> list[Token]:
    """A verb's direct objects; "others" after a coordinated verb is the first verb's object kind."""
    out = []
    for o in children(verb, "dobj"):
        if o.lower_ in ELLIPTIC_OBJECTS and verb.dep_ == "conj" and not children(o, "prep"):
            out.extend(children(verb.head, "dobj") or [o])
        else:
            out.append(o)
    return out


def agent_tokens(verb: Token) -> list[Token]:
    """The `by`-agent of a passive verb ("was attacked by rebels")."""
    return [p for a in children(verb, "agent") for p in children(a, "pobj")]


def place_tokens(c: Any) -> list[Token]:
    """Objects of locative prepositions on a trigger, its light noun or its object ("a curfew in X").

    A nominal event in an adjunct or state phrase takes the place of its clause ("troops remained on alert
    in the West Bank", "threw stones during demonstrations in Hebron").
    """
    if c.kind != "noun":
        return clause_place_tokens(c.anchor, c.noun)
    own = _locatives(c.hosts)
    clause = _adjunct_clause(c.anchor)
    return own or (clause_place_tokens(clause) if clause is not None else [])


def _adjunct_clause(noun: Token) -> Token | None:
    """The verb whose adjunct or state phrase holds a nominal event ("remained [on alert]")."""
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "prep" or head.head.pos_ not in ("VERB", "AUX"):
        return None
    if head.lower_ in ADJUNCT_EVENT_PREPS or (head.lower_ == "on" and _state(head.head)):
        return head.head
    return None


# Subordinate clauses that describe the same act: "killed nine shoppers when they set off their vests in a
# market", "... as they stormed a village in X"; a participle ("..., killing 20 in X") needs no marker.
SAME_ACT_MARKS = frozenset({"when", "as", "while"})


def clause_place_tokens(verb: Token, noun: Token | None = None) -> list[Token]:
    """Objects of locative prepositions on a verb and its object ("impose a curfew in Algiers"), else on a
    subordinate clause describing the same act."""
    hosts = [verb, *children(verb, "dobj")]
    if noun is not None and all(h.i != noun.i for h in hosts):
        hosts.append(noun)
    clauses = [x for x in children(verb, "advcl") if _same_act(x)]
    return _locatives(hosts) or _locatives([*clauses, *(o for x in clauses for o in children(x, "dobj"))])


def _same_act(clause: Token) -> bool:
    marks = [m.lower_ for m in children(clause, "mark")]
    if not marks and clause.tag_ == "VBG":
        return True
    return any(m in SAME_ACT_MARKS for m in [*marks, *(a.lower_ for a in children(clause, "advmod"))])


def _locatives(hosts: Iterable[Token]) -> list[Token]:
    return [
        o
        for h in hosts
        for p in children(h, "prep")
        if p.lower_ in LOCATIVE_PREPS
        for o in children(p, "pobj")
    ]


def is_place(m: Mention) -> bool:
    """A mention naming a place (country, region, city, seat of government), not an organisation or group."""
    a = m.actor
    if m.rule == "kb:demonym":  # "Russian immigrants", "the Chinese": people, not a place
        return False
    return a.kind == "place" or m.rule.startswith("metonym:") or (a.kind == "country" and not a.sector)


# Prepositions whose object can name who undergoes an event; time and manner ones ("on Monday", "by phone")
# are left out.
PHRASE_PREPS = frozenset({"to", "against", "with", "for", "from", "of", "over", "toward", "towards", "into"})


def phrase_tokens(verb: Token, noun: Token | None = None) -> list[Token]:
    """Heads of an event's object, prepositional complements and purpose clause, in that order."""
    hosts = [verb] if noun is None or noun.i == verb.i else [verb, noun]
    out = [o for h in hosts for o in children(h, "dobj", "dative", "attr", "oprd") if o.i != verb.i]
    for h in hosts:
        out += [
            o for p in children(h, "prep") if p.lower_ in PHRASE_PREPS for o in children(p, "pobj", "pcomp")
        ]
    out += [x for x in children(verb, "advcl", "xcomp") if x.tag_ in ("VB", "VBG")]
    return out


def same_token(a: Token | None, b: Token | None) -> bool:
    """Token identity: spaCy builds a new Token object on every access, so `is` never matches."""
    return a is not None and b is not None and a.i == b.i
