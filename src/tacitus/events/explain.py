"""Explanations: the parse, the actors and the fate of every trigger candidate for a piece of text."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from tacitus.events.coder import Decision
from tacitus.events.lexicon import load_lexicon
from tacitus.events.stage import code_events
from tacitus.model import Document, Event, Mention, Quote
from tacitus.pipeline import Pipeline
from tacitus.readers import read_text


@dataclass(frozen=True)
class TokenInfo:
    """One token of the parse."""

    i: int
    text: str
    lemma: str
    pos: str
    dep: str
    head: int
    sentence: int


@dataclass(frozen=True)
class Explanation:
    """Everything needed to see why the text was coded the way it was."""

    document: Document
    tokens: tuple[TokenInfo, ...]
    mentions: tuple[Mention, ...]
    quotes: tuple[Quote, ...]
    decisions: tuple[Decision, ...]
    events: tuple[Event, ...]

    def to_dict(self) -> dict[str, Any]:
        from tacitus.serialize import event_record, mention_record, quote_record

        d = self.document
        return {
            "text": d.text,
            "date": d.date.isoformat() if d.date else None,
            "tokens": [t.__dict__ for t in self.tokens],
            "actors": [mention_record(d, m) for m in self.mentions],
            "quotes": [quote_record(d, q) for q in self.quotes],
            "candidates": [
                {
                    "trigger": x.trigger.text,
                    "start": x.trigger.start,
                    "lemma": x.lemma,
                    "rule": x.rule,
                    "cameo": x.cameo,
                    "status": x.status,
                    "events": x.events,
                }
                for x in self.decisions
            ],
            "events": [event_record(d, e) for e in self.events],
        }


def explain(text: str, pipeline: Pipeline, when: date | None = None) -> Explanation:
    """Code `text` with every stage before `events`, then code events keeping the decision log."""
    doc = read_text(text, when=when)
    settings = pipeline.settings
    before = replace(settings, stages=tuple(s for s in settings.stages if s != "events"))
    coded = Pipeline(before).code(doc) if before.stages else doc
    events, decisions = code_events(coded, load_lexicon(tuple(settings.lexicon_files)), settings)
    coded = replace(coded, events=tuple(events))
    tokens: tuple[TokenInfo, ...] = ()
    if coded.parsed is not None:
        sent_of = {t.i: k for k, s in enumerate(coded.parsed.sents) for t in s}
        tokens = tuple(
            TokenInfo(t.i, t.text, t.lemma_, t.pos_, t.dep_, t.head.i, sent_of.get(t.i, 0))
            for t in coded.parsed
        )
    return Explanation(coded, tokens, coded.mentions, coded.quotes, tuple(decisions), coded.events)
