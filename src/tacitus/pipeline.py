"""The pipeline contract: stages registered by name, each taking documents and returning them enriched.

A stage is built from `Settings` by its factory and processes a batch of documents. A failure inside
one document is caught per document, reported as a `Failure`, and never stops the batch.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from tacitus.errors import ConfigError, InputError, TacitusError
from tacitus.model import Document
from tacitus.settings import Settings

log = logging.getLogger(__name__)


class Stage(Protocol):
    """One step of the pipeline."""

    name: str

    def process(self, docs: Sequence[Document]) -> list[Document | Failure]:
        """Return one result per input document, in order."""
        ...


@dataclass(frozen=True)
class Failure:
    """A document (or input) that could not be processed, and why."""

    origin: str
    message: str
    stage: str


StageFactory = Callable[[Settings], Stage]
_REGISTRY: dict[str, StageFactory] = {}


def register_stage(name: str) -> Callable[[StageFactory], StageFactory]:
    """Register a stage factory under `name` (a later registration replaces an earlier one)."""

    def deco(factory: StageFactory) -> StageFactory:
        _REGISTRY[name] = factory
        return factory

    return deco


def registered_stages() -> list[str]:
    _load_builtin_stages()
    return sorted(_REGISTRY)


def _load_builtin_stages() -> None:
    # Importing the modules runs their @register_stage decorators.
    from tacitus import geo as _geo  # noqa: F401
    from tacitus import tone as _tone  # noqa: F401
    from tacitus.actors import stage as _actors  # noqa: F401
    from tacitus.events import stage as _events  # noqa: F401
    from tacitus.nlp import stage as _nlp  # noqa: F401
    from tacitus.quotes import stage as _quotes  # noqa: F401


class DocumentStage:
    """Base for stages that handle one document at a time; errors are isolated per document."""

    name = "stage"

    def process(self, docs: Sequence[Document]) -> list[Document | Failure]:
        out: list[Document | Failure] = []
        for doc in docs:
            try:
                out.append(self(doc))
            except TacitusError as exc:
                out.append(Failure(doc.origin or doc.id, str(exc), self.name))
            except Exception as exc:  # a bug on one odd article must not kill a batch of a million
                log.exception("stage %s failed on %s", self.name, doc.origin or doc.id)
                out.append(Failure(doc.origin or doc.id, f"internal error: {exc!r}", self.name))
        return out

    def __call__(self, doc: Document) -> Document:
        raise NotImplementedError


class Pipeline:
    """Runs the configured stages over a stream of documents, batch by batch."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        _load_builtin_stages()
        unknown = [s for s in self.settings.stages if s not in _REGISTRY]
        if unknown:
            raise ConfigError(f"unknown stage(s) {unknown}; known: {sorted(_REGISTRY)}")
        self.stages: list[Stage] = [_REGISTRY[name](self.settings) for name in self.settings.stages]

    def run(self, items: Iterable[Document | InputError]) -> Iterator[Document | Failure]:
        """Process documents lazily; input errors pass through as failures, in input order."""
        batch: list[Document | InputError] = []
        for item in items:
            batch.append(item)
            if len(batch) >= self.settings.batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Document | InputError]) -> list[Document | Failure]:
        results: list[Document | Failure] = [
            Failure(item.source, item.problem, "read") if isinstance(item, InputError) else item
            for item in batch
        ]
        for stage in self.stages:
            idx = [i for i, r in enumerate(results) if isinstance(r, Document)]
            if not idx:
                break
            done = stage.process([results[i] for i in idx])  # type: ignore[misc]
            for i, r in zip(idx, done, strict=True):
                results[i] = r
        return results

    def code(self, doc: Document) -> Document:
        """Process one document; raises `TacitusError` if it fails."""
        (result,) = self._run_batch([doc])
        if isinstance(result, Failure):
            raise TacitusError(f"{result.origin}: {result.message}")
        return result
