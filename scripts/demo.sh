#!/usr/bin/env bash
# Quick start: set up, code the example wire story (events table), and store it in SQLite (tacitus.db).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/tacitus code examples/briefing.txt --date 2026-03-02
.venv/bin/tacitus ingest examples/briefing.txt --date 2026-03-02 --db tacitus.db
.venv/bin/tacitus actors --db tacitus.db
