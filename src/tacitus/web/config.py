"""Configuration of the web app: one frozen object built by `tacitus serve` (or tests)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from tacitus.errors import ConfigError
from tacitus.settings import Settings

DEFAULT_TOKEN_ENV = "TACITUS_API_TOKEN"
# 2 MB covers any real news article (HTML included) with a wide margin; bigger bodies are mistakes or abuse.
DEFAULT_MAX_BODY = 2_000_000
# Tokens shorter than this are guessable: refuse to start with one rather than expose the write endpoints.
MIN_TOKEN_LENGTH = 16


@dataclass(frozen=True)
class WebConfig:
    """Everything the web app needs: database, write token, limits, allowed CORS origins."""

    db_url: str | None = None
    api_token: str | None = None  # None: write endpoints are disabled (403)
    max_body_bytes: int = DEFAULT_MAX_BODY
    cors_origins: tuple[str, ...] = ()  # empty: no CORS middleware at all (closed)
    settings: Settings = field(default_factory=Settings)
    max_page: int = 500  # largest `limit` the list endpoints accept

    def __post_init__(self) -> None:
        if self.api_token is not None and len(self.api_token) < MIN_TOKEN_LENGTH:
            raise ConfigError(f"the API token is too short (at least {MIN_TOKEN_LENGTH} characters)")
        if self.max_body_bytes <= 0:
            raise ConfigError("max_body_bytes must be positive")


def load_token(env_var: str = DEFAULT_TOKEN_ENV, token_file: Path | None = None) -> str | None:
    """The write token from a file (first line) or else the environment; None when neither is set."""
    if token_file is not None:
        try:
            token = token_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"cannot read token file {token_file}: {exc.strerror or exc}") from exc
        if not token:
            raise ConfigError(f"token file {token_file} is empty")
        return token
    value = os.environ.get(env_var, "").strip()
    return value or None
