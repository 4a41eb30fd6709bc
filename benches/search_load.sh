#!/usr/bin/env bash
# Search under load (issue 14): starts the release binary on a throw-away database, measures an idle
# /healthz baseline, then runs CLIENTS concurrent worst-case search queries (~500 characters of random long
# words, half through GET /api/v1/search, half through the server-rendered /en/search page) for DURATION
# seconds while sampling the server's resident memory (ps) and /healthz latency (curl, its own process, so
# the load generator's own delays do not count), then samples memory AFTER more seconds with no load.
#
# Each request carries a random X-Forwarded-For address (proxy headers trusted from 127.0.0.1 only), so the
# per-client rate limits see 300 different clients, as in an attack from many addresses: what is measured
# is the search concurrency limit, its queue and the memory per query, not the rate limiter.
#
# Usage: benches/search_load.sh            (needs: cargo build --release --features ssr --bin cyberhelp)
#   CLIENTS=300 DURATION=20 AFTER=10 PORT=3917 CYBERHELP_BIN=... benches/search_load.sh
# Goals (issue 14): RSS <= 250 MB during, < 150 MB after; /healthz p99 <= 50 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS="${CLIENTS:-300}"
DURATION="${DURATION:-20}"
AFTER="${AFTER:-10}"
PORT="${PORT:-3917}"
BIN="${CYBERHELP_BIN:-${CARGO_TARGET_DIR:-target}/release/cyberhelp}"
[ -x "$BIN" ] || { echo "no release binary at $BIN: cargo build --release --features ssr --bin cyberhelp" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 2; }

. benches/lib.sh
mkdir -p "$WORK/site/pkg"
start_server "$WORK/site" CYBERHELP_TRUST_PROXY_HEADERS=true CYBERHELP_TRUSTED_PROXIES=127.0.0.1/32

rss_mb() { ps -o rss= -p "$SERVER_PID" 2>/dev/null | awk '{printf "%.1f\n", $1/1024}'; }
# /healthz latency in ms, one probe every 50 ms, until the file $1.stop exists
probe() {
  while [ ! -e "$1.stop" ]; do
    curl -s -o /dev/null -m 10 -w '%{http_code} %{time_total}\n' "$BASE/healthz" >>"$1" || echo "000 10" >>"$1"
    sleep 0.05
  done
}
sample_rss() {
  while [ ! -e "$1.stop" ]; do rss_mb >>"$1"; sleep 0.5; done
}

# warm up (the index is built at start; first queries fill caches), then the idle baseline
for q in phishing ransomware "fake bank call"; do curl -s -o /dev/null "$BASE/api/v1/search?q=${q// /+}"; done
RSS_IDLE="$(rss_mb)"
probe "$WORK/idle.lat" & P=$!
sleep 5; touch "$WORK/idle.lat.stop"; wait "$P"

# the load
probe "$WORK/load.lat" & P1=$!
sample_rss "$WORK/load.rss" & P2=$!
python3 - "$PORT" "$CLIENTS" "$DURATION" >"$WORK/load.out" <<'PY'
import asyncio, random, string, sys, time, collections
port, clients, duration = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
rnd = random.Random(14)
def query():
    words, n = [], 0
    while n < 500:
        w = "".join(rnd.choice(string.ascii_lowercase) for _ in range(rnd.randint(9, 16)))
        words.append(w); n += len(w) + 1
    return "+".join(words)[:500]
counts, errors = collections.Counter(), collections.Counter()
async def one(i):
    path = "/api/v1/search?lang=en&q=" if i % 2 else "/en/search?q="
    ip = f"10.{rnd.randrange(256)}.{rnd.randrange(256)}.{rnd.randrange(1, 255)}"
    req = (f"GET {path}{query()} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-Forwarded-For: {ip}\r\n"
           "Connection: close\r\n\r\n").encode()
    try:
        r, w = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 30)
        w.write(req); await w.drain()
        data = await asyncio.wait_for(r.read(), 60)
        w.close()
        counts[data[9:12].decode() or "empty"] += 1
    except Exception as e:
        errors[type(e).__name__] += 1
async def worker(i, end):
    while time.monotonic() < end:
        await one(i)
async def main():
    end = time.monotonic() + duration
    t = time.monotonic()
    await asyncio.gather(*(worker(i, end) for i in range(clients)))
    took = time.monotonic() - t
    total = sum(counts.values())
    print(f"requests {total} in {took:.1f}s ({total/took:.0f}/s); status {dict(sorted(counts.items()))}; "
          f"client errors {dict(errors) or 0}")
asyncio.run(main())
PY
touch "$WORK/load.lat.stop" "$WORK/load.rss.stop"; wait "$P1" "$P2"
kill -0 "$SERVER_PID" 2>/dev/null || { echo "SERVER DIED during the load" >&2; cat "$WORK/server.log" >&2; exit 1; }

# after the load
sample_rss "$WORK/after.rss" & P=$!
sleep "$AFTER"; touch "$WORK/after.rss.stop"; wait "$P"
RSS_END="$(rss_mb)"

python3 - "$WORK" "$RSS_IDLE" "$RSS_END" "$CLIENTS" "$DURATION" "$AFTER" <<'PY'
import sys
work, rss_idle, rss_end, clients, duration, after = sys.argv[1:]
def lat(name):
    rows = [l.split() for l in open(f"{work}/{name}.lat") if l.strip()]
    ms = sorted(float(t) * 1000 for _, t in rows)
    bad = sum(1 for c, _ in rows if c != "200")
    pct = lambda p: ms[min(len(ms) - 1, int(round(p / 100 * (len(ms) - 1))))]
    return pct(50), pct(99), max(ms), len(ms), bad
def rss(name):
    v = [float(x) for x in open(f"{work}/{name}.rss") if x.strip()]
    return max(v), v[-1]
i50, i99, imax, n_i, bad_i = lat("idle")
l50, l99, lmax, n_l, bad_l = lat("load")
peak, _ = rss("load")
after_max, after_last = rss("after")
print(f"load: {clients} clients x {duration}s of ~500-character random-word queries")
print("      " + open(f"{work}/load.out").read().strip())
print(f"RSS MB: idle {rss_idle}, peak during load {peak:.1f}, {after}s after: max {after_max:.1f}, end {rss_end}")
print(f"/healthz idle: p50 {i50:.1f} ms, p99 {i99:.1f} ms, max {imax:.1f} ms ({n_i} probes, {bad_i} not 200)")
print(f"/healthz load: p50 {l50:.1f} ms, p99 {l99:.1f} ms, max {lmax:.1f} ms ({n_l} probes, {bad_l} not 200)")
print(f"ratio load/idle: p50 x{l50 / i50:.1f}, p99 x{l99 / i99:.1f}")
ok = peak <= 250 and float(rss_end) < 150 and l99 <= 50
print("goals (RSS <= 250 MB during, < 150 MB after, /healthz p99 <= 50 ms):", "met" if ok else "NOT met")
PY
