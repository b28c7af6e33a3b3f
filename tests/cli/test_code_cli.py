"""`tacitus code`: output formats, and bad input reported and skipped while good articles are coded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tacitus.cli.main import app

pytestmark = pytest.mark.model

runner = CliRunner()


def _bad_batch(tmp_path: Path) -> Path:
    d = tmp_path / "batch"
    d.mkdir()
    (d / "a_good.txt").write_text("Russian forces attacked Ukraine on Monday.", encoding="utf-8")
    (d / "b_empty.txt").write_bytes(b"")
    (d / "c_binary.txt").write_bytes(bytes(range(256)) * 10)
    (d / "d_latin1.txt").write_bytes("Le ministre fran\xe7ais a critiqu\xe9 Moscou.".encode("latin-1"))
    with (d / "e_huge.txt").open("wb") as fh:  # 50 MB
        fh.write(b"China praised Russia. " * (50 * 1024 * 1024 // 22))
    (d / "f_good.txt").write_text("China praised Russia.", encoding="utf-8")
    return d


def test_code_cli_bad_inputs_are_reported_and_good_ones_coded(tmp_path: Path) -> None:
    result = runner.invoke(app, ["code", str(_bad_batch(tmp_path)), "--format", "jsonl", "--all"])
    assert result.exit_code == 1
    stderr = result.stderr
    assert "b_empty.txt: empty input" in stderr
    assert "c_binary.txt: binary data" in stderr
    assert "d_latin1.txt: invalid UTF-8" in stderr
    assert "e_huge.txt: too large" in stderr
    docs = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    coded = {r["doc_id"] for r in docs if r["kind"] == "document"}
    assert coded == {"a_good", "f_good"}


def test_code_cli_good_input_exits_zero_in_every_format(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("The United States imposed sanctions on Russia on Friday.", encoding="utf-8")
    for fmt in ("table", "jsonl", "json", "csv"):
        result = runner.invoke(app, ["code", str(f), "--format", fmt, "--date", "2026-03-02"])
        assert result.exit_code == 0, (fmt, result.output)
    result = runner.invoke(app, ["code", str(f), "--format", "json"])
    assert isinstance(json.loads(result.stdout), list)


def test_code_cli_reads_stdin() -> None:
    result = runner.invoke(app, ["code", "-", "--format", "jsonl", "--all"], input="China praised Russia.\n")
    assert result.exit_code == 0
    kinds = {json.loads(line)["kind"] for line in result.stdout.splitlines()}
    assert "document" in kinds


def test_code_cli_bad_date_is_a_usage_error(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("China praised Russia.", encoding="utf-8")
    result = runner.invoke(app, ["code", str(f), "--date", "yesterday"])
    assert result.exit_code == 2
