"""Queries of deduplicated events on the `event_groups` table against the old view, and the write cost.

    .venv/bin/python benchmarks/bench_groups.py [--n 3000] [--pg URL] [--repeat 5]

Stores N synthetic coded articles (the dyads, CAMEO roots, dates and sources of benchmarks/generate_corpus.py,
coded by hand: no model) twice, once keeping `event_groups` up to date and once without (the cost of keeping
it: `write ratio`). Then runs the store's group queries (first page, counts, filtered pages, the analyses
reading groups) on the table and on the view it replaced (its SELECT, created as a view in the same
database), and on the raw `events` table as the baseline. Prints ms per query and the ratios view/table and
table/events. PostgreSQL too with --pg, $TACITUS_TEST_PG_URL or .pg/url. Figures vary on a shared machine:
compare ratios.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from sqlalchemy import MetaData, Row, Table, create_engine, func, select, text

from tacitus.model import Document
from tacitus.ontology import ontology
from tacitus.store import EventFilter, Store, groups, schema
from tacitus.store.engine import normalise_url
from tacitus.store.filters import where
from tacitus.store.samples import coded_doc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from generate_corpus import Generator  # noqa: E402

BATCH = 32  # Settings().batch_size: one add_documents call per batch, as ingest does
FILTERS = {
    "page": EventFilter(),
    "actor": EventFilter(actor="RUS"),
    "dyad": EventFilter(dyad=("RUS", "UKR")),
    "root": EventFilter(root="19"),
    "dates": EventFilter(
        date_from=Generator().start + timedelta(days=30), date_to=Generator().start + timedelta(days=60)
    ),
}


def synthetic_docs(n: int, seed: int = 0) -> list[Document]:
    """N coded articles: 3-6 events each, mostly the article's dyad, dates over a year, wire sources."""
    gen, rng = Generator(seed), random.Random(seed)
    by_root: dict[str, list[str]] = {}
    for code, info in ontology().codes.items():
        by_root.setdefault(info.root, []).append(code)
    docs = []
    for i in range(n):
        when = gen.start + timedelta(days=rng.randrange(gen.days))
        src, tgt = gen.dyad()
        triples = []
        for k in range(rng.randint(3, 6)):
            a, b = (src, tgt) if k == 0 or rng.random() < 0.7 else gen.dyad()
            codes = sorted(by_root[gen.root(a, b).zfill(2)])
            # Reports of one day repeat the commonest code of a root (as wires do): duplicates to merge.
            triples.append((a, codes[0] if rng.random() < 0.7 else rng.choice(codes), b))
        doc = coded_doc(triples, when=when, source=rng.choice(gen.v["sources"]), doc_id=f"gen-{i:07d}")
        docs.append(replace(doc, tone=round(rng.uniform(-8, 8), 2)))
    return docs


@contextmanager
def stores(pg: str | None) -> Iterator[list[tuple[str, str]]]:
    """(name, url) pairs, two databases per back end; PostgreSQL databases are dropped afterwards."""
    with TemporaryDirectory() as tmp:
        urls = [("sqlite", str(Path(tmp) / "a.db")), ("sqlite", str(Path(tmp) / "b.db"))]
        made: list[str] = []
        admin = create_engine(normalise_url(pg), isolation_level="AUTOCOMMIT") if pg else None
        if admin is not None and pg:
            for _ in range(2):
                name = f"tacitus_bench_{uuid.uuid4().hex[:8]}"
                with admin.connect() as conn:
                    conn.execute(text(f'CREATE DATABASE "{name}"'))
                made.append(name)
                urls.append(("postgresql", pg.rsplit("/", 1)[0] + "/" + name))
        try:
            yield urls
        finally:
            if admin is not None:
                with admin.connect() as conn:
                    for name in made:
                        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                admin.dispose()


def write(store: Store, docs: list[Document], keep_groups: bool) -> float:
    """Seconds to store `docs` in batches (without refreshing the groups when `keep_groups` is False)."""
    real = groups.refresh
    if not keep_groups:
        groups.refresh = lambda *_: None  # type: ignore[assignment]
    try:
        t0 = time.perf_counter()
        for i in range(0, len(docs), BATCH):
            store.add_documents(docs[i : i + BATCH])
        return time.perf_counter() - t0
    finally:
        groups.refresh = real  # type: ignore[assignment]


