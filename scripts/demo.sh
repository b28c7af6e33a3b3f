#!/usr/bin/env bash
# Quick start: set up, code the example wire story, and store it in a SQLite database (tacitus.db).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/tacitus code examples/briefing.txt --date 2026-03-02
.venv/bin/tacitus ingest examples/ --db tacitus.db
