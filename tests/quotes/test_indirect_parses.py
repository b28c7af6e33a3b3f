"""Cue verbs on hand-built parses with the parser's typical mistakes (quotes/indirect.py, complements.py)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.lang.en import English
from spacy.tokens import Doc
from spacy.vocab import Vocab

from tacitus.quotes.cues import load_cues
from tacitus.quotes.indirect import Lines, indirect_quotes
from tacitus.quotes.speakers import nearest_speaker

# (word, tag, pos, dep, head index, lemma)
Row = tuple[str, str, str, str, int, str]


@lru_cache(maxsize=1)
def _vocab() -> Vocab:
    """English lexical attributes (lower case, punctuation) without a trained model."""
    return English().vocab


def _doc(rows: list[Row]) -> Any:
    return Doc(
        _vocab(),
        words=[r[0] for r in rows],
        tags=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
    )


def _found(doc: Any) -> list[tuple[str, str | None]]:
    """(content, speaker) of every indirect attribution in `doc`."""
    out = []
    for f in indirect_quotes(list(doc), load_cues(), Lines(doc)):
        who = doc.text[f.speaker[0] : f.speaker[1]] if f.speaker else None
        out.append((doc.text[f.content[0] : f.content[1]], who))
    return out


# "That is a third of the 90 days lawyers say it takes ." with `lawyers` read into the object of `of`
FOLDED_SUBJECT: list[Row] = [
    ("That", "DT", "PRON", "nsubj", 1, "that"),
    ("is", "VBZ", "AUX", "ROOT", 1, "be"),
    ("a", "DT", "DET", "det", 3, "a"),
    ("third", "NN", "NOUN", "attr", 1, "third"),
    ("of", "IN", "ADP", "prep", 3, "of"),
    ("the", "DT", "DET", "det", 8, "the"),
    ("90", "CD", "NUM", "nummod", 7, "90"),
    ("days", "NNS", "NOUN", "compound", 8, "day"),
    ("lawyers", "NNS", "NOUN", "pobj", 4, "lawyer"),
    ("say", "VBP", "VERB", "dep", 1, "say"),
    ("it", "PRP", "PRON", "nsubj", 11, "it"),
    ("takes", "VBZ", "VERB", "ccomp", 9, "take"),
    (".", ".", "PUNCT", "punct", 1, "."),
]


def test_a_common_noun_right_before_a_subjectless_cue_is_its_speaker() -> None:
    doc = _doc(FOLDED_SUBJECT)
    assert nearest_speaker(doc[9]) == doc[8]
    assert _found(doc) == [("it takes", "lawyers")]  # the speaker is the noun alone, not `the 90 days ...`


# "The agency reported at the time that the plant closed ." with the clause hung on `time`
STRANDED_CLAUSE: list[Row] = [
    ("The", "DT", "DET", "det", 1, "the"),
    ("agency", "NN", "NOUN", "nsubj", 2, "agency"),
    ("reported", "VBD", "VERB", "ROOT", 2, "report"),
    ("at", "IN", "ADP", "prep", 2, "at"),
    ("the", "DT", "DET", "det", 5, "the"),
    ("time", "NN", "NOUN", "pobj", 3, "time"),
    ("that", "WDT", "PRON", "advmod", 9, "that"),
    ("the", "DT", "DET", "det", 8, "the"),
    ("plant", "NN", "NOUN", "nsubj", 9, "plant"),
    ("closed", "VBD", "VERB", "relcl", 5, "close"),
    (".", ".", "PUNCT", "punct", 2, "."),
]


def test_a_that_clause_hung_on_the_noun_after_the_cue_is_the_content() -> None:
    assert _found(_doc(STRANDED_CLAUSE)) == [("that the plant closed", "The agency")]


def test_a_relative_clause_with_that_as_its_subject_is_no_content() -> None:
    # "The agency reported at the plant that closed ." (`that` is the relative clause's subject)
    rows: list[Row] = [
        *STRANDED_CLAUSE[:4],
        ("the", "DT", "DET", "det", 5, "the"),
        ("plant", "NN", "NOUN", "pobj", 3, "plant"),
        ("that", "WDT", "PRON", "nsubj", 7, "that"),
        ("closed", "VBD", "VERB", "relcl", 5, "close"),
        (".", ".", "PUNCT", "punct", 2, "."),
    ]
    assert _found(_doc(rows)) == []
