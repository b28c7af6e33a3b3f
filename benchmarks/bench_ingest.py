"""Ingest throughput and peak memory for SQLite and PostgreSQL, relative to bare spaCy on the same texts.

    .venv/bin/python benchmarks/bench_ingest.py [--n 10000] [--workers 2] [--pg URL] [--out benchmarks/out]

Generates N synthetic articles (benchmarks/generate_corpus.py), then runs each case in a fresh process so
peak memory is its own: `baseline` (spaCy `nlp.pipe` over a sample of the same texts, one process),
`sqlite` and `postgresql` (`tacitus.store.ingest.ingest` with --workers worker processes). Prints
articles/s, the ratio to the baseline, peak RSS of the parent and of the largest worker, and checks that
both databases hold identical event counts. PostgreSQL URL: --pg, $TACITUS_TEST_PG_URL or .pg/url
(bash scripts/postgres.sh start). Figures vary ±20% on a shared machine: compare ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def code_version() -> str:
    """Hash of the package source and data: runs are comparable only when it is the same."""
    import hashlib

    h = hashlib.sha256()
    for f in sorted((ROOT / "src" / "tacitus").rglob("*")):
        if f.is_file() and f.suffix in (".py", ".tsv", ".yaml", ".csv", ".json"):
            h.update(f.read_bytes())
    return h.hexdigest()[:12]


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: KiB


def case_baseline(corpus: Path, sample: int) -> dict[str, Any]:
    from tacitus.nlp.model import load_model
    from tacitus.settings import Settings

    texts = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if len(texts) >= sample:
                break
    nlp = load_model(Settings().model)
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    secs = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts)
    return {"articles": len(texts), "seconds": secs, "words": words}


def case_ingest(corpus: Path, url: str, workers: int) -> dict[str, Any]:
    from tacitus.settings import Settings
    from tacitus.store import Store
    from tacitus.store.ingest import ingest

    store = Store(url)
    t0 = time.perf_counter()
    stats = ingest(store, [corpus], Settings(), workers=workers)
    secs = time.perf_counter() - t0
    counts = store.counts()
    return {"articles": stats.added, "failed": stats.failed, "seconds": secs, "counts": counts}


def run_case(args: list[str]) -> dict[str, Any]:
    """Run one case in a fresh interpreter; returns its JSON result."""
    out = subprocess.run(
        [sys.executable, __file__, "--case", *args], check=True, capture_output=True, text=True
    ).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def _pg_url(given: str | None) -> str | None:
    url = given or os.environ.get("TACITUS_TEST_PG_URL")
    pg_file = ROOT / ".pg" / "url"
    if not url and pg_file.is_file():
        url = pg_file.read_text().strip()
    return url


def _fresh_pg_database(server: str) -> str:
    from sqlalchemy import create_engine, text

    from tacitus.store.engine import normalise_url

    name = f"tacitus_bench_{uuid.uuid4().hex[:8]}"
    engine = create_engine(normalise_url(server), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return server.rsplit("/", 1)[0] + "/" + name


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--sample", type=int, default=1000, help="articles for the spaCy baseline")
    ap.add_argument("--pg", default=None)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    ap.add_argument("--case", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.case:
        kind, corpus = args.case[0], Path(args.case[1])
        if kind == "baseline":
            res = case_baseline(corpus, int(args.case[2]))
        else:
            res = case_ingest(corpus, args.case[2], int(args.case[3]))
        res["code_version"] = code_version()
        res["peak_rss_mb"] = round(_peak_mb(resource.RUSAGE_SELF), 1)
        res["peak_worker_rss_mb"] = round(_peak_mb(resource.RUSAGE_CHILDREN), 1)
        print(json.dumps(res, default=str))
        return
    _run_all(args)


def _run_all(args: argparse.Namespace) -> None:
    args.out.mkdir(parents=True, exist_ok=True)
    corpus = args.out / f"corpus_{args.n}.jsonl"
    if not corpus.is_file():
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "generate_corpus.py"), str(args.n), str(corpus)],
            check=True,
        )
    results: dict[str, dict[str, Any]] = {}
    results["baseline"] = run_case(["baseline", str(corpus), str(min(args.sample, args.n))])
    db = args.out / f"bench_{args.n}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    results["sqlite"] = run_case(["ingest", str(corpus), str(db), str(args.workers)])
    pg = _pg_url(args.pg)
    if pg:
        results["postgresql"] = run_case(["ingest", str(corpus), _fresh_pg_database(pg), str(args.workers)])
    _report(results, args)


def _report(results: dict[str, dict[str, Any]], args: argparse.Namespace) -> None:
    base = results["baseline"]
    base_rate = base["articles"] / base["seconds"]
    print(f"corpus: {args.n} articles, workers: {args.workers}, cpus: {os.cpu_count()}")
    print(f"{'case':<11} {'art/s':>8} {'ratio':>6} {'parent MB':>10} {'worker MB':>10}  rows")
    for name, r in results.items():
        rate = r["articles"] / r["seconds"]
        rows = r.get("counts", {})
        counts = (
            f"{rows.get('events', '')} events, {rows.get('event_groups', '')} deduplicated" if rows else ""
        )
        print(
            f"{name:<11} {rate:8.1f} {rate / base_rate:6.2f} {r['peak_rss_mb']:10.0f} "
            f"{r['peak_worker_rss_mb']:10.0f}  {counts}"
        )
    if "postgresql" in results:
        same = results["sqlite"]["counts"] == results["postgresql"]["counts"]
        print(f"sqlite and postgresql row counts identical: {same}")
        if results["sqlite"]["code_version"] != results["postgresql"]["code_version"]:
            print("warning: the package code changed between the two runs; counts are not comparable")
    (args.out / f"bench_ingest_{args.n}.json").write_text(json.dumps(results, indent=1, default=str))


if __name__ == "__main__":
    main()
