"""Error hierarchy: every error Tacitus raises on purpose is a `TacitusError`."""

from __future__ import annotations


class TacitusError(Exception):
    """Base of all errors raised by Tacitus."""


class InputError(TacitusError):
    """An input article cannot be read (empty, binary, mis-encoded, too large...)."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class DataFileError(TacitusError):
    """A data file (lexicon, actor dictionary, gold file) is malformed."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem


class ConfigError(TacitusError):
    """Settings or a pipeline definition are invalid (unknown stage, bad option...)."""


class ModelError(TacitusError):
    """The spaCy model cannot be loaded."""


class StoreError(TacitusError):
    """The database cannot be opened or written."""
