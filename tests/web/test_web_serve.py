"""`tacitus serve`: options, the write token from configuration, and a real server on loopback."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tacitus.cli.main import app
from tacitus.errors import ConfigError, StoreError
from tacitus.web.config import WebConfig, load_token

from .conftest import TOKEN


def test_token_comes_from_the_file_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACITUS_API_TOKEN", "from-the-environment-123")
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n", encoding="utf-8")
    assert load_token("TACITUS_API_TOKEN", token_file) == TOKEN
    assert load_token("TACITUS_API_TOKEN") == "from-the-environment-123"
    monkeypatch.delenv("TACITUS_API_TOKEN")
    assert load_token("TACITUS_API_TOKEN") is None


def test_unreadable_or_empty_token_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read token file"):
        load_token(token_file=tmp_path / "missing")
    (tmp_path / "empty").write_text("\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="is empty"):
        load_token(token_file=tmp_path / "empty")


def test_short_tokens_are_refused() -> None:
    with pytest.raises(ConfigError, match="too short"):
        WebConfig(api_token="secret")


def test_serve_builds_the_app_from_its_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    monkeypatch.setenv("MY_TOKEN", TOKEN)
    db = tmp_path / "serve.db"
    result = CliRunner().invoke(
        app, ["serve", "--db", str(db), "--port", "8123", "--token-env", "MY_TOKEN", "--max-body", "1000"]
    )
    assert result.exit_code == 0, result.output
    (call,) = calls
    assert (call["host"], call["port"]) == ("127.0.0.1", 8123)
    config = call["app"].state.tacitus.config
    assert config.api_token == TOKEN and config.max_body_bytes == 1000 and config.cors_origins == ()
    assert db.exists()  # the database was opened (and migrated) before serving


def test_serve_with_an_unusable_database_fails_before_listening(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "no" / "such" / "dir.db")])
    assert isinstance(result.exception, StoreError)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_answers_on_loopback(tmp_path: Path) -> None:
    port = _free_port()
    env = {**os.environ, "TACITUS_API_TOKEN": ""}
    cmd = [
        sys.executable,
        "-m",
        "tacitus.cli.main",
        "serve",
        "--db",
        str(tmp_path / "s.db"),
        "--port",
        str(port),
    ]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        health = None
        for _ in range(200):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/health") as r:
                    health = json.load(r)
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None:
                    break
                time.sleep(0.1)
        assert health == {
            "status": "ok",
            "version": health and health["version"],
            "database": True,
            "writes": False,
        }
        req = urllib.request.Request(f"http://127.0.0.1:{port}/v1/documents", data=b"{}", method="POST")
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(req)
        assert err.value.code == 403
    finally:
        proc.terminate()
        proc.wait(timeout=10)
