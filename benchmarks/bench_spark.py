"""Spark local[N] throughput relative to the single-process pipeline on the same articles, in one run.

    .venv/bin/python benchmarks/bench_spark.py [--n 1000] [--master local[2]] [--partitions 8]

Generates N synthetic articles (benchmarks/generate_corpus.py, JSONL), codes them with one `Pipeline` in
this process (the baseline; model loaded before timing), then with `tacitus.distributed.spark.code_paths`
on a local Spark session (files read on the executors, one pipeline per Python worker, Parquet written to
--out). Prints articles/s, the ratio to the baseline, Spark's session start and the record counts of both
runs (they must be equal). The Spark figure includes each Python worker's model load ("cold"); a second
run on the same session ("warm") reuses the loaded pipelines. CPU seconds count this process and all its
descendants (the JVM and Spark's Python workers; Linux /proc): articles per CPU second shows Spark's
overhead even when other jobs share the machine. Wall-clock figures vary ±20% on a shared machine: compare
ratios. Needs the spark extra and Java (bash scripts/spark.sh).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from generate_corpus import write_corpus

from tacitus.model import Document
from tacitus.pipeline import Pipeline
from tacitus.readers import read_paths
from tacitus.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
Counts = dict[str, int]


def tree_cpu_seconds(root: int | None = None) -> float:
    """User + system CPU seconds of a process and its live descendants (Linux /proc)."""
    root = root or os.getpid()
    parent: dict[int, int] = {}
    cpu: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended while we looked
        pid = int(stat.parent.name)
        parent[pid] = int(fields[1])
        cpu[pid] = (int(fields[11]) + int(fields[12])) / tick
    total = 0.0
    for pid, seconds in cpu.items():
        p = pid
        while p and p != root:
            p = parent.get(p, 0)
        if p == root:
            total += seconds
    return total


def write_briefings(n: int, out: Path) -> None:
    """N copies of the example article, each a little different (as benchmarks/bench_pipeline.py does)."""
    base = (ROOT / "examples" / "briefing.txt").read_text(encoding="utf-8")
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = base.replace("Monday", ["Monday", "Tuesday", "Wednesday"][i % 3]) + f"\n\nRef {i}."
            fh.write(json.dumps({"id": f"b{i:06d}", "text": text, "date": "2026-03-02"}) + "\n")


def baseline(corpus: Path) -> tuple[float, float, Counts]:
    """Seconds and record counts for the single-process pipeline (model loaded and warmed first)."""
    unique = {d.content_hash: d for d in read_paths([corpus]) if isinstance(d, Document)}
    docs = list(unique.values())  # Spark codes identical texts once (dedupe): so does the baseline
    pipeline = Pipeline(Settings())
    list(pipeline.run(docs[:4]))
    t0, c0 = time.perf_counter(), tree_cpu_seconds()
    counts = {"documents": 0, "mentions": 0, "quotes": 0, "events": 0, "words": 0}
    for r in pipeline.run(docs):
        if isinstance(r, Document):
            counts["documents"] += 1
            counts["mentions"] += len(r.mentions)
            counts["quotes"] += len(r.quotes)
            counts["events"] += len(r.events)
            counts["words"] += len(r.text.split())
    return time.perf_counter() - t0, tree_cpu_seconds() - c0, counts


def spark_run(spark: Any, corpus: Path, out: Path, partitions: int | None) -> tuple[float, float, Counts]:
    """Seconds and record counts for a Spark run that writes the Parquet datasets."""
    from tacitus.distributed.spark import code_paths, write_datasets

    t0, c0 = time.perf_counter(), tree_cpu_seconds()
    coded = code_paths(spark, [str(corpus)], partitions=partitions)
    counts = coded.written_counts(write_datasets(coded, str(out), overwrite=True))
    secs, cpu = time.perf_counter() - t0, tree_cpu_seconds() - c0
    coded.unpersist()
    return secs, cpu, counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--partitions", type=int, default=None, help="default: 4 per core")
    ap.add_argument(
        "--articles",
        choices=("generated", "briefing"),
        default="generated",
        help="generated: synthetic wire stories (~130 words); briefing: varied copies of "
        "examples/briefing.txt (~310 words)",
    )
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    corpus = args.out / f"spark_{args.articles}_{args.n}.jsonl"
    if not corpus.is_file():
        if args.articles == "generated":
            write_corpus(args.n, corpus)
        else:
            write_briefings(args.n, corpus)

    base = baseline(corpus)

    from tacitus.distributed.spark import spark_session

    t0 = time.perf_counter()
    spark = spark_session(args.master, conf={"spark.ui.showConsoleProgress": "false"})
    spark.sparkContext.setLogLevel("ERROR")
    start_secs = time.perf_counter() - t0
    out = args.out / "spark_datasets"
    cold = spark_run(spark, corpus, out, args.partitions)
    warm = spark_run(spark, corpus, out, args.partitions)
    spark.stop()
    shutil.rmtree(out, ignore_errors=True)

    _report(
        args,
        start_secs,
        {
            "single process (baseline)": base,
            f"spark {args.master} cold": cold,
            f"spark {args.master} warm": warm,
        },
    )
    same = all(
        all(run[2][k] == base[2][k] for k in ("documents", "events", "quotes", "mentions"))
        for run in (cold, warm)
    )
    print(f"spark and single-process record counts identical: {same}")
    return 0 if same else 1


def _report(
    args: argparse.Namespace, start_secs: float, runs: dict[str, tuple[float, float, Counts]]
) -> None:
    base_secs, _, base_counts = runs["single process (baseline)"]
    n = base_counts["documents"]
    words = base_counts["words"]
    print(
        f"corpus: {args.n} {args.articles} articles ({n} coded, {words} words), "
        f"master: {args.master}, cpus: {os.cpu_count()}"
    )
    print(f"spark session start: {start_secs:.1f} s")
    print(f"{'run':<27} {'art/s':>7} {'ratio':>6} {'CPU s':>7} {'art/CPU s':>10}  records")
    for name, (secs, cpu, counts) in runs.items():
        rate = counts["documents"] / secs
        rec = ", ".join(f"{counts[k]} {k}" for k in ("events", "quotes", "mentions"))
        print(
            f"{name:<27} {rate:7.1f} {rate / (n / base_secs):6.2f} {cpu:7.1f} "
            f"{counts['documents'] / cpu:10.1f}  {rec}"
        )


if __name__ == "__main__":
    sys.exit(main())
