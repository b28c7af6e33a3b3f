"""Scoring coded events against gold records: CAMEO root and PLOVER type accuracy, dyad-triple P/R/F1.

Conventions (documented in the README's accuracy section):
- a record with a gold CAMEO code counts right when an event with its root is coded from its text;
  likewise for PLOVER types;
- triples are (source country, target country, label), label = CAMEO root or PLOVER type; a gold event
  with several sources/targets is one triple per pair; an empty target is None; actors marked `SRC/TAR`
  in the PLOVER markup are both source and target (a reciprocal event: one triple per ordered pair);
- countries compare on the first three letters of the code; international and non-governmental
  organisations compare as IGO / NGO (the gold sets code most of them that way); old code variants are
  aliased (JAP -> JPN);
- each record is coded with its `date` as publication date; triples are counted as multisets, micro-averaged.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tacitus.errors import InputError
from tacitus.evaluation.gold import GoldActor, GoldRecord, load_gold
from tacitus.model import Document, Event, Mention
from tacitus.ontology import ontology
from tacitus.pipeline import Failure, Pipeline
from tacitus.readers import read_text

CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ISM": "IRN", "TMP": "TLS"}
Triple = tuple[str | None, str | None, str]


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 from true positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        v = self.value
        return {"correct": self.correct, "total": self.total, "accuracy": None if v is None else round(v, 4)}


@dataclass(frozen=True)
class TripleScore:
    """Micro-averaged triple scores with a per-label breakdown."""

    overall: PRF
    by_label: dict[str, PRF]

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.to_dict(),
            "by_label": {k: v.to_dict() for k, v in self.by_label.items()},
        }


@dataclass(frozen=True)
class ErrorItem:
    """One miss (gold triple not coded) or false positive (coded triple not in gold)."""

    record: str
    kind: str  # "miss" or "false positive"
    scheme: str  # "cameo" or "plover"
    label: str
    source: str | None
    target: str | None
    text: str
    coded: tuple[str, ...] = ()  # what was coded from the text (for misses), "SRC CAMEO TGT rule"

    def to_dict(self) -> dict[str, Any]:
        return {
            "record": self.record,
            "kind": self.kind,
            "scheme": self.scheme,
            "label": self.label,
            "source": self.source,
            "target": self.target,
            "text": self.text,
            "coded": list(self.coded),
        }


@dataclass(frozen=True)
class EventEvaluation:
    """Every figure `tacitus eval` reports for an event gold file."""

    records: int
    failures: int
    root_accuracy: Accuracy
    plover_accuracy: Accuracy
    cameo_triples: TripleScore
    plover_triples: TripleScore
    errors: tuple[ErrorItem, ...] = field(default=())

    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "records": self.records,
            "failures": self.failures,
            "cameo_root_accuracy": self.root_accuracy.to_dict(),
            "plover_type_accuracy": self.plover_accuracy.to_dict(),
            "cameo_triples": self.cameo_triples.to_dict(),
            "plover_triples": self.plover_triples.to_dict(),
        }
        if errors:
            out["errors"] = [e.to_dict() for e in self.errors]
        return out


# ---- coding -----------------------------------------------------------------------------------------
def code_records(records: Sequence[GoldRecord], pipeline: Pipeline) -> list[Document | None]:
    """Code each record's text (its date as publication date) in batches; None where coding failed."""
    docs = (_read(r) for r in records)
    return [None if isinstance(d, Failure) else d for d in pipeline.run(docs)]


def _read(rec: GoldRecord) -> Document | InputError:
    try:
        return read_text(rec.text, when=rec.date, doc_id=rec.id)
    except InputError as exc:
        return exc


# ---- triples --------------------------------------------------------------------------------------------
def _country(code: str | None) -> str | None:
    if not code:
        return None
    c = code[:3].upper()
    return CODE_ALIASES.get(c, c)


def mention_country(m: Mention | None) -> str | None:
    """The country part of a mention's actor, IGO/NGO for international organisations."""
    if m is None or not m.actor.code:
        return None
    if m.actor.kind == "igo":
        return "IGO"
    if m.actor.kind == "ngo":
        return "NGO"
    return _country(m.actor.country or m.actor.code)


def _reciprocal_texts(markup: str | None) -> set[str]:
    if not markup:
        return set()
    out = set()
    for part in markup.split("(SRC/TAR:")[1:]:
        out.add(part.split(")")[0].strip())
    return out


def gold_triples(rec: GoldRecord, scheme: str, markup: str | None = None) -> list[Triple]:
    """Gold (source, target, label) triples: one per source/target pair; SRC/TAR actors both ways."""
    out: list[Triple] = []
    both = _reciprocal_texts(markup)
    for ev in rec.events:
        label = ev.root if scheme == "cameo" else ev.plover
        if not label:
            continue
        srcs = [a for a in ev.sources]
        recip = [a for a in srcs if a.text and a.text.strip() in both]
        if not ev.targets and len(recip) >= 2:
            out.extend(
                (_country(a.code), _country(b.code), label) for a in recip for b in recip if a is not b
            )
            srcs = [a for a in srcs if a not in recip]
        tgts: list[GoldActor | None] = list(ev.targets) or [None]
        out.extend((_country(s.code), _country(t.code) if t else None, label) for s in srcs for t in tgts)
    return out


def event_label(e: Event, scheme: str) -> str | None:
    info = ontology().get(e.cameo)
    return info.root if scheme == "cameo" else info.plover


def coded_triples(doc: Document | None, scheme: str) -> list[Triple]:
    """Unique triples of a coded document's non-negated events."""
    if doc is None:
        return []
    seen: dict[Triple, None] = {}
    for e in doc.events:
        label = event_label(e, scheme)
        if label and not e.negated:
            seen[(mention_country(e.source), mention_country(e.target), label)] = None
    return list(seen)


