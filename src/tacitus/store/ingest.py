"""Streaming, resumable, multi-process ingestion: read lazily, skip stored hashes, code in workers, store.

The parent reads inputs in batches, drops documents whose content hash is already stored (before any
parsing), sends the rest to worker processes (each loads its own `Pipeline`), and writes each coded batch
in one transaction. At most `2 * workers` batches are in flight, so memory does not grow with the corpus.
A killed run loses at most the uncommitted batches and duplicates nothing; re-running resumes.
"""

from __future__ import annotations

import json
import logging
import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

from tacitus.errors import InputError, StoreError
from tacitus.model import Document
from tacitus.pipeline import Failure, Pipeline
from tacitus.readers import read_paths
from tacitus.readers.core import JSONL_SUFFIXES, READABLE
from tacitus.settings import Settings
from tacitus.store.db import IngestStats, Store

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, IngestStats], None]
FailureFn = Callable[[Failure], None]


class ErrorLog:
    """Per-article failures as JSONL (opened lazily: no file when nothing failed)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._fh: TextIO | None = None
        self.count = 0

    def write(self, failure: Failure) -> None:
        self.count += 1
        if self.path is None:
            return
        if self._fh is None:
            self._fh = self.path.open("a", encoding="utf-8")
        rec = {
            "time": datetime.now(UTC).isoformat(timespec="seconds"),
            "origin": failure.origin,
            "stage": failure.stage,
            "message": failure.message,
        }
        self._fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        self._fh.flush()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def default_error_path(store: Store) -> Path:
    """`<db>.errors.jsonl` next to a SQLite file, else `tacitus-ingest-errors.jsonl` here."""
    path = store.path
    return path.with_name(path.name + ".errors.jsonl") if path else Path("tacitus-ingest-errors.jsonl")


def count_inputs(paths: Sequence[str | Path]) -> int | None:
    """How many articles the inputs hold (JSONL lines, files), cheaply; None when reading stdin."""
    total = 0
    for raw in paths:
        if str(raw) == "-":
            return None
        p = Path(raw)
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            if p.is_dir() and (f.name.startswith(".") or f.suffix.lower() not in READABLE):
                continue
            total += _count_lines(f) if f.suffix.lower() in JSONL_SUFFIXES else 1
    return total


def _count_lines(path: Path, chunk_size: int = 1 << 20) -> int:
    """Non-blank lines, read in chunks: a multi-GB single-line file must not be loaded whole."""
    count, open_line = 0, False  # open_line: the current line has shown non-blank bytes
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(chunk_size):
                *ended, rest = chunk.split(b"\n")
                for piece in ended:
                    count += open_line or bool(piece.strip())
                    open_line = False
                open_line = open_line or bool(rest.strip())
    except OSError:
        return 1
    return count + open_line


# ---- worker processes -----------------------------------------------------------------------------

# One pipeline per worker process, set by the pool initializer (process-local, never shared).
_worker_pipeline: list[Pipeline] = []


def _init_worker(settings: Settings) -> None:
    logging.getLogger().setLevel(logging.WARNING)
    _worker_pipeline.append(Pipeline(settings))


def _code_batch(docs: list[Document]) -> list[Document | Failure]:
    return _strip(_worker_pipeline[0].run(docs))


def _strip(results: Iterable[Document | Failure]) -> list[Document | Failure]:
    """Drop the spaCy parse: it is large, not picklable cheaply, and never stored."""
    return [replace(r, parsed=None) if isinstance(r, Document) else r for r in results]


# ---- the run --------------------------------------------------------------------------------------


@dataclass
class _Run:
    store: Store
    stats: IngestStats
    errors: ErrorLog
    on_failure: FailureFn | None
    on_progress: ProgressFn | None

    def fail(self, failure: Failure) -> None:
        self.stats.failed += 1
        self.errors.write(failure)
        if self.on_failure:
            self.on_failure(failure)
        self.advance(1)

    def advance(self, n: int) -> None:
        if self.on_progress and n:
            self.on_progress(n, self.stats)

    def store_results(self, results: list[Document | Failure]) -> None:
        docs = [r for r in results if isinstance(r, Document)]
        for r in results:
            if isinstance(r, Failure):
                self.fail(r)
        if not docs:
            return
        try:
            self.stats += self.store.add_documents(docs)
        except StoreError:  # find the document that breaks the batch; store the others
            log.warning("batch write failed; writing documents one by one", exc_info=True)
            for d in docs:
                try:
                    self.stats += self.store.add_documents([d])
                except StoreError as e:
                    self.fail(Failure(d.origin or d.id, str(e), "store"))
                    continue
        self.advance(len(docs))


def _batches(items: Iterable[Document | InputError], size: int) -> Iterator[list[Document | InputError]]:
    batch: list[Document | InputError] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _new_documents(run: _Run, batch: list[Document | InputError]) -> list[Document]:
    """Report input errors; drop documents already stored or repeated in the batch (cheap hash check)."""
    docs: list[Document] = []
    for item in batch:
        if isinstance(item, InputError):
            run.fail(Failure(item.source, item.problem, "read"))
        else:
            docs.append(item)
    stored = run.store.stored_hashes(d.content_hash for d in docs)
    fresh: list[Document] = []
    for d in docs:
        if d.content_hash in stored:
            run.stats.skipped += 1
            run.advance(1)
        else:
            stored.add(d.content_hash)
            fresh.append(d)
    return fresh


def ingest(
    store: Store,
    paths: Sequence[str | Path],
    settings: Settings | None = None,
    *,
    workers: int = 1,
    default_date: date | None = None,
    error_path: Path | None = None,
    on_failure: FailureFn | None = None,
    on_progress: ProgressFn | None = None,
) -> IngestStats:
    """Code and store every article under `paths`; returns what was added, skipped and failed."""
    settings = settings or Settings()
    run = _Run(store, IngestStats(), ErrorLog(error_path), on_failure, on_progress)
    batches = (
        fresh
        for batch in _batches(read_paths(paths, settings, default_date), settings.batch_size)
        if (fresh := _new_documents(run, batch))
    )
    try:
        if workers <= 1:
            pipeline = Pipeline(settings)
            for docs in batches:
                run.store_results(_strip(pipeline.run(docs)))
        else:
            _ingest_parallel(run, batches, settings, workers)
    finally:
        run.errors.close()
    return run.stats


def _ingest_parallel(run: _Run, batches: Iterator[list[Document]], settings: Settings, workers: int) -> None:
    # spawn, not fork: the parent holds database connections and possibly threads (progress bar).
    ctx = mp.get_context("spawn")
    inflight: deque[tuple[list[Document], Any]] = deque()
    with ctx.Pool(workers, initializer=_init_worker, initargs=(settings,)) as pool:
        for docs in batches:
            inflight.append((docs, pool.apply_async(_code_batch, (docs,))))
            if len(inflight) >= 2 * workers:
                _collect(run, *inflight.popleft())
        while inflight:
            _collect(run, *inflight.popleft())


def _collect(run: _Run, docs: list[Document], pending: Any) -> None:
    try:
        results = pending.get()
    except Exception as e:  # a worker died or a result could not be sent back: fail this batch only
        log.exception("worker failed on a batch of %d documents", len(docs))
        results = [Failure(d.origin or d.id, f"worker error: {e!r}", "worker") for d in docs]
    run.store_results(results)
