"""The event coder: a parsed sentence, its mentions and quotes -> events, with a reason for every trigger.

Order of work per sentence: match candidates (candidates.py); resolve frames, which swallow the event they
embed ("threatened to impose sanctions" is one threat, not a sanction); then code each remaining candidate
with its arguments, modality and reporter. Every candidate leaves a `Decision` for `tacitus explain`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from tacitus.events.arguments import MentionIndex, children, resolve_all, subject_tokens
from tacitus.events.candidates import EMPTY, Candidate, refine_by_object, sentence_candidates
from tacitus.events.choice import NO_CROWD_READING, participants, readings, verbal_protest
from tacitus.events.fallbacks import (
    PLACED_SUFFIX,
    PLACED_WEIGHT,
    crowd_source,
    fallback_subject,
    placed_source,
    unidentified_source,
)
from tacitus.events.framing import Frame, light_owner, resolve_frames
from tacitus.events.implicit import IMPLICIT_RULE, domestic_recipient, names_recipient
from tacitus.events.inherit import INHERITED_RULE, inherit_targets
from tacitus.events.lexicon import Entry, Lexicon
from tacitus.events.meaning import Modality, is_question, modality
from tacitus.events.refine import refine
from tacitus.events.roles import ADDRESSEE_FRAMES, RALLY_CODES, RoleFinder, pairs
from tacitus.events.salience import background_reason, skip_reason
from tacitus.model import Mention, Quote, Span

Token = Any
VERBAL_ROOTS = frozenset({"01", "02", "03", "09", "10", "11", "12", "13"})
CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
# Acts whose promise or concession, negated, is a refusal: intent, consult, support, cooperate, aid, yield.
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
WEAK_SLOTS = frozenset({"place", "phrase"})
PRONOUN_SUBJECTS = frozenset({"it", "they", "he", "she", "we", "i"})
# Verbs whose infinitive complement states an obligation: "has to withdraw", "needs to reform".
OBLIGATION_VERBS = frozenset({"have", "need"})
# CAMEO 164 (halt negotiations) "codes failed negotiations ... the termination can be bi/multi-lateral":
# "failed to reach agreement" ends talks without the agreement (057) they sought.
FAILED_AGREEMENT = ("057", "164")
IMPLICIT_STATUS = "; recipient implicit (the source's own country)"
INHERITED_STATUS = "; recipient inherited from the act it serves or follows from"


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
        implicit: bool = True,
    ) -> None:
        self.text = text
        self.lex = lex
        self.index = MentionIndex(mentions, parsed)
        self.roles = RoleFinder(self.index, lex)
        self.quotes = [q for q in quotes if q.content.end > q.content.start]
        self.keep_negated = keep_negated
        self.irregular = irregular  # irregular verb forms -> lemma, for mis-lemmatised triggers
        self.implicit = implicit  # fill unnamed domestic recipients (events/implicit.py)

    def span(self, tok: Token) -> Span:
        return Span(tok.idx, tok.idx + len(tok.text), tok.text)

    def quote_at(self, offset: int) -> Quote | None:
        for q in self.quotes:
            if q.content.start <= offset < q.content.end:
                return q
        return None

    # ---- coding ---------------------------------------------------------------------------------------
    def code_sentence(self, index: int, sent: Any) -> SentenceResult:
        res = SentenceResult()
        cands = {i: readings(c) for i, c in sentence_candidates(sent, self.lex, self.irregular).items()}
        if not cands:
            return res
        frames, embedded_by = resolve_frames(cands, self.lex)
        acted_on = participants(cands)
        question = is_question(sent)
        reporters: dict[int, list[Mention]] = {}
        say_used: set[int] = set()
        for c in sorted(cands.values(), key=lambda c: c.anchor.i):
            if c.entry.frame == "say":
                reporters[c.anchor.i] = self.roles.sources(c, self.quote_at(c.anchor.idx))[0]
        main, background = SentenceResult(), SentenceResult()
        embedded, frame_anchors = set(embedded_by), set(frames)
        for c in sorted(cands.values(), key=lambda c: c.anchor.i):
            if c.entry.frame == "say":
                continue
            if c.anchor.i in embedded_by:
                host = cands[embedded_by[c.anchor.i]]
                res.decisions.append(self._decision(c, c.entry.cameo, f"embedded in '{host.anchor.text}'"))
                continue
            if c.anchor.i in acted_on:  # "an assault on an army convoy": the convoy is the target
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
            skip = skip_reason(c, cands, embedded, frame_anchors, self.lex.frames)
            if skip is not None:  # "will visit X to mediate", "rioting during a summit"
                res.decisions.append(self._decision(c, code, skip))
                continue
            out = background if background_reason(c, code, cands) else main
            self._code_one(index, c, code, rule, frame, question, reporters, say_used, out)
        self._merge(res, main, background, cands)
        if not question:
            say_used |= self.code_obligations(index, cands, reporters, res)
        for c in cands.values():
            if c.entry.frame == "say" and c.anchor.i not in say_used:
                if not says_something(c.anchor):
                    res.decisions.append(self._decision(c, c.entry.cameo, "not speech: a thing as object"))
                    continue
                self._code_one(index, c, c.entry.cameo, None, None, question, {}, say_used, res)
        res.events = inherit_targets(res.events, sent)  # "summoned X's envoy to complain": to X
        note_inherited(res)
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
                reason = background_reason(cands[_anchor_index(d, cands)], d.cameo, cands) or "background"
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
        frame: Frame | None,
        question: bool,
        reporters: dict[int, list[Mention]],
        say_used: set[int],
        res: SentenceResult,
    ) -> None:
        quote = self.quote_at(c.anchor.idx)
        mod = modality(c.anchor, self.lex.frames)
        say_at, reporter = self._reporter(c, reporters)
        sources, subj, _ = self.roles.sources(c, quote)
        if not sources:  # constructions and misparses the role finder cannot read
            fallback = fallback_subject(c, self.lex)
            sources = resolve_all(fallback, self.index)
            subj = fallback if sources else subj
        if not sources and reporter and any(s.lower_ in PRONOUN_SUBJECTS for s in subj):
            sources = reporter[:1]  # "Peru announced that it is ready to ...": it = the speaker
        if not sources:  # "an editor was shot in Nairobi": someone in Kenya did it
            unknown = unidentified_source(c, code, self.index, index) or crowd_source(
                c, subj, self.index, index
            )
            sources = [unknown] if unknown is not None else []
        sources = [placed_source(m, c, self.index) for m in sources]  # "farmers protested in Paris"
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
        if frame is None and verbal_protest(c, code, subj, sources):  # "Iran protested the visit"
            code, c = c.entry.clause or code, replace(c, reading=NO_CROWD_READING)
        targets, slot = self.roles.rallied(frame, sources) if frame else ([], None)
        if frame and frame.embedded and not targets:
            code = self._unrallied(c, frame, code)
            targets, slot = self.roles.frame_targets(c, frame, sources)
        elif not targets:
            targets, slot = self.roles.targets(c, c.entry.target)
        if any(t.id == s.id for t in targets for s in sources):  # a subject is no slot's target
            targets = [t for t in targets if all(t.id != s.id for s in sources)]
            slot = slot if targets else None
        if not targets and c.entry.frame in ADDRESSEE_FRAMES:  # "demanded that Germany pay"
            targets, slot = self.roles.targets(c, ("xsubj",))
        if not targets:  # "lifted the curfew in Montenegro", "rioted at a jail in northern Israel"
            targets, slot = self.roles.place_targets(c, frame, code)
        if not targets and c.entry.frame != "say":
            targets, slot = self.roles.phrase_targets(c, frame, sources)
        refined = refine(code, c, subj if sources else [])
        if refined is not None:  # "Soviet aircraft killed 46 civilians": an aerial attack (195)
            code, rule = refined[0], f"{rule or c.rule(slot)}[{refined[1]}]"
        refusal = self._refusal(c, code, mod)
        if refusal is not None:  # "will not release the prisoners": a rejection, and a fact
            code, rule, mod = (
                refusal,
                f"{rule or c.rule(slot)}[negated -> {'halt' if refusal.startswith('16') else 'reject'}]",
                replace(mod, negated=False),
            )
        elif mod.intent:
            code, rule = self._intent(code, rule or c.rule(slot), _unless(c.anchor))
        dyads = pairs(c, sources, targets, slot)
        rule = rule or c.rule(slot)
        speaker = reporter[0] if reporter else (quote.speaker if quote and quote.speaker else None)
        if speaker is not None and not speaker.actor.code:
            speaker = None
        weak = 0.9 if slot in WEAK_SLOTS else 1.0  # a fallback target is less certain than a slot's
        if slot in WEAK_SLOTS and f">{slot}" not in rule:  # c.rule(slot) may already name it
            rule += f">{slot}"
        self._emit(index, c, code, rule, dyads, mod, speaker, quote, res, weak)

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
        dyads: list[tuple[Mention, Mention | None]] = [
            (r, t) for r in reporter for t in targets if t is None or not _same_actor(r, t)
        ]
        if not dyads:  # "Germany said it must cut spending": a resolve, not a demand on anyone
            res.decisions.append(self._decision(c, new, "obligation on the speaker itself"))
            return
        self._emit(index, c, new, rule, dyads, Modality(negated=mod.negated), None, quote, res)

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
                if x.i in cands or light_owner(x, cands) is not None:
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

    def _unrallied(self, c: Candidate, frame: Frame, code: str) -> str:
        """A call to back someone that names no one to back is a plain appeal: "urged Germany to support
        the plan" asks for policy support (022), not support on a party's behalf (053)."""
        if frame.code not in RALLY_CODES or frame.embedded is None:
            return code
        root = refine_by_object(frame.embedded, self.lex)[:2]
        return self.lex.frames.map_code(c.entry.frame or "", root) or code

    def _refusal(self, c: Candidate, code: str, mod: Modality) -> str | None:
        """A negated promise or concession is a rejection (CAMEO 12): "will not release the prisoners"
        (1243), "would not agree to talks" (125), "did not bow to demands for his resignation" (1231)."""
        if mod.negated and code == FAILED_AGREEMENT[0] and _failed(c.anchor):
            return FAILED_AGREEMENT[1]
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

    def _emit(
        self,
        index: int,
        c: Candidate,
        code: str,
        rule: str,
        dyads: list[tuple[Mention, Mention | None]],
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
        for s, t in dyads:
            t, why = (
                (t, "")
                if t is not None or not self.implicit
                else implicit_target(s, code, c, index, self.index)
            )
            weight = (1.0 if t is not None else 0.9) * (t.confidence if why and t is not None else 1.0)
            if s.rule.endswith(PLACED_SUFFIX):  # the source's country is where it acted (fallbacks.py)
                weight, why = weight * PLACED_WEIGHT, f"[source country from place]{why}"
            res.events.append(
                Coded(
                    sentence=index,
                    source=s,
                    target=t,
                    cameo=code,
                    trigger=self.span(c.anchor),
                    rule=rule + why,
                    confidence=round(conf * weight, 3),
                    negated=mod.negated,
                    reported_by=speaker if speaker is not None and speaker.id != s.id else None,
                    quote=quote.id if quote else None,
                )
            )
        status = "coded (negated)" if mod.negated else "coded"
        if any(e.rule.endswith(IMPLICIT_RULE) for e in res.events[len(res.events) - len(dyads) :]):
            status += IMPLICIT_STATUS
        res.decisions.append(self._decision(c, code, status, len(dyads), rule))

    def _decision(
        self, c: Candidate, code: str, status: str, n: int = 0, rule: str | None = None
    ) -> Decision:
        return Decision(self.span(c.anchor), c.anchor.lemma_, rule or c.rule(), code, status, n)


def note_inherited(res: SentenceResult) -> None:
    """Decisions whose events took their host act's recipient say so (not "recipient implicit")."""
    inherited = {e.trigger.start: e for e in res.events if e.rule.endswith(INHERITED_RULE)}
    for k, d in enumerate(res.decisions):
        e = inherited.get(d.trigger.start)
        if e is not None and d.events and d.rule.split(">")[0] == e.rule.split(">")[0]:
            status = d.status.replace(IMPLICIT_STATUS, "") + INHERITED_STATUS
            res.decisions[k] = replace(d, status=status, rule=e.rule)


def implicit_target(
    source: Mention, code: str, c: Candidate, sentence: int, mentions: MentionIndex | None = None
) -> tuple[Mention | None, str]:
    """The implicit domestic recipient of an untargeted event and the rule suffix saying so."""
    if c.verb is not None and mentions is not None and names_recipient(c.verb, mentions.coded):
        return None, ""
    m = domestic_recipient(source, code, Span(c.anchor.idx, c.anchor.idx + len(c.anchor.text), ""), sentence)
    return (m, f">{IMPLICIT_RULE}") if m is not None else (None, "")


def obligation_entry(kind: str) -> Entry:
    """The pattern of an obligation stated by a reporter: demand (must) or appeal (should)."""
    return Entry(kind, "verb", "100" if kind == "demand" else "020", "obligation", target=("xsubj",))


def _anchor_index(d: Decision, cands: dict[int, Candidate]) -> int:
    return next(i for i, c in cands.items() if c.anchor.idx == d.trigger.start)


def _same_actor(a: Mention, b: Mention) -> bool:
    return a.id == b.id or (bool(a.actor.code) and a.actor.code == b.actor.code)


def _unless(verb: Token) -> bool:
    """The act is made conditional on the other side not acting: "... unless Chad agrees to a ceasefire"."""
    return any(
        x.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in x.children)
        for x in verb.children
    )


def _failed(tok: Token) -> bool:
    """The act is the infinitive complement of "fail": "failed to reach agreement"."""
    return bool(tok.dep_ == "xcomp" and tok.head.lemma_ == "fail")


# Objects a speech verb can take and still be speech ("said nothing", "added a few remarks").
SPEECH_OBJECTS = frozenset(
    {"statement", "remark", "comment", "word", "thing", "detail", "point", "view", "opinion", "message"}
)
# Speech verbs whose object is the person addressed ("told reporters", "warned Iran").
ADDRESSEE_VERBS = frozenset({"tell", "inform", "assure", "remind", "warn", "brief", "notify", "ask"})


def says_something(verb: Any) -> bool:
    """False for a speech verb used in a non-speech sense: "adding fuel to the fire", "added troops"."""
    if verb.lemma_.lower() in ADDRESSEE_VERBS:
        return True
    children = list(verb.children)
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in children):
        return True
    objects = [c for c in children if c.dep_ == "dobj"]
    return not objects or any(o.pos_ == "PRON" or o.lemma_.lower() in SPEECH_OBJECTS for o in objects)
