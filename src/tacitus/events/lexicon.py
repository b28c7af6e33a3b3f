"""The trigger lexicon: verb and noun patterns with their CAMEO codes, loaded from YAML and indexed by lemma.

A lexicon file looks like::

    version: 1
    kind: verbs            # or: nouns
    entries:
      impose:
        - {obj: [sanction, embargo], cameo: "163", target: [prep:on, prep:against]}
      pull out:            # "lemma particle" for phrasal verbs
        - {cameo: "166", target: [prep:of, prep:from]}

Entry keys: `cameo` (required, a code of the ontology); `obj` (verbs: lemmas of the object noun, passive
subject or xcomp verb the verb must take, a light-verb construction, or "modifier lemma" pairs,
"peacekeeping troop"; nouns: a modifier lemma the noun must
have, "humanitarian aid"); `prep` (verbs: a preposition the verb must govern, "call for");
`target` and `source` (argument slots, see `SLOTS`; a verb's `source: [subj]` makes its passive subject
the source when no by-agent is named, "guerrillas were demobilized"); `frame` (the verb embeds another
event: its code is mapped through the frame tables of frames.yaml); `reciprocal` (coordinated subjects act
on each other);
`embedded` (content only: the pattern counts only as what a frame embeds, "demanded [rights]", "accused of
[corruption]", and is never an event by itself); `clause` (verbs: the code when the verb reports a
content clause instead, "protested [that the vote was rigged]" is a complaint, 111, not a demonstration;
see choice.clause_reading); `transitive` (verbs: the pattern needs a direct object or passive subject,
"returned the prisoners", not "returned to Kabul"); `confidence`; `note`. The frames file (`kind: frames`)
holds light verbs, modal words and the code maps.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from tacitus.errors import DataFileError
from tacitus.ontology import ontology

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
FRAMES = (
    "intent",
    "threat",
    "appeal",
    "demand",
    "reject",
    "accuse",
    "say",
    "deny",
    "support",
    "oppose",
    "yield",
)
# Argument slots: where an argument comes from in the dependency parse.
# dobj: direct object; dative: indirect object; prep:X: object of preposition X on the verb or its
# light noun; poss/amod/compound: modifiers of a nominal trigger; subj: the grammatical subject;
# attr: predicate nominal ("X is a member of"); xsubj: subject of the clause the verb embeds; culprit: who
# is blamed in an about/over/against phrase ("over Israeli raids", "about raids by Israel").
SLOT_RE = re.compile(r"^(dobj|dative|poss|amod|compound|subj|attr|xsubj|culprit|prep:[a-z]+)$")
ENTRY_KEYS = {
    "cameo",
    "obj",
    "prep",
    "target",
    "source",
    "frame",
    "reciprocal",
    "embedded",
    "clause",
    "transitive",
    "confidence",
    "note",
}
DEFAULT_NOUN_SOURCE = ("poss", "amod", "compound", "prep:by")
DEFAULT_VERB_TARGET = ("dobj",)
BUILTIN_FILES = ("verbs.yaml", "phrasal.yaml", "nouns.yaml")


@dataclass(frozen=True)
class Entry:
    """One trigger pattern."""

    lemma: str
    pos: str  # "verb" or "noun"
    cameo: str
    file: str
    particle: str | None = None
    obj: frozenset[str] = frozenset()
    prep: str | None = None
    target: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    frame: str | None = None
    reciprocal: bool = False
    confidence: float = 0.9
    embedded: bool = False  # content only: coded only inside a frame
    clause: str | None = None  # the code when the verb reports a content clause (a verbal act)
    transitive: bool = False  # the pattern needs a direct object (or a passive subject)

    @property
    def key(self) -> str:
        """Readable pattern name, e.g. `impose+sanction` or `call+for`."""
        head = self.lemma + (f" {self.particle}" if self.particle else "")
        if self.obj:
            head += "+" + "|".join(sorted(self.obj))
        if self.prep:
            head += "+" + self.prep
        return head

    @property
    def specificity(self) -> int:
        """Patterns are tried most specific first; a "modifier lemma" object beats a bare lemma."""
        obj = (3 if any(" " in o for o in self.obj) else 2) if self.obj else 0
        return obj + (2 if self.particle else 0) + (1 if self.prep else 0)


@dataclass(frozen=True)
class Frames:
    """Light verbs, modal words and the tables mapping an embedded event's code into a frame's code."""

    light_verbs: frozenset[str]
    intent_modals: frozenset[str]
    hypothetical_modals: frozenset[str]
    maps: Mapping[str, Mapping[str, str]]
    # event nouns read as their verb with the of-phrase as object: "the lifting of sanctions" = lift sanctions
    nominalizations: Mapping[str, str] = field(default_factory=dict)

    def map_code(self, frame: str, code: str) -> str | None:
        """The frame's code for an embedded event `code` (most specific prefix wins), or None."""
        table = self.maps.get(frame, {})
        for n in (len(code), 3, 2):
            hit = table.get(code[:n])
            if hit:
                return hit
        return None


