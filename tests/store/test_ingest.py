"""Ingestion: bad input never stops a batch, re-runs skip stored articles, a kill loses nothing."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tacitus.model import Document
from tacitus.pipeline import DocumentStage, register_stage
from tacitus.settings import Settings
from tacitus.store import Store, schema
from tacitus.store.ingest import count_inputs, ingest

ROOT = Path(__file__).resolve().parents[2]
PARSED: list[str] = []  # ids the counting stage saw (this test module's stage only)


class _CountingStage(DocumentStage):
    name = "test_counting"

    def __call__(self, doc: Document) -> Document:
        PARSED.append(doc.id)
        return doc


register_stage("test_counting")(lambda settings: _CountingStage())
NO_MODEL = Settings(stages=("test_counting",), batch_size=4)


def _write_inputs(d: Path) -> None:
    d.mkdir()
    (d / "good1.txt").write_text("China praised Russia on Monday.", encoding="utf-8")
    (d / "good2.txt").write_text("The United States imposed sanctions on Russia.", encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (d / "latin1.txt").write_bytes("Caf\xe9 au lait".encode("latin-1"))
    with (d / "huge.txt").open("wb") as fh:  # 50 MB
        fh.write(b"word " * 10_000_000)
    lines = [json.dumps({"id": "j1", "text": "France condemned Iran."}), "{not json", ""]
    (d / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")


def test_bad_inputs_are_logged_and_good_articles_stored(tmp_path: Path) -> None:
    _write_inputs(tmp_path / "in")
    store = Store(tmp_path / "c.db")
    errors = tmp_path / "errors.jsonl"
    stats = ingest(store, [tmp_path / "in"], NO_MODEL, error_path=errors)
    assert (stats.added, stats.failed) == (3, 5)
    logged = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert sorted(Path(r["origin"].split(":")[0]).name for r in logged) == [
        "batch.jsonl",
        "binary.txt",
        "empty.txt",
        "huge.txt",
        "latin1.txt",
    ]
    assert store.count_documents() == 3


def test_rerun_skips_stored_articles_before_parsing(tmp_path: Path) -> None:
    _write_inputs(tmp_path / "in")
    store = Store(tmp_path / "c.db")
    ingest(store, [tmp_path / "in"], NO_MODEL)
    PARSED.clear()
    again = ingest(store, [tmp_path / "in"], NO_MODEL)
    assert (again.added, again.skipped) == (0, 3)
    assert PARSED == []


def test_duplicate_texts_in_one_run_are_stored_once(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"d{i}", "text": "Japan protested to China."}) for i in range(10)]
    (tmp_path / "dup.jsonl").write_text("\n".join(lines), encoding="utf-8")
    store = Store(tmp_path / "c.db")
    stats = ingest(store, [tmp_path / "dup.jsonl"], NO_MODEL)
    assert (stats.added, stats.skipped) == (1, 9)


def test_count_inputs_counts_jsonl_lines_and_files(tmp_path: Path) -> None:
    _write_inputs(tmp_path / "in")
    assert count_inputs([tmp_path / "in"]) == 6 + 2
    assert count_inputs(["-"]) is None


# ---- the real pipeline ----------------------------------------------------------------------------


def _generate(n: int, out: Path, seed: int = 1) -> Path:
    cmd = [
        sys.executable,
        str(ROOT / "benchmarks" / "generate_corpus.py"),
        str(n),
        str(out),
        "--seed",
        str(seed),
    ]
    subprocess.run(cmd, check=True)
    return out


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored row keyed by content (not by surrogate ids or timestamps), sorted."""
    d, m, q, e = schema.documents, schema.mentions, schema.quotes, schema.events
    queries = {
        "documents": select(d.c.content_hash, d.c.doc_id, d.c.title, d.c.date, d.c.source, d.c.n_sentences),
        "mentions": select(
            d.c.content_hash, m.c.mention_id, m.c.start, m.c.end, m.c.actor_code, m.c.entity
        ).join(d, d.c.id == m.c.document_id),
        "quotes": select(d.c.content_hash, q.c.quote_id, q.c.start, q.c.end, q.c.speaker_code).join(
            d, d.c.id == q.c.document_id
        ),
        "events": select(
            d.c.content_hash,
            e.c.sentence_index,
            e.c.source_code,
            e.c.target_code,
            e.c.cameo,
            e.c.date,
            e.c.trigger_start,
            e.c.negated,
            e.c.loc_name,
        ).join(d, d.c.id == e.c.document_id),
        "actors": select(schema.actors.c.code),
    }
    with store.engine.connect() as conn:
        return {k: sorted((tuple(r) for r in conn.execute(v)), key=repr) for k, v in queries.items()}


