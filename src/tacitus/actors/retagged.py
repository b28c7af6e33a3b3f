"""Places the tagger missed: gazetteer cities and regions tagged PERSON, ORG, FAC or left without an entity.

The small English model tags unfamiliar place names by their shape: "Russian forces attacked Kharkiv" gives
PERSON, "shelled Mariupol" ORG, "attacked Odesa" no entity at all. Such a name, when GeoNames knows it as a
sizeable city (by its own name), a US state or a country, is coded as a place unless the text says it is a
person's: a PERSON of more than one word ("Paris Hilton"), a word of a PERSON name of several words in the
document, a PERSON or untagged name that is a word of the name of a person in the knowledge base ("Austin",
"Salvador"), a title or a given name before it ("Mr. Sydney"), a capitalised name after it, a PERSON
modifying a noun ("the Kennedy clan"), or a person's act (the subject of a speech verb: "Sydney said ...").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from tacitus.actors.compose import Found
from tacitus.actors.kb import KnowledgeBase, phrase_key
from tacitus.actors.places import PlaceInfo, folded, place_info
from tacitus.model import Actor
from tacitus.nlp.boundaries import title_abbreviations
from tacitus.quotes.cues import load_cues

CONF_RETAGGED = 0.4  # below a place the tagger itself labelled (0.5): the label said otherwise
# Only sizeable cities: the gazetteer holds every town of 15,000 people, and small towns share their names
# with given names and surnames ("Hassan", "Santos"); 100,000 keeps the cities conflict news reports on.
MIN_POPULATION = 100_000
# Labels of names that may be mistagged places; GPE/LOC are places already, numbers and dates never are.
MISTAGGED_LABELS = frozenset({"PERSON", "ORG", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", ""})
UNKNOWN_RULE = "unknown:ner"


def retag_places(parsed: Any, spans: list[Found], kb: KnowledgeBase) -> list[Found]:
    """Unknown names and untagged proper nouns that are gazetteer places, coded as their country."""
    covered = {i for f in spans if f.rule != UNKNOWN_RULE for i in range(f.tok_start, f.tok_end)}
    replaced: dict[tuple[int, int], Found] = {}
    names = _person_words(parsed)
    for span, label in _candidates(parsed, covered):
        if any(i in covered for i in range(span.start, span.end)):
            continue
        info = place_info(span.text)
        if info is None or not sizeable(info, span.text) or _person_like(span, label, kb, names):
            continue
        replaced[(span.start, span.end)] = _place_found(span, info)
    kept = [f for f in spans if f.rule != UNKNOWN_RULE or (f.tok_start, f.tok_end) not in replaced]
    return kept + list(replaced.values())


def sizeable(info: PlaceInfo, text: str) -> bool:
    """A country, a region, or a large city named by its own name (alternates include words: "Ora")."""
    if info.feature != "city":
        return True
    return info.population >= MIN_POPULATION and folded(text) == folded(info.name)


def _candidates(parsed: Any, covered: set[int]) -> list[tuple[Any, str]]:
    """Proper-name entities of non-place labels and runs of capitalised proper nouns outside entities."""
    out = [
        (ent, ent.label_)
        for ent in parsed.ents
        if ent.label_ in MISTAGGED_LABELS and all(t.pos_ == "PROPN" and t.is_title for t in ent)
    ]
    i = 0
    while i < len(parsed):
        j = i
        while j < len(parsed) and _bare_name(parsed[j]) and j not in covered:
            j += 1
        if j > i:
            out.append((parsed[i:j], ""))
        i = max(j, i + 1)
    return out


def _bare_name(tok: Any) -> bool:
    return bool(tok.pos_ == "PROPN" and tok.is_title and tok.ent_type_ == "")


def _person_words(parsed: Any) -> frozenset[str]:
    """Words of the document's PERSON names of more than one word ("John F. Kennedy")."""
    return frozenset(t.text for e in parsed.ents if e.label_ == "PERSON" and len(e) > 1 for t in e)


def _person_like(span: Any, label: str, kb: KnowledgeBase, names: frozenset[str]) -> bool:
    """The text says the name is a person's (see the module docstring)."""
    if (label == "PERSON" and len(span) > 1) or span.text in names:
        return True
    if label == "PERSON" and span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN":
        return True  # a family's or a leader's name before a noun: "the Kennedy clan", "the Trump era"
    # the tagger saw a person, or saw no name at all ("detained Salvador"): a known person's name wins
    if label in ("PERSON", "") and span.text in kb.person_name_words:
        return True
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    if prev is not None and _title_or_given_name(prev, kb):
        return True
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title and nxt.ent_type_ in ("", "PERSON"):
        return True  # the start of a longer name ("Paris Hilton" with only "Paris" tagged)
    root = span.root
    return bool(root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in _speech_verbs())


def _title_or_given_name(prev: Any, kb: KnowledgeBase) -> bool:
    """A title ("Mr.", "President") or a capitalised given name before the place name."""
    if prev.text in title_abbreviations() or f"{prev.text}." in title_abbreviations():
        return True
    if prev.text[:1].isupper() and phrase_key(prev.text) in kb.roles:
        return True
    return bool(prev.pos_ == "PROPN" and prev.is_title and prev.ent_type_ in ("", "PERSON"))


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    return frozenset(load_cues().content)


def _place_found(span: Any, info: PlaceInfo) -> Found:
    kb_id = f"geonames:{info.geonames_id}" if info.geonames_id else None
    actor = Actor(code=info.country, name=span.text, country=info.country, kind="place", kb_id=kb_id)
    return Found(span.start, span.end, span.start_char, span.end_char, actor, "place:geonames", CONF_RETAGGED)
