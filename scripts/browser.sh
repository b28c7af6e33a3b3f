#!/usr/bin/env bash
# Install what the browser tests need: Debian's chromium (no browser download by Playwright) and the
# Python playwright package. Idempotent; run by scripts/test.sh before pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "== installing chromium (Debian package)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium >/dev/null
  else
    echo "browser.sh: /usr/bin/chromium is missing; install Debian's chromium package (as root)" >&2
    exit 1
  fi
fi
# The pinned version comes from constraints.txt; never `playwright install`: we drive /usr/bin/chromium.
if ! .venv/bin/python -c "import playwright.sync_api" 2>/dev/null; then
  .venv/bin/python -m pip install --quiet -c constraints.txt "playwright==$(grep -i '^playwright==' constraints.txt | cut -d= -f3)"
fi
/usr/bin/chromium --version 2>/dev/null | head -1 || true
