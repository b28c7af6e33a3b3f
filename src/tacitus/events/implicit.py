"""Implicit recipients: the recipient a domestic actor's event leaves unnamed is its own country.

PLOVER defines several event types as acts *on* someone: a protest is "carried out as protests against the
recipient", coercion is "repression, restrictions on rights", a concession eases "restrictions on persons
and organizations" or suspends protests, a threat, demand or accusation is aimed at a party. When a domestic
actor (a government body, police, rebels, a union, demonstrators, a person with a role) does one of these
without naming whom, the act is aimed at its own polity: "Egyptian demonstrators rioted" is EGY -> EGY,
"the teachers' union called off its strike" NGA -> NGA, "police warned they will no longer tolerate
rallies" EGY -> EGY.

Not for states acting as a whole ("Albania denounced ..." names a foreign-policy act whose recipient is
merely unstated) nor for international organisations, and not for types whose recipient is optional by
nature (AGREE, CONSULT, SUPPORT, COOPERATE, AID, RETREAT: "the president resigned" has none; MOBILIZE:
"a group may mobilize with no specific entity stated") or usually international (REJECT of a proposal,
SANCTION: reduced relations).

Contract: the recipient is a `Mention` with an empty span at the trigger (`start == end`, `text == ""`),
id `IMPLICIT_ID`, rule `implicit:domestic`; the event's rule ends in `>implicit:domestic` and its
confidence is lowered by `IMPLICIT_WEIGHT`. Switch off with `Settings(implicit_recipients=False)`.

Never when the verb's patient is a proper name other than a person's ("Turkish forces shelled Kobani",
"attacked Avdiivka" tagged PERSON): the recipient is named, merely unknown to us (a place the gazetteer lacks,
an organisation), and is no more the source's country than another. A person named in full ("accused Alicia
Machado") or by a name given in full elsewhere in the article ("attacked Clinton") keeps the convention:
a domestic actor's act on a person is on a compatriot far more often than not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tacitus.actors.context import state_codes
from tacitus.actors.kb import country_actor
from tacitus.model import Mention, Span
from tacitus.ontology import ontology

IMPLICIT_ID = -1  # not an index into Document.mentions: the recipient names no words
IMPLICIT_RULE = "implicit:domestic"
IMPLICIT_WEIGHT = 0.8  # a convention, not evidence in the text
# PLOVER types whose act is aimed at a party (see the module docstring); each needs one.
DOMESTIC_TYPES = frozenset(
    {
        "PROTEST",  # "collective actions carried out as protests against the recipient"
        "COERCE",  # repression and restrictions on rights fall on a population
        "CONCEDE",  # easing restrictions, lifting curfews, suspending protests: for someone
        "THREATEN",  # "coercive or forceful warnings": to someone
        "REQUEST",  # "requests, demands, and orders": of someone
        "ACCUSE",  # disapproval, accusations, investigations: of "responsible parties"
        "ASSAULT",  # one-sided violence: "the victim as the recipient"
    }
)
INTERNATIONAL_KINDS = frozenset({"igo", "ngo"})
PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})


def domestic_recipient(source: Mention, cameo: str, trigger: Span, sentence: int) -> Mention | None:
    """The source's own country as the implicit recipient of its event, when the convention applies."""
    if cameo not in ontology() or ontology().get(cameo).plover not in DOMESTIC_TYPES:
        return None
    if not is_domestic(source):
        return None
    actor = country_actor(source.actor.country or "")
    if actor is None:
        return None
    return Mention(
        IMPLICIT_ID, trigger.start, trigger.start, "", sentence, actor, IMPLICIT_RULE, IMPLICIT_WEIGHT
    )


def names_recipient(verb: Any, coded: Callable[[Any], bool]) -> bool:
    """The verb's patient (direct object or passive subject) is an uncoded proper name, not a person's."""
    return any(
        c.dep_ in PATIENT_DEPS
        and c.pos_ == "PROPN"
        and not c.is_stop
        and not coded(c)
        and not _person_name(c)
        for c in verb.children
    )


def _person_name(tok: Any) -> bool:
    """People: a NORP name, a PERSON of several words, or a word of a PERSON name given in full elsewhere."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None and (ent.label_ == "NORP" or (ent.label_ == "PERSON" and len(ent) > 1)):
        return True  # a people ("attacking Latinos") or a person named in full
    full = (e for e in tok.doc.ents if e.label_ == "PERSON" and len(e) > 1)
    return any(t.text == tok.text for e in full for t in e)


def is_domestic(m: Mention) -> bool:
    """An actor inside a country that is not the state as a whole: a body, group, person or place."""
    a = m.actor
    if a.kind in INTERNATIONAL_KINDS or a.country is None or a.country not in state_codes():
        return False
    # a demonym names people of the country ("Algerian landowners"), a capital its government
    return not (
        a.kind == "country" and a.sector is None and not m.rule.startswith(("metonym:", "kb:demonym"))
    )
