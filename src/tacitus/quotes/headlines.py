"""Title-case headlines (`Senator Pledges To End Farm Subsidies`): the parser reads most capitalised
words as names, so such a line is parsed again in sentence case for the attribution rules."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from tacitus.quotes.cues import Cues
from tacitus.quotes.found import Found
from tacitus.quotes.indirect import indirect_quotes

MIN_WORDS = 4
TITLE_SHARE = 0.8  # of the words longer than three letters capitalised
WORD = re.compile(r"[^\W\d_][\w'’.-]*")
Parse = Callable[[str], Any]


def headline_attributions(
    text: str, names: Sequence[tuple[int, int]], cues: Cues, parse: Parse, taken: Sequence[Found]
) -> list[Found]:
    """Attributions in title-case lines no other rule attributed anything in, from a sentence-case parse."""
    known = {w.lower() for s, e in names for w in WORD.findall(text[s:e])}
    out: list[Found] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not _is_title_case(line) or any(f.content[0] < end and start < f.content[1] for f in taken):
            continue
        lowered = sentence_case(line, known)
        out += [_shift(f, start) for f in indirect_quotes(parse(lowered), [], cues, set())]
    return out


def _is_title_case(line: str) -> bool:
    long = [w for w in WORD.findall(line) if len(w) > 3]
    if len(WORD.findall(line)) < MIN_WORDS or not long:
        return False
    return bool(sum(w[0].isupper() for w in long) >= TITLE_SHARE * len(long))


def sentence_case(line: str, known: set[str]) -> str:
    """The line with capitalised words lower-cased, except the first, acronyms and `known` names
    (lower-cased words of the article's actor mentions); offsets are unchanged."""
    chars = list(line)
    for k, m in enumerate(WORD.finditer(line)):
        word = m.group()
        if k == 0 or word.isupper() or word.lower() in known:
            continue
        lowered = word.lower()
        if len(lowered) == len(word):
            chars[m.start() : m.end()] = lowered
    return "".join(chars)


def _shift(f: Found, by: int) -> Found:
    def move(span: tuple[int, int] | None) -> tuple[int, int] | None:
        return None if span is None else (span[0] + by, span[1] + by)

    head = None if f.speaker_head is None else f.speaker_head + by
    content = (f.content[0] + by, f.content[1] + by)
    return replace(f, content=content, cue=move(f.cue), speaker=move(f.speaker), speaker_head=head)
