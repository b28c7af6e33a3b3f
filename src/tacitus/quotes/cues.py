"""The cue lexicon (`data/quote_cues.yaml`): verbs by class, nouns and phrases that introduce attributions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from tacitus.errors import DataFileError

_KEYS = (
    "verb_classes",
    "naming_verbs",
    "addressee_verbs",
    "topic_prepositions",
    "content_prepositions",
    "nouns",
    "phrases",
    "lemma_fixes",
)
# later additions: older user lexicons without them still load
_OPTIONAL_KEYS = (
    "adverbs",
    "seeming_verbs",
    "seeming_infinitive_verbs",
    "attitude_adjectives",
    "impersonal_adjectives",
    "source_nouns",
    "channel_nouns",
    "act_verbs",
    "agent_nouns",
    "attitude_nouns",
    "reception_nouns",
    "commitment_nouns",
    "request_nouns",
    "non_speech_senses",
    "genre_object_verbs",
    "stance_role_nouns",
    "reaction_verbs",
    "wording_nouns",
    "feeling_verbs",
    "provision_nouns",
    "violence",
)
CONTENT_KINDS = frozenset({"clause", "object", "infinitive", "preposition", "topic"})
# act verbs also take `issue`: a content preposition whose object is not a person (`voted against the bill`,
# not `voted for her`: choosing a candidate is no stance on an issue), and `wording`: an object that is one of
# the `wording_nouns` (`used the phrase ...`, not `used the money`)
ACT_KINDS = frozenset({"object", "infinitive", "preposition", "issue", "wording"})
SENSE_DEPS = {"particles": "prt", "prepositions": "prep"}  # non_speech_senses keys -> dependency labels
SECTOR = re.compile(r"[A-Z]{3}")  # a CAMEO sector code
VIOLENCE_KEYS = ("words", "armed_sectors", "targets", "weapons", "harm_verbs")


@dataclass(frozen=True)
class Violence:
    """Cue words that also name attacks, and what marks their violent sense (see quotes/violence.py)."""

    words: frozenset[str] = frozenset()  # cue verbs and nouns: `attack`
    armed_sectors: frozenset[str] = frozenset()  # CAMEO sectors of armed actors: `MIL`, `REB`
    targets: frozenset[str] = frozenset()  # buildings, vehicles, positions: `convoy`, `base`
    weapons: frozenset[str] = frozenset()  # `with rockets`, `a drone attack`
    harm_verbs: frozenset[str] = frozenset()  # `..., killing 12`


@dataclass(frozen=True)
class Cues:
    """Cue words by role; all entries are lower-case lemmas (phrases: lower-case word sequences)."""

    content: dict[str, frozenset[str]]  # verb lemma -> the kinds of complement that are its content
    naming_verbs: frozenset[str]
    addressee_verbs: frozenset[str]
    topic_prepositions: frozenset[str]
    prepositions: frozenset[str]
    nouns: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    lemma_fixes: dict[str, str]
    adverbs: frozenset[str] = frozenset()  # hearsay adverbs: `he allegedly brandished a pistol`
    seeming: frozenset[str] = frozenset()  # `X seems to ...`: the subject is part of the content
    seeming_infinitive: frozenset[str] = frozenset()  # `seems to fail`; not `looks to cut`
    attitude_adjectives: frozenset[str] = frozenset()  # `X is afraid that ...`: the subject holds it
    impersonal_adjectives: frozenset[str] = frozenset()  # `it is clear that ...`: nobody holds it
    source_nouns: frozenset[str] = frozenset()  # `in a new poll, X leads`: the noun is the source
    channels: frozenset[str] = frozenset()  # `said X on Twitter`, `in an email`: how it was said
    acts: dict[str, frozenset[str]] = field(default_factory=dict)  # `X vetoed the bill`: agent-only cues
    agents: frozenset[str] = frozenset()  # `the nominee`, `critics`: people who can act (besides roles)
    attitude_nouns: frozenset[str] = frozenset()  # held attitudes among `nouns`: `her faith in ...`
    reception_nouns: frozenset[str] = frozenset()  # criticism received, among `nouns`: `X faced criticism`
    commitment_nouns: frozenset[str] = frozenset()  # agreed terms only: `signed an agreement to ...`
    request_nouns: frozenset[str] = frozenset()  # infinitive content with no speaker: `calls to ...`
    stance_roles: frozenset[str] = frozenset()  # `a staunch opponent of ...`: people by their stance
    reactions: frozenset[str] = frozenset()  # `X balked at the plan`: the object of `at` is the content
    # verb lemma -> (dependency label, word) pairs that make it no speech: `called in to a show`
    non_speech: dict[str, frozenset[tuple[str, str]]] = field(default_factory=dict)
    genre_objects: frozenset[str] = frozenset()  # addressee verbs whose thing-object is a genre: `told jokes`
    provisions: frozenset[str] = frozenset()  # `the rules permit ...`: laws and rules that act like agents
    feelings: frozenset[str] = frozenset()  # `X felt betrayed when ...`: the feeling is the content
    wordings: frozenset[str] = frozenset()  # `used the phrase ...`: objects that are words and phrases
    violence: Violence = Violence()  # `rebels attacked the convoy`: attack cues in their violent sense

    @property
    def verbs(self) -> frozenset[str]:
        """Every cue verb (all of them also introduce direct quotations)."""
        return frozenset(self.content)

    def is_verb(self, lemma: str) -> bool:
        return lemma.lower() in self.content

    def takes(self, lemma: str, kind: str) -> bool:
        """Whether complements of `kind` ("clause", "object", ...) are content of verb `lemma`."""
        return kind in self.content.get(lemma, frozenset())

    def takes_infinitive(self, tok: Any) -> bool:
        """Whether a seeming verb's infinitive is an appearance (`seems to fail`, not `looks to cut`)."""
        return self.lemma(tok) in self.seeming_infinitive

    def non_speech_sense(self, verb: Any) -> bool:
        """Whether a particle or preposition of `verb` makes it no speech (`called into a meeting`)."""
        senses = self.non_speech.get(self.lemma(verb), frozenset())
        return bool(senses) and any((c.dep_, c.lower_) in senses for c in verb.children)

    def lemma(self, tok: Any) -> str:
        """The lower-case lemma of a spaCy token, with the lexicon's lemmatizer fixes applied."""
        return self.lemma_fixes.get(tok.lower_) or str(tok.lemma_).lower()


