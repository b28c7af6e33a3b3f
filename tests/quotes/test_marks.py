"""Quotation-mark scanning: pairing, paragraphs, unbalanced marks, speed on hostile input."""

from __future__ import annotations

import pytest

from tacitus.quotes.marks import find_quoted


def contents(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quoted(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we won" and left.', ["we won"]),
        ("“Curly,” she said, “works too.”", ["Curly,", "works too."]),
        ("« Guillemets » work.", ["Guillemets"]),
        ("„Low nine“ quotes.", ["Low nine"]),
        ("No quotes at all.", []),
        ("He is 5'11\" tall.", []),
        ("British 'single quotes' when there are no doubles.", ["single quotes"]),
        ("“Outer with ‘nested’ inside,” he said.", ["Outer with ‘nested’ inside,"]),
    ],
)
def test_quoted_stretches_are_paired(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_quote_continues_across_paragraphs_when_next_paragraph_reopens() -> None:
    text = "“First part.\n\n“Second part.\n\n“Third,” he said.\n\nNarration."
    (q,) = find_quoted(text)
    assert text[q.start : q.end] == "First part.\n\n“Second part.\n\n“Third,"
    assert q.paragraphs == 3 and q.closed


def test_unclosed_quote_stops_at_paragraph_end() -> None:
    text = "He said “this never closes\n\nNext paragraph “is fine” here."
    found = find_quoted(text)
    assert [text[q.start : q.end] for q in found] == ["this never closes", "is fine"]
    assert not found[0].closed and found[1].closed


def test_odd_number_of_straight_marks_degrades_to_rest_of_paragraph() -> None:
    text = 'One "two" three "four five\nsix'
    assert contents(text) == ["two", "four five"]


def test_megabyte_of_unbalanced_marks_is_scanned() -> None:
    text = ('x "a ' * 200_000) + "“" * 10_000 + "\n" * 1000
    found = find_quoted(text)
    assert len(text) > 1_000_000 and found


def test_a_stray_straight_mark_is_not_continued_by_a_curly_paragraph() -> None:
    text = '"Stray opening line\n\n“Curly quotation,” she said.'
    found = find_quoted(text)
    assert [text[q.start : q.end] for q in found] == ["Stray opening line", "Curly quotation,"]
    assert not found[0].closed


def test_two_apostrophes_reopen_a_quotation_in_the_next_paragraph() -> None:
    text = "''First paragraph of it.\n\n''Second paragraph,'' he said."
    (q,) = find_quoted(text)
    assert text[q.start : q.end] == "First paragraph of it.\n\n''Second paragraph,"
    assert q.paragraphs == 2 and q.closed
