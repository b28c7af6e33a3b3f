"""The `events` stage (scaffold: passes documents through until the real stage lands)."""

from __future__ import annotations

from tacitus.model import Document
from tacitus.pipeline import DocumentStage, register_stage
from tacitus.settings import Settings


class EventsStage(DocumentStage):
    name = "events"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        return doc


@register_stage("events")
def make_events_stage(settings: Settings) -> EventsStage:
    return EventsStage(settings)
