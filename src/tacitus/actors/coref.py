"""Within-article coreference by rules over spaCy's parse and NER (no offline coreference model exists).

- short names: "Wang Yi" ... "Wang" (a later PERSON/proper noun equal to a coded person's surname or name);
- title back-references: "the minister", "the president", "the spokesman", "the ministry", "the government";
- pronouns: he/she/him/her -> the nearest preceding person, preferring a subject; it -> an organisation
  or country subject; they/them -> a group (troops, rebels, an armed group) or organisation;
- chains: every mention gets `entity` = the id of its chain's first mention; a capital after its country
  ("Beijing" after "China") joins the country's chain.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tacitus.actors.compose import Found
from tacitus.actors.matching import Hit, PhraseIndex
from tacitus.model import Actor

PERSON_PRONOUNS = {"he", "she", "him", "her"}
THING_PRONOUNS = {"it"}
GROUP_PRONOUNS = {"they", "them"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
CONF_SHORT, CONF_TITLE, CONF_PRONOUN = 0.8, 0.6, 0.55
LOOKBACK_SENTENCES = 2
SECTOR_ONLY = "role:sector-only"  # a role without a country: a poor antecedent for he/she/they
ORG_KINDS = {"country", "igo", "ngo", "group", "org"}


def is_person(f: Found) -> bool:
    return bool(f.actor.code) and (
        f.actor.kind == "person" or f.role_type == "person" or f.person is not None
    )


def names_and_unknowns(doc: Any, spans: list[Found]) -> list[Found]:
    """Repeated names resolved to the coded person they repeat; other PERSON/ORG entities kept as unknown.

    A later PERSON entity (or capitalised proper noun) equal to an earlier person's surname or full name
    joins that person ("Wang Yi" ... "Wang"); an unmatched PERSON or ORG becomes an unknown actor.
    """
    covered = {i for f in spans for i in range(f.tok_start, f.tok_end)}
    candidates = [e for e in doc.ents if e.label_ in ("PERSON", "ORG")]
    candidates += [doc[t.i : t.i + 1] for t in doc if t.pos_ == "PROPN" and t.ent_type_ == "" and t.is_title]
    persons = sorted((f for f in spans if f.person), key=lambda f: f.start)
    names: dict[str, Found] = {}
    out: list[Found] = []
    for ent in sorted(candidates, key=lambda e: e.start):
        if any(i in covered for i in range(ent.start, ent.end)):
            continue
        for p in [*persons, *out]:
            if p.person and p.start < ent.start_char:
                parts = p.person.split()
                names.setdefault(p.person, p)
                names.setdefault(parts[-1], p)
        for p in [*persons, *out]:  # family name first ("Wang Yi" -> "Wang", "Kim Jong Un" -> "Kim")
            if p.person and p.start < ent.start_char and len(p.person.split()) > 1:
                names.setdefault(p.person.split()[0], p)
        antecedent = names.get(ent.text)
        label = getattr(ent, "label_", "")
        if antecedent is not None:
            f = Found(
                ent.start,
                ent.end,
                ent.start_char,
                ent.end_char,
                antecedent.actor,
                "coref:shortname",
                CONF_SHORT,
            )
            out.append(replace(f, person=antecedent.person, role_type="person"))
        elif label in ("PERSON", "ORG"):
            actor = Actor(code="", name=ent.text, kind="unknown")
            person = ent.text if label == "PERSON" else None
            out.append(
                Found(ent.start, ent.end, ent.start_char, ent.end_char, actor, "unknown:ner", 0.3, person)
            )
        else:
            continue
        covered.update(range(ent.start, ent.end))
    return out


def _sentence_of(doc: Any, tok_i: int) -> int:
    return int(doc[tok_i].sent.start)


def _candidates(doc: Any, spans: list[Found], tok_i: int) -> list[Found]:
    """Coded spans before token `tok_i` within the lookback window, nearest first."""
    sent_starts = sorted({s.start for s in doc.sents})
    here = max(i for i, s in enumerate(sent_starts) if s <= tok_i)
    window_start = sent_starts[max(0, here - LOOKBACK_SENTENCES)]
    before = [f for f in spans if window_start <= f.tok_start and f.tok_end <= tok_i and f.actor.code]
    return sorted(before, key=lambda f: -f.tok_start)


def _is_subject(doc: Any, f: Found) -> bool:
    return bool(doc[f.tok_start : f.tok_end].root.dep_ in SUBJECT_DEPS)


def _prefer_subject(doc: Any, cands: list[Found], tok_i: int) -> Found | None:
    """The nearest candidate in this sentence if it is a subject, else the previous sentence's subject."""
    if not cands:
        return None
    sent_start = doc[tok_i].sent.start
    same = [c for c in cands if c.tok_start >= sent_start]
    for c in same:
        if _is_subject(doc, c):
            return c
    earlier = [c for c in cands if c.tok_start < sent_start]
    if earlier:
        prev_start = doc[earlier[0].tok_start].sent.start
        for c in earlier:
            if c.tok_start >= prev_start and _is_subject(doc, c):
                return c
    return cands[0]


