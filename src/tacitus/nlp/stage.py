"""The `nlp` stage: runs spaCy over a batch with `nlp.pipe` and records sentences."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace

from tacitus.model import Document, Sentence
from tacitus.nlp.model import load_model
from tacitus.pipeline import Failure, register_stage
from tacitus.settings import Settings

log = logging.getLogger(__name__)


class NlpStage:
    name = "nlp"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.nlp = load_model(settings.model)

    def process(self, docs: Sequence[Document]) -> list[Document | Failure]:
        try:
            parsed = list(
                self.nlp.pipe(
                    (d.text for d in docs),
                    batch_size=self.settings.batch_size,
                    n_process=self.settings.n_process,
                )
            )
        except Exception:  # fall back to one by one so a single bad text fails alone
            log.warning("batch parse failed; parsing documents one by one", exc_info=True)
            return [self._one(d) for d in docs]
        return [annotate(d, p) for d, p in zip(docs, parsed, strict=True)]

    def _one(self, doc: Document) -> Document | Failure:
        try:
            return annotate(doc, self.nlp(doc.text))
        except Exception as exc:
            return Failure(doc.origin or doc.id, f"parse failed: {exc!r}", self.name)


def annotate(doc: Document, parsed: object) -> Document:
    text = doc.text
    sents = []
    for i, s in enumerate(parsed.sents):  # type: ignore[attr-defined]
        end = s.start_char + len(s.text.rstrip())  # evidence without trailing blank lines
        sents.append(Sentence(i, s.start_char, end, text[s.start_char : end]))
    return replace(doc, parsed=parsed, sentences=tuple(sents))


@register_stage("nlp")
def make_nlp_stage(settings: Settings) -> NlpStage:
    return NlpStage(settings)
