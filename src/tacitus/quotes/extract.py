"""Putting the rules together: direct layouts, syntax-based indirect speech, then floating quotes."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tacitus.model import QuoteKind
from tacitus.quotes.cues import Cues
from tacitus.quotes.direct import BLANKS, DirectRules, quote_content
from tacitus.quotes.found import Found, Token
from tacitus.quotes.headlines import Parse, headline_attributions
from tacitus.quotes.indirect import Lines, indirect_quotes, outside_quotes
from tacitus.quotes.lines import colon_lines
from tacitus.quotes.marks import Quoted, find_quoted
from tacitus.quotes.phrases import as_clause, pro_form

MIN_FLOATING_WORDS = 4
MIN_CONTINUATION_WORDS = 2  # the second half of a split quotation in the same paragraph
QUOTATION_RULES = frozenset({"after", "before", "colon", "continuation"})
RUN_ON_OPENERS = ("The ", "A ", "An ")
WEAK_RULES = frozenset({"before", "after", "colon-clause", "dash-pair"})
DIRECT_SHARE = 0.9
NESTABLE_RULES = frozenset(
    {"verb", "passive", "noun", "seeming", "attitude", "impersonal", "in-source"}
)  # an indirect content this much inside quotation marks is a direct quotation


def find_attributions(
    text: str,
    parsed: Any,
    cues: Cues,
    names: Sequence[tuple[int, int]] = (),
    reparse: Parse | None = None,
) -> list[Found]:
    """Every attribution in a parsed document, in text order; `reparse` (a text -> spaCy Doc
    function) lets title-case headlines be parsed again in sentence case."""
    if parsed is None or not parsed.has_annotation("DEP") or not parsed.has_annotation("SENT_START"):
        return []
    quoted = find_quoted(text)
    rules = DirectRules(text, parsed, quoted, cues)
    direct = [rules.attribute(k) for k in range(len(quoted))]
    found = [f for f in direct if f is not None]
    tokens, lines = outside_quotes(parsed, quoted), Lines(parsed)
    found += _indirect(tokens, lines, quoted, cues, found)
    found = _as_clauses(tokens, lines, quoted, cues, found)
    found += _pro_forms(tokens, cues, found)
    colons = colon_lines(text, parsed, names, cues.source_nouns)
    turns = [f.content for f in colons if f.kind == "direct"]  # transcript turns: `WALLACE: ...`
    found = [f for f in found if not any(_overlaps(f.content, t) for t in turns)]
    found += colons
    if reparse is not None:
        found += headline_attributions(text, names, cues, reparse, found)
    found = _inside_others(_outermost(_dedupe(_cut_run_ons(text, found))))
    found = _floating(text, quoted, direct, found)
    # a quoted stretch running over transcript turns is the transcript, not one more quotation
    return [f for f in found if f.rule == "colon-line" or not any(_overlaps(f.content, t) for t in turns)]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _indirect(
    tokens: list[Token], lines: Lines, quoted: Sequence[Quoted], cues: Cues, direct: list[Found]
) -> list[Found]:
    by_cue: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for f in direct:
        if f.cue is not None:
            by_cue.setdefault(f.cue, []).append(f.content)
    opens = [q.open for q in quoted]
    out: list[Found] = []
    for f in indirect_quotes(tokens, cues, lines):
        f = _cover_quotes(f, quoted, opens)
        taken = by_cue.get(f.cue or (-1, -1), [])
        if f.kind == "direct":
            taken = [g.content for g in direct]  # a layout rule already placed this quotation
        if any(_overlaps(f.content, t) for t in taken):
            continue  # the same cue already introduces a direct quotation here
        out.append(f)
    return out


def _as_clauses(
    tokens: list[Token], lines: Lines, quoted: Sequence[Quoted], cues: Cues, found: list[Found]
) -> list[Found]:
    """Add `..., as X said` attributions; they replace what other rules made of the same cue."""
    opens = [q.open for q in quoted]
    extra = [f for tok in tokens if tok.lower_ == "as" and (f := as_clause(tok, cues, lines.around))]
    extra = [_cover_quotes(f, quoted, opens) for f in extra]
    cues_taken = {f.cue for f in extra}
    return [f for f in found if f.cue not in cues_taken] + extra


def _pro_forms(tokens: list[Token], cues: Cues, found: list[Found]) -> list[Found]:
    """`X said as much` where no other rule found content for the cue."""
    taken = {f.cue for f in found}
    return [f for tok in tokens if (f := pro_form(tok, cues)) is not None and f.cue not in taken]


def _cover_quotes(f: Found, quoted: Sequence[Quoted], opens: list[int]) -> Found:
    """Stretch content to whole quotations it cuts, and classify it direct/mixed/indirect."""
    c0, c1 = f.content
    lo = max(bisect_right(opens, c0) - 1, 0)
    hi = bisect_left(opens, c1)
    inside = 0
    for q in quoted[lo:hi]:
        if q.outer_end <= c0 or q.open >= c1:
            continue
        c0 = min(c0, q.open) if q.start < c0 else c0
        c1 = max(c1, q.outer_end)
        inside += q.end - q.start
    if not inside:
        return f
    kind: QuoteKind = "direct" if inside >= DIRECT_SHARE * (c1 - c0 - 2) else "mixed"
    return replace(f, content=(c0, c1), kind=kind)


def _outermost(found: list[Found]) -> list[Found]:
    """Drop syntax-found attributions whose cue lies inside another attribution's content.

    `X said Y wants Z`: the news convention (and PolNeAR's) attributes only the outer statement;
    what Y wants is part of what X said.
    """
    starts = [f.content[0] for f in found]  # `found` is sorted by content
    out = []
    for f in found:
        if f.rule in NESTABLE_RULES and f.cue is not None and _is_nested(f, found, starts):
            continue
        out.append(f)
    return out


def _is_nested(f: Found, found: list[Found], starts: list[int]) -> bool:
    cue = f.cue[0] if f.cue else -1
    for g in found[: bisect_right(starts, cue)]:
        if g is f or not g.content[0] <= cue < g.content[1]:
            continue
        if g.cue is None or not f.content[0] <= g.cue[0] < f.content[1]:
            return True
    return False


def _cut_run_ons(text: str, found: list[Found]) -> list[Found]:
    """`... of the regional centers The agency said it would ...`: a speaker that opens with a capitalised
    article right after a lower-case word starts a sentence whose full stop was lost; contents that run
    on into it stop before it."""
    starts = [f.speaker[0] for f in found if f.speaker is not None and _opens_run_on(text, f.speaker[0])]
    if not starts:
        return found
    out = []
    for g in found:
        cut = next((s for s in starts if g.content[0] < s < g.content[1] and not _in_cue(g, s)), None)
        if cut is not None:
            end = cut
            while end > g.content[0] and text[end - 1] in BLANKS:
                end -= 1
            g = replace(g, content=(g.content[0], end))
        out.append(g)
    return out


def _in_cue(g: Found, pos: int) -> bool:
    return g.cue is not None and g.cue[0] <= pos < g.cue[1]


def _opens_run_on(text: str, pos: int) -> bool:
    """Whether `pos` starts `The`/`A`/`An` + a space right after a lower-case word on the same line."""
    if not any(text.startswith(w, pos) for w in RUN_ON_OPENERS):
        return False
    i = pos - 1
    while i >= 0 and text[i] in BLANKS:
        i -= 1
    return i >= 0 and i < pos - 1 and text[i].islower()


def _inside_others(found: list[Found]) -> list[Found]:
    """Drop weak layout attributions of a quotation that lies inside another attribution's content
    (`admonishing the client: "..."` is already part of what the outer speaker said)."""
    return [
        f
        for f in found
        if f.rule not in WEAK_RULES
        or not any(
            g is not f and g.content[0] <= f.content[0] and f.content[1] <= g.content[1] for g in found
        )
    ]


def _dedupe(found: list[Found]) -> list[Found]:
    best: dict[tuple[int, int], Found] = {}
    for f in found:
        old = best.get(f.content)
        if old is None or f.confidence > old.confidence:
            best[f.content] = f
    return sorted(best.values(), key=lambda f: f.content)


def _floating(
    text: str, quoted: Sequence[Quoted], direct: list[Found | None], found: list[Found]
) -> list[Found]:
    """Quoted paragraphs or sentences with no cue take the speaker of the attribution just before."""
    paragraphs = _ParagraphIndex(text)
    out = list(found)
    ends = sorted(range(len(out)), key=lambda i: out[i].content[1])
    done: list[Found] = [out[i] for i in ends]
    for q, f in zip(quoted, direct, strict=True):
        if f is not None or not q.closed or not _stands_alone(text, q, MIN_CONTINUATION_WORDS):
            continue
        if any(g.content[0] <= q.start and q.end <= g.content[1] for g in out):
            continue  # already part of an indirect/mixed content
        prev = _previous(done, q.open)
        if prev is None:
            continue
        prev = _reporting_quotation(text, done, prev, q.open) or prev
        gap = paragraphs.of(q.open) - paragraphs.of(prev.content[1] - 1)
        if gap > 1:
            continue
        if not _stands_alone(text, q, MIN_FLOATING_WORDS) and not (gap == 0 and prev.rule in QUOTATION_RULES):
            continue  # a short one goes on only with a quotation just before: `"I would," she said. "Yes."`
        rule, cue = ("continuation", prev.cue) if gap == 0 else ("floating", None)
        new = Found(quote_content(text, q), "direct", cue, prev.speaker, prev.speaker_head, rule, 0.7)
        out.append(new)
        done.append(new)
        done.sort(key=lambda g: g.content[1])
    return sorted(out, key=lambda g: g.content)


def _reporting_quotation(text: str, done: list[Found], prev: Found, pos: int) -> Found | None:
    """`"...," he said, referring to X. "..."`: a quotation's own attribution, when the attribution just
    before `pos` is a participle clause of the same reporting sentence, goes on with the next quotation."""
    if prev.rule in QUOTATION_RULES or prev.cue is None:
        return None
    if not text[prev.cue[0] : prev.cue[1]].endswith("ing"):
        return None  # a finite verb between (`X scolded him: "..." she said. "..."`) reports on its own
    for g in reversed(done):
        if g.content[1] > pos or g is prev or g.cue is None:
            continue
        if g.rule not in QUOTATION_RULES or g.speaker is None:
            return None
        lo, hi = sorted((g.cue[1], prev.cue[0]))
        between = text[lo:hi]
        return g if not any(c in between for c in ".!?\n") else None
    return None


def _previous(done: list[Found], pos: int) -> Found | None:
    """The last attribution with a speaker ending before `pos` (a speakerless passive in between,
    `"...," X said after Y was called to testify. "..."`, does not break the speaker's turn)."""
    ends = [g.content[1] for g in done]
    i = bisect_right(ends, pos) - 1
    while i >= 0 and done[i].speaker is None:
        i -= 1
    return done[i] if i >= 0 else None


def _stands_alone(text: str, q: Quoted, min_words: int) -> bool:
    """A quotation of at least `min_words` words that begins a sentence or paragraph."""
    if len(text[q.start : q.end].split()) < min_words:
        return False
    i = q.open - 1
    if q.open > 0 and text[q.open] == "'" and text[q.open - 1] == "'":
        i -= 1  # NYT archive marks: the quotation opens at the second of two apostrophes
    while i >= 0 and text[i] in BLANKS:
        i -= 1
    return i < 0 or text[i] in '\n.!?”"'


class _ParagraphIndex:
    """Paragraph number of an offset: non-blank lines are paragraphs."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        pos = 0
        for line in text.split("\n"):
            if line.strip():
                self.starts.append(pos)
            pos += len(line) + 1

    def of(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1
