"""The `quotes` stage (scaffold: passes documents through until the real stage lands)."""

from __future__ import annotations

from tacitus.model import Document
from tacitus.pipeline import DocumentStage, register_stage
from tacitus.settings import Settings


class QuotesStage(DocumentStage):
    name = "quotes"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        return doc


@register_stage("quotes")
def make_quotes_stage(settings: Settings) -> QuotesStage:
    return QuotesStage(settings)
