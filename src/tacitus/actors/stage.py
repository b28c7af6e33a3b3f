"""The `actors` stage (scaffold: passes documents through until the real stage lands)."""

from __future__ import annotations

from tacitus.model import Document
from tacitus.pipeline import DocumentStage, register_stage
from tacitus.settings import Settings


class ActorsStage(DocumentStage):
    name = "actors"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        return doc


@register_stage("actors")
def make_actors_stage(settings: Settings) -> ActorsStage:
    return ActorsStage(settings)
