"""Store fixtures: a fresh PostgreSQL database per test (server from scripts/postgres.sh)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tacitus.store.engine import normalise_url

ROOT = Path(__file__).resolve().parents[2]


def _server_url() -> str | None:
    url = os.environ.get("TACITUS_TEST_PG_URL")
    if not url and (ROOT / ".pg" / "url").is_file():  # a server started locally by scripts/postgres.sh
        url = (ROOT / ".pg" / "url").read_text().strip()
    return url or None


@pytest.fixture
def pg_url() -> Iterator[str]:
    """URL of a new, empty database on the test server; dropped afterwards.

    Without a server the test is skipped locally but FAILS in CI (CI=true): CI must run these.
    """
    server = _server_url()
    if not server:
        message = "no PostgreSQL: run `bash scripts/postgres.sh start` or set TACITUS_TEST_PG_URL"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    admin = create_engine(normalise_url(server), isolation_level="AUTOCOMMIT")
    name = f"tacitus_t_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as e:
        admin.dispose()
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL at {server} unusable: {e}")
        pytest.skip(f"PostgreSQL at {server} unusable: {e}")
    base = server.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
