"""Which tokens can never open a sentence, checked on hand-built docs (no model needed)."""

from __future__ import annotations

from tacitus.nlp.boundaries import cannot_start, title_abbreviations

TITLES = title_abbreviations()


def _doc(words: list[str]) -> list[str]:
    """Tokens with their trailing whitespace, as `cannot_start` reads them."""
    return [w + " " for w in words]


def test_title_abbreviations_are_capitalised_and_end_with_a_full_stop() -> None:
    assert "Mr." in TITLES
    assert all(t.endswith(".") and t[0].isupper() and " " not in t for t in TITLES)


def test_lower_case_word_cannot_start_a_sentence() -> None:
    assert cannot_start(_doc(["rally", "at", "7", "p.m.", "sharp"]), 3, TITLES)
    assert cannot_start(_doc(["a", "year", "—", "and", "more"]), 3, TITLES)


def test_attribution_after_a_quoted_question_is_left_to_the_parser() -> None:
    assert not cannot_start(_doc(['"', "Why", "?", '"', "she", "asked"]), 4, TITLES)


def test_word_after_a_plain_word_cannot_start_a_sentence() -> None:
    doc = _doc(["the", "12th", "Amendment"])
    assert cannot_start(doc, 2, TITLES)


def test_word_after_a_closing_bracket_with_no_full_stop_inside_cannot_start() -> None:
    doc = _doc(["Minister", "(", "then", "deputy", ")", "Lopez"])
    assert cannot_start(doc, 5, TITLES)


def test_name_after_a_title_cannot_start_a_sentence() -> None:
    assert cannot_start(_doc(["met", "Dr.", "Haddad"]), 2, TITLES)


def test_number_after_no_abbreviation_cannot_start_a_sentence() -> None:
    assert cannot_start(_doc(["Pit", "No.", "4"]), 2, TITLES)


def test_capitalised_word_after_a_full_stop_can_start_a_sentence() -> None:
    assert not cannot_start(_doc(["ended", ".", "Then"]), 2, TITLES)


def test_word_after_a_dateline_dash_can_start_a_sentence() -> None:
    assert not cannot_start(_doc(["(", "AP", ")", "—", "The"]), 4, TITLES)


def test_word_after_a_line_break_can_start_a_sentence() -> None:
    assert not cannot_start(["Headline ", "words\n", "body"], 2, TITLES)
