"""End-to-end behaviour of the actors stage on a short wire story."""

from __future__ import annotations

import pytest

from tacitus.actors.lookup import mention_at, mentions_in

pytestmark = pytest.mark.model

STORY = (
    "Chinese Foreign Minister Wang Yi met Russian officials in Beijing on Monday. "
    "Wang said China would help. He added that the Kremlin disagreed."
)


def test_actors_mentions_are_sorted_and_numbered(code_actors) -> None:  # type: ignore[no-untyped-def]
    doc = code_actors(STORY)
    assert [m.id for m in doc.mentions] == list(range(len(doc.mentions)))
    assert [m.start for m in doc.mentions] == sorted(m.start for m in doc.mentions)
    assert all(doc.text[m.start : m.end] == m.text for m in doc.mentions)


def test_actors_surname_and_pronoun_join_the_title_chain(code_actors) -> None:  # type: ignore[no-untyped-def]
    doc = code_actors(STORY)
    first = doc.mentions[0]
    assert first.actor.code == "CHNGOV" and first.rule == "title+name"
    wang = next(m for m in doc.mentions if m.text == "Wang")
    he = next(m for m in doc.mentions if m.text == "He")
    assert wang.entity == first.id and he.entity == first.id
    assert he.actor.code == "CHNGOV" and he.rule == "coref:pronoun"
    assert wang.sentence == 1 and he.sentence == 2


def test_actors_mention_at_prefers_coded_overlap(code_actors) -> None:  # type: ignore[no-untyped-def]
    doc = code_actors(STORY)
    start = doc.text.index("Russian officials")
    m = mention_at(doc, start, start + len("Russian officials"))
    assert m is not None and m.actor.code == "RUSGOV"
    assert mentions_in(doc, 0, 5)[0].id == 0
    assert mention_at(doc, doc.text.index("on Monday"), doc.text.index("on Monday") + 2) is None
