"""Plural descriptions as event arguments: one event per member, joint acts as reciprocal pairs."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from tacitus.events.arguments import PLURAL_RULE, MentionIndex, resolve
from tacitus.model import Actor, Document, Mention


def dyads(doc: Document) -> set[tuple[str, str, str | None]]:
    return {
        (e.source.actor.code[:3], e.cameo[:2], e.target.actor.code[:3] if e.target else None)
        for e in doc.events
    }


def _mention(i: int, start: int, end: int, text: str, code: str, rule: str) -> Mention:
    return Mention(i, start, end, text[start:end], 0, Actor(code, code, code[:3]), rule)


def test_mention_index_reads_a_plural_group_as_coordinated_actors() -> None:
    text = "Both countries protested"
    parsed = spacy.blank("en")(text)
    group = [_mention(0, 0, 14, text, "KEN", PLURAL_RULE), _mention(1, 0, 14, text, "UGA", PLURAL_RULE)]
    index = MentionIndex(group, parsed)
    assert [m.actor.code for m in resolve(parsed[1], index)] == ["KEN", "UGA"]


def test_mention_index_does_not_group_mentions_of_other_rules_over_one_span() -> None:
    text = "Both countries protested"
    parsed = spacy.blank("en")(text)
    pair = [_mention(0, 0, 14, text, "KEN", "kb:name"), _mention(1, 0, 14, text, "UGA", "kb:name")]
    assert [m.actor.code for m in resolve(parsed[1], MentionIndex(pair, parsed))] == ["KEN"]


@pytest.mark.model
def test_joint_act_of_a_plural_description_pairs_its_members(code: Any) -> None:
    doc = code(
        "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi. "
        "The two leaders agreed to resume negotiations."
    )
    agreed = {(s, t) for s, c, t in dyads(doc) if c == "03"}
    assert agreed == {("RUS", "TUR"), ("TUR", "RUS")}


@pytest.mark.model
def test_plural_description_as_target_gives_one_event_per_member(code: Any) -> None:
    doc = code("Iran criticised Germany and France. Tehran accused both countries of hypocrisy.")
    assert {("IRN", "11", "DEU"), ("IRN", "11", "FRA")} <= dyads(doc)


@pytest.mark.model
def test_plural_description_as_source_of_a_one_sided_act_codes_each_member(code: Any) -> None:
    doc = code("Norway and Sweden met on Friday. Both governments condemned Russia.")
    assert {("NOR", "11", "RUS"), ("SWE", "11", "RUS")} <= dyads(doc)
    assert not {d for d in dyads(doc) if d[1] == "11" and d[2] in ("NOR", "SWE")}
