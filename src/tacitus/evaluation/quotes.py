"""Scoring the quotes stage against brat attribution annotations (PolNeAR `polnear_dev`).

Units are attributions: gold E lines, and predicted quotes grouped by cue (the two halves of a split
quotation share their cue, as they share one E line in the gold). Content spans are compared as sets
of word tokens (`\\w+`), so punctuation and quote marks do not count:

    overlap(gold, pred) = |gold ∩ pred| / max(|gold|, |pred|)

(symmetric: a prediction twice too long scores at most 0.5). The published rule-based system scores
`|gold ∩ pred| / |gold|` (how much of the gold is covered); it is reported too, as `coverage`.
Pairs are matched one-to-one, best overlap first, among pairs at or above the threshold.
Speaker accuracy: over matched pairs whose gold has a Source, the predicted speaker words (or the
resolved speaker mention, or a mention of the same coreference chain) overlap the gold Source.
Cue accuracy: over matched pairs whose gold has a Cue, the predicted cue overlaps it.

Some articles have several annotators' files. The main figures (and the CI floors) use the first file
in name order; `mean_counts` scores every file and weighs each article's counts by 1/(its number of
files), so an article counts once whatever its number of annotators (the all-annotators mean).
"""

from __future__ import annotations

import re
import time
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tacitus.errors import DataFileError
from tacitus.evaluation.brat import GoldAttribution, Spans, all_annotations, read_ann
from tacitus.model import Document, Quote
from tacitus.pipeline import Pipeline

THRESHOLDS = (0.3, 0.8)
METRICS = ("overlap", "coverage")
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Predicted:
    """Quotes sharing one cue, as one attribution."""

    content: Spans
    speaker: Spans
    cue: Spans
    quotes: tuple[Quote, ...]
    entity: int | None = None


@dataclass
class Counts:
    """Match counts; fractional when annotators' files are averaged."""

    tp: float = 0
    fp: float = 0
    fn: float = 0
    speaker_ok: float = 0
    speaker_total: float = 0
    cue_ok: float = 0
    cue_total: float = 0

    def add(self, other: Counts, weight: float = 1.0) -> None:
        """Add `other`'s counts times `weight`."""
        for name in ("tp", "fp", "fn", "speaker_ok", "speaker_total", "cue_ok", "cue_total"):
            setattr(self, name, getattr(self, name) + weight * getattr(other, name))

    def scores(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        sa = self.speaker_ok / self.speaker_total if self.speaker_total else 0.0
        ca = self.cue_ok / self.cue_total if self.cue_total else 0.0
        return {"precision": p, "recall": r, "f1": f, "speaker_accuracy": sa, "cue_accuracy": ca}


@dataclass
class QuoteScores:
    """Counts per (metric, threshold), plus run facts and an error listing."""

    docs: int = 0
    seconds: float = 0.0
    annotator_files: dict[str, str] = field(default_factory=dict)
    counts: dict[tuple[str, float], Counts] = field(default_factory=dict)
    mean_counts: dict[tuple[str, float], Counts] = field(default_factory=dict)
    multi_annotated: list[str] = field(default_factory=list)  # articles with several annotators' files
    # the same, on those articles only: against their first file, and the mean over their files
    multi_first: dict[tuple[str, float], Counts] = field(default_factory=dict)
    multi_mean: dict[tuple[str, float], Counts] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "docs": self.docs,
            "docs_per_second": round(self.docs / self.seconds, 2) if self.seconds else None,
        }
        for (metric, thr), c in sorted(self.counts.items()):
            key = f"{metric}>={thr}"
            out[key] = {k: round(v, 4) for k, v in c.scores().items()} | {
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
            }
        if self.multi_annotated:
            out["all_annotators_mean"] = _rounded(self.mean_counts)
            out["multi_annotated_articles"] = {
                "count": len(self.multi_annotated),
                "first_file": _rounded(self.multi_first),
                "mean": _rounded(self.multi_mean),
            }
        return out

    def rows(self) -> list[tuple[str, str, str]]:
        """(measure, value, detail) rows for a table."""
        rows = []
        for (metric, thr), c in sorted(self.counts.items()):
            s = c.scores()
            name = f"content {metric} ≥ {thr}"
            rows.append(
                (
                    f"{name}: P / R / F1",
                    f"{s['precision']:.3f} / {s['recall']:.3f} / {s['f1']:.3f}",
                    f"tp={c.tp} fp={c.fp} fn={c.fn}",
                )
            )
            rows.append(
                (
                    f"{name}: speaker accuracy",
                    f"{s['speaker_accuracy']:.3f}",
                    f"{c.speaker_ok}/{c.speaker_total}",
                )
            )
            rows.append((f"{name}: cue accuracy", f"{s['cue_accuracy']:.3f}", f"{c.cue_ok}/{c.cue_total}"))
        if self.multi_annotated:
            for (metric, thr), c in sorted(self.mean_counts.items()):
                if metric != "overlap":
                    continue
                s = c.scores()
                first = self.multi_first[(metric, thr)].scores()
                mean = self.multi_mean[(metric, thr)].scores()
                rows.append(
                    (
                        f"all annotators (mean), {metric} ≥ {thr}: P / R / F1 / speaker",
                        f"{s['precision']:.3f} / {s['recall']:.3f} / {s['f1']:.3f} / "
                        f"{s['speaker_accuracy']:.3f}",
                        f"on the {len(self.multi_annotated)} articles with several annotators: "
                        f"F1 {first['f1']:.3f} (first file) / {mean['f1']:.3f} (mean)",
                    )
                )
        rate = self.docs / self.seconds if self.seconds else 0.0
        rows.append(("documents", str(self.docs), f"{rate:.1f} docs/s (whole pipeline)"))
        return rows


