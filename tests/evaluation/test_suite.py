"""The eval command and the floors gate: floors parse, flatten, and fail when a figure is below."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tacitus.cli.main import app
from tacitus.errors import DataFileError
from tacitus.evaluation.suite import Floor, FloorCheck, flatten, load_floors

runner = CliRunner()


def test_floors_file_parses_into_floors(tmp_path: Path) -> None:
    f = tmp_path / "floors.toml"
    f.write_text('[events."a.jsonl"]\ncameo_root_accuracy = 0.5\n[quotes.dir]\n"x.precision" = 0.8\n')
    assert load_floors(f) == [
        Floor("events", "a.jsonl", "cameo_root_accuracy", 0.5),
        Floor("quotes", "dir", "x.precision", 0.8),
    ]


def test_floors_unknown_suite_is_an_error(tmp_path: Path) -> None:
    f = tmp_path / "floors.toml"
    f.write_text('[nonsense."a"]\nx = 1\n')
    with pytest.raises(DataFileError, match="unknown floor suite"):
        load_floors(f)


def test_floor_check_fails_below_or_missing() -> None:
    floor = Floor("events", "a", "m", 0.8)
    assert FloorCheck(floor, 0.8).ok
    assert not FloorCheck(floor, 0.79).ok
    assert not FloorCheck(floor, None).ok


def test_flatten_keeps_numbers_only() -> None:
    assert flatten({"a": {"b": 1, "c": "x", "d": True}, "e": 0.5}) == {"a.b": 1.0, "e": 0.5}


@pytest.mark.model
def test_eval_command_scores_a_small_gold_file_and_gates_on_min_f1(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    records = [
        {
            "id": "1",
            "text": "The United States imposed sanctions on Russia.",
            "date": "2022-03-01",
            "events": [{"source": [{"code": "USA"}], "target": [{"code": "RUS"}], "cameo": "163"}],
        },
        {"id": "2", "text": "The weather was mild in Paris.", "date": None, "events": [], "no_event": True},
    ]
    gold.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    result = runner.invoke(app, ["eval", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)["g.jsonl"]
    assert 0.0 <= figures["cameo_root_accuracy"] <= 1.0
    gated = runner.invoke(app, ["eval", str(gold), "--min-f1", "1.01"])
    assert gated.exit_code == 1


@pytest.mark.model
def test_eval_errors_json_lists_the_misses_with_what_was_coded(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    record = {
        "id": "m1",
        "text": "The United States imposed sanctions on Russia.",
        "date": None,
        "events": [{"source": [{"code": "USA"}], "target": [{"code": "RUS"}], "cameo": "051"}],
    }
    gold.write_text(json.dumps(record) + "\n")
    result = runner.invoke(app, ["eval", str(gold), "--errors", "--json"])
    assert result.exit_code == 0, result.output
    errors = json.loads(result.stdout)["g.jsonl"]["errors"]
    misses = [e for e in errors if e["kind"] == "miss" and e["scheme"] == "cameo"]
    assert misses and misses[0]["record"] == "m1" and misses[0]["label"] == "05"
    assert any(" 163 " in c for c in misses[0]["coded"])
