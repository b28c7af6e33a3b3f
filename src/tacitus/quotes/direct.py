"""Direct quotations: attaching each quoted stretch to a cue and speaker by its layout.

Layouts, tried in order: `X said: "..."`, `"...," X said`, `X said, "..."` (also the second half of a
split quotation), `"..." - X`, and a speaker introduced with a colon at the end of the previous paragraph.
Short quoted words with none of these are left alone (scare quotes, or fragments of mixed speech that
the indirect rules pick up).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tacitus.quotes.cues import Cues
from tacitus.quotes.found import Found, Token, Tokens, is_cue_verb, token_span
from tacitus.quotes.marks import DOUBLE_OPEN, STRAIGHT, Quoted
from tacitus.quotes.speakers import DUMMY_SUBJECTS, nearest_speaker, noun_phrase, speaker_of

WINDOW = 12  # tokens searched for a cue after a closing mark: "...," the foreign ministry spokesman said
TRAILING_PUNCT = ",!?—–-…"
DASHES = "-–—―"
BLANKS = " \t\xa0\u2009\u202f"  # spaces within a line, non-breaking and thin ones included
CLAUSE_POS = frozenset({"ADP", "VERB", "AUX", "SCONJ", "CCONJ", "PUNCT"})
CONJUNCTIONS = frozenset({"and", "or", "but", "nor"})
STOP_TOKENS = frozenset({".", "!", "?", ";"})
MAX_TITLE_WORDS = 6
SMALL_WORD = 3  # title case leaves short function words in lower case: `Women in Power`
AUX_OR_SUBJECT = frozenset({"aux", "auxpass", "nsubj", "nsubjpass"})
MIN_COLON_WORDS = 3  # a quotation after a colon with no cue verb: at least a short sentence
MAX_NICKNAME_WORDS = 2  # a quoted nickname inside the speaker's name does not end the window
FILLED_DEPS = frozenset({"dobj", "prep", "ccomp"})  # a participle cue's own complement before a quotation


def _is_title(words: str) -> bool:
    """A short quotation in title case with no sentence punctuation: a book, song or show."""
    words = words.strip().rstrip(",.")  # American style puts the comma inside: "A Title," she said
    tokens = words.split()
    if not 2 <= len(tokens) <= MAX_TITLE_WORDS or any(c in words for c in ".,!?;:"):
        return False
    return tokens[0][:1].isupper() and all(w[:1].isupper() for w in tokens if len(w) > SMALL_WORD)


QUOTE_CHARS = frozenset('"“”‘’«»„')


class DirectRules:
    """The layout rules, over one parsed document."""

    def __init__(self, text: str, parsed: Any, quoted: Sequence[Quoted], cues: Cues) -> None:
        self.text = text
        self.doc = parsed
        self.toks = Tokens(parsed)
        self.quoted = quoted
        self.opens = [x.open for x in quoted]
        self.cues = cues

    def attribute(self, k: int) -> Found | None:
        """The attribution of quoted stretch number `k`, or None."""
        q = self.quoted[k]
        if _is_title(self.text[q.start : q.end]):
            return None  # `the song "A Change Is Gonna Come"`: a title, not speech
        prev_char = self._char_before(_mark_start(self.text, q))
        if prev_char in DASHES:
            found = self._name_dash(q) or self._between_dashes(q)
            if found:
                return found
        if prev_char == ":":
            found = self._before(k, "colon") or self._colon_clause(q)
            if found:
                return found
        return (
            self._after(q)
            or (self._before(k, "before") if prev_char == "," else None)
            or self._dash(q)
            or self._colon_paragraph(q)
        )

    def _char_before(self, pos: int) -> str:
        i = pos - 1
        while i >= 0 and self.text[i] in BLANKS:
            i -= 1
        return self.text[i] if i >= 0 else ""

    def _after(self, q: Quoted) -> Found | None:
        if q.close is None:
            return None
        text = self.text
        j = q.outer_end
        while j < len(text) and text[j] in BLANKS:
            j += 1
        nxt = text[j : j + 1]
        last = text[q.end - 1]
        if not (last in TRAILING_PUNCT or nxt == "," or (nxt.isalpha() and nxt.islower())):
            return None
        if text[j:].split(" ", 1)[0] in CONJUNCTIONS:
            return None  # "praised Russia as a "reliable partner" and accused ...": the sentence goes on
        window = self._window_after(j)
        cue = next((t for t in window if is_cue_verb(t, self.cues)), None)
        if cue is None or _bare_participle(cue):
            return None
        if not (last in TRAILING_PUNCT or nxt == ",") and any(
            t.pos_ in CLAUSE_POS for t in window if t.i < cue.i
        ):
            return None  # `accused X of "adding fuel" by sending weapons, and urged`: the sentence goes on
        speaker = speaker_of(cue)
        if speaker is None or speaker.idx < j:
            speaker = next((t for t in window if t.pos_ in ("PROPN", "NOUN", "PRON") and t != cue), None)
        found = self._found(q, cue, speaker, "after")
        lead = self._lead_in(q)
        return found if lead is None else replace(found, content=(lead, found.content[1]), kind="mixed")

    def _lead_in(self, q: Quoted) -> int | None:
        """`Not paying taxes "makes me smart," he said`: the start of the sentence the quotation ends,
        when words with no cue of their own come before it (the writer's paraphrase is content too)."""
        first = self.toks.at_or_after(q.open)
        if first >= len(self.doc):
            return None
        sent = self.doc[first].sent
        line = self.text.rfind("\n", 0, q.open) + 1
        start = max(sent.start_char, line)
        lead = self.text[start : q.open].rstrip(" \t'")  # NYT archive quotations open with two apostrophes
        if not lead.strip() or lead[-1:] in (":", ",") or ":" in lead or any(c in lead for c in QUOTE_CHARS):
            return None
        words = [t for t in self.doc[self.toks.at_or_after(start) : first] if not t.is_punct]
        if not words or any(
            is_cue_verb(t, self.cues) or self.cues.lemma(t) in self.cues.nouns for t in words
        ):
            return None
        return int(words[0].idx)

    def _window_after(self, j: int) -> list[Token]:
        """Tokens after a closing mark up to the end of the clause, at most WINDOW words (punctuation
        and a quoted nickname in the speaker's name, `Marcia "Cia" Price`, do not count)."""
        out: list[Token] = []
        words = 0
        nickname_end = -1
        for tok in self.doc[self.toks.at_or_after(j) :]:
            if tok.idx < nickname_end:
                out.append(tok)
                continue
            if tok.text in DOUBLE_OPEN or tok.text == STRAIGHT:
                nickname_end = self._nickname_end(tok.idx)
                if nickname_end < 0:
                    break
            if tok.text in STOP_TOKENS or "\n" in tok.text:
                break
            out.append(tok)
            words += not tok.is_punct
            if "\n" in tok.whitespace_ or words >= WINDOW:
                break
        return out

    def _nickname_end(self, pos: int) -> int:
        """End of a one- or two-word quotation opening at `pos` (`Marcia "Cia" Price`), or -1."""
        k = bisect_left(self.opens, pos)
        if k >= len(self.quoted) or self.quoted[k].open != pos or not self.quoted[k].closed:
            return -1
        q = self.quoted[k]
        return q.outer_end if len(self.text[q.start : q.end].split()) <= MAX_NICKNAME_WORDS else -1

    def _before(self, k: int, rule: str) -> Found | None:
        q = self.quoted[k]
        last = self.toks.before(q.open)
        if last < 0:
            return None
        sent = self.doc[last].sent
        lo = sent.start
        if k > 0 and self.quoted[k - 1].outer_end > self.doc[lo].idx:
            lo = max(lo, self.toks.at_or_after(self.quoted[k - 1].outer_end))
        window = [t for t in self.doc[lo : last + 1] if "\n" not in t.text]
        cue = next((t for t in reversed(window) if is_cue_verb(t, self.cues)), None)
        if cue is None:
            return None
        cue = _reporting_head(cue, window, q.open, self.cues)
        found = self._found(q, cue, speaker_of(cue) or nearest_speaker(cue), rule)
        tail = self._tail(q) if rule == "before" else None
        if tail is None:
            return found
        start = found.content[0]
        if self.doc[last].lower_ == "that" or (last > 0 and self.doc[last - 1].lower_ == "that"):
            start = self.doc[last if self.doc[last].lower_ == "that" else last - 1].idx  # `said that, "..."`
        return replace(found, content=(start, tail), kind="mixed")

    def _tail(self, q: Quoted) -> int | None:
        """`said that, "we will defend ourselves" against what we see as attacks.`: the end of the
        sentence when it goes on in lower case after the closing mark."""
        if q.close is None or self.text[q.end - 1] in ",.!?;:":
            return None  # `"...," adding that ...`: the quotation ended its clause
        j = q.outer_end
        while j < len(self.text) and self.text[j] in BLANKS:
            j += 1
        if not self.text[j : j + 1].islower():
            return None
        tok = self.toks.at_or_after(j)
        if tok >= len(self.doc):
            return None
        sent = self.doc[tok].sent
        last = sent.end - 1
        while last > tok and (self.doc[last].is_punct or self.doc[last].is_space):
            last -= 1
        return int(self.doc[last].idx + len(self.doc[last].text))

    def _dash(self, q: Quoted) -> Found | None:
        text = self.text
        j = q.outer_end
        while j < len(text) and text[j] in BLANKS:
            j += 1
        if j >= len(text) or text[j] not in DASHES:
            return None
        k = j + 1
        while k < len(text) and text[k] in BLANKS + DASHES:
            k += 1
        if k >= len(text) or not text[k].isupper():
            return None
        names: list[Token] = []
        for tok in self.doc[max(self.toks.before(k + 1), 0) :]:
            if (tok.is_punct and tok.idx >= k) or "\n" in tok.text or len(names) >= 8:
                break
            names.append(tok)
            if "\n" in tok.whitespace_:
                break
        if not names:
            return None
        head = next((t for t in reversed(names) if t.pos_ == "PROPN"), names[-1])
        speaker = (max(names[0].idx, k), names[-1].idx + len(names[-1].text))
        return Found(quote_content(self.text, q), "direct", (j, j + 1), speaker, head.idx, "dash", 0.85)

    def _name_dash(self, q: Quoted) -> Found | None:
        """`Jane Doe ― "..."`: a short name alone on the line before a dash and the quotation."""
        i = _mark_start(self.text, q) - 1
        while i >= 0 and self.text[i] in BLANKS:
            i -= 1
        dash = i
        line_start = self.text.rfind("\n", 0, dash) + 1
        names = [t for t in self.toks.span_tokens(line_start, dash) if not t.is_space]
        if not names or len(names) > 6 or not any(t.pos_ == "PROPN" for t in names):
            return None
        head = next(t for t in reversed(names) if t.pos_ == "PROPN")
        speaker = (names[0].idx, names[-1].idx + len(names[-1].text))
        return Found(
            quote_content(self.text, q), "direct", (dash, dash + 1), speaker, head.idx, "name-dash", 0.8
        )

    def _colon_clause(self, q: Quoted) -> Found | None:
        """`She had to change her answer: "..."`: a quotation a clause with no cue verb introduces with a
        colon is what the clause's subject (or a passive's agent) said or wrote."""
        if q.close is None or len(self.text[q.start : q.end].split()) < MIN_COLON_WORDS:
            return None
        colon = self.toks.before(_mark_start(self.text, q))
        if colon < 0 or self.doc[colon].text != ":":
            return None
        sent = self.doc[colon].sent
        verb = next((t for t in reversed(self.doc[sent.start : colon]) if _has_subject(t)), None)
        if verb is None:
            return None
        speaker = speaker_of(verb)
        if speaker is None or speaker.i > colon or speaker.lower_ in DUMMY_SUBJECTS:
            return None
        found = self._found(q, verb, speaker, "colon-clause")
        return replace(found, confidence=0.6)

    def _between_dashes(self, q: Quoted) -> Found | None:
        """`the former governor -- "..." -- and others`: a quotation set off by a pair of dashes is the
        words of the name just before it, or else of the sentence's subject."""
        j = q.outer_end
        while j < len(self.text) and self.text[j] in BLANKS:
            j += 1
        if q.close is None or j >= len(self.text) or self.text[j] not in DASHES:
            return None
        before = self.toks.before(q.open)
        while before >= 0 and self.doc[before].text.strip(DASHES + "'") == "":
            before -= 1  # the dash (and NYT archive apostrophes) before the quotation
        if before < 0:
            return None
        tok = self.doc[before]
        speaker = tok if tok.pos_ == "PROPN" else _governing_subject(tok)
        if speaker is None:
            return None
        dash = self.doc[before + 1]
        cue = (dash.idx, dash.idx + len(dash.text))
        return Found(
            quote_content(self.text, q), "direct", cue, noun_phrase(speaker), speaker.idx, "dash-pair", 0.7
        )

    def _colon_paragraph(self, q: Quoted) -> Found | None:
        text = self.text
        i = _mark_start(self.text, q) - 1
        while i >= 0 and text[i] in BLANKS:
            i -= 1
        if i < 0 or text[i] != "\n":
            return None
        while i >= 0 and text[i].isspace():
            i -= 1
        if i < 0 or text[i] != ":":
            return None
        colon = self.toks.before(i + 1)
        sent = self.doc[colon].sent
        cue = next((t for t in reversed(list(sent)) if is_cue_verb(t, self.cues)), None)
        if cue is not None:
            return self._found(q, cue, speaker_of(cue), "colon-paragraph")
        subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") or t.pos_ == "PROPN"), None)
        if subj is None:
            return None
        span = noun_phrase(subj)
        return Found(
            quote_content(self.text, q), "direct", (i, i + 1), span, subj.idx, "colon-paragraph", 0.7
        )

    def _found(self, q: Quoted, cue: Token, speaker: Token | None, rule: str) -> Found:
        if speaker is not None and q.open <= speaker.idx < q.outer_end:
            # `X said, suggesting questions, including, "do you ..."`: a subject inside the quotation
            # is the parser's misreading; the speaker is the subject of the reporting clause before it
            speaker = _subject_before(cue)
        span = noun_phrase(speaker) if speaker is not None else None
        conf = 0.9 if speaker is not None else 0.6
        return Found(
            quote_content(self.text, q),
            "direct",
            token_span(cue),
            span,
            speaker.idx if speaker is not None else None,
            rule,
            conf,
        )


def _reporting_head(cue: Token, window: list[Token], start: int, cues: Cues) -> Token:
    """`"...," she said, referring to the report, "..."`: a participle between the halves of a split
    quotation whose complement is already given (an object, clause or prepositional phrase before the
    second half) says what the speaker meant; the second half goes on with the verb it hangs on."""
    head = cue.head
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or head not in window or not is_cue_verb(head, cues):
        return cue
    filled = any(c.dep_ in FILLED_DEPS and c.right_edge.idx < start for c in cue.children)
    return head if filled else cue


def _bare_participle(cue: Token) -> bool:
    """`"pants on fire," compared to ...`: a past participle with no auxiliary or subject modifies
    the sentence; it does not report the quotation."""
    return bool(cue.tag_ == "VBN" and not any(c.dep_ in AUX_OR_SUBJECT for c in cue.children))


def _mark_start(text: str, q: Quoted) -> int:
    """Offset of the opening mark (the first of two apostrophes in NYT archive style)."""
    return q.open - 1 if q.open > 0 and text[q.open - 1 : q.open + 1] == "''" else q.open


def _has_subject(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i for c in tok.children
    )


def _governing_subject(tok: Token) -> Token | None:
    """The subject of the nearest clause above `tok` that has one before it."""
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.i < tok.i:
            who = speaker_of(node)
            if who is not None and who.i < tok.i and who.lower_ not in DUMMY_SUBJECTS:
                return who
    return _subject_before(tok)


def _subject_before(cue: Token) -> Token | None:
    """The subject of the nearest verb before `cue` in its sentence."""
    for tok in reversed(cue.doc[cue.sent.start : cue.i]):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i < cue.i:
            return tok
    return None


def quote_content(text: str, q: Quoted) -> tuple[int, int]:
    """The quoted words without the comma or colon that ties them to the attribution."""
    end = q.end
    while end > q.start + 1 and text[end - 1] in ",;: \t":
        end -= 1
    return q.start, end