def legacy_view(store: Store) -> Table:
    """The view migration 0006 dropped, recreated under another name, as a selectable table."""
    with store.engine.begin() as conn:
        conn.execute(text("DROP VIEW IF EXISTS legacy_event_groups"))
        conn.execute(text("CREATE VIEW legacy_event_groups AS " + schema.EVENT_GROUPS_SELECT))
    return schema.event_groups.to_metadata(MetaData(), name="legacy_event_groups")


def queries(t: Table, text_col: str = "sentence") -> dict[str, Callable[[Any], Any]]:
    """What the store, exports and analyses run on the groups (or on `events` for the baseline)."""
    out: dict[str, Callable[[Any], Any]] = {}
    for name, f in FILTERS.items():
        page = select(t).where(where(t, f, text_col)).order_by(t.c.id).limit(100)
        count = select(func.count()).select_from(t).where(where(t, f, text_col))
        out[f"page:{name}"] = lambda conn, q=page: conn.execute(q).all()
        out[f"count:{name}"] = lambda conn, q=count: conn.execute(q).scalar_one()
    timeline = (
        select(t.c.date, t.c.quad_class, func.count(), func.sum(t.c.goldstein))
        .where(where(t, EventFilter(dyad=("RUS", "UKR"))))
        .group_by(t.c.date, t.c.quad_class)
        .order_by(t.c.date, t.c.quad_class)
    )
    out["dyad timeline"] = lambda conn: conn.execute(timeline).all()
    n = func.count().label("n")
    actors = (
        select(t.c.source_code, n).group_by(t.c.source_code).order_by(n.desc(), t.c.source_code).limit(50)
    )
    out["top actors"] = lambda conn: conn.execute(actors).all()
    return out


def best_ms(store: Store, run: Callable[[Any], Any], repeat: int) -> tuple[float, Any]:
    """The fastest of `repeat` runs, in ms, and the result."""
    times, result = [], None
    with store.engine.connect() as conn:
        for _ in range(repeat):
            t0 = time.perf_counter()
            result = run(conn)
            times.append((time.perf_counter() - t0) * 1000)
    return min(times), result


def _same(a: Any, b: Any) -> bool:
    """Equal results, floats up to rounding (a sum or mean over rows in another order may differ in the
    last bit: the view's own figures changed with PostgreSQL's plan)."""
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)
    if isinstance(a, Row) and isinstance(b, Row):
        a, b = tuple(a), tuple(b)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def bench_backend(name: str, url_a: str, url_b: str, docs: list[Document], repeat: int) -> None:
    with Store(url_a) as plain, Store(url_b) as kept:
        bare, keeping = write(plain, docs, False), write(kept, docs, True)
        counts = kept.counts()
        print(f"\n{name}: {len(docs)} articles, {counts['events']} events, {counts['event_groups']} groups")
        print(
            f"write: {len(docs) / bare:.0f} articles/s without groups, {len(docs) / keeping:.0f} with "
            f"(write ratio {keeping / bare:.2f})"
        )
        view = legacy_view(kept)
        events = queries(schema.events)
        head = ("view ms", 9), ("table ms", 9), ("events ms", 10), ("view/table", 11), ("table/events", 13)
        print(f"{'query':<15}" + "".join(f" {h:>{w}}" for h, w in head))
        for (label, old), new in zip(
            queries(view).items(), queries(schema.event_groups).values(), strict=True
        ):
            old_ms, old_result = best_ms(kept, old, repeat)
            new_ms, new_result = best_ms(kept, new, repeat)
            same = "" if _same(old_result, new_result) else "  RESULTS DIFFER"
            base_ms, _ = best_ms(kept, events[label], repeat)
            print(
                f"{label:<15} {old_ms:9.2f} {new_ms:9.2f} {base_ms:10.2f} {old_ms / new_ms:11.1f} "
                f"{new_ms / base_ms:13.2f}{same}"
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--pg", default=None)
    ap.add_argument("--no-pg", action="store_true")
    args = ap.parse_args()
    from bench_ingest import _pg_url

    pg = None if args.no_pg else _pg_url(args.pg)
    docs = synthetic_docs(args.n)
    with stores(pg) as urls:
        for i in range(0, len(urls), 2):
            bench_backend(urls[i][0], urls[i][1], urls[i + 1][1], docs, args.repeat)


if __name__ == "__main__":
    main()
