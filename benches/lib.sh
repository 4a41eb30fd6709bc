# Shared by the load scripts in benches/: a throw-away work directory and the release binary started on it.
# Source it after setting BIN (the binary) and PORT.

WORK="$(mktemp -d)"
SERVER_PID=""
BASE="http://127.0.0.1:$PORT"
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# start_server SITE_ROOT [NAME=VALUE ...]: serves content/ on a fresh SQLite database in $WORK with the site root
# given, delivery and content watching off, plus the extra settings; returns once /healthz answers (the server's
# log is printed and the script fails if it dies first).
start_server() {
  local site="$1"
  shift
  env DATABASE_URL="sqlite:$WORK/bench.sqlite3" \
    CYBERHELP_CONTENT_DIR=content CYBERHELP_WATCH_CONTENT=false CYBERHELP_DELIVERY_WORKER=false \
    CYBERHELP_LOG=warn LEPTOS_SITE_ADDR="127.0.0.1:$PORT" LEPTOS_SITE_ROOT="$site" LEPTOS_ENV=PROD \
    "$@" "$BIN" serve >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 300); do
    curl -fsS -o /dev/null "$BASE/healthz" 2>/dev/null && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "server did not start" >&2
  cat "$WORK/server.log" >&2
  exit 1
}
