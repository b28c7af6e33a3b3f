"""The cue lexicon (`data/quote_cues.yaml`): verbs, nouns and phrases that introduce reported speech."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from tacitus.errors import DataFileError

_LISTS = ("clausal_verbs", "object_verbs", "nouns", "phrases")


@dataclass(frozen=True)
class Cues:
    """Cue words by role; all entries are lower-case lemmas (phrases: lower-case word sequences)."""

    clausal_verbs: frozenset[str]
    object_verbs: frozenset[str]
    nouns: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]

    @property
    def verbs(self) -> frozenset[str]:
        return self.clausal_verbs | self.object_verbs

    def is_verb(self, lemma: str) -> bool:
        return lemma.lower() in self.clausal_verbs or lemma.lower() in self.object_verbs


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
    lists = check_cue_schema(raw, str(path))
    return Cues(
        clausal_verbs=frozenset(lists["clausal_verbs"]),
        object_verbs=frozenset(lists["object_verbs"]),
        nouns=frozenset(lists["nouns"]),
        phrases=tuple(tuple(p.split()) for p in lists["phrases"]),
    )


def check_cue_schema(raw: object, where: str) -> dict[str, list[str]]:
    """Return the four cue lists of `raw`, or raise `DataFileError` saying what is wrong."""
    if not isinstance(raw, dict):
        raise DataFileError(where, None, "top level must be a mapping of cue lists")
    extra = sorted(set(raw) - set(_LISTS))
    if extra:
        raise DataFileError(where, None, f"unknown key(s) {extra}; expected {list(_LISTS)}")
    out: dict[str, list[str]] = {}
    for key in _LISTS:
        items = raw.get(key)
        if not isinstance(items, list) or not items:
            raise DataFileError(where, None, f"{key!r} must be a non-empty list")
        for item in items:
            if not isinstance(item, str) or not item.strip() or item != item.strip().lower():
                raise DataFileError(where, None, f"{key}: {item!r} must be a lower-case, trimmed string")
        if len(set(items)) != len(items):
            dups = sorted({i for i in items if items.count(i) > 1})
            raise DataFileError(where, None, f"{key}: duplicate entries {dups}")
        out[key] = list(items)
    return out
