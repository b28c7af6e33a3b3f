"""Sentence boundaries: blank lines end sentences, datelines stay with their sentence, no trailing blanks."""

from __future__ import annotations

import pytest

from tacitus.model import Document
from tacitus.pipeline import Pipeline
from tacitus.settings import Settings

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp_only() -> Pipeline:
    return Pipeline(Settings(stages=("nlp",)))


def _sentences(p: Pipeline, text: str) -> list[str]:
    return [s.text for s in p.code(Document(id="t", text=text)).sentences]


def test_sentences_headline_is_its_own_sentence(nlp_only: Pipeline) -> None:
    text = "Russia hits Kyiv with drones\n\nUkraine said on Monday that Russia attacked Kyiv overnight."
    assert _sentences(nlp_only, text)[0] == "Russia hits Kyiv with drones"


def test_sentences_dateline_is_kept_apart_from_the_first_sentence(nlp_only: Pipeline) -> None:
    text = (
        "Talks resume\n\nGENEVA, May 4 (Reuters) - Iran and the United States held talks in Geneva on Sunday."
    )
    sents = _sentences(nlp_only, text)
    assert sents[1] == "GENEVA, May 4 (Reuters) -"
    assert sents[2].startswith("Iran and the United States held talks")


def test_sentences_have_no_trailing_whitespace_and_match_offsets(nlp_only: Pipeline) -> None:
    text = "China praised Russia.\n\n\nThe United States imposed sanctions on Iran.  \n"
    doc = nlp_only.code(Document(id="t", text=text))
    for s in doc.sentences:
        assert s.text == s.text.strip()
        assert text[s.start : s.end] == s.text


def test_sentences_closing_quote_stays_with_its_sentence(nlp_only: Pipeline) -> None:
    text = '"We will not back down," she said. "Our position is clear."\n\nThe talks ended.'
    sents = _sentences(nlp_only, text)
    assert sents[:2] == ['"We will not back down," she said.', '"Our position is clear."']
    assert '"' not in sents
