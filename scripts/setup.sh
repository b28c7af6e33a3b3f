#!/usr/bin/env bash
# Create .venv with every pinned dependency (idempotent: skips when pyproject/constraints are unchanged).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Tacitus needs Python >= 3.11 (found $("$PY" --version 2>&1))" >&2
  exit 1
fi
stamp=".venv/.tacitus-setup"
want=$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
# pip 23.x crashes resolving lxml[html-clean] (trafilatura): upgrade first.
.venv/bin/python -m pip install --quiet --upgrade "pip==25.3"
.venv/bin/python -m pip install --quiet -c constraints.txt -e ".[dev]"
echo "$want" > "$stamp"
