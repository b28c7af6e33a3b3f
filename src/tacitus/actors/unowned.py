"""Role nouns that no earlier rule gave a country: an attached place, a possessor, else the sector alone.

GDELT codes "police arrested dozens of protesters" as COP -> OPP: an actor whose country is unknown keeps
its sector (Actor1Code "COP", country empty) rather than being dropped. In order:
- a place attached to the role by a preposition ("police in Alexandria", "a newspaper based in Beirut"):
  that place's country (`role+place`);
- a possessor ("his troops", "their forces", "the general's men"): the possessor's country, the pronoun
  resolved like other pronouns (`role+possessor`);
- otherwise the role's code alone (`role:sector-only`, `roles.tsv` column `alone`: the sector, a fixed code
  such as IGOMIL for peacekeepers and IGOHRI for an unnamed rights group, or never for generic nouns).
The article's dateline is not used: wire stories datelined in one capital routinely report other
countries' police, troops and protesters.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tacitus.actors import context, coref
from tacitus.actors.compose import Found, coded_code
from tacitus.actors.kb import RoleWord, make_actor
from tacitus.actors.matching import Hit, PhraseIndex
from tacitus.model import Actor

CONF_PLACE_ROLE, CONF_POSSESSOR, CONF_SECTOR_ONLY = 0.6, 0.5, 0.3
# Where a role noun stands as a participant of its clause, not as a modifier or a circumstance.
ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "ROOT", "dative"}
PREDICATE_PREPS = {"as", "like", "than", "for"}  # "as a leader", "dangerous for a president"
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
PLACE_PREPS = {"in", "of", "from", "at"}
POSSESSIVE_PRONOUNS = {"his", "her", "its", "their"}
SPEAKER_POSSESSIVES = {"my", "our", "your"}  # the speaker's side: not knowable from the text here
PLACE_NAME_DEPS = {"compound", "poss", "appos"}  # a place name on its head noun
MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "npadvmod"}


def resolve(doc: Any, spans: list[Found], loose: list[Hit], index: PhraseIndex) -> list[Found]:
    """Code the still uncoded role nouns; returns the spans plus the new ones (absorbing what they cover)."""
    coded = {i for f in spans if f.actor.code for i in range(f.tok_start, f.tok_end)}
    countries = context.country_spans(doc, spans)
    new: list[Found] = []
    for r in sorted(loose, key=lambda h: -h.start):
        role = index.role(r.key)
        if any(i in coded for i in range(r.start, r.end)) or not participant(doc, r, role, spans):
            continue
        f = _code(doc, r, role, spans, countries, coded)
        if f is not None:
            new.append(f)
            coded.update(range(f.tok_start, f.tok_end))
    kept = [f for f in spans if not any(n.tok_start <= f.tok_start and f.tok_end <= n.tok_end for n in new)]
    return kept + new


def _code(
    doc: Any, r: Hit, role: RoleWord, spans: list[Found], countries: list[Found], coded: set[int]
) -> Found | None:
    root = doc[r.start : r.end].root
    owner, rule, conf = attached_place(root, countries), "role+place", CONF_PLACE_ROLE
    if owner is None:
        owner, rule, conf = _possessor(doc, root, spans), "role+possessor", CONF_POSSESSOR
    start = context.phrase_start(doc, r, coded)
    end = context.name_end(r, spans) if role.type == "body" else r.end
    span = doc[start:end]
    if owner is not None:
        code = coded_code(owner.actor, role.sector, role.prefix, owner.ethnic)
        actor = make_actor(code, span.text, "group", None)
    else:
        code, rule, conf = role.alone_code(), "role:sector-only", CONF_SECTOR_ONLY
        if not code:
            return None
        actor = sector_actor(code, span.text)
    f = Found(start, end, span.start_char, span.end_char, actor, rule, conf)
    return replace(f, role_type=role.type, ethnic=owner.ethnic if owner else None)


def sector_actor(code: str, name: str) -> Actor:
    """An actor known only by its sector ("COP"); IGO codes keep their international prefix."""
    if code.startswith("IGO"):
        return make_actor(code, name, "igo", None)
    return Actor(code=code, name=name, country=None, sector=code, kind="group", kb_id=None)


def participant(doc: Any, r: Hit, role: RoleWord, spans: list[Found]) -> bool:
    """Is the role noun a participant of its clause, not a modifier, a name part or a generic reference?

    Groups anywhere an argument stands ("police arrested protesters"), but not as a predicate ("as
    leaders"); people only as "a/an" subjects or agents ("a journalist was killed": "the minister" refers
    back, "he is a leader" describes); bodies as subjects, with their name ("the army said", "the
    opposition newspaper La Prensa") or introduced by "a/an"; never a role the speaker owns ("our troops").
    """
    root = doc[r.start : r.end].root
    if root.pos_ not in ("NOUN", "PROPN") or root.dep_ in MODIFIER_DEPS or _inside_name(doc, r, root):
        return False
    if root.dep_ not in ARG_DEPS or any(c.lower_ in SPEAKER_POSSESSIVES for c in root.children):
        return False
    if root.dep_ == "pobj" and (root.head.dep_ in MODIFIER_DEPS or root.head.lower_ in PREDICATE_PREPS):
        return False
    agent = root.dep_ == "pobj" and root.head.dep_ == "agent"
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children)
    if role.type == "person":
        return indefinite and (root.dep_ in SUBJECT_DEPS or agent)
    if role.type == "body":
        # "a rights group protested" is often parsed as a fragment (ROOT, appos): a new body, not anaphoric
        introduced = indefinite and root.dep_ in ("ROOT", "appos", "dobj", "conj")
        return root.dep_ in SUBJECT_DEPS or agent or introduced or context.name_end(r, spans) > r.end
    return True


def _inside_name(doc: Any, r: Hit, root: Any) -> bool:
    """A role word inside a longer named entity ("Police Department of Ohio"); an entity that is only the
    role phrase itself ("Police" tagged ORG at the start of a sentence) does not count."""
    if not root.ent_type_:
        return False
    for e in doc.ents:
        if e.start <= root.i < e.end:
            return bool(e.start < root.left_edge.i or e.end > r.end)
    return False


def attached_place(root: Any, countries: list[Found]) -> Found | None:
    """A country or place object of in/of/from/at on the role, directly or through "based in"."""
    preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS]
    for acl in (c for c in root.children if c.dep_ == "acl" and c.lemma_ in ("base", "station", "operate")):
        preps += [c for c in acl.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS]
    for prep in preps:
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            hit = next((g for g in countries if _names_place(obj, g)), None)
            if hit is not None:
                return hit
    return None


def _names_place(obj: Any, g: Found) -> bool:
    """Is `g` the object itself or a name on it ("of Sindh province", "in East Timor's capital Dili"), not
    a modifier of something else ("the families of Israeli athletes")?"""
    if g.tok_start <= obj.i < g.tok_end:
        return True
    tok = obj.doc[g.tok_start : g.tok_end].root
    while tok.dep_ in PLACE_NAME_DEPS and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == obj.i:
            return True
    return False


def _possessor(doc: Any, root: Any, spans: list[Found]) -> Found | None:
    """The coded owner of a possessed role: a possessive pronoun's antecedent or a coded possessor noun."""
    for c in root.children:
        if c.dep_ != "poss":
            continue
        if c.lower_ in POSSESSIVE_PRONOUNS:
            owner = coref.possessor(doc, spans, c)
        else:
            owner = next((g for g in spans if g.actor.code and g.tok_start <= c.i < g.tok_end), None)
        if owner is not None and owner.actor.country:
            return owner
    return None
