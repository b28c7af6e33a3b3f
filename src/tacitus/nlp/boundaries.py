"""Tokens that can never start a sentence, marked before the parser so it cannot split there.

The small parser sometimes splits inside a noun phrase (`the 13th | Amendment`), before a bare relative clause
(`the remarks | Trump had made`) or before a lower-case word (`"Why?" | she asked`). A sentence starts only
after final punctuation (or a dash, colon or line break), so a split after a plain word is always wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.attrs import SENT_START

from tacitus.errors import DataFileError

TITLES_FILE = "title_abbreviations.txt"
# A sentence may start after these even without a full stop: datelines (`(AP) —`), lists, labels.
OPENERS = frozenset({"-", "--", "–", "—", "―", ":", ";", "•", "*", "|", "_", "__", "___"})
CLOSERS = frozenset({")", "]", "”", "’", "'", '"', "''", "»"})


@lru_cache(maxsize=1)
def title_abbreviations() -> frozenset[str]:
    """The abbreviations (`Mr.`, `Sen.`) after which a new sentence never starts."""
    path = resources.files("tacitus") / "data" / TITLES_FILE
    titles = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        word = line.strip()
        if not word or word.startswith("#"):
            continue
        if " " in word or not word.endswith(".") or not word[0].isupper():
            problem = f"expected one capitalised abbreviation ending in '.': {word!r}"
            raise DataFileError(str(path), n, problem)
        titles.add(word)
    return frozenset(titles)


def mark_continuations(doc: Any, starts: set[int]) -> None:
    """Forbid a sentence start wherever the token cannot open a sentence (`starts` are kept as they are)."""
    titles = title_abbreviations()
    words = [t.text_with_ws for t in doc]
    banned = [i for i in range(1, len(words)) if i not in starts and cannot_start(words, i, titles)]
    if not banned:
        return
    # One array write: setting `Token.is_sent_start` token by token rescans the doc each time.
    flags = doc.to_array(SENT_START).astype("int64")  # 1 start, -1 no start, 0 parser decides
    flags[[i for i in banned if flags[i] != 1]] = -1  # a start set by an earlier rule stays
    doc.from_array([SENT_START], flags.reshape(-1, 1).astype("uint64"))


def cannot_start(words: Sequence[str], i: int, titles: frozenset[str]) -> bool:
    """True when token `i` continues the sentence of the token before it.

    `words` are the tokens' texts with their trailing whitespace.
    """
    prev, tok = words[i - 1].rstrip(), words[i].rstrip()
    if not tok or not prev or "\n" in words[i - 1]:
        return False
    if tok[0].islower() and not _exclaimed_quote(words, i):
        return True
    if prev in titles:
        return True
    if prev == "No." and tok[0].isdigit():  # `No. 2`
        return True
    if prev in CLOSERS and i >= 2 and "\n" not in words[i - 2]:
        prev = words[i - 2].rstrip()  # `(then-Senator) | Joseph`: look inside the bracket or quote
    return _plain_word(prev)


def _exclaimed_quote(words: Sequence[str], i: int) -> bool:
    """`"Why?" she asked`: the quotes stage reads the quote and its attribution as two sentences."""
    return i >= 3 and words[i - 1].rstrip() in CLOSERS and words[i - 2].rstrip() in {"?", "!"}


def _plain_word(text: str) -> bool:
    """A word or number with no final punctuation of its own (`remarks`, `13th`, `2016`)."""
    return text[-1:].isalnum() and text not in OPENERS
