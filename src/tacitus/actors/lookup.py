"""Finding the mentions that cover a piece of text (for the quotes and events stages)."""

from __future__ import annotations

from tacitus.model import Document, Mention


def mentions_in(doc: Document, start: int, end: int) -> list[Mention]:
    """Mentions overlapping the character span [start, end), in text order."""
    return [m for m in doc.mentions if m.start < end and start < m.end]


def mention_at(doc: Document, start: int, end: int) -> Mention | None:
    """The best mention for the span [start, end): the coded one overlapping it most, else any overlapping.

    Coded mentions (non-empty code) are preferred to unknown ones; among equals, the larger overlap wins,
    then the later mention (the head of "the Chinese foreign minister" comes last).
    """
    best: Mention | None = None
    best_key: tuple[bool, int, int] | None = None
    for m in mentions_in(doc, start, end):
        overlap = min(end, m.end) - max(start, m.start)
        key = (bool(m.actor.code), overlap, m.start)
        if best_key is None or key > best_key:
            best, best_key = m, key
    return best
