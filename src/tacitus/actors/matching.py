"""Finding knowledge-base phrases in a parsed document with spaCy PhraseMatchers (built once per stage)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from spacy.matcher import PhraseMatcher

from tacitus.actors.kb import Entry, KnowledgeBase, RoleWord

# Separators inside one token that join actor names: "U.S.-led", "Russia-Ukraine", "U.S./China".
JOINERS = ("-", "/", "–")


@dataclass(frozen=True)
class Hit:
    """A matched phrase: tokens [start, end) of the parsed doc, and what the phrase is."""

    start: int
    end: int
    key: str


def longest_first(hits: Iterable[Hit]) -> list[Hit]:
    """Non-overlapping hits, preferring longer then earlier ones; returned in text order."""
    taken: set[int] = set()
    out = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        span = range(hit.start, hit.end)
        if taken.isdisjoint(span):
            taken.update(span)
            out.append(hit)
    return sorted(out, key=lambda h: h.start)


class PhraseIndex:
    """The knowledge base compiled into PhraseMatchers: named actors (+ stop phrases) and role words."""

    def __init__(self, kb: KnowledgeBase, vocab: Any, make_doc: Callable[[str], Any]) -> None:
        self.kb = kb
        self._lower = PhraseMatcher(vocab, attr="LOWER")
        self._exact = PhraseMatcher(vocab, attr="ORTH")
        self._roles = PhraseMatcher(vocab, attr="LOWER")
        # One-token phrases, for the parts of joined tokens: exact text -> key, lower-cased text -> key.
        self.single_exact: dict[str, str] = {}
        self.single_lower: dict[str, str] = {}
        for key in [*kb.entries, *kb.stops]:
            exact = key.startswith("=")
            pattern = make_doc(key[1:] if exact else key)
            (self._exact if exact else self._lower).add(key, [pattern])
            if len(pattern) == 1 and key in kb.entries:
                if exact:
                    self.single_exact[key[1:]] = key
                else:
                    self.single_lower[key] = key
        for key, role in kb.roles.items():  # tokenised as written: "Gen." is one token, "gen." two
            self._roles.add(key, [make_doc(role.phrase)])
        self._strings = vocab.strings
        from tacitus.actors.fuzzy import PERSON_RULES, FuzzyIndex

        self.fuzzy = FuzzyIndex(kb)
        self.fuzzy_people = FuzzyIndex(kb, rules=PERSON_RULES)

    def named(self, doc: Any) -> list[Hit]:
        """Non-overlapping named-actor hits (stop phrases removed after they have hidden shorter hits)."""
        hits = []
        for matcher in (self._lower, self._exact):
            for match_id, start, end in matcher(doc):
                key = self._strings[match_id]
                if key in self.kb.capitalised and not doc[start].text[:1].isupper():
                    continue
                hits.append(Hit(start, end, key))
        return [h for h in longest_first(hits) if h.key not in self.kb.stops]

    def roles(self, doc: Any) -> list[Hit]:
        """All role-word hits (overlaps resolved longest first)."""
        return longest_first(Hit(s, e, self._strings[m]) for m, s, e in self._roles(doc))

    def entry(self, key: str) -> Entry:
        return self.kb.entries[key]

    def role(self, key: str) -> RoleWord:
        return self.kb.roles[key]

    def joined_parts(self, token: Any) -> list[tuple[int, int, str]]:
        """Actor names inside one joined token ("U.S.-led" -> U.S.): (char start, char end, key)."""
        text = token.text
        if not any(j in text for j in JOINERS):
            return []
        out, offset = [], token.idx
        part = ""
        for i, ch in enumerate([*text, "-"]):
            if ch in JOINERS:
                key = self.single_exact.get(part) or self.single_lower.get(part.lower())
                if key and (key not in self.kb.capitalised or part[:1].isupper()):
                    out.append((offset + i - len(part), offset + i, key))
                part = ""
            else:
                part += ch
        return out
