"""The data model: frozen dataclasses whose spans are character offsets into `Document.text`.

A stage never mutates a document: it returns a new one built with `dataclasses.replace`.
Events refer to `Mention` objects (the evidence), not to copies of actor strings.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

QuoteKind = Literal["direct", "indirect", "mixed"]
ActorKind = Literal["country", "igo", "ngo", "group", "org", "person", "place", "unknown"]


@dataclass(frozen=True)
class Span:
    """A piece of the document text: `text == document.text[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Actor:
    """A coded actor, CAMEO style: `code` is country (or IGO) + optional sector, e.g. `CHNGOV`."""

    code: str
    name: str
    country: str | None = None
    sector: str | None = None
    kind: ActorKind = "country"
    kb_id: str | None = None

    @property
    def is_known(self) -> bool:
        """False for named entities kept for review but not in the knowledge base."""
        return bool(self.code)


@dataclass(frozen=True)
class Mention:
    """One place in the text that refers to an actor."""

    id: int
    start: int
    end: int
    text: str
    sentence: int
    actor: Actor
    rule: str
    confidence: float = 1.0
    entity: int | None = None  # coreference chain: id of the chain's first mention

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Quote:
    """Something an actor said: `content` is the quoted or reported material."""

    id: int
    content: Span
    kind: QuoteKind
    sentence: int
    speaker: Mention | None = None
    speaker_text: Span | None = None  # the speaker words when no coded mention covers them
    cue: Span | None = None
    confidence: float = 1.0
    rule: str = ""


@dataclass(frozen=True)
class Place:
    """Where an event happened (GDELT ActionGeo): country at least, city with coordinates when named."""

    name: str
    country: str | None
    feature: Literal["country", "city", "region"] = "country"
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None


@dataclass(frozen=True)
class Event:
    """A coded event: `source` does `cameo` to `target`, evidenced by `trigger` in `sentence`."""

    doc_id: str
    sentence: int
    source: Mention
    target: Mention | None
    cameo: str
    trigger: Span
    rule: str
    confidence: float = 1.0
    negated: bool = False
    reported_by: Mention | None = None
    date: date | None = None
    location: Place | None = None
    quote: int | None = None  # id of the Quote the event was coded inside, if any
    # GDELT Actor1Geo/Actor2Geo: the place the text ties to the source/target mention (the `geo` stage).
    source_location: Place | None = None
    target_location: Place | None = None


@dataclass(frozen=True)
class Document:
    """An article and everything the pipeline found in it."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    date: date | None = None
    source: str | None = None
    origin: str | None = None  # where it was read from (file path, line number)
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    tone: float | None = None  # -10..+10, GDELT AvgTone scale (the `tone` stage)
    # Runtime-only annotations (the spaCy Doc): never serialised, never compared.
    parsed: Any = field(default=None, compare=False, repr=False)

    @property
    def content_hash(self) -> str:
        """Stable key for de-duplication and resumable ingestion."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def sentence_at(self, offset: int) -> Sentence | None:
        for sent in self.sentences:
            if sent.start <= offset < sent.end:
                return sent
        return None


def make_doc_id(text: str) -> str:
    """Default document id: a prefix of the content hash."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