def default_cue_path() -> Path:
    return Path(str(resources.files("tacitus") / "data" / "quote_cues.yaml"))


@lru_cache(maxsize=8)
def load_cues(path: Path | None = None) -> Cues:
    """Load and check a cue lexicon; a malformed file raises `DataFileError`."""
    path = path or default_cue_path()
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot read cue file: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        raise DataFileError(str(path), None, f"invalid YAML: {exc}") from exc
    return check_cue_schema(raw, str(path))


def check_cue_schema(raw: object, where: str) -> Cues:
    """The lexicon in `raw`, or raise `DataFileError` saying what is wrong."""
    if not isinstance(raw, dict):
        raise DataFileError(where, None, "top level must be a mapping of cue lists")
    extra = sorted(set(raw) - set(_KEYS) - set(_OPTIONAL_KEYS))
    missing = [k for k in _KEYS if k not in raw]
    if extra or missing:
        raise DataFileError(
            where, None, f"unknown key(s) {extra} / missing {missing}; expected {list(_KEYS)}"
        )
    content = _verb_classes(raw["verb_classes"], where)
    fixes = raw["lemma_fixes"]
    if not isinstance(fixes, dict) or not all(_word(k) and _word(v) for k, v in fixes.items()):
        raise DataFileError(where, None, "lemma_fixes must map lower-case words to lower-case lemmas")
    addressees = _words(raw, "addressee_verbs", where)
    naming = _words(raw, "naming_verbs", where)
    unknown = sorted(set(addressees) - set(content))
    if unknown:
        raise DataFileError(where, None, f"addressee_verbs: {unknown} are in no verb class")
    return Cues(
        content=content,
        naming_verbs=frozenset(naming),
        addressee_verbs=frozenset(addressees),
        topic_prepositions=frozenset(_words(raw, "topic_prepositions", where)),
        prepositions=frozenset(_words(raw, "content_prepositions", where)),
        nouns=frozenset(_words(raw, "nouns", where)),
        phrases=tuple(tuple(p.split()) for p in _words(raw, "phrases", where)),
        lemma_fixes=dict(fixes),
        adverbs=_optional(raw, "adverbs", where),
        seeming=_optional(raw, "seeming_verbs", where),
        seeming_infinitive=_optional(raw, "seeming_infinitive_verbs", where),
        attitude_adjectives=_optional(raw, "attitude_adjectives", where),
        impersonal_adjectives=_optional(raw, "impersonal_adjectives", where),
        source_nouns=_optional(raw, "source_nouns", where),
        channels=_optional(raw, "channel_nouns", where),
        acts=_acts(raw, content, where),
        agents=_optional(raw, "agent_nouns", where),
        attitude_nouns=_noun_subset(raw, "attitude_nouns", where),
        reception_nouns=_noun_subset(raw, "reception_nouns", where),
        commitment_nouns=_noun_subset(raw, "commitment_nouns", where),
        request_nouns=_noun_subset(raw, "request_nouns", where),
        stance_roles=_optional(raw, "stance_role_nouns", where),
        reactions=_optional(raw, "reaction_verbs", where),
        non_speech=_non_speech(raw, content, where),
        genre_objects=_genre_objects(raw, addressees, where),
        wordings=_optional(raw, "wording_nouns", where),
        feelings=_optional(raw, "feeling_verbs", where),
        provisions=_optional(raw, "provision_nouns", where),
        violence=_violence(raw, content, where),
    )


def _noun_subset(raw: dict[Any, Any], key: str, where: str) -> frozenset[str]:
    """An optional list of cue nouns with a role of their own; each must also be in `nouns`."""
    words = _optional(raw, key, where)
    stray = sorted(words - set(raw["nouns"]))
    if stray:
        raise DataFileError(where, None, f"{key}: {stray} are not in 'nouns'")
    return words


