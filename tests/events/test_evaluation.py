"""Event scoring (tacitus.evaluation.events) on hand-made gold records and coded documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tacitus.evaluation.events import PRF, error_report, evaluate, evaluate_file, gold_triples
from tacitus.evaluation.gold import GoldActor, GoldEvent, GoldRecord
from tacitus.model import Actor, Document, Event, Mention, Span


def _m(i: int, code: str, kind: Any = "country") -> Mention:
    return Mention(i, 0, 1, code, 0, Actor(code, code, code[:3], code[3:] or None, kind), "test")


def _doc(rid: str, *events: tuple[str, str, str | None]) -> Document:
    evs = tuple(
        Event(rid, 0, _m(k, s), _m(100 + k, t) if t else None, c, Span(0, 1, "x"), "test")
        for k, (s, c, t) in enumerate(events)
    )
    return Document(rid, "x", events=evs)


def _rec(rid: str, src: list[str], tgt: list[str], cameo: str | None, plover: str | None) -> GoldRecord:
    ev = GoldEvent(tuple(GoldActor(c, c) for c in src), tuple(GoldActor(c) for c in tgt), cameo, plover)
    return GoldRecord(rid, "t", "some text", None, (ev,), False)


def test_prf_micro_average() -> None:
    p = PRF(3, 1, 2)
    assert (round(p.precision, 2), round(p.recall, 2)) == (0.75, 0.6)
    assert PRF().f1 == 0.0


def test_gold_pairs_and_reciprocal_markup() -> None:
    rec = _rec("a", ["USA", "JOR"], [], "03", "AGREE")
    assert sorted(gold_triples(rec, "plover")) == [("JOR", None, "AGREE"), ("USA", None, "AGREE")]
    markup = "(SRC/TAR: USA) and (SRC/TAR: JOR) agreed"
    assert sorted(gold_triples(rec, "plover", markup)) == [("JOR", "USA", "AGREE"), ("USA", "JOR", "AGREE")]


def test_accuracy_triples_and_errors() -> None:
    recs = [
        _rec("1", ["USAGOV"], ["RUS"], "163", "SANCTION"),
        _rec("2", ["CHN"], ["JPN"], "111", "ACCUSE"),
        GoldRecord("3", "t", "nothing", None, (), True),
    ]
    docs = [
        _doc("1", ("USA", "163", "RUS")),
        _doc("2", ("CHN", "051", "JPN")),
        _doc("3", ("FRA", "190", "DEU")),
    ]
    r = evaluate(recs, docs)
    assert (r.root_accuracy.correct, r.root_accuracy.total) == (1, 2)
    assert (r.plover_triples.overall.tp, r.plover_triples.overall.fp, r.plover_triples.overall.fn) == (
        1,
        2,
        1,
    )
    assert r.to_dict()["cameo_triples"]["by_label"]["16"]["f1"] == 1.0
    report = error_report(r, "cameo")
    assert "== 11: 1 missed" in report and "false positive" in report


def test_igo_actors_compare_as_igo() -> None:
    rec = _rec("1", ["IGO"], ["IRN"], "09", "ACCUSE")
    doc = Document(
        "1", "x", events=(Event("1", 0, _m(0, "UNO", "igo"), _m(1, "IRN"), "090", Span(0, 1, "x"), "t"),)
    )
    assert evaluate([rec], [doc]).plover_triples.overall.tp == 1


def test_old_country_code_variants_compare_equal() -> None:
    rec = _rec("1", ["IDN"], ["TLS"], "190", "ASSAULT")
    assert evaluate([rec], [_doc("1", ("IDNMIL", "190", "TMP"))]).plover_triples.overall.tp == 1


@pytest.mark.model
@pytest.mark.gold
def test_evaluate_file_codes_and_scores_a_gold_file(pipeline: Any, tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text(
        '{"id": "x1", "text": "The United States imposed sanctions on Russia.", "date": "2026-03-02", '
        '"events": [{"source": [{"code": "USA"}], "target": [{"code": "RUS"}], "cameo": "163", '
        '"plover": "SANCTION"}], "no_event": false}\n',
        encoding="utf-8",
    )
    r = evaluate_file(gold, pipeline)
    assert r.root_accuracy.value == 1.0 and r.cameo_triples.overall.f1 == 1.0
