"""Sentence boundaries: blank lines end sentences, datelines stay with their sentence, no trailing blanks."""

from __future__ import annotations

import pytest

from tacitus.model import Document
from tacitus.nlp.boundaries import mark_continuations
from tacitus.nlp.model import load_model
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


def test_sentences_no_split_before_a_bare_relative_clause(nlp_only: Pipeline) -> None:
    text = "The senator quoted angry letters voters had sent to her office during the long winter recess."
    assert len(_sentences(nlp_only, text)) == 1


def test_sentences_ordinal_and_its_noun_stay_together(nlp_only: Pipeline) -> None:
    text = "Historians argue the 19th Amendment changed elections in every state of the union."
    assert len(_sentences(nlp_only, text)) == 1


def test_sentences_never_start_with_a_lower_case_word_after_a_dash(nlp_only: Pipeline) -> None:
    text = "Fees rose to $9,000 a year ― and that covered only some of the regional offices, the audit said."
    assert _sentences(nlp_only, text) == [text]


def test_sentences_no_split_after_a_title(nlp_only: Pipeline) -> None:
    for sent in _sentences(nlp_only, "Officials met Gov. Ramirez and Sen. Okafor in the capital on Friday."):
        assert not sent.startswith(("Ramirez", "Okafor"))


def test_sentences_a_real_full_stop_still_splits(nlp_only: Pipeline) -> None:
    text = "The army withdrew from the town. Residents returned on Monday."
    assert _sentences(nlp_only, text) == ["The army withdrew from the town.", "Residents returned on Monday."]


def test_sentences_continuations_are_marked_before_the_parser_without_touching_starts() -> None:
    nlp = load_model(Settings().model)
    doc = nlp.make_doc("Aides met Sen. Okafor about the 19th Amendment. Talks went well.")
    doc[0].is_sent_start = True
    mark_continuations(doc, {0})
    flags = {t.text: t.is_sent_start for t in doc}
    assert flags["Aides"] is True
    assert flags["Okafor"] is False and flags["Amendment"] is False and flags["went"] is False
    assert flags["Talks"] is None  # after a full stop the parser decides


def test_sentences_closing_quote_after_an_inner_quote_stays(nlp_only: Pipeline) -> None:
    text = "The envoy said: \"My mentor told me, 'Never leave the table.' \"\n\nThe talks ended on Friday."
    sents = _sentences(nlp_only, text)
    assert '"' not in sents
    assert sents[-1] == "The talks ended on Friday."
