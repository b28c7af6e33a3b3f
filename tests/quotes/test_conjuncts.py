"""Conjuncts hung on a cue verb that continue its content (quotes/conjuncts.py), on hand-built parses."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc
from spacy.vocab import Vocab

from tacitus.quotes.conjuncts import coordinated
from tacitus.quotes.cues import load_cues

# (word, tag, dep, head index, lemma)
Row = tuple[str, str, str, int, str]


def _doc(rows: list[Row]) -> Any:
    return Doc(
        Vocab(),
        words=[r[0] for r in rows],
        tags=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
    )


# "She said she wanted to speak and let them know ." with `let` hung on `said`
BASE_FORM: list[Row] = [
    ("She", "PRP", "nsubj", 1, "she"),
    ("said", "VBD", "ROOT", 1, "say"),
    ("she", "PRP", "nsubj", 3, "she"),
    ("wanted", "VBD", "ccomp", 1, "want"),
    ("to", "TO", "aux", 5, "to"),
    ("speak", "VB", "xcomp", 3, "speak"),
    ("and", "CC", "cc", 1, "and"),
    ("let", "VB", "conj", 1, "let"),
    ("them", "PRP", "nsubj", 9, "they"),
    ("know", "VB", "ccomp", 7, "know"),
    (".", ".", "punct", 1, "."),
]


def test_a_base_form_conjunct_of_a_past_tense_cue_continues_the_clause() -> None:
    doc = _doc(BASE_FORM)
    joined = coordinated(doc[1], [doc[3]], load_cues())
    assert [t.text for t in joined] == ["and", "let"]


def test_a_past_tense_conjunct_is_a_second_act_of_the_speaker() -> None:
    rows = [r if r[0] != "let" else ("left", "VBD", "conj", 1, "leave") for r in BASE_FORM]
    doc = _doc(rows)
    assert coordinated(doc[1], [doc[3]], load_cues()) == []


def test_a_modal_conjunct_continues_the_clause_unless_the_cue_has_the_modal() -> None:
    # "It says X would fall , but would rise ."
    rows: list[Row] = [
        ("It", "PRP", "nsubj", 1, "it"),
        ("says", "VBZ", "ROOT", 1, "say"),
        ("X", "NNP", "nsubj", 4, "x"),
        ("would", "MD", "aux", 4, "would"),
        ("fall", "VB", "ccomp", 1, "fall"),
        (",", ",", "punct", 1, ","),
        ("but", "CC", "cc", 1, "but"),
        ("would", "MD", "aux", 8, "would"),
        ("rise", "VB", "conj", 1, "rise"),
        (".", ".", "punct", 1, "."),
    ]
    doc = _doc(rows)
    assert [t.text for t in coordinated(doc[1], [doc[4]], load_cues())] == [",", "but", "rise"]
    modal = [("It", "PRP", "nsubj", 2, "it"), ("would", "MD", "aux", 2, "would")]
    shifted = [(w, t, d, h + 1, lem) for w, t, d, h, lem in rows[1:]]
    shifted[0] = ("say", "VB", "ROOT", 2, "say")
    doc = _doc(modal + shifted)
    assert coordinated(doc[2], [doc[5]], load_cues()) == []


def _doc_with_pos(rows: list[Row], pos: list[str]) -> Any:
    doc = _doc(rows)
    for tok, p in zip(doc, pos, strict=True):
        tok.pos_ = p
    return doc


# "She backed the plan , vowing to meet and exceed its goals ." with `exceed` hung on `backed`
HUNG: list[Row] = [
    ("She", "PRP", "nsubj", 1, "she"),
    ("backed", "VBD", "ROOT", 1, "back"),
    ("the", "DT", "det", 3, "the"),
    ("plan", "NN", "dobj", 1, "plan"),
    (",", ",", "punct", 1, ","),
    ("vowing", "VBG", "advcl", 1, "vow"),
    ("to", "TO", "aux", 7, "to"),
    ("meet", "VB", "xcomp", 5, "meet"),
    ("and", "CC", "cc", 5, "and"),
    ("exceed", "VBP", "conj", 1, "exceed"),
    ("its", "PRP$", "poss", 11, "its"),
    ("goals", "NNS", "dobj", 9, "goal"),
    (".", ".", "punct", 1, "."),
]
HUNG_POS = [
    "PRON",
    "VERB",
    "DET",
    "NOUN",
    "PUNCT",
    "VERB",
    "PART",
    "VERB",
    "CCONJ",
    "VERB",
    "PRON",
    "NOUN",
    "PUNCT",
]


def test_an_infinitive_conjunct_hung_on_the_host_clause_continues_a_participle_cue() -> None:
    doc = _doc_with_pos(HUNG, HUNG_POS)
    assert [t.text for t in coordinated(doc[5], [doc[7]], load_cues())] == ["and", "exceed"]


def test_a_conjunct_of_the_host_with_its_own_subject_is_not_the_cue_s_content() -> None:
    # "She backed the plan , vowing full support and who exceed its goals .": a relative `who` is a
    # subject, not an indirect question
    rows = [*HUNG[:6], ("full", "JJ", "amod", 7, "full"), ("support", "NN", "dobj", 5, "support"), HUNG[8]]
    rows += [("who", "WP", "nsubj", 10, "who"), ("exceed", "VBP", "conj", 1, "exceed")]
    rows += [(w, t, d, h + 1 if h > 8 else h, lem) for w, t, d, h, lem in HUNG[10:]]
    pos = [*HUNG_POS[:6], "ADJ", "NOUN", "CCONJ", "PRON", *HUNG_POS[9:]]
    doc = _doc_with_pos(rows, pos)
    assert coordinated(doc[5], [doc[7]], load_cues()) == []
