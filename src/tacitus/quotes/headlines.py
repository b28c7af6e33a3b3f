"""Headlines. Title-case ones (`Senator Pledges To End Farm Subsidies`): the parser reads most capitalised
words as names, so such a line is parsed again in sentence case for the attribution rules. A headline's
verb in -s is often read as a plural noun (`Court rules against fee hike`), which the noun-verb rule
reads back as the verb; a reporting clause closing a verbless headline (`Rents too high, tenants say`)
has the rest of the line as content."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from tacitus.quotes.acts import is_agent
from tacitus.quotes.cues import Cues
from tacitus.quotes.found import Found, heads_time, token_runs
from tacitus.quotes.indirect import Lines, indirect_quotes

MIN_WORDS = 4
TITLE_SHARE = 0.8  # of the words longer than three letters capitalised
WORD = re.compile(r"[^\W\d_][\w'’.-]*")
Parse = Callable[[str], Any]
SINGLE_QUOTED = re.compile(r"(?<!\w)[‘'][^‘’'\n]+[’'](?!\w)")  # words in single quotation marks
MAX_CLOSING_WORDS = 25  # a headline or deck closing with its reporting clause
MIN_NAME_TOKENS = 2  # proper nouns opening a headline with no actor mention: `Black Lawmakers`


def headline_attributions(
    text: str, names: Sequence[tuple[int, int]], cues: Cues, parse: Parse, taken: Sequence[Found]
) -> list[Found]:
    """Attributions in headlines (title-case lines and the first line) no other rule attributed anything
    in, from a parse of the line alone (in sentence case for a title-case line)."""
    known = {w.lower() for s, e in names for w in WORD.findall(text[s:e])}
    out: list[Found] = []
    pos = 0
    first = True
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        title, top = _is_title_case(line), first and bool(line.strip())
        first = first and not line.strip()
        closing = _may_close_with_report(line)
        if not (title or top or closing) or any(f.content[0] < end and start < f.content[1] for f in taken):
            continue
        parsed = parse(sentence_case(line, known) if title else line)
        found = list(indirect_quotes(parsed, cues, Lines(parsed))) if title else []
        found = found or (_noun_verbs(parsed, cues) if title or top else []) or _closing_report(parsed, cues)
        quoted = None if found else _single_quoted(line, parsed, names, start)
        if quoted is not None and (title or _cue_at(parsed, quoted, cues)):
            found = [quoted]  # in a sentence-case line the parse is sound enough to ask for a cue verb
        out += [_shift(f, start) for f in found]
    return out


def _cue_at(parsed: Any, found: Found, cues: Cues) -> bool:
    """Whether the cue of `found` is a cue or act verb."""
    tok = next((t for t in parsed if found.cue is not None and t.idx == found.cue[0]), None)
    return tok is not None and (cues.lemma(tok) in cues.content or cues.lemma(tok) in cues.acts)


def _noun_verbs(parsed: Any, cues: Cues) -> list[Found]:
    """`Appeals court rules against toll rise`, `Mayor, council vow inquiry`: a headline root the
    parser took for a noun whose lemma is a cue or act verb, with an agent before it (a person, a group, a
    role) and complements after it."""
    out = []
    for tok in parsed:
        kinds = cues.content.get(cues.lemma(tok)) or cues.acts.get(cues.lemma(tok))
        if tok.pos_ != "NOUN" or tok.dep_ != "ROOT" or not kinds or tok.i == 0:
            continue
        subjects = [c for c in tok.lefts if c.dep_ in ("nsubj", "compound")]
        parts = [c for c in tok.rights if _noun_verb_kind(c, cues) in kinds]
        if not subjects or not parts or not is_agent(subjects[-1], cues):
            continue  # `causeway links the island`: a thing is not read as acting
        subject = subjects[-1]
        tokens = {t.i for p in parts for t in p.subtree if not (t is p and p.dep_ == "prep")}
        who = (subjects[0].left_edge.idx, subject.idx + len(subject.text))
        cue = (tok.idx, tok.idx + len(tok.text))
        out += [
            Found(content, "indirect", cue, who, subject.idx, "headline", 0.6)
            for content in token_runs(parsed, tokens)
        ]
    return out


def _may_close_with_report(line: str) -> bool:
    """A short line with a comma before its last words: `Rents too high, tenants say.`"""
    words = line.split()
    return 0 < len(words) <= MAX_CLOSING_WORDS and "," in line and line.rfind(",") > len(line) // 3


def _closing_report(parsed: Any, cues: Cues) -> list[Found]:
    """`Rules vague on who may apply, lawyers say.`: a reporting verb ending a short line after a
    comma and its subject (in a line the whole-document parse found no attribution in, often a verbless
    headline clause): what comes before the comma is the content."""
    words = [t for t in parsed if not (t.is_punct or t.is_space)]
    if not words or not cues.takes(cues.lemma(words[-1]), "clause"):
        return []
    verb = words[-1]
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if verb.dep_ != "ROOT" or subject is None or any(c.dep_ == "dobj" for c in verb.children):
        return []
    comma = subject.left_edge.i - 1
    if comma < 1 or parsed[comma].text != ",":
        return []
    who = (subject.left_edge.idx, subject.idx + len(subject.text))
    cue = (verb.idx, verb.idx + len(verb.text))
    return [
        Found(content, "indirect", cue, who, subject.idx, "headline", 0.6)
        for content in token_runs(parsed, set(range(comma)))
    ]


def _noun_verb_kind(child: Any, cues: Cues) -> str | None:
    """The complement kind a dependent of a noun-read verb stands for: `calls reform a must` (object),
    `vows to fight` (infinitive, parsed as a relative clause), `rules against` (preposition)."""
    if child.dep_ in ("dobj", "compound", "appos") or (child.dep_ == "npadvmod" and child.pos_ == "NOUN"):
        return "object"
    if child.dep_ in ("relcl", "acl") and child.tag_ == "VB" and any(c.lower_ == "to" for c in child.lefts):
        return "infinitive"
    if child.dep_ == "prep" and child.lower_ in cues.prepositions and not heads_time(child):
        return "preposition"
    return None


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
