#!/usr/bin/env bash
# A throw-away PostgreSQL server for tests and benchmarks, in the project-local .pg/ directory.
#   scripts/postgres.sh start [--env]   install (apt) if needed, initdb, start on 127.0.0.1, create DB;
#                                       prints the URL (with --env: `export TACITUS_TEST_PG_URL=...`)
#   scripts/postgres.sh stop | status | url
# The URL is also written to .pg/url. As root, the server runs as the `postgres` OS user
# (created if missing): PostgreSQL refuses to run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
PGHOME="$PWD/.pg"
DATA="$PGHOME/data"
DB=tacitus_test
ROLE=tacitus

log() { echo "postgres.sh: $*" >&2; }

find_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

install_server() {
  log "initdb not found: installing Debian's postgresql package"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >&2
}

as_pg() {  # run a command as the server's OS user
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

url() { cat "$PGHOME/url"; }

running() {
  [ -f "$DATA/PG_VERSION" ] && as_pg "$BIN/pg_ctl" status -D "$DATA" >/dev/null 2>&1
}

start() {
  BIN=$(find_bin)
  if [ -z "$BIN" ]; then install_server; BIN=$(find_bin); fi
  [ -n "$BIN" ] || { log "no PostgreSQL server binaries after install"; exit 1; }
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir "$PGHOME" --shell /usr/sbin/nologin postgres
  fi
  mkdir -p "$PGHOME/sock"
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$PGHOME"; fi
  if running && [ -f "$PGHOME/url" ]; then
    log "already running"
  else
    if [ ! -f "$DATA/PG_VERSION" ]; then
      as_pg "$BIN/initdb" -D "$DATA" -U "$ROLE" --auth=trust -E UTF8 --no-locale --no-sync >/dev/null
    fi
    port=$(free_port)
    # synchronous_commit=off: durable against client crashes (like SQLite WAL + synchronous=NORMAL).
    as_pg "$BIN/pg_ctl" start -D "$DATA" -l "$PGHOME/server.log" -w -o \
      "-p $port -k $PGHOME/sock -c listen_addresses=127.0.0.1 -c synchronous_commit=off" >/dev/null
    if ! "$BIN/psql" -h 127.0.0.1 -p "$port" -U "$ROLE" -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1; then
      "$BIN/createdb" -h 127.0.0.1 -p "$port" -U "$ROLE" "$DB"
    fi
    echo "postgresql://$ROLE@127.0.0.1:$port/$DB" > "$PGHOME/url"
    log "started: $(url)"
  fi
  if [ "${1:-}" = "--env" ]; then echo "export TACITUS_TEST_PG_URL=$(url)"; else url; fi
}

stop() {
  BIN=$(find_bin)
  if [ -n "$BIN" ] && running; then
    as_pg "$BIN/pg_ctl" stop -D "$DATA" -m fast -w >/dev/null
    log "stopped"
  fi
  rm -f "$PGHOME/url"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop ;;
  status) BIN=$(find_bin); if [ -n "$BIN" ] && running; then echo "running: $(url)"; else echo "stopped"; exit 1; fi ;;
  url) url ;;
  *) echo "usage: $0 start [--env] | stop | status | url" >&2; exit 2 ;;
esac
