"""`tacitus serve --db URL`: the REST API and the web UI (loopback by default)."""

from __future__ import annotations

import logging
from pathlib import Path

import typer

from tacitus.cli.app import app
from tacitus.web.config import DEFAULT_MAX_BODY, DEFAULT_TOKEN_ENV, WebConfig, load_token

log = logging.getLogger(__name__)


@app.command("serve")
def serve_command(
    db: str | None = typer.Option(
        None, "--db", help="Database path or URL (SQLite file or postgresql://...)."
    ),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind; loopback by default."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
    token_env: str = typer.Option(
        DEFAULT_TOKEN_ENV, "--token-env", help="Environment variable holding the write token."
    ),
    token_file: Path | None = typer.Option(None, "--token-file", help="File holding the write token."),
    max_body: int = typer.Option(DEFAULT_MAX_BODY, "--max-body", min=1, help="Request body limit in bytes."),
    cors: list[str] | None = typer.Option(
        None, "--cors-origin", help="Allow this browser origin (repeatable); none by default."
    ),
) -> None:
    """Serve the API (/v1, OpenAPI at /openapi.json) and the web UI (/ and /explore)."""
    import uvicorn

    from tacitus.store import Store
    from tacitus.web.app import create_app

    store = Store(db) if db else None  # open (and migrate) now: a bad URL fails here, not on a request
    token = load_token(token_env, token_file)
    config = WebConfig(db_url=db, api_token=token, max_body_bytes=max_body, cors_origins=tuple(cors or ()))
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"tacitus: warning: serving on {host}, reachable from other machines", err=True)
    writes = "enabled (bearer token)" if token else "disabled (no token configured)"
    shown = store.display_url if store else "none"
    typer.echo(f"tacitus: serving on http://{host}:{port}/ (database: {shown}; writes {writes})", err=True)
    uvicorn.run(
        create_app(config, store=store), host=host, port=port, log_level="warning", server_header=False
    )
