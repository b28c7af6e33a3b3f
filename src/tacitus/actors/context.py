"""Actors whose country is not named next to them but is clear from their sentence.

- a title before an unknown name ("President X"): the country named nearest in the sentence, else the
  article's most frequent country (`title+name:context`);
- a role noun with no country attached ("Islamic fundamentalists", "students at X University", "the
  opposition coalition"): the country of the sentence when the sentence names exactly one country
  (`role:context`). Sentences naming two or more countries stay uncoded: the role could belong to any.
Countries after "anti-"/"pro-" ("an anti-Syria journalist") are stances, not owners, and never count.
Low confidence: review with the rules above.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Any

from tacitus.actors import tables
from tacitus.actors.compose import Found, stance_prefixed
from tacitus.actors.kb import make_actor
from tacitus.actors.matching import Hit, PhraseIndex

CONF_CONTEXT = 0.5
CONF_ROLE_CONTEXT = 0.4
CONTEXT_ROLE_TYPES = ("person", "group", "body")
MODIFIER_POS = ("ADJ", "PROPN", "NOUN", "PUNCT", "NUM", "ADV")
SUBJECT_PRONOUNS = ("it", "they", "we")


@lru_cache(maxsize=1)
def state_codes() -> frozenset[str]:
    """Country codes of states and territories (current and historic): not IGO, IMG and the like."""
    return frozenset({c.code[:3] for c in tables.countries()} | {r.code[:3] for r in tables.historic_names()})


def country_spans(doc: Any, spans: list[Found]) -> list[Found]:
    states = state_codes()
    return [g for g in spans if g.actor.code and g.actor.country in states and not stance_prefixed(doc, g)]


def contextual_title(doc: Any, f: Found, spans: list[Found]) -> Found:
    """ "President X" with no country and no dictionary entry: the country named nearest in its sentence.

    Wire stories name a foreign leader's country close to the title; with none in the sentence, the
    article's most frequent country is used.
    """
    if f.rule != "title+name" or f.actor.code or not f.actor.sector:
        return f
    countries = [g for g in country_spans(doc, spans) if g.actor.kind in ("country", "place") and g is not f]
    if not countries:
        return f
    sent = doc[f.tok_start].sent
    near = [g for g in countries if sent.start <= g.tok_start < sent.end]
    if near:
        pick = min(near, key=lambda g: abs(g.tok_start - f.tok_start)).actor.country
    else:
        pick = Counter(g.actor.country for g in countries).most_common(1)[0][0]
    assert pick is not None
    actor = replace(f.actor, code=pick + f.actor.sector, country=pick)
    return replace(f, actor=actor, rule="title+name:context", confidence=CONF_CONTEXT)


def contextual_roles(doc: Any, spans: list[Found], loose: list[Hit], index: PhraseIndex) -> list[Found]:
    """Unattached group/body role nouns coded with the one country their sentence names.

    Returns the new spans plus every old span they do not cover (unknown names inside a new span, such as
    "Umma" in "the fundamentalist Umma party", are absorbed by it).
    """
    coded = {i for f in spans if f.actor.code for i in range(f.tok_start, f.tok_end)}
    countries = country_spans(doc, spans)
    new: list[Found] = []
    for r in sorted(loose, key=lambda h: -h.start):
        role = index.role(r.key)
        if any(i in coded for i in range(r.start, r.end)) or not _specific_role(doc, r, role, spans):
            continue
        sent = doc[r.start].sent
        local = [g for g in countries if sent.start <= g.tok_start < sent.end]
        found = {g.actor.country for g in local}
        if len(found) != 1 or _taken_from_elsewhere(doc, r, local) or _acts_on_country(doc, r, role, local):
            continue
        country = found.pop()
        assert country is not None
        start = phrase_start(doc, r, coded)
        end = name_end(r, spans) if role.type == "body" else r.end
        span = doc[start:end]
        actor = make_actor(country + role.sector, span.text, "group", None)
        f = Found(start, end, span.start_char, span.end_char, actor, "role:context", CONF_ROLE_CONTEXT)
        new.append(replace(f, role_type=role.type))
        coded.update(range(start, end))
    kept = [f for f in spans if not any(n.tok_start <= f.tok_start and f.tok_end <= n.tok_end for n in new)]
    return kept + new


def _taken_from_elsewhere(doc: Any, r: Hit, countries: list[Found]) -> bool:
    """Is the role the object of a country subject taking it in or sending it away?

    "Syria will not accept refugees", "Germany deported migrants", "refugees were expelled by Turkey": what
    is admitted or expelled comes from elsewhere, so it does not take the subject's country.
    """
    root = doc[r.start : r.end].root
    if root.dep_ == "pobj" and root.head.lower_ == "of":  # "thousands of refugees"
        root = root.head.head
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = root.head
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    verbs = tables.transfer_verbs()
    if verb.lemma_.lower() not in verbs and not any(f"{verb.lemma_.lower()} {p}" in verbs for p in particles):
        return False
    return any(_is_subject_of(doc[g.tok_start : g.tok_end].root, verb) for g in countries)


def _acts_on_country(doc: Any, r: Hit, role: Any, countries: list[Found]) -> bool:
    """Is the role a military agent of an act whose patient is the sentence's only country or place?

    "Drones attacked Kyiv", "Kharkiv was shelled by troops": the armed forces are not the attacked place's
    (the place is the patient, which says nothing of where the agent belongs). Nor, when the sentence's
    only country comes from a city or region, do the forces acting in it take that country ("the mayor of
    Kharkiv said the city was hit by missiles"). Rebels and separatists do
    fight in their own country ("separatists shelled Donetsk"), so only the military sector is concerned.
    """
    if role.sector != "MIL":
        return False
    root = doc[r.start : r.end].root
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        verb, patient_deps = root.head.head, ("nsubjpass",)
    elif root.dep_ == "nsubj":
        verb, patient_deps = root.head, ("dobj",)
    else:
        return False
    if countries and all(g.actor.kind == "place" for g in countries):
        return True  # "Kharkiv's mayor said the city was hit by missiles": a city is where they struck
    patients = [c for c in verb.children if c.dep_ in patient_deps]
    patients += [c for p in patients for c in p.conjuncts]
    spans = [doc[g.tok_start : g.tok_end] for g in countries]
    return bool(spans) and all(any(s.start <= p.i < s.end for p in patients) for s in spans)


def _is_subject_of(tok: Any, verb: Any) -> bool:
    """Does `tok` stand in the subject (or passive agent) of `verb` or of the verbs it completes?

    A pronoun subject ("it can no longer admit refugees") counts: it points back to the sentence's country.
    """
    head = verb
    while True:
        for c in head.children:
            if c.dep_ not in ("nsubj", "agent"):
                continue
            pronoun = c.pos_ == "PRON" and c.lower_ in SUBJECT_PRONOUNS
            if pronoun or c.left_edge.i <= tok.i <= c.right_edge.i:
                return True
        if head.dep_ not in ("xcomp", "conj") or head.head.i == head.i:
            return False
        head = head.head


def _specific_role(doc: Any, r: Hit, role: Any, spans: list[Found]) -> bool:
    """Is the role noun a specific actor of this sentence, not a generic, owned or anaphoric one?

    Skipped: modifiers of another noun ("national interests", "Union League club"), words inside a name,
    generic populations (CVL: "people", "voters"), possessed roles ("our president", "his business": the
    owner is someone else), "the X" bodies without a name (they refer back, not to the sentence's country)
    and person titles except "a/an ... X" subjects ("a prominent journalist was killed").
    """
    root = doc[r.start : r.end].root
    if root.pos_ != "NOUN" or root.dep_ in ("compound", "amod", "poss", "nmod") or root.ent_type_:
        return False
    if role.sector.startswith("CVL") or any(c.dep_ == "poss" for c in root.children):
        return False
    dets = {c.lower_ for c in root.children if c.dep_ == "det"}
    if role.type == "person":
        return bool(dets & {"a", "an"}) and root.dep_ in ("nsubj", "nsubjpass")
    if role.type == "body":
        named = any(t.pos_ == "PROPN" for t in doc[root.left_edge.i : r.start])
        return named or name_end(r, spans) > r.end
    return True


def name_end(r: Hit, spans: list[Found]) -> int:
    """A body noun followed by its unknown name ("the opposition newspaper La Prensa") ends after the name."""
    for f in spans:
        if f.tok_start == r.end and not f.actor.code and f.rule == "unknown:ner":
            return f.tok_end
    return r.end


def appositions(doc: Any, spans: list[Found]) -> list[Found]:
    """An unknown name in apposition with a coded title takes the title's code.

    "Karim Belkacem, a prominent Algerian rights activist" -> DZAOPP; "Lavrov, Russia's foreign
    minister" -> RUSGOV; and the other order, "China's foreign minister, Wang Yi". Names the dictionary
    knows keep their dated role.
    """
    titles = [f for f in spans if f.actor.code and f.role_type == "person" and f.person is None]
    out = []
    for f in spans:
        title = _apposed_title(doc, f, titles) if f.rule == "unknown:ner" and not f.actor.code else None
        if title is None:
            out.append(f)
            continue
        actor = make_actor(title.actor.code, f.actor.name, "person", None)
        out.append(
            replace(
                f,
                actor=actor,
                rule="appos:title",
                confidence=CONF_CONTEXT,
                person=f.actor.name,
                role_type="person",
            )
        )
    return out


def _apposed_title(doc: Any, f: Found, titles: list[Found]) -> Found | None:
    name = doc[f.tok_start : f.tok_end].root
    for t in titles:
        head = doc[t.tok_start : t.tok_end].root
        if head.dep_ == "appos" and f.tok_start <= head.head.i < f.tok_end:
            return t
        if name.dep_ == "appos" and t.tok_start <= name.head.i < t.tok_end:
            return t
    return None


def phrase_start(doc: Any, r: Hit, coded: set[int]) -> int:
    """Start of the role's noun phrase: its left modifiers ("Moslem fundamentalist demonstrators"),
    without determiners and never over a coded mention."""
    root = doc[r.start : r.end].root
    if root.dep_ == "compound" and root.head.i >= r.end - 1:
        root = root.head
    start = r.start
    for i in range(r.start - 1, max(root.left_edge.i, doc[r.start].sent.start) - 1, -1):
        tok = doc[i]
        if i in coded or tok.pos_ not in MODIFIER_POS or tok.text in {",", ";", ":"}:
            break
        start = i
    while start < r.start and doc[start].pos_ == "PUNCT":
        start += 1
    return start
