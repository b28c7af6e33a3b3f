"""Open a database from a file path or URL: SQLite (WAL) by default, PostgreSQL via psycopg 3."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import StaticPool

from tacitus.errors import StoreError

# The password in `scheme://user:password@host`: never shown in messages or logs.
_PASSWORD = re.compile(r"(://[^/:@]*:)[^/@]*@")


def normalise_url(url: str | Path) -> str:
    """A SQLAlchemy URL for a file path, `sqlite:///...`, or `postgresql://...` (rewritten to psycopg)."""
    raw = str(url)
    for plain in ("postgresql://", "postgres://"):
        if raw.startswith(plain):
            return "postgresql+psycopg://" + raw[len(plain) :]
    if "://" in raw:
        return raw
    if raw == ":memory:":
        return "sqlite://"
    return "sqlite:///" + str(Path(raw).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    """The database file behind a SQLite URL (None for other back ends and in-memory databases)."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _sqlite_pragmas(dbapi_conn: Any, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    # NORMAL is durable against process kills (not power loss) in WAL mode, and much faster than FULL.
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def open_engine(url: str | Path) -> Engine:
    """Create the engine; raises `StoreError` for an unusable URL or an unreachable directory."""
    full = normalise_url(url)
    try:
        u = make_url(full)
    except (ArgumentError, ValueError) as e:  # ValueError: a non-numeric port
        raise StoreError(f"not a database path or URL: {_redact(str(url))!r}") from e
    kwargs: dict[str, Any] = {}
    if u.get_backend_name() == "sqlite":
        path = sqlite_path(full)
        if path is not None and not path.parent.is_dir():
            raise StoreError(f"directory {path.parent} does not exist (database {path})")
        if path is None:
            kwargs["poolclass"] = StaticPool
            kwargs["connect_args"] = {"check_same_thread": False}
    try:
        engine = create_engine(full, **kwargs)
    except Exception as e:  # missing driver, bad options...
        shown = u.render_as_string(hide_password=True)
        raise StoreError(f"cannot open database {shown!r}: {e}") from e
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _redact(url: str) -> str:
    return _PASSWORD.sub(r"\1***@", url)
