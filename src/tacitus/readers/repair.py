"""Repair of text whose punctuation was lost to a bad decode: runs of U+FFFD stand for a quote or apostrophe.

Text copied through a wrong code page often arrives with each byte of a curly quote replaced by U+FFFD
("Europe\ufffd\ufffd\ufffds lead", "\ufffd\ufffd\ufffdties of confidence\ufffd\ufffd\ufffd"). The marks
carry meaning for us (possessives name actors, quotation marks delimit quotes), so a run is restored from
its neighbours: between two letters it is an apostrophe, before a word a left double quote, after a word a
right double quote. A run with no word on either side is left alone. Offsets refer to the repaired text.
"""

from __future__ import annotations

import re

_RUN = re.compile("\ufffd+")


def repair_replacement_chars(text: str) -> str:
    """The text with each run of U+FFFD replaced by the apostrophe or quote mark its neighbours imply."""
    if "\ufffd" not in text:
        return text
    return _RUN.sub(lambda m: _mark(text, m.start(), m.end()), text)


def _mark(text: str, start: int, end: int) -> str:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() and after.isalpha():
        return "\u2019"
    if not before.isalnum() and after.isalnum():
        return "\u201c"
    if (before.isalnum() or before in ".,;:!?)") and not after.isalnum():
        return "\u201d"
    return text[start:end]
