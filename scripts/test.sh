#!/usr/bin/env bash
# Set up, then run everything CI runs: lint, types, all tests (model, PostgreSQL and browser ones
# included) and the accuracy floors on ../shared/gold (skipped cleanly when ../shared is absent).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/browser.sh  # Debian chromium + playwright for the browser tests (no browser download)
bash scripts/spark.sh  # the spark extra (pyspark) + Debian's openjdk-17-jre-headless for the Spark tests
export SPARK_LOCAL_IP=127.0.0.1  # Spark binds loopback, not the LAN address
# PostgreSQL on 127.0.0.1 for the @postgres tests (installs Debian's postgresql when initdb is missing).
eval "$(bash scripts/postgres.sh start --env)"
export PATH="$PWD/.venv/bin:$PATH"
echo "== ruff"
ruff check src tests benchmarks scripts
echo "== mypy"
mypy
echo "== pytest"
pytest -q -p no:cacheprovider "$@"
echo "== accuracy floors"
if [ -d ../shared/gold ]; then
  tacitus eval --check-floors quality/floors.toml
else
  echo "../shared/gold absent: accuracy floors skipped"
fi