def _non_speech(
    raw: dict[Any, Any], content: dict[str, frozenset[str]], where: str
) -> dict[str, frozenset[tuple[str, str]]]:
    """The optional `non_speech_senses`: cue verb -> {particles: [...], prepositions: [...]}."""
    senses = raw.get("non_speech_senses", {})
    if not isinstance(senses, dict):
        raise DataFileError(where, None, "non_speech_senses must map cue verbs to particles/prepositions")
    out: dict[str, frozenset[tuple[str, str]]] = {}
    for verb, spec in senses.items():
        if verb not in content:
            raise DataFileError(where, None, f"non_speech_senses: {verb!r} is in no verb class")
        if not isinstance(spec, dict) or not spec or not set(spec) <= set(SENSE_DEPS):
            raise DataFileError(where, None, f"non_speech_senses: {verb!r} needs {sorted(SENSE_DEPS)}")
        where_verb = f"{where}: non_speech_senses: {verb}"
        out[verb] = frozenset((SENSE_DEPS[k], w) for k in spec for w in _words(spec, k, where_verb))
    return out


def _violence(raw: dict[Any, Any], content: dict[str, frozenset[str]], where: str) -> Violence:
    """The optional `violence` block; its words must be cue verbs or cue nouns."""
    if "violence" not in raw:
        return Violence()
    spec = raw["violence"]
    if not isinstance(spec, dict) or set(spec) != set(VIOLENCE_KEYS):
        raise DataFileError(where, None, f"violence must have exactly the keys {list(VIOLENCE_KEYS)}")
    sectors = spec["armed_sectors"]
    if not isinstance(sectors, list) or not sectors or not all(SECTOR.fullmatch(str(s)) for s in sectors):
        raise DataFileError(where, None, "violence: armed_sectors must be CAMEO sector codes such as MIL")
    lists = [k for k in VIOLENCE_KEYS if k != "armed_sectors"]
    words = {k: frozenset(_words(spec, k, f"{where}: violence")) for k in lists}
    stray = sorted(words["words"] - set(content) - set(raw["nouns"]))
    if stray:
        raise DataFileError(where, None, f"violence: words {stray} are neither cue verbs nor cue nouns")
    return Violence(armed_sectors=frozenset(sectors), **words)


def _genre_objects(raw: dict[Any, Any], addressees: list[str], where: str) -> frozenset[str]:
    """The optional `genre_object_verbs`, each one of the addressee verbs."""
    words = _optional(raw, "genre_object_verbs", where)
    stray = sorted(words - set(addressees))
    if stray:
        raise DataFileError(where, None, f"genre_object_verbs: {stray} are not addressee_verbs")
    return words


def _optional(raw: dict[Any, Any], key: str, where: str) -> frozenset[str]:
    return frozenset(_words(raw, key, where)) if key in raw else frozenset()


def _acts(raw: dict[Any, Any], content: dict[str, frozenset[str]], where: str) -> dict[str, frozenset[str]]:
    """The optional `act_verbs` classes: verbs of acts (`lemma particle` for phrasal ones: `bring up`),
    none of them a speech cue or a speech cue with a particle."""
    if "act_verbs" not in raw:
        return {}
    acts = _verb_classes(raw["act_verbs"], f"{where}: act_verbs", ACT_KINDS)
    both = sorted(set(acts) & set(content) | {a for a in acts if a.split()[0] in content and " " in a})
    if both:
        raise DataFileError(where, None, f"act_verbs: {both} are also in verb_classes")
    return acts


def _verb_classes(
    classes: object, where: str, allowed: frozenset[str] = CONTENT_KINDS
) -> dict[str, frozenset[str]]:
    if not isinstance(classes, dict) or not classes:
        raise DataFileError(where, None, "'verb_classes' must be a non-empty mapping of classes")
    out: dict[str, frozenset[str]] = {}
    for name, spec in classes.items():
        if not isinstance(spec, dict) or set(spec) != {"content", "verbs"}:
            raise DataFileError(where, None, f"verb class {name!r} needs exactly 'content' and 'verbs'")
        kinds = spec["content"]
        if not isinstance(kinds, list) or not set(kinds) <= allowed:
            raise DataFileError(where, None, f"{name}: content must be a list of {sorted(allowed)}")
        for verb in _words(spec, "verbs", f"{where}: {name}"):
            if verb in out:
                raise DataFileError(where, None, f"{name}: {verb!r} is already in another verb class")
            out[verb] = frozenset(kinds)
    return out


def _word(item: object) -> bool:
    return isinstance(item, str) and bool(item.strip()) and item == item.strip().lower()


def _words(raw: dict[Any, Any], key: str, where: str) -> list[str]:
    items = raw.get(key)
    if not isinstance(items, list) or not items:
        raise DataFileError(where, None, f"{key!r} must be a non-empty list")
    for item in items:
        if not _word(item):
            raise DataFileError(where, None, f"{key}: {item!r} must be a lower-case, trimmed string")
    if len(set(items)) != len(items):
        dups = sorted({i for i in items if items.count(i) > 1})
        raise DataFileError(where, None, f"{key}: duplicate entries {dups}")
    return list(items)
