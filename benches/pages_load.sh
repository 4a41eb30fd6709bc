#!/usr/bin/env bash
# Page weight and served throughput (issue 11), in one script on one machine, reported as ratios against a
# baseline measured in the same run:
#
# 1. Page weight: bytes on the wire (headers + body, `Accept-Encoding: br, gzip`) of a first visit with
#    JavaScript on: the page, its stylesheet and favicon, and, if the page holds an island, the island loader's
#    JS glue and wasm bundle. Pages: home, article, search results, report form, receipt (after a real
#    submission through the no-JavaScript form).
# 2. Throughput with `wrk` (Debian package `wrk`; installed if missing and apt is available), each for DURATION
#    seconds with 2 threads and CONNS connections, once without compression (`Accept-Encoding: identity`: the
#    cost of rendering) and once with (`br, gzip`: what browsers ask; per-request compression then weighs on
#    the static copy and the pages alike):
#    - baseline: a static copy of the article's HTML served by the same server (same middleware: compression,
#      security headers), as a file from the site root;
#    - the article page and the home page rendered by the server;
#    - the search API with a rotating load of the relevance set's real questions (tests/search/relevance.toml,
#      173 sentences in 8+ languages, typos included), one per request in turn.
#    Ratios: requests per second of each against the static copy. Rate limits are lifted and the search queue
#    holds every connection (CYBERHELP_SEARCH_QUEUE = 2 x CONNS, SEARCH_CONCURRENCY searches at once, default
#    2), so every request is served and the figure is the engine's throughput, not the load shedding's.
#
# Usage: benches/pages_load.sh   (needs the release build: cargo leptos build --release, then
#        cyberhelp build-assets target/site)
#   DURATION=10 CONNS=32 PORT=3918 CYBERHELP_BIN=... SITE_ROOT=target/site benches/pages_load.sh
# Goals (issue 11): article <= 150 KB with 0 KB wasm (HTML <= 15 KB); home and search <= 150 KB; article
# >= 0.7x the static copy; search API >= 0.5x.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-10}"
CONNS="${CONNS:-32}"
PORT="${PORT:-3918}"
BIN="${CYBERHELP_BIN:-${CARGO_TARGET_DIR:-target}/release/cyberhelp}"
SITE="${SITE_ROOT:-target/site}"
[ -x "$BIN" ] || { echo "no release binary at $BIN: cargo leptos build --release" >&2; exit 2; }
[ -d "$SITE/pkg" ] || { echo "no bundle in $SITE/pkg: cargo leptos build --release" >&2; exit 2; }
if ! command -v wrk >/dev/null; then
  if command -v apt-get >/dev/null; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >/dev/null; else sudo apt-get install -y -q wrk >/dev/null; fi
  fi
fi
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 2; }

. benches/lib.sh
# the real bundle and public files, plus room for the static copy
mkdir -p "$WORK/site"
cp -r "$SITE"/. "$WORK/site/"
start_server "$WORK/site" \
  CYBERHELP_SEARCH_BURST=4000000000 CYBERHELP_STATUS_BURST=1000000 CYBERHELP_REPORT_BURST=1000 \
  CYBERHELP_SEARCH_CONCURRENCY="${SEARCH_CONCURRENCY:-2}" CYBERHELP_SEARCH_QUEUE=$((CONNS * 2))

