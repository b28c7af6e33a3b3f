"""Headline layouts on hand-built parses (no model): a verb read as a noun, a closing reporting clause."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from tacitus.quotes.cues import load_cues
from tacitus.quotes.headlines import _closing_report, _noun_verbs


def _doc(rows: list[tuple[str, str, str, str, int]]) -> Doc:
    """A parse from (word, lemma, pos, dep, head index) rows, words joined by spaces."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][0] not in ",." for i in range(len(rows))]
    return Doc(
        spacy.blank("en").vocab,  # English lexical attributes (punctuation), no model
        words=words,
        spaces=spaces,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
    )


def _texts(doc: Doc, found: list) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    text = doc.text
    return [(text[slice(*f.speaker)], text[slice(*f.cue)], text[slice(*f.content)]) for f in found]


def test_a_cue_verb_parsed_as_the_root_noun_of_a_headline_is_read_as_the_verb() -> None:
    doc = _doc(
        [
            ("Farmers", "farmer", "NOUN", "nsubj", 3),
            (",", ",", "PUNCT", "punct", 3),
            ("ministers", "minister", "NOUN", "nsubj", 3),
            ("vow", "vow", "NOUN", "ROOT", 3),
            ("changes", "change", "NOUN", "dobj", 3),
            (".", ".", "PUNCT", "punct", 3),
        ]
    )
    assert _texts(doc, _noun_verbs(doc, load_cues())) == [("Farmers, ministers", "vow", "changes")]


def test_a_root_noun_that_is_no_cue_verb_attributes_nothing() -> None:
    doc = _doc(
        [
            ("Harbour", "harbour", "PROPN", "compound", 1),
            ("prices", "price", "NOUN", "ROOT", 1),
            ("in", "in", "ADP", "prep", 1),
            ("decline", "decline", "NOUN", "pobj", 2),
        ]
    )
    assert _noun_verbs(doc, load_cues()) == []


def test_a_reporting_clause_closing_a_verbless_line_has_the_rest_as_content() -> None:
    doc = _doc(
        [
            ("Rents", "rent", "NOUN", "dep", 5),
            ("too", "too", "ADV", "advmod", 2),
            ("high", "high", "ADJ", "amod", 0),
            (",", ",", "PUNCT", "punct", 5),
            ("tenants", "tenant", "NOUN", "nsubj", 5),
            ("say", "say", "VERB", "ROOT", 5),
            (".", ".", "PUNCT", "punct", 5),
        ]
    )
    assert _texts(doc, _closing_report(doc, load_cues())) == [("tenants", "say", "Rents too high")]


def test_a_closing_verb_with_an_object_is_not_a_reporting_clause() -> None:
    doc = _doc(
        [
            ("Later", "later", "ADV", "advmod", 3),
            (",", ",", "PUNCT", "punct", 3),
            ("tenants", "tenant", "NOUN", "nsubj", 3),
            ("say", "say", "VERB", "ROOT", 3),
            ("nothing", "nothing", "PRON", "dobj", 3),
        ]
    )
    assert _closing_report(doc, load_cues()) == []