@dataclass(frozen=True)
class Lexicon:
    """All entries, indexed by lemma for constant-time lookup per token."""

    verbs: Mapping[str, tuple[Entry, ...]]
    nouns: Mapping[str, tuple[Entry, ...]]
    frames: Frames
    files: tuple[str, ...] = field(default=())

    def verb_entries(self, lemma: str) -> tuple[Entry, ...]:
        return self.verbs.get(lemma, ())

    def noun_entries(self, lemma: str) -> tuple[Entry, ...]:
        return self.nouns.get(lemma, ())

    def __len__(self) -> int:
        return sum(map(len, self.verbs.values())) + sum(map(len, self.nouns.values()))


def _fail(path: str, problem: str) -> DataFileError:
    return DataFileError(path, None, problem)


def str_list(value: Any, path: str, where: str) -> tuple[str, ...]:
    """A YAML value that is a string or a list of strings, as a tuple."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise _fail(path, f"{where}: expected a string or a list of strings, got {value!r}")


def _entry(key: str, raw: Any, pos: str, path: str, name: str) -> Entry:
    where = f"entry {key!r}"
    if not isinstance(raw, dict):
        raise _fail(path, f"{where}: expected a mapping, got {raw!r}")
    unknown = set(raw) - ENTRY_KEYS
    if unknown:
        raise _fail(path, f"{where}: unknown keys {sorted(unknown)}")
    cameo = raw.get("cameo")
    if not isinstance(cameo, str) or cameo not in ontology():
        raise _fail(path, f'{where}: cameo {cameo!r} is not a CAMEO code (quote it: "0333")')
    slots = str_list(raw.get("target"), path, where) + str_list(raw.get("source"), path, where)
    bad = [s for s in slots if not SLOT_RE.match(s)]
    if bad:
        raise _fail(path, f"{where}: unknown argument slots {bad}")
    frame = raw.get("frame")
    if frame is not None and frame not in FRAMES:
        raise _fail(path, f"{where}: frame {frame!r} not one of {FRAMES}")
    conf = raw.get("confidence", 0.9)
    if not isinstance(conf, int | float) or not 0 < conf <= 1:
        raise _fail(path, f"{where}: confidence must be in (0, 1]")
    words = key.split()
    if not words or len(words) > 2:
        raise _fail(path, f"{where}: key must be 'lemma' or 'lemma particle'")
    if pos == "noun" and (raw.get("prep") or len(words) > 1):
        raise _fail(path, f"{where}: nouns take no prep or particle")
    prep = raw.get("prep")
    if prep is not None and not isinstance(prep, str):
        raise _fail(path, f'{where}: prep must be a string (quote it: prep: "on")')
    embedded = raw.get("embedded", False)
    if not isinstance(embedded, bool) or (embedded and frame is not None):
        raise _fail(path, f"{where}: embedded must be true or false, and a frame verb cannot be content-only")
    clause = raw.get("clause")
    if clause is not None and (pos != "verb" or not isinstance(clause, str) or clause not in ontology()):
        raise _fail(path, f"{where}: clause must be a quoted CAMEO code, on a verb pattern")
    transitive = raw.get("transitive", False)
    if not isinstance(transitive, bool) or (transitive and pos != "verb"):
        raise _fail(path, f"{where}: transitive must be true or false, on a verb pattern")
    source = str_list(raw.get("source"), path, where)
    return Entry(
        lemma=words[0].lower(),
        particle=words[1].lower() if len(words) > 1 else None,
        pos=pos,
        cameo=cameo,
        file=name,
        obj=frozenset(w.lower() for w in str_list(raw.get("obj"), path, where)),
        prep=prep,
        target=str_list(raw["target"], path, where) if "target" in raw else DEFAULT_VERB_TARGET,
        source=source or (DEFAULT_NOUN_SOURCE if pos == "noun" else ()),
        frame=frame,
        reciprocal=bool(raw.get("reciprocal", False)),
        confidence=float(conf),
        embedded=embedded,
        clause=clause,
        transitive=transitive,
    )


class _StrictLoader(yaml.SafeLoader):
    """A YAML loader that refuses duplicate keys (a silently overwritten pattern is a lost pattern)."""


def _no_duplicates(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


def read_yaml(path: str, text: str) -> dict[str, Any]:
    """A data file's mapping, with duplicate keys refused and the schema version checked."""
    try:
        data = yaml.load(text, Loader=_StrictLoader)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise DataFileError(path, None if line is None else line + 1, f"invalid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise _fail(path, "expected a mapping with version, kind and entries")
    if data.get("version") != SCHEMA_VERSION:
        raise _fail(path, f"version must be {SCHEMA_VERSION}, got {data.get('version')!r}")
    return data


def parse_entries(path: str, text: str) -> list[Entry]:
    """Parse and schema-check one verbs/nouns lexicon file."""
    data = read_yaml(path, text)
    kind = data.get("kind")
    if kind not in ("verbs", "nouns"):
        raise _fail(path, f"kind must be 'verbs' or 'nouns', got {kind!r}")
    entries = data.get("entries")
    if not isinstance(entries, dict):
        raise _fail(path, "entries must be a mapping of lemma -> list of patterns")
    name = Path(path).name
    out: list[Entry] = []
    for key, items in entries.items():
        for raw in items if isinstance(items, list) else [items]:
            out.append(_entry(str(key), raw, "verb" if kind == "verbs" else "noun", path, name))
    return out


def parse_frames(path: str, text: str) -> Frames:
    """Parse and schema-check the frames file."""
    data = read_yaml(path, text)
    if data.get("kind") != "frames":
        raise _fail(path, "kind must be 'frames'")
    maps: dict[str, dict[str, str]] = {}
    for frame, table in (data.get("maps") or {}).items():
        if frame not in FRAMES or not isinstance(table, dict):
            raise _fail(path, f"maps: unknown frame {frame!r} or not a mapping")
        for src, dst in table.items():
            if str(src) not in ontology() or str(dst) not in ontology():
                raise _fail(path, f"maps.{frame}: {src!r} -> {dst!r} is not CAMEO code -> code")
        maps[frame] = {str(k): str(v) for k, v in table.items()}
    return Frames(
        light_verbs=frozenset(str_list(data.get("light_verbs"), path, "light_verbs")),
        intent_modals=frozenset(str_list(data.get("intent_modals"), path, "intent_modals")),
        hypothetical_modals=frozenset(str_list(data.get("hypothetical_modals"), path, "hypothetical_modals")),
        maps=maps,
        nominalizations=_nominalizations(path, data.get("nominalizations")),
    )


def _nominalizations(path: str, raw: Any) -> dict[str, str]:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in raw.items()
    ):
        raise _fail(path, "nominalizations: expected a mapping of noun -> verb lemma")
    return {k.lower(): v.lower() for k, v in raw.items()}


