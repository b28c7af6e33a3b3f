"""The quotes stage on odd inputs: no parse, a blank pipeline, hostile quote marks."""

from __future__ import annotations

from dataclasses import replace

import spacy

from tacitus.model import Document
from tacitus.quotes.stage import QuotesStage
from tacitus.settings import Settings


def test_document_without_parse_passes_through() -> None:
    doc = Document(id="x", text='"Hello," he said.')
    assert QuotesStage(Settings())(doc).quotes == ()


def test_blank_pipeline_without_dependencies_yields_no_quotes_and_no_error() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = ('He said "x ' * 5000) + "“" * 2000
    doc = Document(id="x", text=text)
    doc = replace(doc, parsed=nlp(text))
    assert QuotesStage(Settings())(doc).quotes == ()