def _score(gold: list[Triple], coded: list[Triple]) -> tuple[dict[str, PRF], list[Triple], list[Triple]]:
    g, c = Counter(gold), Counter(coded)
    per: dict[str, PRF] = {}
    for t in set(g) | set(c):
        tp = min(g[t], c[t])
        per[t[2]] = per.get(t[2], PRF()) + PRF(tp, c[t] - tp, g[t] - tp)
    return per, list((g - c).elements()), list((c - g).elements())


# ---- evaluation -------------------------------------------------------------------------------------------
def evaluate(
    records: Sequence[GoldRecord], docs: Sequence[Document | None], markups: dict[str, str] | None = None
) -> EventEvaluation:
    """Score coded documents (aligned with `records`) against the gold."""
    markups = markups or {}
    root_acc, plov_acc = Accuracy(), Accuracy()
    by: dict[str, dict[str, PRF]] = {"cameo": {}, "plover": {}}
    errors: list[ErrorItem] = []
    for rec, doc in zip(records, docs, strict=True):
        events = [e for e in (doc.events if doc else ()) if not e.negated]
        roots = {event_label(e, "cameo") for e in events}
        plovers = {event_label(e, "plover") for e in events}
        gold_roots = {ev.root for ev in rec.events if ev.root}
        gold_plovers = {ev.plover for ev in rec.events if ev.plover}
        if gold_roots:
            root_acc = Accuracy(root_acc.correct + bool(gold_roots & roots), root_acc.total + 1)
        if gold_plovers:
            plov_acc = Accuracy(plov_acc.correct + bool(gold_plovers & plovers), plov_acc.total + 1)
        described = tuple(_describe(e) for e in events)
        for scheme in ("cameo", "plover"):
            gold = [] if rec.no_event else gold_triples(rec, scheme, markups.get(rec.id))
            labelled = any(ev.sources and (ev.root if scheme == "cameo" else ev.plover) for ev in rec.events)
            if not labelled and not rec.no_event:
                continue  # records without actors or without this scheme's labels count for accuracy only
            per, missed, extra = _score(gold, coded_triples(doc, scheme))
            for label, prf in per.items():
                by[scheme][label] = by[scheme].get(label, PRF()) + prf
            errors.extend(
                ErrorItem(rec.id, "miss", scheme, t[2], t[0], t[1], rec.text, described) for t in missed
            )
            errors.extend(
                ErrorItem(rec.id, "false positive", scheme, t[2], t[0], t[1], rec.text) for t in extra
            )
    for rec, doc in zip(records, docs, strict=True):
        if rec.events and not any(ev.sources for ev in rec.events):
            roots = {event_label(e, "cameo") for e in (doc.events if doc else ()) if not e.negated}
            gold_roots = {ev.root for ev in rec.events if ev.root}
            if gold_roots and not gold_roots & roots:
                coded = tuple(_describe(e) for e in (doc.events if doc else ()))
                errors.append(
                    ErrorItem(rec.id, "miss", "cameo", min(gold_roots), None, None, rec.text, coded)
                )
    return EventEvaluation(
        records=len(records),
        failures=sum(d is None for d in docs),
        root_accuracy=root_acc,
        plover_accuracy=plov_acc,
        cameo_triples=_table(by["cameo"]),
        plover_triples=_table(by["plover"]),
        errors=tuple(errors),
    )


def _table(per: dict[str, PRF]) -> TripleScore:
    total = PRF()
    for prf in per.values():
        total = total + prf
    return TripleScore(total, dict(sorted(per.items())))


def _describe(e: Event) -> str:
    tgt = e.target.actor.code if e.target else "-"
    return f"{e.source.actor.code} {e.cameo} {tgt} [{e.rule}]"


def read_markups(path: str | Path) -> dict[str, str]:
    """The PLOVER `markup` field of each gold record (marks SRC/TAR actors), by record id."""
    out: dict[str, str] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            if obj.get("markup"):
                out[str(obj["id"])] = str(obj["markup"])
    return out


def evaluate_file(path: str | Path, pipeline: Pipeline) -> EventEvaluation:
    """Load a gold JSONL file, code its records with `pipeline`, and score them."""
    records = load_gold(path)
    return evaluate(records, code_records(records, pipeline), read_markups(path))


def error_report(result: EventEvaluation, scheme: str = "cameo", limit: int | None = None) -> str:
    """Misses and false positives grouped by root code (or PLOVER type), with their sentences."""
    groups: dict[str, list[ErrorItem]] = {}
    for e in result.errors:
        if e.scheme == scheme:
            groups.setdefault(e.label, []).append(e)
    lines: list[str] = []
    for label in sorted(groups, key=lambda k: (-len(groups[k]), k)):
        items = groups[label]
        misses = sum(e.kind == "miss" for e in items)
        lines.append(f"== {label}: {misses} missed, {len(items) - misses} false positives")
        for e in items[:limit] if limit else items:
            lines.append(f"  [{e.kind}] {e.source} -> {e.target}  ({e.record}) {e.text}")
            lines.extend(f"      coded: {c}" for c in e.coded)
    return "\n".join(lines)


def summarize(results: Iterable[tuple[str, EventEvaluation]]) -> list[dict[str, Any]]:
    """One summary row per gold file (for tables and floors)."""
    rows = []
    for name, r in results:
        rows.append(
            {
                "file": name,
                "records": r.records,
                "cameo_root_accuracy": r.root_accuracy.value,
                "plover_type_accuracy": r.plover_accuracy.value,
                "cameo_triple_f1": round(r.cameo_triples.overall.f1, 4),
                "plover_triple_f1": round(r.plover_triples.overall.f1, 4),
            }
        )
    return rows
