"""The `events` stage: codes CAMEO/PLOVER events from a parsed document, its mentions and quotes."""

from __future__ import annotations

import logging
from dataclasses import replace

from tacitus.events.candidates import irregular_verbs
from tacitus.events.coder import Decision, SentenceCoder
from tacitus.events.dates import sentence_date
from tacitus.events.lexicon import Lexicon, load_lexicon
from tacitus.model import Document, Event
from tacitus.pipeline import DocumentStage, register_stage
from tacitus.settings import Settings

log = logging.getLogger(__name__)


class EventsStage(DocumentStage):
    name = "events"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lexicon = load_lexicon(tuple(settings.lexicon_files))

    def __call__(self, doc: Document) -> Document:
        if doc.parsed is None:
            log.debug("events: %s has no parse; skipped", doc.id)
            return doc
        events, _ = code_events(doc, self.lexicon, self.settings)
        return replace(doc, events=tuple(events))


def code_events(doc: Document, lex: Lexicon, settings: Settings) -> tuple[list[Event], list[Decision]]:
    """Events of a parsed document and the decision taken on every trigger candidate."""
    irregular = irregular_verbs(settings.model)
    coder = SentenceCoder(
        doc.text,
        doc.mentions,
        doc.quotes,
        doc.parsed,
        lex,
        settings.keep_negated,
        irregular,
        settings.implicit_recipients,
    )
    events: list[Event] = []
    decisions: list[Decision] = []
    for i, sent in enumerate(doc.parsed.sents):
        result = coder.code_sentence(i, sent)
        decisions.extend(result.decisions)
        if not result.events:
            continue
        when = sentence_date(sent, doc.date)
        for c in result.events:
            if c.confidence < settings.min_confidence:
                continue
            events.append(
                Event(
                    doc_id=doc.id,
                    sentence=c.sentence,
                    source=c.source,
                    target=c.target,
                    cameo=c.cameo,
                    trigger=c.trigger,
                    rule=c.rule,
                    confidence=c.confidence,
                    negated=c.negated,
                    reported_by=c.reported_by,
                    date=when,
                    quote=c.quote,
                )
            )
    return events, decisions


@register_stage("events")
def make_events_stage(settings: Settings) -> EventsStage:
    return EventsStage(settings)
