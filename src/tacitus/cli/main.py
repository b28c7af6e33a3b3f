"""Entry point of the `tacitus` console script: imports each command module (one command per file)."""

from __future__ import annotations

import sys

from tacitus.cli import code as _code  # noqa: F401
from tacitus.cli import ingest as _ingest  # noqa: F401
from tacitus.cli import serve as _serve  # noqa: F401
from tacitus.cli.app import app
from tacitus.errors import TacitusError


def main() -> None:
    try:
        app()
    except TacitusError as exc:
        print(f"tacitus: error: {exc}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
