#!/usr/bin/env bash
# Install what the Spark tests need: the `spark` extra (pyspark, pinned in constraints.txt) and a Java
# runtime (Debian's openjdk-17-jre-headless when `java` is missing). Idempotent; run by scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v java >/dev/null 2>&1 && [ ! -x "${JAVA_HOME:-/nonexistent}/bin/java" ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "== installing openjdk-17-jre-headless (Debian package, for Spark)"
    export DEBIAN_FRONTEND=noninteractive
    mkdir -p /usr/share/man/man1  # slim images lack it and the JRE's postinst fails without it
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless >/dev/null
  else
    echo "spark.sh: no Java runtime; install openjdk-17-jre-headless (as root) or set JAVA_HOME" >&2
    exit 1
  fi
fi
want=$(grep -i '^pyspark==' constraints.txt | cut -d= -f3)
if ! .venv/bin/python -c "import importlib.metadata as m, sys; sys.exit(m.version('pyspark') != '$want')" 2>/dev/null; then
  echo "== installing pyspark $want (the spark extra; a 456 MB sdist, about a minute)"
  .venv/bin/python -m pip install --quiet -c constraints.txt "pyspark==$want"
fi
java -version 2>&1 | head -1 || true