# --- 1. page weight ---------------------------------------------------------------------------------------
wire() { # bytes on the wire of one GET (headers + encoded body)
  curl -s -o /dev/null -H 'Accept-Encoding: br, gzip' -w '%{size_header} %{size_download}\n' "$1" | awk '{print $1+$2}'
}
weight() { # label url
  local label="$1" url="$2" html_file="$WORK/page.html"
  curl -s -o "$html_file" "$url"
  local html css ico js=0 wasm=0
  html=$(wire "$url")
  css=$(wire "$BASE$(grep -o 'href="/pkg/[^"]*\.css"' "$html_file" | head -1 | sed 's/href="//;s/"$//')")
  ico=$(wire "$BASE/favicon.svg")
  if grep -q '<leptos-island' "$html_file"; then
    js=$(wire "$BASE$(grep -o 'import("[^"]*")' "$html_file" | head -1 | sed 's/import("//;s/")$//')")
    wasm=$(wire "$BASE$(grep -o 'module_or_path:"[^"]*"' "$html_file" | head -1 | sed 's/module_or_path:"//;s/"$//')")
  fi
  printf '%-14s total %7.1f KB  (html %5.1f, css %4.1f, favicon %4.1f, js %4.1f, wasm %6.1f)\n' "$label" \
    "$(echo "($html+$css+$ico+$js+$wasm)/1024" | bc -l)" "$(echo "$html/1024" | bc -l)" "$(echo "$css/1024" | bc -l)" \
    "$(echo "$ico/1024" | bc -l)" "$(echo "$js/1024" | bc -l)" "$(echo "$wasm/1024" | bc -l)"
}
echo "== page weight, first visit, JavaScript on, Accept-Encoding: br, gzip"
weight home "$BASE/en/"
weight article "$BASE/en/advice/phishing-citizen"
weight search "$BASE/en/search?q=my+instagram+was+hacked"
weight report-form "$BASE/en/report"
receipt=$(curl -s -o /dev/null -w '%{redirect_url}' -H "Origin: $BASE" -H "Sec-Fetch-Site: same-origin" \
  --data-urlencode "action=record" --data-urlencode "country=BE" --data-urlencode "victim=citizen" \
  --data-urlencode "incident=phishing" --data-urlencode "started_at=2026-12-01" \
  --data-urlencode "description=An SMS said my parcel was held and asked for 1.99 EUR; I typed my card number on the page." \
  "$BASE/en/report")
if [ -n "$receipt" ]; then weight receipt "$receipt"; else echo "receipt        (the form did not redirect; not measured)"; fi

# --- 2. throughput ------------------------------------------------------------------------------------------
curl -s -o "$WORK/site/static-article.html" "$BASE/en/advice/phishing-citizen"
python3 - "$WORK/queries.lua" <<'EOF'
import sys, tomllib, urllib.parse
cases = tomllib.load(open("tests/search/relevance.toml", "rb"))["case"]
paths = ["/api/v1/search?lang=%s&q=%s" % (c["lang"], urllib.parse.quote(c["q"])) for c in cases]
with open(sys.argv[1], "w") as f:
    f.write("local paths = {\n")
    for p in paths:
        f.write('  "%s",\n' % p.replace('\\', '\\\\').replace('"', '\\"'))
    f.write("}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i])\nend\n")
    # the first refused answer of each thread is printed, so a non-2xx count is explained
    f.write("local shown = false\nresponse = function(status, headers, body)\n  if status ~= 200 and not shown then\n    shown = true\n    io.stderr:write('first non-200: ' .. status .. ' ' .. body:sub(1, 160) .. '\\n')\n  end\nend\n")
EOF
rps() { # label url encoding [lua]
  local extra=()
  [ -n "${4:-}" ] && extra=(-s "$4")
  # a short warm-up, then the measured run
  wrk -t2 -c"$CONNS" -d2s -H "Accept-Encoding: $3" "${extra[@]}" "$2" >/dev/null 2>&1 || true
  wrk -t2 -c"$CONNS" -d"${DURATION}s" --latency -H "Accept-Encoding: $3" "${extra[@]}" "$2" >"$WORK/$1.txt"
  local r non2xx p99
  r=$(awk '/Requests\/sec/ {print $2}' "$WORK/$1.txt")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$WORK/$1.txt")
  p99=$(awk '$1=="99%" {print $2}' "$WORK/$1.txt")
  echo "$r" >"$WORK/$1.rps"
  printf '%-22s %9.0f req/s  p99 %8s%s\n' "$1" "$r" "$p99" "${non2xx:+  (non-2xx: $non2xx)}"
}
for enc in identity "br, gzip"; do
  tag="${enc%%,*}"
  echo
  echo "== throughput, wrk -t2 -c$CONNS -d${DURATION}s, Accept-Encoding: $enc (same server, same run)"
  rps "static-$tag" "$BASE/static-article.html" "$enc"
  rps "article-$tag" "$BASE/en/advice/phishing-citizen" "$enc"
  rps "home-$tag" "$BASE/en/" "$enc"
  rps "search-api-$tag" "$BASE" "$enc" "$WORK/queries.lua"
  base=$(cat "$WORK/static-$tag.rps")
  echo "-- ratios against the static copy ($enc)"
  for k in article home search-api; do
    printf '%-22s %.2fx\n' "$k" "$(echo "$(cat "$WORK/$k-$tag.rps") / $base" | bc -l)"
  done
done
