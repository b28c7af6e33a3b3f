"""Actor-coding accuracy against gold records, and reproduction of PETRARCH's unit-suite actor codes.

`score_actors(records, docs)`: for every gold source/target actor that names its text, find the coded
mention overlapping that text and compare the country part (first three letters) and the full code.
`petrarch_reproduction(records, docs)`: how many expected source/target codes of each sentence appear among
its coded mentions (actor reproduction only: the events stage decides which of them are the event's).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tacitus.actors.lookup import mention_at
from tacitus.evaluation.gold import GoldActor, GoldRecord
from tacitus.model import Document, Mention

# Old CAMEO country codes still used in some gold sets, and the current code we emit for them.
ELLIPSIS = re.compile(r"\.\.\.?|…")
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "TLS": "TMP", "UAR": "EGY", "NGO": "IGO"}


def normalise(code: str) -> str:
    """A gold or coded CAMEO code with legacy country parts replaced and placeholder sectors dropped."""
    code = code.upper().replace("*", "")
    head = LEGACY_CODES.get(code[:3], code[:3])
    return head + code[3:]


@dataclass(frozen=True)
class ActorError:
    record: str
    role: str  # source | target
    text: str
    gold: str
    coded: str | None  # None: no mention found


@dataclass
class Tally:
    total: int = 0
    country: int = 0
    full: int = 0

    def add(self, country_ok: bool, full_ok: bool) -> None:
        self.total += 1
        self.country += country_ok
        self.full += full_ok

    def rates(self) -> dict[str, float | int]:
        n = self.total or 1
        return {
            "n": self.total,
            "country_acc": round(self.country / n, 4),
            "full_acc": round(self.full / n, 4),
        }


@dataclass
class ActorScore:
    """Actor accuracy by role (sources, targets, all) and the list of errors."""

    by_role: dict[str, Tally] = field(default_factory=lambda: {"source": Tally(), "target": Tally()})
    errors: list[ActorError] = field(default_factory=list)

    @property
    def overall(self) -> Tally:
        t = Tally()
        for part in self.by_role.values():
            t.total, t.country, t.full = t.total + part.total, t.country + part.country, t.full + part.full
        return t

    def to_dict(self) -> dict[str, Any]:
        return {
            **{role: tally.rates() for role, tally in self.by_role.items()},
            "overall": self.overall.rates(),
            "errors": [e.__dict__ for e in self.errors],
        }

    def rows(self) -> list[tuple[str, int, float, float]]:
        """(role, n, country accuracy, full-code accuracy) rows for a table."""
        out = []
        for role, tally in [*self.by_role.items(), ("overall", self.overall)]:
            r = tally.rates()
            out.append((role, int(r["n"]), float(r["country_acc"]), float(r["full_acc"])))
        return out


def find_text(doc: Document, text: str) -> tuple[int, int] | None:
    """Character span of the gold actor text in the document, if present.

    Whitespace is normalised; a gold text with an ellipsis ("U.S. ... negotiators") spans from its first
    part to its last part.
    """
    parts = [" ".join(p.split()) for p in ELLIPSIS.split(text) if p.strip()]
    if not parts:
        return None
    start = doc.text.find(parts[0])
    if start < 0:  # not verbatim ("US forces" for "US and British forces"): its longest leading words
        words = parts[0].split()
        while words and start < 0:
            words = words[:-1]
            start = doc.text.find(" ".join(words)) if words else -1
        if start < 0:
            return None
        return start, start + len(" ".join(words))
    end = start + len(parts[0])
    for part in parts[1:]:
        i = doc.text.find(part, end)
        if i >= 0:
            end = i + len(part)
    return start, end


def coded_for(doc: Document, actor: GoldActor) -> Mention | None:
    """The coded mention aligned with a gold actor text.

    A gold text with an ellipsis ("U.S. ... negotiators", "Sierra Leonean ... refugees") names one conjunct
    of a coordination and the head they share: the actor is the mention at the conjunct (its first part),
    not the other conjunct's mention, which overlaps the whole span more.
    """
    assert actor.text is not None
    span = find_text(doc, actor.text)
    if span is None:
        return None
    m = None
    if ELLIPSIS.search(actor.text):
        first = find_text(doc, ELLIPSIS.split(actor.text)[0])
        m = mention_at(doc, *first) if first and first[0] == span[0] else None
    m = m if m is not None and m.actor.code else mention_at(doc, *span)
    return m if m is not None and m.actor.code else None


def score_actors(records: Sequence[GoldRecord], docs: Sequence[Document]) -> ActorScore:
    """Compare coded mentions with every gold actor that has a text, record by record."""
    score = ActorScore()
    for rec, doc in zip(records, docs, strict=True):
        seen: set[tuple[str, str, str]] = set()
        for event in rec.events:
            for role, actors in (("source", event.sources), ("target", event.targets)):
                for actor in actors:
                    if not actor.text or (role, actor.text, actor.code) in seen:
                        continue
                    seen.add((role, actor.text, actor.code))
                    _score_one(score, rec.id, role, doc, actor)
    return score


def _score_one(score: ActorScore, rec_id: str, role: str, doc: Document, actor: GoldActor) -> None:
    m = coded_for(doc, actor)
    gold = normalise(actor.code)
    coded = normalise(m.actor.code) if m else ""
    country_ok, full_ok = bool(coded) and coded[:3] == gold[:3], coded == gold
    score.by_role[role].add(country_ok, full_ok)
    if not full_ok:
        score.errors.append(
            ActorError(rec_id, role, actor.text or "", actor.code, m.actor.code if m else None)
        )


@dataclass
class Reproduction:
    """PETRARCH unit suite: expected source/target codes found among each sentence's coded mentions."""

    expected: int = 0
    found: int = 0
    missing: list[tuple[str, str]] = field(default_factory=list)

    @property
    def fraction(self) -> float:
        return round(self.found / self.expected, 4) if self.expected else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "expected": self.expected,
            "found": self.found,
            "fraction": self.fraction,
            "missing": self.missing,
        }

    def rows(self) -> list[tuple[str, int, int, float]]:
        return [("petrarch_unit actors", self.expected, self.found, self.fraction)]


