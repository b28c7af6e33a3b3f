"""From phrase hits to coded spans: named actors, then role words combined with their country.

"Ukrainian troops" -> UKRMIL (a demonym modifying a role noun), "Russia's defence ministry" (possessive),
"troops of Ukraine" / "rebels in the Ivory Coast" (prepositional), "Chinese Foreign Minister Wang Yi"
(title + name: the span runs to the end of the name, and the name is remembered for coreference).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from tacitus.actors.headline_names import is_name_break
from tacitus.actors.kb import Entry, make_actor, with_code
from tacitus.actors.matching import Hit, PhraseIndex
from tacitus.model import Actor

# Tokens allowed between a country word and the role noun it modifies ("Chinese [senior] officials").
GAP_POS = {"ADJ", "NOUN", "PROPN", "PART", "NUM", "CCONJ", "PUNCT", "ADV"}
RIGHT_PREPS = {"of": ("person", "group", "body"), "in": ("group",), "from": ("group",)}
CONF_COMPOSED, CONF_UNKNOWN_TITLE = 0.85, 0.4
STANCE_PREFIXES = ("anti", "pro")


@dataclass(frozen=True)
class Found:
    """A coded span before it becomes a `Mention`: token and character offsets, actor, evidence."""

    tok_start: int
    tok_end: int
    start: int
    end: int
    actor: Actor
    rule: str
    confidence: float
    person: str | None = None  # a person's name, usable for surname coreference
    role_type: str | None = None  # person | group | body when a role word coded it
    ethnic: str | None = None  # CAMEO ethnic code carried into composed codes ("ethnic Albanian rebels")


def span_root(doc: Any, start: int, end: int) -> Any:
    return doc[start:end].root


def found_from_entry(doc: Any, hit: Hit, entry: Entry, day: date | None) -> Found:
    actor, _ = entry.resolve(day)
    span = doc[hit.start : hit.end]
    person = actor.name if entry.person_name else None
    return Found(
        hit.start,
        hit.end,
        span.start_char,
        span.end_char,
        actor,
        entry.rule,
        entry.confidence,
        person,
        ethnic=entry.ethnic or None,
    )


def inside_larger_person(doc: Any, hit: Hit, entry: Entry) -> bool:
    """A country or organisation word inside a longer PERSON name ("Michael Jordan") is not an actor."""
    if entry.actor.kind == "person" or entry.person_name:
        return False
    ent = doc[hit.start].ent_type_ == "PERSON" and doc[hit.start : hit.end]
    if not ent:
        return False
    for e in doc.ents:
        if e.start <= hit.start and hit.end <= e.end:
            return bool(e.label_ == "PERSON" and (e.end - e.start) > (hit.end - hit.start))
    return False


def named_spans(doc: Any, hits: list[Hit], index: PhraseIndex, day: date | None) -> list[Found]:
    out = []
    for hit in hits:
        entry = index.entry(hit.key)
        if not inside_larger_person(doc, hit, entry):
            f = found_from_entry(doc, hit, entry, day)
            out.append(f)  # a multi-code entry is several actors at one place: one span per code
            out += [replace(f, actor=with_code(f.actor, code)) for code in entry.also]
    return out


def joined_spans(doc: Any, index: PhraseIndex, day: date | None, taken: set[int]) -> list[Found]:
    """Actor names inside joined tokens such as "U.S.-led" or "Russia-Ukraine"."""
    out = []
    for tok in doc:
        if tok.i in taken or not any(j in tok.text for j in ("-", "/", "–")):
            continue
        for start, end, key in index.joined_parts(tok):
            entry = index.entry(key)
            actor, _ = entry.resolve(day)
            out.append(Found(tok.i, tok.i + 1, start, end, actor, entry.rule, entry.confidence * 0.9))
    return out


def stance_prefixed(doc: Any, f: Found) -> bool:
    """ "anti-Syria", "pro-Russian": the country is what someone is for or against, not who they are."""
    tok = doc[f.tok_start]
    if tok.idx < f.start:  # inside a joined token: "anti-Syrian"
        before: str = tok.text[: f.start - tok.idx].lower()
        return before.endswith(tuple(p + "-" for p in STANCE_PREFIXES))
    if f.tok_start < 2 or doc[f.tok_start - 1].text != "-":
        return False
    return bool(doc[f.tok_start - 2].lower_ in STANCE_PREFIXES)


def attached_left(doc: Any, m: Found, r: Hit) -> bool:
    """Does the named span `m`, left of role `r`, modify it ("Chinese officials", "Russia's army")?"""
    if m.tok_end > r.start or r.start - m.tok_end > 4 or stance_prefixed(doc, m):
        return False
    gap = doc[m.tok_end : r.start]
    if any((t.pos_ not in GAP_POS and t.dep_ != "amod") or t.text in {",", ";", ":", "(", ")"} for t in gap):
        return False
    tok = span_root(doc, m.tok_start, m.tok_end)
    for _ in range(5):
        if r.start <= tok.i < r.end:
            return True
        if tok.head.i == tok.i or tok.head.i < m.tok_start:
            break
        tok = tok.head
    # Parse errors are common in title chains: accept a direct neighbour or a possessive.
    return len(gap) == 0 or (len(gap) == 1 and gap[0].text in {"'s", "'"})


def attached_right(doc: Any, r: Hit, m: Found, role_type: str) -> bool:
    """Is `m` the object of a preposition on role `r` ("troops of Ukraine", "rebels in Ivory Coast")?"""
    if m.tok_start < r.end:
        return False
    tok = span_root(doc, m.tok_start, m.tok_end)
    prep = tok.head
    allowed = RIGHT_PREPS.get(prep.lower_, ())
    return role_type in allowed and r.start <= prep.head.i < r.end and prep.i == r.end


def name_after(doc: Any, end: int) -> tuple[int, int] | None:
    """Token range of a person's name right after a title ("Minister [Wang Yi]"), if any.

    A portfolio between title and name is skipped: "Minister for Interior [Aftab Sherpao]".
    """
    end = _after_portfolio(doc, end)
    if end >= len(doc):
        return None
    tok = doc[end]
    if tok.ent_type_ in ("PERSON", "ORG") and tok.pos_ == "PROPN":  # the small model often says ORG
        for e in doc.ents:
            if e.start <= end < e.end:
                return end, e.end
    if tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ in ("", "PERSON"):
        stop = end
        while stop < len(doc) and stop - end < 4 and _bare_proper_noun(doc[stop]):
            stop += 1
        return (end, stop) if stop > end else None
    return None


def _bare_proper_noun(tok: Any) -> bool:
    """A proper noun outside any entity that a name can go on over (not `Dies` in a title-case line)."""
    return bool(tok.pos_ == "PROPN" and tok.ent_type_ == "" and not is_name_break(tok))


def _after_portfolio(doc: Any, end: int) -> int:
    """The token after "for/of + one or two capitalised words" that precede a PERSON name, else `end`."""
    if end + 2 >= len(doc) or doc[end].lower_ not in ("for", "of"):
        return end
    for width in (1, 2):
        stop = end + 1 + width
        words = doc[end + 1 : stop]
        portfolio = all(t.is_title and t.ent_type_ != "PERSON" for t in words)
        if stop < len(doc) and portfolio and doc[stop].ent_type_ == "PERSON":
            return stop
    return end


def coded_code(m: Actor, sector: str, prefix: bool, ethnic: str | None = None) -> str:
    if sector == "UAF" and m.sector:
        return m.code  # an armed group's own gunmen are not unidentified: "Hamas gunmen" -> PSEREB
    country = m.country or m.code[:3]
    return (sector + country if prefix else country + sector) + (ethnic or "")


def compose(
    doc: Any, named: list[Found], roles: list[Hit], index: PhraseIndex
) -> tuple[list[Found], list[Hit]]:
    """Combine role words with the countries that modify them; returns spans and the unattached roles."""
    result = list(named)
    loose: list[Hit] = []
    for r in roles:
        if any(f.tok_start < r.end and r.start < f.tok_end for f in result if f.rule != "metonym:seat"):
            continue  # the role word is part of a name ("State Department", "Security Council")
        role = index.role(r.key)
        left = [m for m in result if m.actor.code and _whole(doc, m) and attached_left(doc, m, r)]
        right = [m for m in result if m.actor.code and attached_right(doc, r, m, role.type)]
        # PETRARCH prefix agents precede their actor without a preposition: "MSF Arnor" -> NGOARN.
        adjacent = [m for m in result if role.prefix and m.actor.code and m.tok_start == r.end]
        owners = left or right[:1] or adjacent[:1]
        name = name_after(doc, r.end) if role.type == "person" and not adjacent else None
        if not owners:
            if name:
                result = titled_unknown(doc, result, r, name, role.sector)
            else:
                loose.append(r)
            continue
        for m in owners[:-1]:  # coordinated modifiers: "Hungarian and Romanian officials"
            code = coded_code(m.actor, role.sector, role.prefix, m.ethnic)
            result[result.index(m)] = replace(
                m, actor=_recode(m.actor, code), rule=m.rule, role_type=role.type
            )
        result = merge(doc, result, owners[-1], r, role.sector, role.prefix, role.type, name)
    result = [f for f in result if f.rule != "metonym:seat" or not _inside_any(f, result)]
    return sorted(result, key=lambda f: (f.start, -f.end)), loose


def _whole(doc: Any, m: Found) -> bool:
    """False for a name inside a joined token ("Russian-backed"): it does not own the next noun."""
    return bool(doc[m.tok_start].idx == m.start and doc[m.tok_end - 1].idx + len(doc[m.tok_end - 1]) == m.end)


def _recode(actor: Actor, code: str) -> Actor:
    return with_code(actor, code)


def _inside_any(f: Found, spans: list[Found]) -> bool:
    return any(
        g is not f and g.start <= f.start and f.end <= g.end and g.end - g.start > f.end - f.start
        for g in spans
    )


def merge(
    doc: Any,
    spans: list[Found],
    m: Found,
    r: Hit,
    sector: str,
    prefix: bool,
    role_type: str,
    name: tuple[int, int] | None,
) -> list[Found]:
    """Replace `m` and everything inside the role phrase (and the name after a title) by one span."""
    lo, hi = min(m.tok_start, r.start), max(m.tok_end, r.end, name[1] if name else 0)
    inner = [f for f in spans if lo <= f.tok_start and f.tok_end <= hi]
    person = doc[name[0] : name[1]].text if name else None
    known = next((f for f in inner if f.person), None)
    code = coded_code(m.actor, sector, prefix, m.ethnic)
    if person:
        kb_id = known.actor.kb_id if known else None
        actor = make_actor(code, known.actor.name if known else person, "person", kb_id)
        rule = "title+name"
    else:
        actor = make_actor(code, doc[lo:hi].text, m.actor.kind, m.actor.kb_id)
        rule = "role:" + m.rule.split(":")[0] if m.rule in ("petrarch", "user") else "role+country"
    span = doc[lo:hi]
    new = Found(lo, hi, span.start_char, span.end_char, actor, rule, CONF_COMPOSED, person, role_type)
    new = replace(new, ethnic=m.ethnic)
    return [f for f in spans if f not in inner] + [new]


def titled_unknown(doc: Any, spans: list[Found], r: Hit, name: tuple[int, int], sector: str) -> list[Found]:
    """A title before a name with no country: code it from the dictionary person if known, else keep it."""
    inner = [f for f in spans if r.start <= f.tok_start and f.tok_end <= name[1]]
    known = next((f for f in inner if f.person and f.actor.code), None)
    span = doc[r.start : name[1]]
    person = doc[name[0] : name[1]].text
    if known:
        new = replace(known, tok_start=r.start, start=span.start_char, role_type="person")
    else:
        actor = Actor(code="", name=person, sector=sector, kind="person")
        new = Found(
            r.start,
            name[1],
            span.start_char,
            span.end_char,
            actor,
            "title+name",
            CONF_UNKNOWN_TITLE,
            person,
            "person",
        )
    return [f for f in spans if f not in inner] + [new]
