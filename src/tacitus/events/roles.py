"""Who does what to whom: the source and target mentions of a candidate, from its pattern's slots.

Falls back, in order, to the frame's embedded event, the place of a territorial event and the first other
actor inside the event's phrases; `pairs` turns sources and targets into dyads (reciprocal events included).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tacitus.events.arguments import (
    EVENT_NOUN_PREPS,
    FIRST_PERSON,
    MentionIndex,
    agent_tokens,
    children,
    clause_place_tokens,
    governing_subject,
    is_passive,
    is_place,
    object_tokens,
    passive_target_tokens,
    phrase_tokens,
    place_tokens,
    prep_objects,
    resolve_all,
    resolve_deep,
    same_token,
    subject_tokens,
)
from tacitus.events.candidates import Candidate
from tacitus.events.framing import Frame, embedded_chain
from tacitus.events.lexicon import Lexicon
from tacitus.model import Mention, Quote

Token = Any
# Frames that take a stand on someone's act: its agent is the target ("rejected Iraq's proposal").
STANCE_FRAMES = frozenset({"reject", "oppose", "support"})
# Frames whose target is who is addressed ("urged Iran to", "accused the US of"), not the embedded target.
ADDRESSEE_FRAMES = frozenset({"appeal", "demand", "accuse"})
# Frames asking someone to act ("demanded", "called for"): the agent of a nominal concession (CAMEO 08,
# yield) is who is asked to yield.
BIDDING_FRAMES = frozenset({"appeal", "demand"})
LIGHT_VERB_SLOTS = ("dative", "prep:to", "prep:with", "prep:on", "prep:against", "dobj")
# Events that act on a territory and its people: for them, "in X" names who undergoes the event when no
# other target is given (CAMEO codes "police arrested protesters in Cairo" with Egypt as target). Easing
# restrictions, protest, force posture, reduced relations (PLOVER SANCTION requires a recipient: "suspended
# aid deliveries in Baghdad"), coercion, assault, fight, mass violence.
TERRITORIAL_CODES = ("081", "14", "15", "16", "17", "18", "19", "20")
# Solicitations on behalf of or against a third party (CAMEO 053 rally support, 113 rally opposition): the
# target is that party, not the addressees who are asked to act ("urged the EC to support the PLO": PLO).
RALLY_CODES = frozenset({"053", "113"})
# Slots that name the other party of a reciprocal event ("met X", "talks with X"), not its topic.
PARTNER_SLOTS = frozenset({"dobj", "dative", "prep:with", "prep:between", "prep:to"})
# What a complaint is about (PLOVER ACCUSE targets the responsible party, not who hears the complaint).
GRIEVANCE_PREPS = ("about", "over", "against")
# Endings of nouns that name an act ("violations", "treatment", "killings"), which take their own by-agent.
NOMINALIZATION_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ing", "al", "ure")
# Violent acts (CAMEO 18 assault, 19 fight, 20 mass violence): as nouns, a bare place modifier names where or
# whose war it is ("the Ukraine war", "the Gaza conflict"), not who attacks.
VIOLENCE_ROOTS = ("18", "19", "20")


class RoleFinder:
    """Finds the source and target mentions of the candidates of one document."""

    def __init__(self, index: MentionIndex, lex: Lexicon) -> None:
        self.index = index
        self.lex = lex

    def sources(self, c: Candidate, quote: Quote | None) -> tuple[list[Mention], list[Token], bool]:
        """Source mentions, the subject tokens they came from, and whether the verb is passive."""
        if c.kind == "noun":
            toks = self.slot_tokens(c, c.entry.source)
            found = resolve_all([t for t in toks if not self._arena(c, t)], self.index)
            if not found and not any(t.pos_ == "PROPN" for t in toks):  # no named agent of its own
                gov = governing_subject(c.anchor)
                found, toks = (resolve_all(gov, self.index), gov) if gov else (found, toks)
            return found, toks, False
        subj, passive = subject_tokens(c.anchor)
        if passive:
            agents = agent_tokens(c.anchor)
            if not agents and "subj" in c.entry.source:  # "guerrillas were demobilized": their own act
                return resolve_all(passive_target_tokens(c.anchor), self.index), subj, True
            return resolve_all(agents, self.index), agents, True
        found = resolve_all(subj, self.index)
        if not found and c.anchor.dep_ == "acl" and same_token(subj[0] if subj else None, c.anchor.head):
            subj = (
                governing_subject(c.anchor.head, any_object=True) or subj
            )  # "issued a declaration demanding that ..."
            found = resolve_all(subj, self.index)
        speaker = quote.speaker if quote is not None else None
        if not found and speaker is not None and speaker.actor.code and _first_person(subj):
            found = [speaker]
        return found, subj, False

    def _arena(self, c: Candidate, tok: Token) -> bool:
        """A place compounded with a violent-act noun that has no target of its own: "the Ukraine war".

        With a target named elsewhere the modifier is the agent ("U.S. air strikes on Syria"); a possessive
        ("Russia's war") or a demonym ("the Russian invasion") always is.
        """
        if not c.entry.cameo.startswith(VIOLENCE_ROOTS) or tok.dep_ not in ("compound", "nmod"):
            return False
        m = self.index.at(tok)
        if m is None or not is_place(m):
            return False
        return not resolve_all(self.slot_tokens(c, c.entry.target), self.index)

    def slot_tokens(self, c: Candidate, slots: Sequence[str]) -> list[Token]:
        """The tokens of every named slot of a candidate, in slot order."""
        out: list[Token] = []
        for slot in slots:
            out.extend(self._slot(c, slot))
        return out

    def _slot(self, c: Candidate, slot: str) -> list[Token]:
        a = c.anchor
        if slot.startswith("prep:") or slot == "culprit":
            hosts = c.hosts if c.kind == "noun" else [*c.hosts, *children(a, "dobj")]
            if slot == "prep:by" and c.kind == "noun":
                return prep_objects(hosts, "by") or _stranded_agents(a)
            if slot.startswith("prep:"):
                return prep_objects(hosts, slot[5:])
            objs = [o for p in GRIEVANCE_PREPS for o in prep_objects(hosts, p)]
            return [t for t in _culprits(objs) if self.index.at(t) is not None]
        if c.kind == "noun":
            if slot in ("poss", "amod", "compound"):
                return [t for t in children(a, slot, "nmod" if slot == "compound" else slot)]
            return []
        if slot == "dobj":  # the object phrase, light noun included: "gave [Jordan] economic aid" (nmod)
            if is_passive(a):
                return passive_target_tokens(a)
            return object_tokens(a)
        if slot in ("amod", "compound"):  # "expelled Russian diplomats": the object's own modifier
            base = [c.noun] if c.noun is not None else children(a, "dobj")
            return [m for b in base for m in children(b, "amod", "compound", "nmod")]
        if slot == "dative":
            return children(a, "dative")
        if slot == "poss":
            base = [c.noun] if c.noun is not None else children(a, "dobj")
            return [p for b in base for p in children(b, "poss")]
        if slot == "attr":
            return children(a, "attr")
        if slot == "xsubj":
            return [s for x in children(a, "xcomp", "ccomp") for s in children(x, "nsubj", "nsubjpass")]
        return []

    def targets(self, c: Candidate, slots: Sequence[str]) -> tuple[list[Mention], str | None]:
        """Target mentions from the first slot that names one, and that slot."""
        if c.kind == "light":  # the verb's own arguments count too: "gave Tanzania a grant"
            slots = [*slots, *(s for s in LIGHT_VERB_SLOTS if s not in slots)]
        heads: list[tuple[str, Token]] = []
        for slot in slots:
            toks = self._slot(c, slot)
            light = [t for t in toks if c.kind == "light" and same_token(t, c.noun)]
            toks = [t for t in toks if not same_token(t, light[0] if light else None)]
            found = resolve_all(toks, self.index) + resolve_all(light, self.index, EVENT_NOUN_PREPS)
            found = [m for m in found if not _unplaced(m)]
            if found:
                return found, slot
            heads.extend((slot, t) for t in toks)
        for slot, tok in heads:  # "refugees fleeing the war in Liberia": the nearest actor in the phrase
            deep = resolve_deep(tok, self.index)
            if deep is not None and not _unplaced(deep):
                return [deep], slot
        return [], None

    def frame_targets(
        self, c: Candidate, frame: Frame, sources: list[Mention]
    ) -> tuple[list[Mention], str | None]:
        """Targets of a frame event: the addressee, the embedded act's agent or target, or its own slots."""
        inner = frame.embedded
        assert inner is not None
        src_ids = {m.id for m in sources}
        if c.entry.frame in BIDDING_FRAMES and inner.kind == "noun" and inner.entry.cameo.startswith("08"):
            # a concession asked for: "demanded Turkey's withdrawal from Cyprus", "the withdrawal of Rwandan
            # troops from Congo": who must yield (the act's agent, or the owner of what it gives up), not the
            # place it leaves
            owners = resolve_all([inner.noun], self.index) if inner.noun is not None else []
            agents = resolve_all(self.slot_tokens(inner, inner.entry.source), self.index) or owners
            actors = [m for m in agents if m.id not in src_ids]
            if actors:
                return actors, "agent"
        own, slot = self.targets(c, c.entry.target)
        if c.entry.frame in ADDRESSEE_FRAMES and own:
            return own, slot
        inner_subj = (
            resolve_all(subject_tokens(inner.anchor)[0], self.index)
            if inner.kind != "noun" and inner.anchor.dep_ == "ccomp"
            else []
        )
        if c.entry.frame in ADDRESSEE_FRAMES and inner_subj:
            return inner_subj, "xsubj"
        agents = (
            [
                m
                for m in resolve_all(self.slot_tokens(inner, inner.entry.source), self.index)
                if m.id not in src_ids
            ]
            if inner.kind == "noun"
            else []
        )
        if agents and c.entry.frame in STANCE_FRAMES:  # "opposed the US invasion of Iraq": the US
            return agents, "agent"
        inner_t, inner_slot = self.targets(inner, inner.entry.target)
        inner_t = [m for m in inner_t if m.id not in src_ids]
        if inner_t:
            return inner_t, inner_slot
        if not own and agents:  # "agreed to US mediation": whose act is accepted
            return agents, "agent"
        return own, slot

    def rallied(self, frame: Frame, sources: list[Mention]) -> tuple[list[Mention], str | None]:
        """The party others are asked to back or oppose: the embedded act's own target."""
        if frame.code not in RALLY_CODES or frame.embedded is None:
            return [], None
        found, slot = self.targets(frame.embedded, frame.embedded.entry.target)
        src_ids = {m.id for m in sources}
        return [m for m in found if m.id not in src_ids], slot

    def place_targets(self, c: Candidate, frame: Frame | None, code: str) -> tuple[list[Mention], str | None]:
        """The country where an event acting on a territory happens, when nothing else is its target.

        A threat or intention without a coded content looks into its complement clause: "threatened to
        resume attacks in Israel" targets Israel.
        """
        for cand, cand_code in ((c, code), *embedded_chain(frame, self.lex)):
            if cand_code.startswith(TERRITORIAL_CODES):
                toks = place_tokens(cand)
            elif cand_code.startswith("13") and (frame is None or frame.embedded is None):
                toks = [t for x in children(cand.anchor, "xcomp") for t in clause_place_tokens(x)]
            else:
                continue
            found = [m for m in resolve_all(toks, self.index) if is_place(m)]
            if found:
                return found[:1], "place"
        return [], None

    def phrase_targets(
        self, c: Candidate, frame: Frame | None, sources: list[Mention]
    ) -> tuple[list[Mention], str | None]:
        """Last resort: the first other actor inside the event's object or complement phrases.

        CAMEO events are dyadic: "refused admittance to Ghanaians", "cut off electricity to the Azerbaijani
        republic", "staged a strike to demand reforms by Suharto's government" all name who undergoes the
        act, if not in the slot the pattern expects. When the nearest actor is a group with no country
        ("allow humanitarian workers to move", "release prisoners"), the guess is too vague to code (and
        an actor further away is no better): the event keeps no target.
        """
        own: set[object] = {m.id for m in sources} | {m.actor.code for m in sources}
        home = {m.actor.country for m in sources if not is_place(m)}
        for cand in (c, *(x for x, _ in embedded_chain(frame, self.lex))):
            for tok in phrase_tokens(cand.anchor, cand.noun):
                m = resolve_deep(
                    tok, self.index, skip=own, places=False, own_agent=not same_token(tok, cand.noun)
                )
                if m is None:
                    continue
                vague = m.actor.country is None or (m.actor.country in home and _bare_place(m, tok.doc))
                return ([], None) if vague else ([m], "phrase")
        return [], None


