"""Running every evaluation once and flattening the figures, for `tacitus eval` and the CI floors."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tacitus.errors import DataFileError
from tacitus.evaluation.events import EventEvaluation, code_records, evaluate, read_markups
from tacitus.evaluation.gold import load_gold
from tacitus.pipeline import Pipeline


@dataclass
class EventFileResult:
    """The event (and optionally actor) scores of one gold file."""

    name: str
    events: EventEvaluation
    actors: Any | None = None  # tacitus.evaluation.actors.ActorScore

    def metrics(self) -> dict[str, float]:
        ev = self.events
        out: dict[str, float] = {}
        if ev.root_accuracy.value is not None:
            out["cameo_root_accuracy"] = ev.root_accuracy.value
        if ev.plover_accuracy.value is not None:
            out["plover_type_accuracy"] = ev.plover_accuracy.value
        for scheme, score in (("cameo", ev.cameo_triples), ("plover", ev.plover_triples)):
            total = score.overall
            if total.tp + total.fn:
                out[f"{scheme}_triple_precision"] = total.precision
                out[f"{scheme}_triple_recall"] = total.recall
                out[f"{scheme}_triple_f1"] = total.f1
        if self.actors is not None:
            for role, n, country, full in self.actors.rows():
                if n:
                    out[f"actor_{role}_country_accuracy"] = country
                    out[f"actor_{role}_full_accuracy"] = full
        return out


def evaluate_event_file(path: Path, pipeline: Pipeline, actors: bool = False) -> EventFileResult:
    """Code a gold JSONL file once; score events and, with `actors`, actor coding."""
    records = load_gold(path)
    docs = code_records(records, pipeline)
    result = EventFileResult(path.name, evaluate(records, docs, read_markups(path)))
    if actors:
        from tacitus.evaluation.actors import score_actors

        pairs = [(r, d) for r, d in zip(records, docs, strict=True) if d is not None]
        result.actors = score_actors([r for r, _ in pairs], [d for _, d in pairs])
    return result


@dataclass(frozen=True)
class Floor:
    suite: str  # "events", "actors", "quotes" or "petrarch"
    target: str  # gold file or folder name under the gold directory
    metric: str
    minimum: float


@dataclass
class FloorCheck:
    floor: Floor
    value: float | None

    @property
    def ok(self) -> bool:
        return self.value is not None and self.value + 1e-9 >= self.floor.minimum


@dataclass
class FloorReport:
    checks: list[FloorCheck] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)


def load_floors(path: Path) -> list[Floor]:
    """Read `quality/floors.toml`: `[suite."target"]` tables of `metric = minimum`."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(str(path), None, f"cannot read floors: {exc}") from exc
    floors = []
    for suite, targets in data.items():
        if suite not in {"events", "actors", "quotes", "petrarch"} or not isinstance(targets, dict):
            raise DataFileError(str(path), None, f"unknown floor suite {suite!r}")
        for target, metrics in targets.items():
            for metric, minimum in metrics.items():
                floors.append(Floor(suite, target, metric, float(minimum)))
    return floors


def check_floors(floors: list[Floor], gold_dir: Path, pipeline: Pipeline) -> FloorReport:
    """Run each evaluation the floors need (each gold file coded once) and compare."""
    report = FloorReport()
    values: dict[tuple[str, str], dict[str, float]] = {}
    for floor in floors:
        key = (floor.suite, floor.target)
        if key not in values:
            values[key] = _measure(floor.suite, floor.target, gold_dir, pipeline, values)
        report.checks.append(FloorCheck(floor, values[key].get(floor.metric)))
    return report


def _measure(
    suite: str,
    target: str,
    gold_dir: Path,
    pipeline: Pipeline,
    cache: dict[tuple[str, str], dict[str, float]],
) -> dict[str, float]:
    if suite in ("events", "actors"):
        other = cache.get(("actors" if suite == "events" else "events", target))
        if other is not None:
            return other
        metrics = evaluate_event_file(gold_dir / target, pipeline, actors=True).metrics()
        cache[("events", target)] = cache[("actors", target)] = metrics
        return metrics
    if suite == "quotes":
        from tacitus.evaluation.quotes import evaluate_quotes

        return flatten(evaluate_quotes(gold_dir / target, pipeline).to_dict())
    from tacitus.evaluation.actors import run_petrarch_suite

    rep = run_petrarch_suite(gold_dir)
    return {"actor_fraction": rep.fraction}


def flatten(d: dict[str, Any], prefix: str = "") -> dict[str, float]:
    """Nested figures as `a.b` keys (numbers only)."""
    out: dict[str, float] = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(flatten(v, key + "."))
        elif isinstance(v, int | float) and not isinstance(v, bool):
            out[key] = float(v)
    return out
