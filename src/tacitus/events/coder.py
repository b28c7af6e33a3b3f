"""The event coder: a parsed sentence, its mentions and quotes -> events, with a reason for every trigger.

Order of work per sentence: match candidates (candidates.py); resolve frames, which swallow the event they
embed ("threatened to impose sanctions" is one threat, not a sanction); then code each remaining candidate
with its arguments, modality and reporter. Every candidate leaves a `Decision` for `tacitus explain`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
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
    passive_target_tokens,
    phrase_tokens,
    place_tokens,
    prep_objects,
    resolve_all,
    resolve_deep,
    subject_tokens,
)
from tacitus.events.candidates import EMPTY, Candidate, refine_by_object, sentence_candidates
from tacitus.events.choice import appeal_reading, participants
from tacitus.events.lexicon import Entry, Lexicon
from tacitus.events.meaning import Modality, is_question, modality
from tacitus.events.salience import background_reason
from tacitus.model import Mention, Quote, Span

Token = Any
MAPPING_FRAMES = frozenset(
    {"intent", "threat", "appeal", "demand", "reject", "accuse", "deny", "yield", "support", "oppose"}
)
# Frames that see through an embedded promise to the act promised: "refused to commit to aid" rejects aid.
TRANSPARENT_INTENT = frozenset({"reject", "appeal", "demand", "yield"})
# Frames that take a stand on someone's act: its agent is the target ("rejected Iraq's proposal").
STANCE_FRAMES = frozenset({"reject", "oppose", "support"})
# Frames whose target is who is addressed ("urged Iran to", "accused the US of"), not the embedded target.
ADDRESSEE_FRAMES = frozenset({"appeal", "demand", "accuse"})
VERBAL_ROOTS = frozenset({"01", "02", "03", "09", "10", "11", "12", "13"})
CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
# Acts whose promise or concession, negated, is a refusal: intent, consult, support, cooperate, aid, yield.
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
LIGHT_VERB_SLOTS = ("dative", "prep:to", "prep:with", "prep:on", "prep:against", "dobj")
# Events that act on a territory and its people: for them, "in X" names who undergoes the event when no
# other target is given (CAMEO codes "police arrested protesters in Cairo" with Egypt as target). Easing
# restrictions, protest, force posture, coercion, assault, fight, mass violence.
TERRITORIAL_CODES = ("081", "14", "15", "17", "18", "19", "20")
# Slots that name the other party of a reciprocal event ("met X", "talks with X"), not its topic.
PARTNER_SLOTS = frozenset({"dobj", "dative", "prep:with", "prep:between", "prep:to"})
WEAK_SLOTS = frozenset({"place", "phrase"})
PRONOUN_SUBJECTS = frozenset({"it", "they", "he", "she", "we", "i"})
# Verbs whose infinitive complement states an obligation: "has to withdraw", "needs to reform".
OBLIGATION_VERBS = frozenset({"have", "need"})
CONTENT_PREPS = frozenset({"of", "for", "with", "to", "against", "on", "about", "from"})


@dataclass(frozen=True)
class Coded:
    """An event before it becomes a model `Event` (no document id or date yet)."""

    sentence: int
    source: Mention
    target: Mention | None
    cameo: str
    trigger: Span
    rule: str
    confidence: float
    negated: bool = False
    reported_by: Mention | None = None
    quote: int | None = None


@dataclass(frozen=True)
class Decision:
    """Why a trigger was, or was not, coded."""

    trigger: Span
    lemma: str
    rule: str
    cameo: str
    status: str  # "coded", "no source actor", "hypothetical: ...", "embedded in ...", "negated (dropped)"
    events: int = 0


@dataclass
class _Frame:
    code: str
    rule: str
    embedded: Candidate | None


@dataclass
class SentenceResult:
    events: list[Coded] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)


class SentenceCoder:
    """Codes the sentences of one document."""

    def __init__(
        self,
        text: str,
        mentions: Sequence[Mention],
        quotes: Sequence[Quote],
        parsed: Any,
        lex: Lexicon,
        keep_negated: bool = True,
        irregular: Mapping[str, str] = EMPTY,
    ) -> None:
        self.text = text
        self.lex = lex
        self.index = MentionIndex(mentions, parsed)
        self.quotes = [q for q in quotes if q.content.end > q.content.start]
        self.keep_negated = keep_negated
        self.irregular = irregular  # irregular verb forms -> lemma, for mis-lemmatised triggers

    # ---- helpers ---------------------------------------------------------------------------------
    def span(self, tok: Token) -> Span:
        return Span(tok.idx, tok.idx + len(tok.text), tok.text)

    def quote_at(self, offset: int) -> Quote | None:
        for q in self.quotes:
            if q.content.start <= offset < q.content.end:
                return q
        return None

    def _sources(self, c: Candidate, quote: Quote | None) -> tuple[list[Mention], list[Token], bool]:
        """Source mentions, the subject tokens they came from, and whether the verb is passive."""
        if c.kind == "noun":
            toks = self._slot_tokens(c, c.entry.source)
            found = resolve_all(toks, self.index)
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
        if not found and c.anchor.dep_ == "acl" and _same(subj[0] if subj else None, c.anchor.head):
            subj = (
                governing_subject(c.anchor.head, any_object=True) or subj
            )  # "issued a declaration demanding that ..."
            found = resolve_all(subj, self.index)
        speaker = quote.speaker if quote is not None else None
        if not found and speaker is not None and speaker.actor.code and _first_person(subj):
            found = [speaker]
        return found, subj, False

    def _slot_tokens(self, c: Candidate, slots: Sequence[str]) -> list[Token]:
        out: list[Token] = []
        for slot in slots:
            out.extend(self._slot(c, slot))
        return out

    def _slot(self, c: Candidate, slot: str) -> list[Token]:
        a = c.anchor
        if slot.startswith("prep:"):
            hosts = c.hosts if c.kind == "noun" else [*c.hosts, *children(a, "dobj")]
            return prep_objects(hosts, slot[5:])
        if c.kind == "noun":
            if slot in ("poss", "amod", "compound"):
                return [t for t in children(a, slot, "nmod" if slot == "compound" else slot)]
            return []
        if slot == "dobj":  # the object phrase, light noun included: "gave [Jordan] economic aid" (nmod)
            if is_passive(a):
                return passive_target_tokens(a)
            return children(a, "dobj")
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

    def _targets(self, c: Candidate, slots: Sequence[str]) -> tuple[list[Mention], str | None]:
        if c.kind == "light":  # the verb's own arguments count too: "gave Tanzania a grant"
            slots = [*slots, *(s for s in LIGHT_VERB_SLOTS if s not in slots)]
        heads: list[tuple[str, Token]] = []
        for slot in slots:
            toks = self._slot(c, slot)
            light = [t for t in toks if c.kind == "light" and _same(t, c.noun)]
            toks = [t for t in toks if not _same(t, light[0] if light else None)]
            found = resolve_all(toks, self.index) + resolve_all(light, self.index, EVENT_NOUN_PREPS)
            if found:
                return found, slot
            heads.extend((slot, t) for t in toks)
        for slot, tok in heads:  # "refugees fleeing the war in Liberia": the nearest actor in the phrase
            deep = resolve_deep(tok, self.index)
            if deep is not None:
                return [deep], slot
        return [], None

    # ---- frames ---------------------------------------------------------------------------------------
    def _content(self, c: Candidate, cands: dict[int, Candidate]) -> Candidate | None:
        """The event a frame trigger embeds: its complement clause, object noun or prepositional object."""
        a = c.anchor
        own = cands.get(c.noun.i) if c.kind == "verb" and c.noun is not None else None
        if own is not None and own.entry.frame in MAPPING_FRAMES:  # "accepted [demands] for reform"
            return own
        pool: list[Token] = children(a, "xcomp", "ccomp")
        pool += [x for x in children(a, "advcl") if _infinitive(x)]  # "sworn to fight" parsed as advcl
        for x in children(a, "acomp"):
            pool += children(x, "xcomp")
        if c.noun is not None:
            pool += children(c.noun, "acl", "relcl", "xcomp")
        pool += [o for o in children(a, "dobj", "nsubjpass") if not _same(o, c.noun)]
        for host in c.hosts:
            for p in children(host, "prep"):
                if p.lower_ in CONTENT_PREPS:
                    pool += children(p, "pobj", "pcomp")
        if c.entry.frame == "accuse":  # "accused [the rebels of kidnapping]": the of-phrase on the accused
            pool += [
                x
                for o in children(a, "dobj")
                for p in children(o, "prep")
                if p.lower_ in ("of", "for")
                for x in children(p, "pobj", "pcomp")
            ]
        if c.kind == "noun":
            pool += children(a, "acl")
        for tok in pool:
            hit = cands.get(tok.i) or self._light_owner(tok, cands)
            if hit is not None and hit is not c and hit.entry.frame != "say":
                return hit
        return None

    @staticmethod
    def _light_owner(tok: Token, cands: dict[int, Candidate]) -> Candidate | None:
        head = cands.get(tok.head.i)
        return head if head is not None and _same(head.noun, tok) and head.kind == "light" else None

    def resolve_frames(self, cands: dict[int, Candidate]) -> tuple[dict[int, _Frame], dict[int, int]]:
        """Frame code per frame anchor, and embedded anchor -> frame anchor (innermost first)."""
        frames: dict[int, _Frame] = {}
        embedded_by: dict[int, int] = {}
        order = sorted(cands.values(), key=lambda c: -_depth(c.anchor))
        for c in order:
            if c.entry.frame not in MAPPING_FRAMES:
                continue
            inner = self._content(c, cands)
            if inner is None or inner.anchor.i in embedded_by:
                frames[c.anchor.i] = _Frame(c.entry.cameo, c.rule(), None)
                continue
            inner_code = self._inner_code(c, inner, frames)
            mapped = self.lex.frames.map_code(c.entry.frame or "", inner_code)
            code = mapped or c.entry.cameo
            frames[c.anchor.i] = _Frame(code, f"{c.rule()}[{c.entry.frame}]<{inner.rule()}", inner)
            embedded_by[inner.anchor.i] = c.anchor.i
        return frames, embedded_by

    def _inner_code(self, c: Candidate, inner: Candidate, frames: dict[int, _Frame]) -> str:
        """The embedded event's code; a promise inside a refusal, appeal or demand is see-through: "refused
        to commit to assistance" rejects the assistance (122), as "refused assistance" does."""
        frame = frames.get(inner.anchor.i)
        if frame is None:
            return refine_by_object(inner, self.lex)
        if (
            inner.entry.frame == "intent"
            and c.entry.frame in TRANSPARENT_INTENT
            and frame.embedded is not None
        ):
            return self._inner_code(inner, frame.embedded, frames)
        return frame.code

    # ---- coding ---------------------------------------------------------------------------------------
    def code_sentence(self, index: int, sent: Any) -> SentenceResult:
        res = SentenceResult()
        cands = {i: appeal_reading(c) for i, c in sentence_candidates(sent, self.lex, self.irregular).items()}
        if not cands:
            return res
        frames, embedded_by = self.resolve_frames(cands)
        acted_on = participants(cands)
        question = is_question(sent)
        reporters: dict[int, list[Mention]] = {}
        say_used: set[int] = set()
        for c in sorted(cands.values(), key=lambda c: c.anchor.i):
            if c.entry.frame == "say":
                reporters[c.anchor.i] = self._sources(c, self.quote_at(c.anchor.idx))[0]
        main, background = SentenceResult(), SentenceResult()
        for c in sorted(cands.values(), key=lambda c: c.anchor.i):
            if c.entry.frame == "say":
                continue
            if c.anchor.i in embedded_by:
                host = cands[embedded_by[c.anchor.i]]
                res.decisions.append(self._decision(c, c.entry.cameo, f"embedded in '{host.anchor.text}'"))
                continue
            if c.anchor.i in acted_on:  # "an attack on a police patrol": the patrol is the target
                host = acted_on[c.anchor.i]
                res.decisions.append(self._decision(c, c.entry.cameo, f"what '{host.anchor.text}' acts on"))
                continue
            if c.entry.embedded:  # "rights", "corruption": only what a frame demands, accuses of...
                res.decisions.append(self._decision(c, c.entry.cameo, "content only: not an event by itself"))
                continue
            if c.kind == "noun" and self.index.at(c.anchor) is not None:
                res.decisions.append(self._decision(c, c.entry.cameo, "part of an actor's name"))
                continue
            frame = frames.get(c.anchor.i)
            code = frame.code if frame else refine_by_object(c, self.lex)
            rule = frame.rule if frame else None
            out = background if background_reason(c, code) else main
            self._code_one(index, c, code, rule, frame, question, reporters, say_used, out)
        self._merge(res, main, background, cands)
        if not question:
            say_used |= self.code_obligations(index, cands, reporters, res)
        for c in cands.values():
            if c.entry.frame == "say" and c.anchor.i not in say_used:
                self._code_one(index, c, c.entry.cameo, None, None, question, {}, say_used, res)
        return res

    @staticmethod
    def _merge(
        res: SentenceResult, main: SentenceResult, background: SentenceResult, cands: dict[int, Candidate]
    ) -> None:
        """Main-clause events, and background events only when the sentence has no main event."""
        res.events.extend(main.events)
        res.decisions.extend(main.decisions)
        if not main.events:
            res.events.extend(background.events)
            res.decisions.extend(background.decisions)
            return
        for d in background.decisions:
            if d.events:
                reason = background_reason(cands[_anchor_index(d, cands)], d.cameo) or "background"
                d = replace(d, status=f"background ({reason}); main event coded", events=0)
            res.decisions.append(d)

    def _reporter(
        self, c: Candidate, reporters: dict[int, list[Mention]]
    ) -> tuple[int | None, list[Mention]]:
        cur = c.anchor
        for _ in range(6):
            if cur.head.i == cur.i:
                break
            if cur.head.i in reporters and cur.dep_ in ("ccomp", "parataxis", "xcomp", "dobj", "conj"):
                return cur.head.i, reporters[cur.head.i]
            cur = cur.head
        return None, []

    def _code_one(
        self,
        index: int,
        c: Candidate,
        code: str,
        rule: str | None,
        frame: _Frame | None,
        question: bool,
        reporters: dict[int, list[Mention]],
        say_used: set[int],
        res: SentenceResult,
    ) -> None:
        quote = self.quote_at(c.anchor.idx)
        mod = modality(c.anchor, self.lex.frames)
        say_at, reporter = self._reporter(c, reporters)
        sources, subj, _ = self._sources(c, quote)
        if not sources and reporter and any(s.lower_ in PRONOUN_SUBJECTS for s in subj):
            sources = reporter[:1]  # "Iraq announced that it is prepared to ...": it = the speaker
        if mod.obligation and reporter:
            # "X said Y must withdraw": X demands (or appeals) that Y withdraw; "Y must agree to reforms":
            # the demand is for what the frame embeds (reforms).
            content = refine_by_object(frame.embedded, self.lex) if frame and frame.embedded else code
            rule = f"{c.rule()}[{mod.obligation} by reporter]"
            self._obligation(index, c, mod, content, rule, reporter, sources, quote, res)
            if say_at is not None:
                say_used.add(say_at)
            return
        if question or mod.hypothetical or mod.obligation:
            # what someone must or should do, with no known speaker demanding it, has not happened
            why = "question" if question else mod.hypothetical or f"obligation ({mod.obligation})"
            res.decisions.append(self._decision(c, code, f"not a fact: {why}"))
            return
        if not sources:
            res.decisions.append(self._decision(c, code, "no source actor"))
            return
        if say_at is not None:  # the reporter's statement is this event; unused, it is coded as 010
            say_used.add(say_at)
        targets, slot = (
            self._frame_targets(c, frame, sources)
            if frame and frame.embedded
            else (self._targets(c, c.entry.target))
        )
        if not targets and c.entry.frame in ADDRESSEE_FRAMES:  # "demanded that Germany pay"
            targets, slot = self._targets(c, ("xsubj",))
        if not targets:  # "lifted the curfew in Montenegro", "rioted at a jail in northern Israel"
            targets, slot = self._place_targets(c, frame, code)
        if not targets and c.entry.frame != "say":
            targets, slot = self._phrase_targets(c, frame, sources)
        refusal = self._refusal(c, code, mod)
        if refusal is not None:  # "will not release the prisoners": a rejection, and a fact
            code, rule, mod = (
                refusal,
                f"{rule or c.rule(slot)}[negated -> reject]",
                replace(mod, negated=False),
            )
        elif mod.intent:
            code, rule = self._intent(code, rule or c.rule(slot), _unless(c.anchor))
        pairs = self._pairs(c, sources, targets, slot)
        rule = rule or c.rule(slot)
        speaker = reporter[0] if reporter else (quote.speaker if quote and quote.speaker else None)
        if speaker is not None and not speaker.actor.code:
            speaker = None
        weak = 0.9 if slot in WEAK_SLOTS else 1.0  # a fallback target is less certain than a slot's
        if slot in WEAK_SLOTS and not rule.endswith(f">{slot}"):
            rule += f">{slot}"
        self._emit(index, c, code, rule, pairs, mod, speaker, quote, res, weak)

    def _obligation(
        self,
        index: int,
        c: Candidate,
        mod: Modality,
        content: str,
        rule: str,
        reporter: list[Mention],
        addressees: list[Mention],
        quote: Quote | None,
        res: SentenceResult,
    ) -> None:
        """The reporter demands (must, has to) or appeals for (should, needs to) the content act."""
        new = self.lex.frames.map_code(mod.obligation or "", content) or (
            "100" if mod.obligation == "demand" else "020"
        )
        targets: list[Mention | None] = list(addressees) or [None]
        pairs: list[tuple[Mention, Mention | None]] = [
            (r, t) for r in reporter for t in targets if t is None or not _same_actor(r, t)
        ]
        if not pairs:  # "Germany said it must cut spending": a resolve, not a demand on anyone
            res.decisions.append(self._decision(c, new, "obligation on the speaker itself"))
            return
        self._emit(index, c, new, rule, pairs, Modality(negated=mod.negated), None, quote, res)

    def code_obligations(
        self,
        index: int,
        cands: dict[int, Candidate],
        reporters: dict[int, list[Mention]],
        res: SentenceResult,
    ) -> set[int]:
        """Obligations a reporter states with no lexicon trigger: "declared that China must drop barriers".

        What the addressee must or should do need not be a coded act: saying that someone must act is a
        demand (CAMEO 100), that they should or need to act an appeal (020). Returns the reporters used.
        """
        used: set[int] = set()
        for at, speakers in reporters.items():
            if not speakers:
                continue
            say = cands[at]
            for x in children(say.anchor, "ccomp"):
                inner = children(x, "xcomp") if x.lemma_ in OBLIGATION_VERBS else []
                x = inner[0] if inner else x  # "Japan needs to enact": the act needed
                if x.i in cands or self._light_owner(x, cands) is not None:
                    continue
                mod = modality(x, self.lex.frames)
                if mod.obligation is None or is_question(x.sent):
                    continue
                addressees = resolve_all(subject_tokens(x)[0], self.index)
                if not addressees:
                    continue
                c = Candidate(x, obligation_entry(mod.obligation), "verb", lemma=x.lemma_.lower())
                rule = f"{say.rule()}<{mod.obligation}:{x.lemma_.lower()}"
                self._obligation(index, c, mod, "", rule, speakers, addressees, self.quote_at(x.idx), res)
                used.add(at)
        return used

    def _place_targets(
        self, c: Candidate, frame: _Frame | None, code: str
    ) -> tuple[list[Mention], str | None]:
        """The country where an event acting on a territory happens, when nothing else is its target.

        A threat or intention without a coded content looks into its complement clause: "threatened to
        resume attacks in Israel" targets Israel.
        """
        for cand, cand_code in ((c, code), *self._embedded_chain(frame)):
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

    def _phrase_targets(
        self, c: Candidate, frame: _Frame | None, sources: list[Mention]
    ) -> tuple[list[Mention], str | None]:
        """Last resort: the first other actor inside the event's object or complement phrases.

        CAMEO events are dyadic: "refused admittance to Ghanaians", "cut off electricity to the Azerbaijani
        republic", "staged a strike to demand reforms by Suharto's government" all name who undergoes the
        act, if not in the slot the pattern expects.
        """
        own: set[object] = {m.id for m in sources} | {m.actor.code for m in sources}
        for cand in (c, *(x for x, _ in self._embedded_chain(frame))):
            for tok in phrase_tokens(cand.anchor, cand.noun):
                m = resolve_deep(tok, self.index, skip=own, places=False)
                if m is not None:
                    return [m], "phrase"
        return [], None

    def _embedded_chain(self, frame: _Frame | None) -> list[tuple[Candidate, str]]:
        inner = frame.embedded if frame else None
        return [(inner, refine_by_object(inner, self.lex))] if inner is not None else []

    def _refusal(self, c: Candidate, code: str, mod: Modality) -> str | None:
        """A negated promise or concession is a rejection (CAMEO 12): "will not release the prisoners"
        (1243), "would not agree to talks" (125), "did not bow to demands for his resignation" (1231)."""
        if not mod.negated or not (mod.intent or c.entry.frame == "yield"):
            return None
        if code[:2] not in COOPERATIVE_ROOTS:
            return None
        return self.lex.frames.map_code("reject", code)

    def _intent(self, code: str, rule: str, unless: bool = False) -> tuple[str, str]:
        """A stated future act: an intention (03), a threat (13) when it is force or coercion, or when it
        is made conditional with "unless" ("will withdraw its troops unless ...")."""
        root = code[:2]
        if root in VERBAL_ROOTS:
            return code, rule
        table = "threat" if root in CONFLICT_ROOTS or unless else "intent"
        mapped = self.lex.frames.map_code(table, code) or ("130" if unless else None)
        return (mapped, f"{rule}[{table} modal]") if mapped else (code, rule)

    def _frame_targets(
        self, c: Candidate, frame: _Frame, sources: list[Mention]
    ) -> tuple[list[Mention], str | None]:
        inner = frame.embedded
        assert inner is not None
        own, slot = self._targets(c, c.entry.target)
        if c.entry.frame in ADDRESSEE_FRAMES and own:
            return own, slot
        inner_subj = (
            resolve_all(subject_tokens(inner.anchor)[0], self.index)
            if inner.kind != "noun" and inner.anchor.dep_ == "ccomp"
            else []
        )
        if c.entry.frame in ADDRESSEE_FRAMES and inner_subj:
            return inner_subj, "xsubj"
        src_ids = {m.id for m in sources}
        agents = (
            [
                m
                for m in resolve_all(self._slot_tokens(inner, inner.entry.source), self.index)
                if m.id not in src_ids
            ]
            if inner.kind == "noun"
            else []
        )
        if agents and c.entry.frame in STANCE_FRAMES:  # "opposed the US invasion of Iraq": the US
            return agents, "agent"
        inner_t, inner_slot = self._targets(inner, inner.entry.target)
        inner_t = [m for m in inner_t if m.id not in src_ids]
        if inner_t:
            return inner_t, inner_slot
        if not own and agents:  # "agreed to US mediation": whose act is accepted
            return agents, "agent"
        return own, slot

    @staticmethod
    def _pairs(
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
        pairs: list[tuple[Mention, Mention | None]] = []
        for s in sources:
            ts = [
                t
                for t in targets
                if (place or _own_country(s, t) or t.actor.code != s.actor.code) and t.id != s.id
            ]
            pairs.extend((s, t) for t in ts) if ts else pairs.append((s, None))
        return pairs

    def _emit(
        self,
        index: int,
        c: Candidate,
        code: str,
        rule: str,
        pairs: list[tuple[Mention, Mention | None]],
        mod: Modality,
        speaker: Mention | None,
        quote: Quote | None,
        res: SentenceResult,
        weak: float = 1.0,
    ) -> None:
        if mod.negated and not self.keep_negated:
            res.decisions.append(self._decision(c, code, "negated (dropped)"))
            return
        conf = c.entry.confidence * (0.85 if mod.negated else 1.0) * weak
        for s, t in pairs:
            res.events.append(
                Coded(
                    sentence=index,
                    source=s,
                    target=t,
                    cameo=code,
                    trigger=self.span(c.anchor),
                    rule=rule,
                    confidence=round(conf * (1.0 if t is not None else 0.9), 3),
                    negated=mod.negated,
                    reported_by=speaker if speaker is not None and speaker.id != s.id else None,
                    quote=quote.id if quote else None,
                )
            )
        status = "coded (negated)" if mod.negated else "coded"
        res.decisions.append(self._decision(c, code, status, len(pairs), rule))

    def _decision(
        self, c: Candidate, code: str, status: str, n: int = 0, rule: str | None = None
    ) -> Decision:
        return Decision(self.span(c.anchor), c.anchor.lemma_, rule or c.rule(), code, status, n)


def obligation_entry(kind: str) -> Entry:
    """The pattern of an obligation stated by a reporter: demand (must) or appeal (should)."""
    return Entry(kind, "verb", "100" if kind == "demand" else "020", "obligation", target=("xsubj",))


def _anchor_index(d: Decision, cands: dict[int, Candidate]) -> int:
    return next(i for i, c in cands.items() if c.anchor.idx == d.trigger.start)


def _same_actor(a: Mention, b: Mention) -> bool:
    return a.id == b.id or (bool(a.actor.code) and a.actor.code == b.actor.code)


def _own_country(source: Mention, target: Mention) -> bool:
    """A government acting in its own capital or country: "Turkey imposed martial law in Ankara"."""
    return is_place(target) and not is_place(source)


def _infinitive(verb: Token) -> bool:
    return bool(verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _unless(verb: Token) -> bool:
    """The act is made conditional on the other side not acting: "... unless Chad agrees to a ceasefire"."""
    return any(
        x.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in x.children)
        for x in verb.children
    )


def _same(a: Token | None, b: Token | None) -> bool:
    """Token identity: spaCy builds a new Token object on every access, so `is` never matches."""
    return a is not None and b is not None and a.i == b.i


def _first_person(tokens: Sequence[Token]) -> bool:
    return any(s.lower_ in FIRST_PERSON for s in tokens)


def _depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d