def pairs(
    c: Candidate, sources: list[Mention], targets: list[Mention], slot: str | None = None
) -> list[tuple[Mention, Mention | None]]:
    """Source/target pairs; an actor does not target itself, but may act in its own country (place).

    Coordinated subjects of a reciprocal event act on each other unless a partner is named ("Israel and
    Lebanon renewed talks on the pullback": `on` gives the topic, not a partner).
    """
    place = slot == "place"
    partner = targets and slot in PARTNER_SLOTS
    if not partner and c.entry.reciprocal and len({s.actor.code for s in sources}) > 1:
        return [(s, t) for s in sources for t in sources if s.id != t.id and s.actor.code != t.actor.code]
    out: list[tuple[Mention, Mention | None]] = []
    for s in sources:
        ts = [
            t
            for t in targets
            if (place or _own_country(s, t) or t.actor.code != s.actor.code) and t.id != s.id
        ]
        out.extend((s, t) for t in ts) if ts else out.append((s, None))
    return out


def _own_country(source: Mention, target: Mention) -> bool:
    """A government acting in its own capital or country: "Turkey imposed martial law in Ankara"."""
    return is_place(target) and not is_place(source)


def _unplaced(m: Mention) -> bool:
    """A role with no country ("more refugees" where two countries are named): too vague to be a target."""
    return m.rule == "role:sector-only"