def _cli(args: Sequence[str]) -> list[str]:
    return [sys.executable, "-c", "from tacitus.cli.main import main; main()", *args]


def _documents(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:  # not created yet
        return 0


@pytest.mark.model
def test_sigkill_halfway_then_rerun_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    n = 240
    corpus = _generate(n, tmp_path / "corpus.jsonl")
    reference = Store(tmp_path / "ref.db")
    ingest(reference, [corpus], Settings(batch_size=4))

    db = tmp_path / "killed.db"
    proc = subprocess.Popen(_cli(["ingest", str(corpus), "--db", str(db), "--batch-size", "4"]))
    deadline = time.monotonic() + 600
    while _documents(db) < n // 4 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the run finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _documents(db)
    assert 0 < partial < n

    rerun = subprocess.run(_cli(["ingest", str(corpus), "--db", str(db)]), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert f"skipped {partial} already stored" in rerun.stderr
    assert snapshot(Store(db)) == snapshot(reference)


@pytest.mark.model
def test_parallel_workers_store_the_same_rows_as_one_process(tmp_path: Path) -> None:
    corpus = _generate(60, tmp_path / "corpus.jsonl", seed=2)
    one, two = Store(tmp_path / "one.db"), Store(tmp_path / "two.db")
    ingest(one, [corpus], Settings(batch_size=8))
    stats = ingest(two, [corpus], Settings(batch_size=8), workers=2)
    assert stats.added == 60
    assert snapshot(two) == snapshot(one)


@pytest.mark.model
@pytest.mark.postgres
def test_sqlite_and_postgresql_hold_identical_events_and_dyad_series(tmp_path: Path, pg_url: str) -> None:
    corpus = _generate(150, tmp_path / "corpus.jsonl", seed=3)
    lite, pg = Store(tmp_path / "c.db"), Store(pg_url)
    for store in (lite, pg):
        ingest(store, [corpus], Settings(batch_size=16))
    assert lite.counts() == pg.counts()
    assert lite.counts()["documents"] == 150
    assert snapshot(lite) == snapshot(pg)
    for a, b in [("CHN", "RUS"), ("RUS", "UKR"), ("USA", "CHN")]:
        left = lite.dyad_timeline(a, b, "week", both_directions=True)
        right = pg.dyad_timeline(a, b, "week", both_directions=True)
        assert left.equals(right), (a, b)
    assert lite.actors(20).equals(pg.actors(20))
    pg.close()


@pytest.mark.parametrize("chunk_size", [1, 3, 7, 1 << 20])
def test_count_lines_counts_non_blank_lines_across_chunks(tmp_path: Path, chunk_size: int) -> None:
    from tacitus.store.ingest import _count_lines

    f = tmp_path / "in.jsonl"
    f.write_bytes(b'{"text": "a"}\n\n   \n{"text": "bb"}\n  {"t": 1}')
    assert _count_lines(f, chunk_size) == 3


def test_count_lines_reads_a_single_huge_line_in_bounded_chunks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from tacitus.store import ingest as ingest_mod

    f = tmp_path / "big.jsonl"
    f.write_bytes(b'{"text": "' + b"x" * 3_000_000 + b'"}\n')
    reads: list[int] = []
    real_read = io.BufferedReader.read

    class Spy(io.BufferedReader):
        def read(self, size: int | None = -1) -> bytes:
            reads.append(-1 if size is None else size)
            return real_read(self, size)

        def __iter__(self) -> Spy:
            raise AssertionError("iterating reads whole lines")

    monkeypatch.setattr(Path, "open", lambda self, *a, **k: Spy(io.FileIO(str(self), "rb")))
    assert ingest_mod._count_lines(f) == 1
    assert reads and all(0 < n <= 1 << 20 for n in reads)
