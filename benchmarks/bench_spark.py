"""Spark local[N] throughput relative to the single-process pipeline on the same articles, in one run.

    .venv/bin/python benchmarks/bench_spark.py [--n 1000] [--master local[2]] [--partitions 8]

Generates N synthetic articles (benchmarks/generate_corpus.py, JSONL), codes them with one `Pipeline` in
this process (the baseline; model loaded before timing), then with `tacitus.distributed.spark.code_paths`
on a local Spark session (files read on the executors, one pipeline per Python worker, Parquet written to
--out). Prints articles/s, the ratio to the baseline, Spark's session start and the record counts of both
runs (they must be equal). The Spark figure includes each Python worker's model load ("cold"); a second
run on the same session ("warm") reuses the loaded pipelines. Figures vary ±20% on a shared machine:
compare ratios. Needs the spark extra and Java (bash scripts/spark.sh).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

from generate_corpus import write_corpus

from tacitus.model import Document
from tacitus.pipeline import Pipeline
from tacitus.readers import read_paths
from tacitus.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def baseline(corpus: Path) -> tuple[float, dict[str, int]]:
    """Seconds and record counts for the single-process pipeline (model loaded and warmed first)."""
    unique = {d.content_hash: d for d in read_paths([corpus]) if isinstance(d, Document)}
    docs = list(unique.values())  # Spark codes identical texts once (dedupe): so does the baseline
    pipeline = Pipeline(Settings())
    list(pipeline.run(docs[:4]))
    t0 = time.perf_counter()
    counts = {"documents": 0, "mentions": 0, "quotes": 0, "events": 0}
    for r in pipeline.run(docs):
        if isinstance(r, Document):
            counts["documents"] += 1
            counts["mentions"] += len(r.mentions)
            counts["quotes"] += len(r.quotes)
            counts["events"] += len(r.events)
    return time.perf_counter() - t0, counts


def spark_run(spark: object, corpus: Path, out: Path, partitions: int | None) -> tuple[float, dict[str, int]]:
    """Seconds and record counts for a Spark run that writes the Parquet datasets."""
    from tacitus.distributed.spark import code_paths, write_datasets

    t0 = time.perf_counter()
    coded = code_paths(spark, [str(corpus)], partitions=partitions)
    write_datasets(coded, str(out), overwrite=True)
    counts = coded.counts()
    secs = time.perf_counter() - t0
    coded.unpersist()
    return secs, counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--partitions", type=int, default=None, help="default: 4 per core")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    corpus = args.out / f"spark_corpus_{args.n}.jsonl"
    if not corpus.is_file():
        write_corpus(args.n, corpus)

    base_secs, base_counts = baseline(corpus)

    from tacitus.distributed.spark import spark_session

    t0 = time.perf_counter()
    spark = spark_session(args.master, conf={"spark.ui.showConsoleProgress": "false"})
    spark.sparkContext.setLogLevel("ERROR")
    start_secs = time.perf_counter() - t0
    out = args.out / "spark_datasets"
    cold_secs, cold_counts = spark_run(spark, corpus, out, args.partitions)
    warm_secs, warm_counts = spark_run(spark, corpus, out, args.partitions)
    spark.stop()
    shutil.rmtree(out, ignore_errors=True)

    n = base_counts["documents"]
    base_rate = n / base_secs
    print(f"corpus: {args.n} articles ({n} coded), master: {args.master}, cpus: {os.cpu_count()}")
    print(f"spark session start: {start_secs:.1f} s")
    print(f"{'run':<30} {'art/s':>8} {'ratio':>6}  records")
    for name, secs, counts in (
        ("single process (baseline)", base_secs, base_counts),
        (f"spark {args.master} cold", cold_secs, cold_counts),
        (f"spark {args.master} warm", warm_secs, warm_counts),
    ):
        rate = counts["documents"] / secs
        rec = ", ".join(f"{counts[k]} {k}" for k in ("events", "quotes", "mentions"))
        print(f"{name:<30} {rate:8.1f} {rate / base_rate:6.2f}  {rec}")
    same = all({k: c[k] for k in base_counts} == base_counts for c in (cold_counts, warm_counts))
    print(f"spark and single-process record counts identical: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
