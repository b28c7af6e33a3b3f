"""Ethnic and national groups coded by the state they live in, as CAMEO does ("ethnic Albanians in Serbia").

CAMEO codes a minority as its country of residence, a sector and an ethnic code: "ethnic Albanians in
south Serbia" -> SRBCVLalb, "Iraqi Kurds" -> IRQCVLkur, "ethnic Albanian guerrillas in Macedonia" ->
MKDREBalb. The group is recognised by
- the word "ethnic" before a demonym or people ("ethnic Turks", "ethnic Uighurs");
- a people living in several countries (`peoples.tsv` rows without a country: Kurds, Hutu, Fulani...);
- a plural demonym followed by "of" and a country ("the Albanians of southern Serbia").
The state of residence is, in order: a demonym right before a people ("Iraqi Kurds"), the object of "in"/"of"
after the group, the country named nearest in the same sentence (other than the group's own); with none, a
demonym keeps its own country and a several-country people stays uncoded. Runs on the named spans, before
role words are attached, so that the role keeps the residence ("Hutu rebels" in Burundi -> BDIREB).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tacitus.actors import tables
from tacitus.actors.compose import Found
from tacitus.actors.kb import with_code

RESIDENCE_PREPS = ("in", "of")
COUNTRY_KINDS = ("country", "place")
GROUP_RULES = ("kb:demonym", "kb:people")
CONF_RESIDENCE = 0.6


def residences(doc: Any, spans: list[Found]) -> list[Found]:
    """The named spans with ethnic groups recoded to their state of residence."""
    out = _merge_adjective_people(doc, spans)
    return [_resolve(doc, f, out) for f in out]


def _merge_adjective_people(doc: Any, spans: list[Found]) -> list[Found]:
    """ "Iraqi Kurds": a demonym right before a several-country people gives that people its residence."""
    ordered = sorted(spans, key=lambda f: f.tok_start)
    out: list[Found] = []
    for f in ordered:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _is_mobile_people(f)
            and prev.rule == "kb:demonym"
            and prev.tok_end == f.tok_start
            and prev.actor.country
        ):
            span = doc[prev.tok_start : f.tok_end]
            actor = with_code(replace(f.actor, name=span.text), prev.actor.country + "CVL" + (f.ethnic or ""))
            out[-1] = replace(
                f, tok_start=prev.tok_start, start=prev.start, actor=actor, rule="kb:people+residence"
            )
            continue
        out.append(f)
    return out


def _is_mobile_people(f: Found) -> bool:
    return f.rule == "kb:people" and not f.actor.code


def _ethnic_marked(doc: Any, f: Found) -> bool:
    return f.tok_start > 0 and doc[f.tok_start - 1].lower_ == "ethnic"


def _plural_of_country(doc: Any, f: Found) -> bool:
    """ "the Albanians of southern Serbia": a plural group noun with an "of" + country complement."""
    root = doc[f.tok_start : f.tok_end].root
    return bool(root.tag_ in ("NNPS", "NNS") or root.text.endswith("s")) and any(
        c.lower_ == "of" for c in root.children
    )


def _resolve(doc: Any, f: Found, spans: list[Found]) -> Found:
    if f.rule not in GROUP_RULES or f.actor.kind == "person":
        return f
    ethnic_word = _ethnic_marked(doc, f)
    mobile = _is_mobile_people(f)
    own = f.actor.country or ""
    ethnic = f.ethnic or tables.ethnic_codes().get(own, "")
    home = _prep_country(doc, f, spans, own)
    if home is None and (ethnic_word or mobile):
        home = _nearest_country(doc, f, spans, own)
    if home is None or not (ethnic_word or mobile or _plural_of_country(doc, f)):
        if f.rule == "kb:people" and f.actor.code and ethnic:  # "Tamils" -> LKACVLtam
            return replace(f, actor=with_code(f.actor, f.actor.code[:3] + "CVL" + ethnic), ethnic=ethnic)
        return f
    actor = with_code(f.actor, home + "CVL" + ethnic)
    start = f.tok_start - 1 if ethnic_word else f.tok_start
    span = doc[start : f.tok_end]
    return replace(
        f,
        tok_start=start,
        start=span.start_char,
        actor=actor,
        rule="ethnic:residence",
        confidence=CONF_RESIDENCE,
        ethnic=ethnic or None,
    )


def _countries(doc: Any, spans: list[Found], f: Found, own: str) -> list[Found]:
    return [
        g
        for g in spans
        if g is not f
        and g.actor.kind in COUNTRY_KINDS
        and g.actor.country
        and g.actor.country != own
        and not _ethnic_marked(doc, g)
    ]


def _prep_country(doc: Any, f: Found, spans: list[Found], own: str) -> str | None:
    """The country object of "in"/"of" right after the group ("Albanians in south Serbia")."""
    root = doc[f.tok_start : f.tok_end].root
    heads = {root.i, root.head.i}  # "ethnic Albanian guerrillas in ...": the role noun carries the prep
    for g in _countries(doc, spans, f, own):
        tok = doc[g.tok_start : g.tok_end].root
        prep = tok.head
        if prep.lower_ in RESIDENCE_PREPS and prep.head.i in heads and prep.i >= f.tok_end:
            return str(g.actor.country)
    return None


def _nearest_country(doc: Any, f: Found, spans: list[Found], own: str) -> str | None:
    sent = doc[f.tok_start].sent
    near = [g for g in _countries(doc, spans, f, own) if sent.start <= g.tok_start < sent.end]
    if not near:
        return None
    pick = min(near, key=lambda g: abs(g.tok_start - f.tok_start))
    return str(pick.actor.country)