def petrarch_reproduction(records: Sequence[GoldRecord], docs: Sequence[Document]) -> Reproduction:
    """Count expected (non-empty) source/target codes that some coded mention of the record carries."""
    rep = Reproduction()
    for rec, doc in zip(records, docs, strict=True):
        coded = {m.actor.code.upper() for m in doc.mentions if m.actor.code}
        for code in _expected_codes(rec):
            rep.expected += 1
            if code in coded:
                rep.found += 1
            else:
                rep.missing.append((rec.id, code))
    return rep


def _expected_codes(rec: GoldRecord) -> Iterable[str]:
    codes = {a.code.upper() for e in rec.events for a in (*e.sources, *e.targets) if a.code}
    return sorted(codes)


def petrarch_dictionaries(gold_dir: Path) -> tuple[Path, ...]:
    """The PETRARCH validation actor and agent dictionaries shipped with the gold sets."""
    base = gold_dir / "petrarch_unit_dictionaries"
    return (base / "PETR.Validate.actors.txt", base / "PETR.Validate.agents.txt")


def run_petrarch_suite(gold_dir: Path, batch_size: int = 64) -> Reproduction:
    """Code `petrarch_unit.jsonl` with the suite's dictionaries loaded and measure actor reproduction."""
    from tacitus.evaluation.gold import load_gold
    from tacitus.pipeline import Pipeline
    from tacitus.settings import Settings

    records = load_gold(gold_dir / "petrarch_unit.jsonl")
    settings = Settings(
        stages=("nlp", "actors"), actor_files=petrarch_dictionaries(gold_dir), batch_size=batch_size
    )
    docs = code_records(Pipeline(settings), records)
    return petrarch_reproduction(records, docs)


def code_records(pipeline: Any, records: Sequence[GoldRecord]) -> list[Document]:
    """Run a pipeline over gold records (dated when the record is), keeping record order."""
    from tacitus.pipeline import Failure
    from tacitus.readers import read_text

    docs = [read_text(r.text, when=r.date) for r in records]
    out: list[Document] = []
    for original, result in zip(docs, pipeline.run(docs), strict=True):
        out.append(original if isinstance(result, Failure) else result)
    return out


def run_actor_eval(gold_path: Path, settings: Any = None) -> ActorScore:
    """Code a gold file with the nlp and actors stages and score its named actors."""
    from tacitus.evaluation.gold import load_gold
    from tacitus.pipeline import Pipeline
    from tacitus.settings import Settings

    records = load_gold(gold_path)
    settings = settings or Settings(stages=("nlp", "actors"))
    return score_actors(records, code_records(Pipeline(settings), records))
