"""Names in title-case headlines (`Maria Lopez Rips Transit Board Over Fare Hike`): the tagger runs a
PERSON/ORG entity on over the verb, so each such entity is cut before the first capitalised word that no
known name contains and that is an inflected event or speech verb ("Blasts") or that a sentence-case parse
of the line reads as a finite verb, a participle or a function word ("Dies", "Over")."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from spacy.tokens import Span

from tacitus.quotes.headlines import WORD, is_title_case, sentence_case

Parse = Callable[[str], Any]
NAME_LABELS = frozenset({"PERSON", "ORG"})
# Parts of speech (in the sentence-case parse) that end a name: "Over", "To", "As", "Reportedly"; a verb
# only in a form a headline gives it ("Dies", "Asking"): a lower-cased unknown name reads as a base verb.
BREAKING_POS = frozenset({"AUX", "ADP", "SCONJ", "CCONJ", "PART", "PRON", "DET", "ADV"})
BREAKING_VERB_TAGS = frozenset({"VBZ", "VBD", "VBG", "VBN"})
VOWELS = "aeiou"
SIBILANT_ENDINGS = ("s", "x", "z", "ch", "sh", "o")
# Function words that title case capitalises inside names: "Bank Of America", "Party For Freedom".
NAME_JOINERS = frozenset(
    {"of", "and", "for", "the", "de", "del", "da", "la", "le", "von", "van", "der", "al"}
)
BREAKS = "tacitus.name_breaks"  # Doc.user_data key: token indexes that end a name in title-case lines


def trim_headline_entities(
    parsed: Any, parse: Parse, protected: Iterable[tuple[int, int]], verbs: frozenset[str] = frozenset()
) -> None:
    """Cut the PERSON/ORG entities of title-case lines at words that are not part of a name (in place).

    `protected` are token ranges of knowledge-base names ("Doctors Without Borders"): never cut inside.
    `verbs` are inflected verb forms ("blasts", "urged") that end a name whatever the parse says.
    The article's other named entities (outside title-case lines) and those names tell which words are
    names, so they stay capitalised in the sentence-case parse.
    """
    text = parsed.text
    lines = _title_case_lines(text)
    if not lines:
        return
    names = [(s, e) for s, e in protected]
    known = {w.lower() for s, e in names for w in WORD.findall(parsed[s:e].text)}
    known |= {
        w.lower() for e in parsed.ents if not _in_lines(e.start_char, lines) for w in WORD.findall(e.text)
    }
    known |= {t.lower_ for t in parsed if _capitalised_in_running_text(t, lines)}
    kept = {i for s, e in names for i in range(s, e)}
    breaks = frozenset(i for ln in lines for i in _breaks(parsed, ln, parse, known, kept, verbs))
    parsed.user_data[BREAKS] = breaks
    ents = [
        _trim(e, breaks) if e.label_ in NAME_LABELS and _in_lines(e.start_char, lines) else e
        for e in parsed.ents
    ]
    if any(a is not b for a, b in zip(ents, parsed.ents, strict=True)):
        parsed.set_ents(ents, default="outside")


@lru_cache(maxsize=1)
def headline_verb_forms() -> frozenset[str]:
    """The -s and -ed forms of the event lexicon's and quote cues' one-word verbs ("blasts", "urged")."""
    from tacitus.events.lexicon import load_lexicon
    from tacitus.quotes.cues import load_cues

    lemmas = {v for v in load_lexicon().verbs if v.isalpha()} | {v for v in load_cues().verbs if v.isalpha()}
    return frozenset(form for lemma in lemmas for form in inflections(lemma))


def inflections(lemma: str) -> tuple[str, ...]:
    """The third-person and past forms of a regular verb: blast -> blasts, blasted; slam -> slammed."""
    if lemma.endswith("y") and lemma[-2:-1] not in VOWELS:
        return lemma[:-1] + "ies", lemma[:-1] + "ied"
    third = lemma + ("es" if lemma.endswith(SIBILANT_ENDINGS) else "s")
    if lemma.endswith("e"):
        return third, lemma + "d"
    forms = [third, lemma + "ed"]
    if (
        len(lemma) <= 4
        and lemma[-1] not in VOWELS + "wxy"
        and lemma[-2] in VOWELS
        and lemma[-3] not in VOWELS
    ):
        forms.append(lemma + lemma[-1] + "ed")  # slam -> slammed, rip -> ripped
    return tuple(forms)


def is_name_break(tok: Any) -> bool:
    """Whether a token of a title-case line is a word no name goes on over (`Rips`, `Over`)."""
    return tok.i in tok.doc.user_data.get(BREAKS, ())


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if is_title_case(line):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _capitalised_in_running_text(tok: Any, lines: list[tuple[int, int]]) -> bool:
    """A proper noun capitalised in ordinary text (not a title-case line): a word of some name."""
    return bool(tok.pos_ == "PROPN" and tok.is_title and _in_lines(tok.idx, lines) is None)


def _in_lines(offset: int, lines: list[tuple[int, int]]) -> tuple[int, int] | None:
    return next((ln for ln in lines if ln[0] <= offset < ln[1]), None)


def _breaks(
    parsed: Any, line: tuple[int, int], parse: Parse, known: set[str], kept: set[int], verbs: frozenset[str]
) -> set[int]:
    """Token indexes of the line's capitalised words that are no part of a name."""
    start, end = line
    lowered = sentence_case(parsed.text[start:end], known)
    again = {t.idx: t for t in parse(lowered)}
    out = set()
    for tok in parsed.char_span(start, end, alignment_mode="expand") or ():
        other = again.get(tok.idx - start)
        if (
            tok.i not in kept
            and tok.text[:1].isupper()
            and tok.text[1:].islower()  # "DuVernay", "McCain": inner capitals mark a name
            and tok.lower_ not in NAME_JOINERS
            and other is not None
            and other.text != tok.text  # lower-cased: neither the first word, an acronym nor a known name
            and other.pos_ != "PROPN"
            and (_not_a_name(other) or other.lower_ in verbs)
        ):
            out.add(tok.i)
    return out


def _not_a_name(tok: Any) -> bool:
    """A function word or a headline verb form; not a modal (`Will Dunham`, `Theresa May`)."""
    if tok.tag_ == "MD":
        return False
    return bool(tok.pos_ in BREAKING_POS or (tok.pos_ == "VERB" and tok.tag_ in BREAKING_VERB_TAGS))


def _trim(ent: Any, breaks: frozenset[int]) -> Any:
    """The entity up to its first break; if it opens with one, the part after its last break; if that
    leaves nothing, the entity as it is (`Will Dunham` is a name whatever the parse says)."""
    cuts = [i for i in range(ent.start, ent.end) if i in breaks]
    if not cuts:
        return ent
    start, end = (ent.start, cuts[0]) if cuts[0] > ent.start else (cuts[-1] + 1, ent.end)
    if end <= start:
        return ent
    return Span(ent.doc, start, end, label=ent.label_)
