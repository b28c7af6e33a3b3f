"""Line layouts: `Pence: Flowers won't be at debate` (headlines) and `WALLACE: ...` (transcripts)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from tacitus.model import QuoteKind
from tacitus.quotes.found import Found, Tokens

MAX_NAME_WORDS = 4
MIN_CONTENT_WORDS = 3
LEADING_MARKS = " \t\"“”'‘"
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
HEADLINE_SHARE = 0.6  # of the words before the colon capitalised: a title-case headline
QUOTE_OPENERS = frozenset("\"“‘'")
TOPIC_WORDS = frozenset({"on", "about"})


def colon_lines(
    text: str, parsed: Any, names: Sequence[tuple[int, int]] = (), sources: frozenset[str] = frozenset()
) -> list[Found]:
    """Lines that open with a short name and a colon: the rest of the line is what the name said.

    `names` are sorted (start, end) spans of actor mentions: a name the actors stage found counts
    even when the parser tags it as a common noun (title case confuses it). A source noun of the
    cue lexicon counts too (`Poll: Mayor and challenger neck and neck`).
    """
    toks = Tokens(parsed)
    known = {w.lower() for s, e in names for w in text[s:e].split()}
    out: list[Found] = []
    pos = 0
    turn: Found | None = None  # the transcript turn still open (`"PENCE: ...` quoted turn by turn)
    for line in text.split("\n"):
        found = _line(text, pos, line, toks, names, known, sources)
        if found is not None:
            out.append(found)
            turn = found if found.kind == "direct" and line[:1] in QUOTE_OPENERS else None
        elif turn is not None and line.strip():
            more = _turn_goes_on(pos, line, turn)
            if more is not None:
                out.append(more)
            else:
                turn = None
        pos += len(line) + 1
    return out


def _turn_goes_on(pos: int, line: str, turn: Found) -> Found | None:
    """A paragraph that reopens the quotation with no speaker label continues the transcript turn."""
    if line[:1] not in QUOTE_OPENERS:
        return None
    lead = len(line) - len(line.lstrip(LEADING_MARKS))
    end = len(line.rstrip())
    if end <= lead:
        return None
    content = (pos + lead, pos + end)
    return Found(content, "direct", turn.cue, turn.speaker, turn.speaker_head, "colon-line", 0.6)


def _line(
    text: str,
    pos: int,
    line: str,
    toks: Tokens,
    names: Sequence[tuple[int, int]],
    known: set[str],
    sources: frozenset[str],
) -> Found | None:
    lead = len(line) - len(line.lstrip(LEADING_MARKS))
    pos, line = pos + lead, line[lead:]  # transcripts quoted turn by turn: `"WALLACE: ...`
    colon = line.find(":", 0, 60)
    if colon <= 0:
        return None
    name, rest = line[:colon], line[colon + 1 :]
    words = name.split()
    if len(words) > MAX_NAME_WORDS or not all(w[:1].isupper() for w in words):
        return _headline(pos, line, colon, toks, names)
    if not 1 <= len(words) <= MAX_NAME_WORDS or len(rest.split()) < MIN_CONTENT_WORDS:
        return None
    if not all(w[:1].isupper() for w in words):
        return None
    start = pos + len(name) - len(name.lstrip())
    tokens = toks.span_tokens(start, pos + colon)
    if any(t.pos_ in ("VERB", "AUX", "PRON") for t in tokens):
        return None
    named = any(t.ent_type_ in NAME_LABELS for t in tokens) or any(
        s < pos + colon and start < e for s, e in names[bisect_left(names, (start - 200, 0)) :][:50]
    )
    # a name the article uses elsewhere ("Sanders: ..." in a headline, "Bernie Sanders" below)
    named = named or (len(words) <= 2 and words[-1].lower() in known)
    named = named or (len(words) <= 2 and words[-1].lower().rstrip("s") in sources)  # `New poll: ...`
    transcript = name.strip().isupper() and any(t.pos_ == "PROPN" for t in tokens)
    if not (named or transcript):
        return None
    head = next((t for t in reversed(tokens) if t.pos_ == "PROPN"), tokens[-1])
    c0 = pos + colon + 1 + (len(rest) - len(rest.lstrip()))
    c1 = pos + len(line.rstrip())
    kind: QuoteKind = "direct" if transcript else "indirect"
    speaker = (start, pos + len(name.rstrip()))
    return Found((c0, c1), kind, (pos + colon, pos + colon + 1), speaker, head.idx, "colon-line", 0.7)


def _headline(
    pos: int, line: str, colon: int, toks: Tokens, names: Sequence[tuple[int, int]]
) -> Found | None:
    """`Warren Hammers Bank CEO: 'You Should Resign'`, `Obama on Climate: The Trends Are Scary`: a
    title-case headline opening with a name says what the name said after its colon, when that is a
    quotation or the name is followed only by the topic (`on`/`about` ...)."""
    name, rest = line[:colon], line[colon + 1 :].strip()
    words = [w for w in name.split() if w[:1].isalpha()]
    if len(rest.split()) < MIN_CONTENT_WORDS or sum(w[:1].isupper() for w in words) < HEADLINE_SHARE * len(
        words
    ):
        return None
    lead = _leading_name(pos, colon, toks, names)
    if lead is None and rest[:1] in QUOTE_OPENERS:
        lead = _closing_name(pos, colon, toks, names)  # `A Lesson From Jane Doe: 'Speak Up'`
        if lead is not None:
            lead_end = pos + colon
            head = toks.span_tokens(*lead)[-1]
            c0 = pos + colon + 1 + (len(line[colon + 1 :]) - len(line[colon + 1 :].lstrip()))
            c1 = pos + len(line.rstrip())
            return Found((c0, c1), "direct", (lead_end, lead_end + 1), lead, head.idx, "colon-line", 0.6)
    if lead is None:
        return None
    after = line[lead[1] - pos : colon].split()
    if not (rest[:1] in QUOTE_OPENERS or (after and after[0].lower() in TOPIC_WORDS)):
        return None
    c0 = pos + colon + 1 + (len(line[colon + 1 :]) - len(line[colon + 1 :].lstrip()))
    c1 = pos + len(line.rstrip())
    head = toks.span_tokens(*lead)[-1]
    return Found((c0, c1), "indirect", (pos + colon, pos + colon + 1), lead, head.idx, "colon-line", 0.6)


def _closing_name(
    pos: int, colon: int, toks: Tokens, names: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """The span of a name (an actor mention or a person/organisation entity) that ends right at the colon."""
    end = pos + colon
    for s, e in names[bisect_left(names, (pos, 0)) :]:
        if s >= end:
            break
        if e == end:
            return s, e
    last = toks.span_tokens(pos, end)[-1:]
    if last and last[0].ent_type_ in ("PERSON", "ORG") and last[0].idx + len(last[0].text) == end:
        ent = next(x for x in last[0].doc.ents if x.start <= last[0].i < x.end)
        return (ent.start_char, ent.end_char) if ent.start_char >= pos else None
    return None


def _leading_name(
    pos: int, colon: int, toks: Tokens, names: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """The span of a name (an actor mention or a named entity) that opens the line."""
    for s, e in names[bisect_left(names, (pos, 0)) :][:3]:
        if s == pos and e <= pos + colon:
            return s, e
    first = toks.span_tokens(pos, pos + colon)[:1]
    if first and first[0].ent_type_ in ("PERSON", "ORG") and first[0].ent_iob_ == "B":
        ent = next(e for e in first[0].doc.ents if e.start == first[0].i)
        if ent.end_char <= pos + colon:
            return ent.start_char, ent.end_char
    return None
