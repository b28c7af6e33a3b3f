"""The `actors` stage: finds and codes every actor mention of a parsed document.

Order of work: knowledge-base phrases (countries, demonyms, capitals and seats, organisations, dated
officeholders, user dictionaries) -> role words combined with their country (sectors, title + name) ->
repeated names and unknown PERSON/ORG entities -> places (GeoNames cities) -> title back-references and
pronouns -> chains. Output: `Document.mentions` sorted by start, `Mention.id` = index, `entity` = id of the
chain's first mention. Unknown named entities have an empty code and must not become event actors.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tacitus.actors import context, coref, ethnic, perpetrators, plural, retagged, unowned
from tacitus.actors.compose import Found, compose, joined_spans, named_spans
from tacitus.actors.fuzzy import fuzzy_spans, fuzzy_titled
from tacitus.actors.headline_names import headline_verb_forms, trim_headline_entities
from tacitus.actors.kb import KnowledgeBase, cached_kb
from tacitus.actors.matching import PhraseIndex
from tacitus.actors.places import place_info
from tacitus.errors import TacitusError
from tacitus.model import Actor, Document, Mention
from tacitus.nlp.model import load_model
from tacitus.pipeline import DocumentStage, register_stage
from tacitus.settings import Settings

CONF_PLACE = 0.5
SETTLEMENT_NOUNS = {"town", "city", "village", "port", "district", "province"}
# Words that begin place names the tagger may leave outside the entity ("North [Darfur]", "Port [Harcourt]"):
# never a given name before a surname.
PLACE_NAME_PREFIXES = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
        "greater",
        "new",
        "old",
        "port",
        "fort",
        "saint",
        "st.",
        "san",
        "santa",
        "mount",
        "lake",
        "al",
        "el",
    }
)


class ActorsStage(DocumentStage):
    name = "actors"

    def __init__(self, settings: Settings, kb: KnowledgeBase | None = None, nlp: Any = None) -> None:
        self.settings = settings
        self.kb = kb or cached_kb(tuple(settings.actor_files))
        nlp = nlp or load_model(settings.model)
        self.nlp = nlp
        self.verbs = headline_verb_forms()
        self.index = PhraseIndex(self.kb, nlp.vocab, nlp.make_doc)

    def __call__(self, doc: Document) -> Document:
        if doc.parsed is None:
            raise TacitusError("the actors stage needs the nlp stage first (document is not parsed)")
        known = [(h.start, h.end) for h in self.index.named(doc.parsed)]
        trim_headline_entities(doc.parsed, self.nlp, known, self.verbs)
        spans = find_spans(doc.parsed, self.index, doc)
        return replace(doc, mentions=to_mentions(doc, spans))


def find_spans(parsed: Any, index: PhraseIndex, doc: Document) -> list[Found]:
    """All coded (and unknown) spans of one parsed document, in text order."""
    named = named_spans(parsed, index.named(parsed), index, doc.date)
    taken = {i for f in named for i in range(f.tok_start, f.tok_end)}
    named += joined_spans(parsed, index, doc.date, taken)
    named += fuzzy_spans(parsed, index, taken, doc.date)
    named = ethnic.residences(parsed, named)
    spans, loose = compose(parsed, named, index.roles(parsed), index)
    spans += coref.names_and_unknowns(parsed, spans)
    spans += places(parsed, spans)
    spans = retagged.retag_places(parsed, spans, index.kb)
    spans = perpetrators.attacked_capitals(parsed, spans)
    spans = fuzzy_titled(parsed, spans, index, doc.date)
    spans = [context.contextual_title(parsed, f, spans) for f in spans]
    spans = context.appositions(parsed, spans)
    spans += coref.title_references(parsed, spans, loose, index)
    spans = perpetrators.located_roles(parsed, spans, loose, index)
    loose = [r for r in loose if not perpetrators.is_located(index, r)]
    spans = context.contextual_roles(parsed, spans, loose, index)
    spans = unowned.resolve(parsed, spans, loose, index)
    spans = perpetrators.weapons(parsed, spans)
    spans += coref.pronouns(parsed, spans)
    spans = plural.resolve(parsed, spans)
    return sorted(spans, key=lambda f: (f.start, -f.end))


def places(parsed: Any, spans: list[Found]) -> list[Found]:
    """GPE/LOC entities not in the knowledge base, coded as their country when GeoNames knows them."""
    covered = {i for f in spans for i in range(f.tok_start, f.tok_end)}
    out = []
    for ent in parsed.ents:
        if ent.label_ not in ("GPE", "LOC") and not _named_settlement(ent):
            continue
        if any(i in covered for i in range(ent.start, ent.end)) or _surname(ent):
            continue
        info = place_info(ent.text)
        if info is None:
            continue
        kb_id = f"geonames:{info.geonames_id}" if info.geonames_id else None
        actor = Actor(code=info.country, name=ent.text, country=info.country, kind="place", kb_id=kb_id)
        out.append(
            Found(ent.start, ent.end, ent.start_char, ent.end_char, actor, "place:geonames", CONF_PLACE)
        )
    return out


def _surname(ent: Any) -> bool:
    """A place name that is a person's surname: the tagger left the given name out ("Ana [Toledo]")."""
    if ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1]
    return bool(
        prev.pos_ == "PROPN"
        and prev.ent_type_ == ""
        and prev.dep_ == "compound"
        and prev.head.i == ent.root.i
        and prev.text[:1].isupper()
        and prev.text.lower() not in PLACE_NAME_PREFIXES
    )


def _named_settlement(ent: Any) -> bool:
    """A name the tagger mislabels after "the town/city/village of" ("the town of Samarra" as NORP)."""
    prep = ent.root.head
    return bool(
        ent.root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in SETTLEMENT_NOUNS
    )


def to_mentions(doc: Document, spans: list[Found]) -> tuple[Mention, ...]:
    """Number the spans, attach sentence indexes and coreference chains."""
    starts = [s.start for s in doc.sentences]
    chains: dict[str, int] = {}
    out = []
    for i, f in enumerate(spans):
        sentence = _sentence_index(starts, f.start)
        entity = chains.setdefault(coref.chain_key(f), i) if f.actor.code or f.person else i
        out.append(
            Mention(
                i, f.start, f.end, doc.text[f.start : f.end], sentence, f.actor, f.rule, f.confidence, entity
            )
        )
    return tuple(out)


def _sentence_index(starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return max(0, bisect_right(starts, offset) - 1)


@register_stage("actors")
def make_actors_stage(settings: Settings) -> ActorsStage:
    return ActorsStage(settings)