def builtin_text(name: str) -> str:
    """The text of a built-in file of the lexicon folder."""
    return (resources.files("tacitus") / "data" / "lexicon" / name).read_text(encoding="utf-8")


def build_lexicon(sources: Iterable[tuple[str, str]], frames: Frames) -> Lexicon:
    """Index entries from (path, text) pairs; later files add patterns to earlier ones."""
    verbs: dict[str, list[Entry]] = {}
    nouns: dict[str, list[Entry]] = {}
    names: list[str] = []
    for path, text in sources:
        names.append(path)
        for e in parse_entries(path, text):
            (verbs if e.pos == "verb" else nouns).setdefault(e.lemma, []).append(e)

    def _sorted(d: dict[str, list[Entry]]) -> dict[str, tuple[Entry, ...]]:
        return {k: tuple(sorted(v, key=lambda e: -e.specificity)) for k, v in d.items()}

    return Lexicon(_sorted(verbs), _sorted(nouns), frames, tuple(names))


@lru_cache(maxsize=8)
def load_lexicon(extra_files: tuple[Path, ...] = ()) -> Lexicon:
    """The built-in lexicon plus user files (loaded once per set of files; immutable)."""
    sources = [(name, builtin_text(name)) for name in BUILTIN_FILES]
    for p in extra_files:
        try:
            sources.append((str(p), Path(p).read_text(encoding="utf-8")))
        except OSError as exc:
            raise DataFileError(str(p), None, f"cannot read lexicon file: {exc.strerror or exc}") from exc
    frames = parse_frames("frames.yaml", builtin_text("frames.yaml"))
    lex = build_lexicon(sources, frames)
    log.info("lexicon: %d patterns from %d files", len(lex), len(sources))
    return lex
