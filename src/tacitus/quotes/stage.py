"""The `quotes` stage: who said what, with speakers linked to the actors stage's mentions."""

from __future__ import annotations

import logging
from bisect import bisect_right
from dataclasses import replace
from typing import Any

from tacitus.model import Document, Mention, Quote, Span
from tacitus.nlp.model import load_model
from tacitus.pipeline import DocumentStage, register_stage
from tacitus.quotes.cues import Cues, load_cues
from tacitus.quotes.extract import find_attributions
from tacitus.quotes.found import Found
from tacitus.quotes.headlines import Parse
from tacitus.quotes.speakers import PRONOUNS, MentionIndex
from tacitus.quotes.violence import is_violence
from tacitus.settings import Settings

log = logging.getLogger(__name__)


class QuotesStage(DocumentStage):
    name = "quotes"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.cues = load_cues()

    def __call__(self, doc: Document) -> Document:
        if doc.parsed is None:
            log.debug("quotes: %s has no parse; skipped", doc.id)
            return doc
        return replace(doc, quotes=tuple(extract_quotes(doc, self.cues, self._reparse)))

    def _reparse(self, text: str) -> Any:
        """Parse a line again (title-case headlines) with the nlp stage's model."""
        return load_model(self.settings.model)(text)


def extract_quotes(doc: Document, cues: Cues, reparse: Parse | None = None) -> list[Quote]:
    """The quotations of a parsed document, speakers resolved against its mentions."""
    names = sorted((m.start, m.end) for m in doc.mentions)
    found = find_attributions(doc.text, doc.parsed, cues, names, reparse)
    mentions = MentionIndex(doc.mentions)
    sent_starts = [s.start for s in doc.sentences]
    quotes: list[Quote] = []
    coded: list[Mention] = []  # coded speakers so far, in order
    for f in found:
        speaker_text = doc.span(*f.speaker) if f.speaker else None
        speaker = _speaker(f, speaker_text, mentions, coded)
        if is_violence(f, doc.parsed, speaker, cues):
            continue  # `rebels attacked the convoy`: an attack, not words
        if speaker is not None and speaker.actor.code:
            coded.append(speaker)
        quotes.append(
            Quote(
                id=len(quotes),
                content=doc.span(*f.content),
                kind=f.kind,
                sentence=max(bisect_right(sent_starts, f.content[0]) - 1, 0),
                speaker=speaker,
                speaker_text=speaker_text,
                cue=doc.span(*f.cue) if f.cue else None,
                confidence=f.confidence,
                rule=f.rule,
            )
        )
    return quotes


def _speaker(f: Found, text: Span | None, mentions: MentionIndex, coded: list[Mention]) -> Mention | None:
    """The mention of the speaker; with no mention, a bare pronoun falls back on the last coded speaker
    and a title ("the minister") on the last coded speaker named with that title."""
    if text is None or f.speaker_head is None:
        return None
    found = mentions.resolve(text, f.speaker_head)
    if found is not None:
        return found
    words = text.text.lower().split()
    if len(words) == 1 and words[0] in PRONOUNS - {"it", "we", "i", "you"}:
        return coded[-1] if coded else None
    if len(words) == 2 and words[0] == "the":
        return next((m for m in reversed(coded) if words[1] in m.text.lower().split()), None)
    return None


@register_stage("quotes")
def make_quotes_stage(settings: Settings) -> QuotesStage:
    return QuotesStage(settings)
