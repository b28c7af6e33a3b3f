"""Finding quoted stretches of text from quotation marks, in one linear pass that never fails.

Double marks (straight, curly, guillemets, low-9) delimit quotations; single marks only do when a
text has no double marks at all (British style), because inside double quotes they nest and elsewhere
they are mostly apostrophes. A quotation still open at the end of a paragraph continues when the next
paragraph opens with a mark (the newspaper convention for multi-paragraph quotes); otherwise the rest
of the paragraph is taken as quoted and the span is flagged `closed=False`.
"""

from __future__ import annotations

from dataclasses import dataclass

DOUBLE_OPEN = frozenset("“«„")
DOUBLE_CLOSE = frozenset("”»")
STRAIGHT = '"'
SINGLE_OPEN = frozenset("‘'")
SINGLE_CLOSE = frozenset("’'")
ALL_DOUBLE = DOUBLE_OPEN | DOUBLE_CLOSE | {STRAIGHT}


@dataclass(frozen=True)
class Quoted:
    """A quoted stretch: marks at `open` and `close` (None when unclosed); content is [start, end)."""

    open: int
    close: int | None
    start: int
    end: int
    paragraphs: int = 1

    @property
    def closed(self) -> bool:
        return self.close is not None

    @property
    def outer_end(self) -> int:
        """First offset after the closing mark (or after the content when unclosed)."""
        return self.close + 1 if self.close is not None else self.end


def find_quoted(text: str) -> list[Quoted]:
    """All quoted stretches of `text`, in order, without overlaps."""
    if "''" in text or any(c in ALL_DOUBLE for c in text):
        return _Scanner(text, single=False).run()
    return _Scanner(text, single=True).run()


class _Scanner:
    """One left-to-right pass; state is the position of the open mark (if any)."""

    def __init__(self, text: str, single: bool) -> None:
        self.text = text
        self.single = single
        self.out: list[Quoted] = []
        self.open: int | None = None
        self.open_char = ""
        self.paragraphs = 1

    def run(self) -> list[Quoted]:
        text = self.text
        i, n = 0, len(text)
        while i < n:
            c = text[i]
            if c == "\n":
                i = self._paragraph_end(i)
                continue
            if self.single:
                self._single(i, c)
            elif c == "'" and text[i + 1 : i + 2] == "'":
                # two apostrophes stand for a straight double mark (NYT archive style)
                self._pair_of_apostrophes(i)
                i += 2
                continue
            else:
                self._double(i, c)
            i += 1
        if self.open is not None:
            self._emit(n, None)
        return self.out

    def _double(self, i: int, c: str) -> None:
        if self.open is None:
            if c in DOUBLE_OPEN or (c in '"”' and not self._looks_closing(i) and self._looks_opening(i)):
                self.open, self.open_char = i, c
        elif c in DOUBLE_CLOSE or c == STRAIGHT or (self.open_char == "„" and c == "“"):
            self._emit(i, i)

    def _pair_of_apostrophes(self, i: int) -> None:
        if self.open is None:
            if not self._looks_closing(i + 1):
                self.open, self.open_char = i + 1, "''"
        else:
            self._emit(i, i + 1)

    def _single(self, i: int, c: str) -> None:
        text = self.text
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if self.open is None:
            if c in SINGLE_OPEN and (before.isspace() or before in "([—-") and not after.isspace():
                self.open, self.open_char = i, c
        elif c in SINGLE_CLOSE and not before.isspace() and not after.isalnum():
            self._emit(i, i)

    def _looks_closing(self, i: int) -> bool:
        """A straight mark after a word and before a space or the end cannot open a quotation."""
        text = self.text
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        return not before.isspace() and before not in "([—-–" and (after.isspace() or after in ".,;:!?)")

    def _looks_opening(self, i: int) -> bool:
        """A straight mark opens unless it follows a word; a right curly mark only before a word."""
        if self.text[i] == STRAIGHT:
            return True
        before = self.text[i - 1] if i > 0 else " "
        after = self.text[i + 1] if i + 1 < len(self.text) else " "
        return before.isspace() and after.isalnum()

    def _paragraph_end(self, i: int) -> int:
        """Handle a newline at `i`; return the next offset to scan."""
        if self.open is None:
            return i + 1
        j = i
        while j < len(self.text) and self.text[j].isspace():
            j += 1
        nxt = self.text[j] if j < len(self.text) else ""
        if self.open_char == "''" and self.text.startswith("''", j):
            self.paragraphs += 1  # NYT archive style: two apostrophes reopen the quotation
            return j + 2
        if nxt and nxt in self._reopeners():
            # the quotation continues into the next paragraph: its opening mark is a continuation marker
            self.paragraphs += 1
            return j + 1
        self._emit(self._trim_end(i), None)
        return i + 1

    def _reopeners(self) -> frozenset[str]:
        """Marks that continue the open quotation into the next paragraph: the same style of mark
        (a stray straight mark in a text of curly ones does not swallow the next curly quotation)."""
        if self.single:
            return SINGLE_OPEN
        if self.open_char == STRAIGHT:
            return frozenset({STRAIGHT})
        if self.open_char == "''":
            return frozenset({STRAIGHT})
        return DOUBLE_OPEN

    def _trim_end(self, i: int) -> int:
        while i > 0 and self.text[i - 1].isspace():
            i -= 1
        return i

    def _emit(self, end: int, close: int | None) -> None:
        assert self.open is not None
        start = self.open + 1
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            self.out.append(Quoted(self.open, close, start, stop, self.paragraphs))
        self.open, self.open_char, self.paragraphs = None, "", 1
