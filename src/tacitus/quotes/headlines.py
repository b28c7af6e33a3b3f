"""Title-case headlines (`Senator Pledges To End Farm Subsidies`): the parser reads most capitalised
words as names, so such a line is parsed again in sentence case for the attribution rules."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from tacitus.quotes.cues import Cues
from tacitus.quotes.found import Found
from tacitus.quotes.indirect import Lines, indirect_quotes

MIN_WORDS = 4
TITLE_SHARE = 0.8  # of the words longer than three letters capitalised
WORD = re.compile(r"[^\W\d_][\w'’.-]*")
Parse = Callable[[str], Any]
SINGLE_QUOTED = re.compile(r"(?<!\w)[‘'][^‘’'\n]+[’'](?!\w)")  # words in single quotation marks
MIN_NAME_TOKENS = 2  # proper nouns opening a headline with no actor mention: `Black Lawmakers`


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
        parsed = parse(lowered)
        found = list(indirect_quotes(parsed, cues, Lines(parsed)))
        if not found and (quoted := _single_quoted(line, parsed, names, start)) is not None:
            found = [quoted]
        out += [_shift(f, start) for f in found]
    return out


def _single_quoted(line: str, parsed: Any, names: Sequence[tuple[int, int]], start: int) -> Found | None:
    """`Senator Blasts Board As A 'Band Of Amateurs'`: a headline that opens with a name and a verb and
    has words in single quotation marks after it says what the name said, from after the verb to them."""
    m = SINGLE_QUOTED.search(line)
    if m is None:
        return None
    name = next((t for t in _opening_names(line, parsed, names, start) if _verb_after(t, m.start())), None)
    if name is None:
        return None
    verb = parsed[name.i + 1]
    first = parsed[verb.i + 1]
    speaker = (0, name.idx + len(name.text))
    cue = (verb.idx, verb.idx + len(verb.text))
    return Found((first.idx, m.end()), "mixed", cue, speaker, name.idx, "headline", 0.6)


def _verb_after(name: Any, quote_start: int) -> bool:
    """Whether a finite verb follows the name and comes before the quotation."""
    if name.i + 2 >= len(name.doc):
        return False
    verb = name.doc[name.i + 1]
    return bool(verb.tag_ in ("VBZ", "VBD", "VBP") and verb.idx + len(verb.text) < quote_start)


def _opening_names(line: str, parsed: Any, names: Sequence[tuple[int, int]], start: int) -> list[Any]:
    """Candidate last tokens of the name that opens the line: a run of proper nouns, an actor mention
    (title case can stretch a mention over the verb, so the run is tried first)."""
    out = []
    k = 0
    while k < len(parsed) and parsed[k].pos_ == "PROPN":
        k += 1
    if k >= MIN_NAME_TOKENS:
        out.append(parsed[k - 1])
    for s, e in names:
        if s == start and e - start < len(line):
            tok = next((t for t in reversed(parsed) if t.idx < e - start), None)
            if tok is not None:
                out.append(tok)
    return out


def _is_title_case(line: str) -> bool:
    long = [w for w in WORD.findall(line) if len(w) > 3]
    if len(WORD.findall(line)) < MIN_WORDS or not long:
        return False
    return bool(sum(w[0].isupper() for w in long) >= TITLE_SHARE * len(long))


is_title_case = _is_title_case  # the public name (the actors stage trims the names of such lines)


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