def evaluate_quotes(gold_dir: str | Path, pipeline: Pipeline, limit: int | None = None) -> QuoteScores:
    """Run `pipeline` over `gold_dir/text/*.txt` and score its quotes against the .ann files."""
    gold_dir = Path(gold_dir)
    files = all_annotations(gold_dir)
    if not files:
        raise DataFileError(str(gold_dir), None, "no attributions/*.ann files")
    stems = sorted(files)[:limit]
    docs = [_document(gold_dir, stem) for stem in stems]
    scores = QuoteScores(annotator_files={s: files[s][0].name for s in stems})
    scores.multi_annotated = [s for s in stems if len(files[s]) > 1]
    start = time.perf_counter()
    coded = list(pipeline.run(docs))
    scores.seconds = time.perf_counter() - start
    for stem, doc in zip(stems, coded, strict=True):
        if not isinstance(doc, Document):
            scores.errors.append(f"{stem}: FAILED {doc.message}")
            continue
        scores.docs += 1
        score_document(doc, read_ann(files[stem][0]), scores)
        score_annotators(doc, [read_ann(f) for f in files[stem]], scores)
    return scores


def score_annotators(doc: Document, golds: list[list[GoldAttribution]], scores: QuoteScores) -> None:
    """Add one document's counts against each annotator's file, weighted 1/len(golds), to `mean_counts`."""
    for k, gold in enumerate(golds):
        one = QuoteScores()
        score_document(doc, gold, one)
        for key, c in one.counts.items():
            scores.mean_counts.setdefault(key, Counts()).add(c, 1 / len(golds))
            if len(golds) > 1:
                scores.multi_mean.setdefault(key, Counts()).add(c, 1 / len(golds))
                if k == 0:
                    scores.multi_first.setdefault(key, Counts()).add(c)


def _rounded(counts: dict[tuple[str, float], Counts]) -> dict[str, dict[str, float]]:
    return {
        f"{m}>={t}": {k: round(v, 4) for k, v in c.scores().items()} for (m, t), c in sorted(counts.items())
    }


def _document(gold_dir: Path, stem: str) -> Document:
    path = gold_dir / "text" / f"{stem}.txt"
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            text = fh.read()
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot read: {exc.strerror or exc}") from exc
    return Document(id=stem, text=text, origin=str(path))


def group_quotes(doc: Document) -> list[Predicted]:
    """Predicted attributions: quotes grouped by their cue span (quotes without a cue stand alone)."""
    groups: dict[object, list[Quote]] = {}
    for q in doc.quotes:
        key: object = (q.cue.start, q.cue.end) if q.cue else ("q", q.id)
        groups.setdefault(key, []).append(q)
    out = []
    for qs in groups.values():
        speaker: list[tuple[int, int]] = []
        for q in qs:
            if q.speaker_text:
                speaker.append((q.speaker_text.start, q.speaker_text.end))
            if q.speaker:
                speaker.append((q.speaker.start, q.speaker.end))
        ent = next((q.speaker.entity for q in qs if q.speaker and q.speaker.entity is not None), None)
        out.append(
            Predicted(
                content=tuple((q.content.start, q.content.end) for q in qs),
                speaker=tuple(speaker),
                cue=tuple({(q.cue.start, q.cue.end) for q in qs if q.cue}),
                quotes=tuple(qs),
                entity=ent,
            )
        )
    return out