def _stranded_agents(noun: Token) -> list[Token]:
    """A nominal event's by-agent parsed onto its own object: "an attack on [a base by rebels]".

    An object that is itself an act keeps its agent: "protests against [violations by the army]".
    """
    objects = [o for p in children(noun, "prep") if p.lower_ != "by" for o in children(p, "pobj")]
    return prep_objects(
        [o for o in objects if not o.lower_.removesuffix("s").endswith(NOMINALIZATION_SUFFIXES)], "by"
    )


def _culprits(objects: Sequence[Token]) -> list[Token]:
    """Who is blamed in a grievance phrase: "about Israel", "over Israeli raids", "over raids by Israel".

    Only the object itself or its agent-like modifiers count; "over the deaths of Lebanese civilians" names
    victims, not a culprit.
    """
    out: list[Token] = []
    for o in objects:
        agents = [p for b in children(o, "prep") if b.lower_ == "by" for p in children(b, "pobj")]
        for t in (o, *agents):
            out.append(t)
            out.extend(children(t, "poss", "amod", "compound", "nmod"))
    return out


def _bare_place(m: Mention, doc: Token) -> bool:
    """A country named as a place in its own right ("returning to Kyrgyzstan"), not as a modifier."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return is_place(m) and span is not None and span.root.dep_ not in ("poss", "compound", "amod", "nmod")


def _first_person(tokens: Sequence[Token]) -> bool:
    return any(s.lower_ in FIRST_PERSON for s in tokens)
