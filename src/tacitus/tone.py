"""The `tone` stage: an article's tone for GDELT's AvgTone, from VADER's bundled sentiment lexicon.

Tone is the mean VADER compound score of the article's sentences times 10, so it runs from -10 (very
negative) to +10 (very positive), the range GDELT's AvgTone takes for nearly all articles. It describes
the article, not the event: GDELT's AvgTone is the mean tone of the articles that report an event.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from tacitus.model import Document
from tacitus.pipeline import DocumentStage, register_stage
from tacitus.settings import Settings

SCALE = 10.0


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def document_tone(doc: Document) -> float | None:
    """Mean sentence compound score x 10, or None for a document without sentences."""
    texts = [s.text for s in doc.sentences if s.text.strip()] or ([doc.text] if doc.text.strip() else [])
    if not texts:
        return None
    analyzer = _analyzer()
    scores = [float(analyzer.polarity_scores(t)["compound"]) for t in texts]
    return round(SCALE * sum(scores) / len(scores), 3)


class ToneStage(DocumentStage):
    name = "tone"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        return replace(doc, tone=document_tone(doc))


@register_stage("tone")
def make_tone_stage(settings: Settings) -> ToneStage:
    return ToneStage(settings)
