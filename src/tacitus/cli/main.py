"""Entry point of the `tacitus` console script: imports each command module (one command per file)."""

from __future__ import annotations

import sys

from tacitus.cli import actors_cmd as _actors_cmd  # noqa: F401
from tacitus.cli import code as _code  # noqa: F401
from tacitus.cli import dyad as _dyad  # noqa: F401
from tacitus.cli import eval as _eval  # noqa: F401
from tacitus.cli import explain as _explain  # noqa: F401
from tacitus.cli import export as _export  # noqa: F401
from tacitus.cli import ingest as _ingest  # noqa: F401
from tacitus.cli import network as _network  # noqa: F401
from tacitus.cli import quotes as _quotes  # noqa: F401
from tacitus.cli import serve as _serve  # noqa: F401
from tacitus.cli import spark as _spark  # noqa: F401
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
