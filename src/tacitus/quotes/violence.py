"""Cue words that also name blows and armed attacks: `the senator attacked the bill` is speech, `rebels
attacked the convoy` and `the militia's attack on the village` are not.

An attack-like cue (the lexicon's `violence.words`) is read as violence, and yields no quotation, when
nothing marks it as words (a `for`/`as`/`over` phrase, a clause or a quotation: `attacked her as a
fraud`) and one of these holds: a weapon goes with it (`with rockets`); it kills or wounds (`attacked the
base, killing 12`); its agent is armed (an actor of an armed sector, or a role word naming an armed group:
`troops`, `militants`); its target is a building, vehicle or position (`the convoy`); or its target is a
place (`attacked Kharkiv`) and its agent is not a person (`Trump attacked Mexico` stays speech).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from tacitus.actors.tables import roles
from tacitus.model import Mention
from tacitus.quotes.cues import Cues
from tacitus.quotes.found import QUOTE_CHARS, Found, Token

PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
PERSON_PRONOUNS = frozenset({"he", "she", "i", "you"})
WORD_PREPOSITIONS = frozenset({"for", "as", "over"})  # `attacked him for ...`: what he was attacked for
TARGET_PREPOSITIONS = frozenset({"on", "against"})  # `the attack on the convoy`
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})


def is_violence(f: Found, parsed: Any, speaker: Mention | None, cues: Cues) -> bool:
    """Whether attribution `f` rests on an attack-like cue that here names violence, not words."""
    cue = _cue_token(f, parsed, cues)
    if cue is None or _worded(cue):
        return False
    v = cues.violence
    if _with_weapon(cue, v.weapons) or _harms(cue, v.harm_verbs, cues):
        return True
    agent = _token_at(parsed, f.speaker_head)
    if _armed(agent, speaker, v.armed_sectors):
        return True
    target = _target(cue)
    if target is None:
        return False
    if cues.lemma(target) in v.targets:
        return True
    return target.ent_type_ in PLACE_ENTS and not _person(agent, speaker)


def _cue_token(f: Found, parsed: Any, cues: Cues) -> Token | None:
    if f.cue is None or not cues.violence.words:
        return None
    span = parsed.char_span(f.cue[0], f.cue[1], alignment_mode="expand")
    if span is None:
        return None
    return next((t for t in span if cues.lemma(t) in cues.violence.words), None)


def _token_at(parsed: Any, char: int | None) -> Token | None:
    """The token at character `char` (the speaker's head word)."""
    if char is None:
        return None
    span = parsed.char_span(char, char + 1, alignment_mode="expand")
    return None if span is None else span[0]


def _worded(cue: Token) -> bool:
    """`attacked him as a fraud`, `for his record`, `attacked the plan, saying ...`: plainly words."""
    for c in cue.children:
        if c.dep_ == "prep" and c.lower_ in WORD_PREPOSITIONS:
            return True
        if c.dep_ in CLAUSE_DEPS or any(t.text in QUOTE_CHARS and t.tag_ != "POS" for t in c.subtree):
            return True
    return False


def _with_weapon(cue: Token, weapons: frozenset[str]) -> bool:
    """`attacked the town with rockets`, `a drone attack`, `the mortar attack on ...`."""
    for c in cue.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in weapons:
            return True
        if c.dep_ == "prep" and c.lower_ == "with" and any(t.lemma_.lower() in weapons for t in c.subtree):
            return True
    return False


def _harms(cue: Token, harm_verbs: frozenset[str], cues: Cues) -> bool:
    """`attacked the base, killing 12`, `an attack that wounded five`: the clause counts its victims."""
    near = list(cue.children)
    if cue.dep_ in ("nsubj", "nsubjpass"):
        near.append(cue.head)  # `the attack killed 12`
    return any(t.tag_.startswith("VB") and cues.lemma(t) in harm_verbs for t in near)


def _armed(agent: Token | None, speaker: Mention | None, sectors: frozenset[str]) -> bool:
    """An actor of an armed sector (RUSMIL, a rebel group), or a role word naming armed people."""
    sector = speaker.actor.sector if speaker is not None and speaker.actor.kind != "person" else None
    if sector and any(sector.endswith(s) for s in sectors):
        return True
    return agent is not None and agent.lower_ in _armed_groups(sectors)


def _person(agent: Token | None, speaker: Mention | None) -> bool:
    if speaker is not None and speaker.actor.kind == "person":
        return True
    return agent is not None and (agent.ent_type_ == "PERSON" or agent.lower_ in PERSON_PRONOUNS)


def _target(cue: Token) -> Token | None:
    """What is attacked: the verb's object, or the object of the noun's `on`/`against` phrase."""
    for c in cue.children:
        if c.dep_ == "dobj":
            return c
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPOSITIONS:
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


@lru_cache(maxsize=4)
def _armed_groups(sectors: frozenset[str]) -> frozenset[str]:
    """One-word role words for groups of armed people (`troops`, `militants`, `gunmen`)."""
    return frozenset(
        r.phrase.lower()
        for r in roles()
        if " " not in r.phrase and r.type == "group" and any(r.sector.endswith(s) for s in sectors)
    )
