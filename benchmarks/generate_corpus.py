"""Write N synthetic wire-style articles as JSONL (id, title, date, source, url, text) for scale tests.

Usage: python benchmarks/generate_corpus.py N OUT.jsonl [--seed S] [--start 2025-01-01] [--days 365]
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).with_name("corpus_data.yaml")


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    for key in ("actors", "dyads", "templates", "root_weights", "quotes", "background", "sources"):
        if key not in data:
            raise ValueError(f"{DATA}: missing {key!r}")
    return data


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class Generator:
    """Deterministic article generator (same seed, same corpus)."""

    def __init__(self, seed: int = 0, start: date = date(2025, 1, 1), days: int = 365) -> None:
        self.rng = random.Random(seed)
        self.v = vocabulary()
        self.start, self.days = start, days
        self.actors = {a["code"]: a for a in self.v["actors"]}
        self.friendly = {tuple(p) for p in self.v["friendly_dyads"]}

    def dyad(self) -> tuple[str, str]:
        if self.rng.random() < 0.7:
            pairs = self.v["dyads"]
            src, tgt, _ = self.rng.choices(pairs, weights=[p[2] for p in pairs])[0]
            return src, tgt
        src, tgt = self.rng.sample(sorted(self.actors), 2)
        return src, tgt

    def root(self, src: str, tgt: str) -> str:
        kind = (
            "friendly" if (src, tgt) in self.friendly else self.rng.choice(["friendly", "hostile", "hostile"])
        )
        weights = self.v["root_weights"][kind]
        return str(self.rng.choices(list(weights), weights=list(weights.values()))[0])

    def name(self, code: str, first: bool) -> str:
        names = self.actors[code]["names"]
        return str(names[0] if first and self.rng.random() < 0.5 else self.rng.choice(names))

    def sentence(self, src: str, tgt: str, root: str, day: str) -> str:
        template = self.rng.choice(self.v["templates"][root])
        city = self.actors[self.rng.choice([src, tgt])]["city"]
        text = template.format(src=self.name(src, False), tgt=self.name(tgt, False), city=city, day=day)
        return _capital(text)

    def article(self, i: int) -> dict[str, Any]:
        when = self.start + timedelta(days=self.rng.randrange(self.days))
        src, tgt = self.dyad()
        source = self.rng.choice(self.v["sources"])
        lead_day = self.v["weekdays"][(when - timedelta(days=self.rng.randrange(1, 3))).weekday()]
        sentences = []
        roots = [self.root(src, tgt) for _ in range(self.rng.randint(3, 6))]
        for k, root in enumerate(roots):
            a, b = (src, tgt) if k == 0 or self.rng.random() < 0.7 else self.dyad()
            sentences.append(self.sentence(a, b, root, lead_day))
            if self.rng.random() < 0.8:
                sentences.append(self.rng.choice(self.v["background"]))
        for _ in range(self.rng.randint(1, 2)):
            speaker = self.name(self.rng.choice([src, tgt]), False)
            sentences.insert(
                self.rng.randint(1, len(sentences)), self.rng.choice(self.v["quotes"]).format(speaker=speaker)
            )
        dateline = f"{self.actors[src]['city'].upper()}, {when:%B} {when.day} ({source}) - "
        text = dateline + " ".join(sentences)
        headline = self.v["headlines"][roots[0]]
        title = f"{self.actors[src]['names'][0]} {headline} {self.actors[tgt]['names'][0]}"
        return {
            "id": f"gen-{i:07d}",
            "title": _capital(title),
            "date": when.isoformat(),
            "source": source,
            "url": f"https://news.example.org/{when:%Y/%m/%d}/gen-{i:07d}",
            "text": text,
        }

    def articles(self, n: int) -> Iterator[dict[str, Any]]:
        for i in range(n):
            yield self.article(i)


def write_corpus(n: int, out: Path, seed: int = 0, start: date = date(2025, 1, 1), days: int = 365) -> Path:
    """Write `n` articles to `out` (JSONL) and return the path."""
    gen = Generator(seed, start, days)
    with out.open("w", encoding="utf-8") as fh:
        for art in gen.articles(n):
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--start", type=date.fromisoformat, default=date(2025, 1, 1))
    ap.add_argument("--days", type=int, default=365)
    args = ap.parse_args()
    write_corpus(args.n, args.out, args.seed, args.start, args.days)


if __name__ == "__main__":
    main()
