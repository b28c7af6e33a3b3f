"""Names in title-case headlines stop at the verb: hand-built docs for the rule, the model for the stage."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc, Span

from tacitus.actors.headline_names import inflections, is_name_break, trim_headline_entities

# A title-case line (with its sentence-case parse given by hand) and a line of running text.
LINE = "Nora Vance Scolds Port Authority Over Delays"
POS = ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "ADP", "NOUN"]
TAGS = {"VERB": "VBZ", "AUX": "MD", "ADP": "IN"}  # fine-grained tags the hand-made parses give


def _doc(text: str, pos: list[str] | None = None, ents: tuple[tuple[int, int, str], ...] = ()) -> Doc:
    words = text.split(" ")
    tags = [TAGS.get(p, "NN") for p in pos] if pos else None
    doc = Doc(
        spacy.blank("en").vocab, words=words, spaces=[True] * (len(words) - 1) + [False], pos=pos, tags=tags
    )
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def _parse_as(pos: list[str]) -> Any:
    """A stand-in for the model: parses a line into the given parts of speech."""
    return lambda text: _doc(text.rstrip(" "), pos)


def _names(doc: Doc) -> list[str]:
    return [e.text for e in doc.ents]


def test_headline_entity_is_cut_before_the_verb() -> None:
    doc = _doc(LINE, POS, ((0, 5, "PERSON"),))
    trim_headline_entities(doc, _parse_as(POS), [])
    assert _names(doc) == ["Nora Vance"]


def test_entity_opening_with_a_verb_keeps_what_follows_it() -> None:
    pos = ["PROPN", "VERB", "PROPN", "NOUN", "ADP", "NOUN"]
    doc = _doc("Quinlan Rips Harbour Board Over Fares", pos, ((0, 1, "PERSON"), (1, 4, "ORG")))
    trim_headline_entities(doc, _parse_as(pos), [])
    assert _names(doc) == ["Quinlan", "Harbour Board"]


def test_entity_made_only_of_breaks_is_left_whole() -> None:
    pos = ["NOUN", "VERB", "ADP", "ADP", "NOUN"]
    doc = _doc("Protest Spills Over Into Night", pos, ((2, 4, "ORG"),))
    trim_headline_entities(doc, _parse_as(pos), [])
    assert _names(doc) == ["Over Into"]


def test_a_modal_is_no_break() -> None:
    """`Will Dunham` parsed in lower case opens with a modal: the name stays whole."""
    pos = ["NOUN", "ADP", "ADP", "AUX", "NOUN", "NOUN"]
    doc = _doc("Editing Help From Will Dunham Today", pos, ((3, 5, "PERSON"),))
    trim_headline_entities(doc, _parse_as(pos), [])
    assert _names(doc) == ["Will Dunham"]


def test_inflected_lexicon_verb_ends_a_name_the_parse_reads_as_a_noun() -> None:
    pos = ["PROPN", "PROPN", "NOUN", "NOUN", "NOUN", "ADP", "NOUN", "NOUN"]
    doc = _doc("Ines Carvalho Blasts Water Board Over Rate Rise", pos, ((0, 5, "PERSON"),))
    trim_headline_entities(doc, _parse_as(pos), [], frozenset({"blasts"}))
    assert _names(doc) == ["Ines Carvalho"]


def test_a_name_word_seen_in_running_text_is_never_a_break() -> None:
    text = "Talks Stall As Rivals Accuse Mayor Hunts \n The mayor Hunts was absent"
    pos = ["NOUN", "VERB", "SCONJ", "NOUN", "VERB", "NOUN", "VERB"]
    doc = _doc(text, [*pos, "SPACE", "DET", "NOUN", "PROPN", "AUX", "ADJ"], ((5, 7, "PERSON"),))
    trim_headline_entities(doc, _parse_as(pos), [])
    assert "Mayor Hunts" in _names(doc)


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("blast", ("blasts", "blasted")),
        ("urge", ("urges", "urged")),
        ("deny", ("denies", "denied")),
        ("push", ("pushes", "pushed")),
        ("slam", ("slams", "slamed", "slammed")),
    ],
)
def test_inflections_of_regular_verbs(lemma: str, forms: tuple[str, ...]) -> None:
    assert inflections(lemma) == forms


def test_dictionary_names_are_never_cut() -> None:
    pos = ["PROPN", "ADP", "PROPN", "VERB", "NOUN", "ADP", "PROPN"]
    doc = _doc("Medics Without Frontiers Withdraws Staff From Kunduz", pos, ((0, 4, "ORG"),))
    trim_headline_entities(doc, _parse_as(pos), [(0, 3)])
    assert _names(doc) == ["Medics Without Frontiers"]


def test_capitalised_of_inside_a_name_is_not_a_break() -> None:
    pos = ["PROPN", "ADP", "PROPN", "VERB", "PART", "VERB", "NOUN"]
    doc = _doc("Bank Of Ruritania Agrees To Pay Fine", pos, ((0, 4, "ORG"),))
    trim_headline_entities(doc, _parse_as(pos), [])
    assert _names(doc) == ["Bank Of Ruritania"]


def test_running_text_is_left_alone() -> None:
    text = "Nora Vance scolds the port authority over long delays"
    doc = _doc(
        text, ["PROPN", "PROPN", "VERB", "DET", "NOUN", "NOUN", "ADP", "ADJ", "NOUN"], ((0, 3, "PERSON"),)
    )
    trim_headline_entities(doc, _parse_as(["VERB"] * 9), [])
    assert _names(doc) == ["Nora Vance scolds"]
    assert not any(is_name_break(t) for t in doc)


def test_breaks_are_recorded_for_the_title_case_line() -> None:
    doc = _doc(LINE, POS)
    trim_headline_entities(doc, _parse_as(POS), [])
    assert [t.text for t in doc if is_name_break(t)] == ["Scolds", "Over"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Nora Quillfeather Scolds Harbour Board Over Ferry Fares\n\nNora Quillfeather spoke on Monday.",
            "Nora Quillfeather",
        ),
        ("Ines Duarte Blasts Water Board Over Rate Rise\n\nDuarte spoke on Monday.", "Ines Duarte"),
        (
            "Democratic National Committee Sues Rival Campaign Over Leaks\n\nThe suit was filed.",
            "Democratic National Committee",
        ),
        ("Senator Halloway Slams Pentagon Over Budget Overruns\n\nThe senator spoke.", "Senator Halloway"),
    ],
)
def test_stage_stops_headline_mentions_at_the_verb(code_actors: Any, text: str, mention: str) -> None:
    doc = code_actors(text)
    headline = text.split("\n")[0]
    assert next(m.text for m in doc.mentions if m.start < len(headline)) == mention


@pytest.mark.model
def test_long_title_and_name_in_running_text_is_kept(code_actors: Any) -> None:
    doc = code_actors("Supreme Court Justice Ruth Bader Ginsburg wrote the dissent.")
    assert any("Ruth Bader Ginsburg" in m.text for m in doc.mentions)