def _same_clause_subject(doc: Any, cand: Found, tok: Any) -> bool:
    """An object pronoun does not refer to its own verb's subject ("Wang met him": him != Wang)."""
    if tok.dep_ in SUBJECT_DEPS or tok.dep_ == "poss":
        return False
    root = doc[cand.tok_start : cand.tok_end].root
    return bool(root.dep_ in SUBJECT_DEPS and root.head.i == tok.head.i)


def _expletive_it(tok: Any) -> bool:
    """ "It is/was ..." and "it seems" are usually not references."""
    head = tok.head
    return head.lemma_ in {"be", "seem", "appear", "take", "rain"} or any(
        c.dep_ == "expl" for c in head.children
    )


def pronouns(doc: Any, spans: list[Found]) -> list[Found]:
    """Pronoun spans resolved to the nearest compatible coded antecedent."""
    out: list[Found] = []
    for tok in doc:
        low = tok.lower_
        if tok.pos_ != "PRON" or low not in PERSON_PRONOUNS | THING_PRONOUNS | GROUP_PRONOUNS:
            continue
        if low == "her" and tok.dep_ == "poss":
            continue
        cands = [c for c in _candidates(doc, spans + out, tok.i) if not _same_clause_subject(doc, c, tok)]
        if low not in THING_PRONOUNS:  # "a doctor ... she", "workers ... they": mostly someone else
            cands = [c for c in cands if c.rule != SECTOR_ONLY]
        if low in PERSON_PRONOUNS:
            pick = _prefer_subject(doc, [c for c in cands if is_person(c)], tok.i)
        elif low in THING_PRONOUNS:
            if tok.dep_ not in SUBJECT_DEPS or _expletive_it(tok):
                continue
            things = [
                c for c in cands if not is_person(c) and c.actor.kind in ORG_KINDS and c.role_type != "group"
            ]
            pick = _prefer_subject(doc, [c for c in things if _is_subject(doc, c)], tok.i)
        else:
            groups = [c for c in cands if c.role_type == "group" or c.actor.kind in {"group", "igo", "ngo"}]
            pick = _prefer_subject(doc, groups, tok.i)
        if pick is not None:
            f = Found(
                tok.i, tok.i + 1, tok.idx, tok.idx + len(tok), pick.actor, "coref:pronoun", CONF_PRONOUN
            )
            out.append(replace(f, person=pick.person, role_type=pick.role_type))
    return out


def possessor(doc: Any, spans: list[Found], tok: Any) -> Found | None:
    """The antecedent of a possessive pronoun ("his troops": the nearest person, preferring a subject;
    "its army": an organisation or country subject; "their forces": a group, organisation or country)."""
    low = tok.lower_
    cands = _candidates(doc, spans, tok.i)
    if low in ("his", "her"):
        return _prefer_subject(doc, [c for c in cands if is_person(c)], tok.i)
    if low == "its":
        things = [
            c for c in cands if not is_person(c) and c.actor.kind in ORG_KINDS and c.role_type != "group"
        ]
        return _prefer_subject(doc, [c for c in things if _is_subject(doc, c)], tok.i)
    if low == "their":
        return _prefer_subject(
            doc, [c for c in cands if not is_person(c) and c.actor.kind in ORG_KINDS], tok.i
        )
    return None


def title_references(doc: Any, spans: list[Found], loose: list[Hit], index: PhraseIndex) -> list[Found]:
    """ "The minister", "the president", "the ministry": a definite role word without a country."""
    out: list[Found] = []
    for r in loose:
        if r.start == 0 or doc[r.start - 1].lower_ != "the":
            continue
        role = index.role(r.key)
        cands = _candidates(doc, spans, r.start)
        if role.type == "person":
            pick = next(
                (c for c in cands if is_person(c) and (c.actor.sector or "").startswith(role.sector[:3])),
                None,
            )
        elif role.type == "body":
            bodies = [c for c in cands if not is_person(c) and c.role_type != "group"]
            pick = next((c for c in bodies if c.actor.kind in ORG_KINDS), None)
        else:
            continue
        if pick is None:
            continue
        actor = pick.actor
        if role.type == "body" and actor.kind == "country" and actor.country:
            actor = _with_sector(actor, role.sector)
        span = doc[r.start - 1 : r.end]
        f = Found(r.start - 1, r.end, span.start_char, span.end_char, actor, "coref:title", CONF_TITLE)
        out.append(replace(f, person=pick.person, role_type=role.type))
    return out


def _with_sector(actor: Actor, sector: str) -> Actor:
    code = (actor.country or "") + sector
    return replace(actor, code=code, sector=sector)


def chain_key(f: Found) -> str:
    """Mentions with the same key are one entity: a country and its government are one chain."""
    a = f.actor
    if f.person:
        return "person:" + (a.kb_id or f.person)
    if a.kind == "country" and a.country and (a.sector in (None, "GOV")) and f.role_type in (None, "body"):
        return "country:" + a.country
    return "actor:" + (a.kb_id or a.code or a.name)