def score_document(doc: Document, gold: list[GoldAttribution], scores: QuoteScores) -> None:
    """Add one document's counts for every metric and threshold."""
    words = _Words(doc.text)
    preds = group_quotes(doc)
    gold_sets = [words.tokens(g.content) for g in gold]
    pred_sets = [words.tokens(p.content) for p in preds]
    chains = _chain_spans(doc)
    for metric in METRICS:
        fn = _overlap if metric == "overlap" else _coverage
        for thr in THRESHOLDS:
            c = scores.counts.setdefault((metric, thr), Counts())
            pairs = _match(gold_sets, pred_sets, fn, thr)
            c.tp += len(pairs)
            c.fn += len(gold) - len(pairs)
            c.fp += len(preds) - len(pairs)
            for gi, pi in pairs:
                g, p = gold[gi], preds[pi]
                if g.source:
                    c.speaker_total += 1
                    ok = _touches(p.speaker, g.source) or _touches(chains.get(p.entity, ()), g.source)
                    c.speaker_ok += ok
                    if not ok and metric == "overlap" and thr == THRESHOLDS[0]:
                        scores.errors.append(
                            f"{doc.id}: SPEAKER {_show(doc, p.speaker)!r} != "
                            f"{_show(doc, g.source)!r} | {_show(doc, g.content)[:80]!r}"
                        )
                if g.cue:
                    c.cue_total += 1
                    c.cue_ok += _touches(p.cue, g.cue)
            if metric == "overlap" and thr == THRESHOLDS[0]:
                _list_misses(doc, gold, preds, pairs, scores.errors)


def _list_misses(
    doc: Document,
    gold: list[GoldAttribution],
    preds: list[Predicted],
    pairs: list[tuple[int, int]],
    errors: list[str],
) -> None:
    got_g = {g for g, _ in pairs}
    got_p = {p for _, p in pairs}
    for i, g in enumerate(gold):
        if i not in got_g:
            errors.append(
                f"{doc.id}: MISSED [{_show(doc, g.source)}] [{_show(doc, g.cue)}] "
                f"{_show(doc, g.content)[:120]!r}"
            )
    for i, p in enumerate(preds):
        if i not in got_p:
            rule = ",".join(sorted({q.rule for q in p.quotes}))
            errors.append(
                f"{doc.id}: SPURIOUS ({rule}) [{_show(doc, p.speaker[:1])}] [{_show(doc, p.cue)}] "
                f"{_show(doc, p.content)[:120]!r}"
            )


def _show(doc: Document, spans: Spans) -> str:
    return " ... ".join(doc.text[a:b] for a, b in spans).replace("\n", " ")


def _chain_spans(doc: Document) -> dict[int | None, Spans]:
    chains: dict[int | None, list[tuple[int, int]]] = {}
    for m in doc.mentions:
        if m.entity is not None:
            chains.setdefault(m.entity, []).append((m.start, m.end))
    return {k: tuple(v) for k, v in chains.items()}


def _touches(a: Spans, b: Spans) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _overlap(g: frozenset[int], p: frozenset[int]) -> float:
    return len(g & p) / max(len(g), len(p)) if g and p else 0.0


def _coverage(g: frozenset[int], p: frozenset[int]) -> float:
    return len(g & p) / len(g) if g and p else 0.0


def _match(
    gold: list[frozenset[int]],
    pred: list[frozenset[int]],
    fn: Callable[[frozenset[int], frozenset[int]], float],
    thr: float,
) -> list[tuple[int, int]]:
    """One-to-one pairs, best score first, among pairs scoring at least `thr`."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g & p:
                s = fn(g, p)
                if s >= thr:
                    cands.append((s, gi, pi))
    cands.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


class _Words:
    """Word tokens of a text, addressable by character spans."""

    def __init__(self, text: str) -> None:
        self.spans = [m.span() for m in WORD.finditer(text)]
        self.starts = [s for s, _ in self.spans]
        self.ends = [e for _, e in self.spans]

    def tokens(self, spans: Spans) -> frozenset[int]:
        out: set[int] = set()
        for a, b in spans:
            out.update(range(bisect_right(self.ends, a), bisect_left(self.starts, b)))
        return frozenset(out)
