"""`tacitus ingest`: exit code, error log next to the database, re-runs skip stored articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tacitus.cli.main import app
from tacitus.store import Store


@pytest.mark.model
def test_ingest_cli_stores_good_articles_logs_bad_ones_and_exits_non_zero(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("China praised Russia on Monday for its support.", encoding="utf-8")
    (src / "bad.txt").write_bytes(b"\xff\xfe\x00\x01binary")
    db = tmp_path / "c.db"
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--date", "2026-03-02"])
    assert first.exit_code == 1
    log = [json.loads(x) for x in (tmp_path / "c.db.errors.jsonl").read_text().splitlines()]
    assert [Path(r["origin"]).name for r in log] == ["bad.txt"]
    assert Store(db).count_documents() == 1
    (src / "bad.txt").unlink()
    again = runner.invoke(app, ["ingest", str(src), "--db", str(db)])
    assert again.exit_code == 0
    assert "skipped 1 already stored" in again.output
