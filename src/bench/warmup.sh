#!/usr/bin/env bash
# How fast a fresh JVM reaches its peak: UpdateGuestInfo throughput second by second from the first call, with the
# share of a core the JIT compiler threads used in each second, for cvent-mock and for the raw-Jetty ceiling.
# The shared harness measures seconds 5-15 of this curve (a 5-second warm-up, then 10), so it shows where its
# figures sit on it. Loopback only; every load is bounded (SECONDS one-second wrk runs per server).
#
#   bash src/bench/warmup.sh [request-1.xml|request-200.xml]     (default request-1.xml)
#
# Environment: SHARED_BENCH (default ../shared/bench), SECONDS_MEASURED (20), TARGET_PORT (18083), LIMIT_PORT (18081),
# JAVA_OPTS (JVM flags for both servers, for experiments; default none, as the harness).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT="$PWD"
SHARED_BENCH="${SHARED_BENCH:-../shared/bench}"
N="${SECONDS_MEASURED:-20}"
TARGET_PORT="${TARGET_PORT:-18083}"
LIMIT_PORT="${LIMIT_PORT:-18081}"
PAYLOAD_NAME="${1:-request-1.xml}"
command -v wrk >/dev/null || { echo "warmup.sh: wrk is needed (apt-get install -y wrk)" >&2; exit 2; }
[ -f "$SHARED_BENCH/payloads/$PAYLOAD_NAME" ] || { echo "warmup.sh: no $SHARED_BENCH/payloads/$PAYLOAD_NAME (set SHARED_BENCH)" >&2; exit 2; }
OUT="$ROOT/target/bench-warmup"
rm -rf "$OUT" && mkdir -p "$OUT"
mvn -B -q -DskipTests package
LIMIT_JAR="$ROOT/target/bench-harness/limit/target/limit-server.jar"
if [ ! -f "$LIMIT_JAR" ]; then
  rm -rf target/bench-harness && cp -r "$SHARED_BENCH" target/bench-harness && rm -rf target/bench-harness/results
  mvn -B -q -f target/bench-harness/limit/pom.xml package
fi
cat > "$OUT/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
wrk.headers["SOAPAction"] = '"http://api.cvent.com/2006-11/UpdateGuestInfo"'
local f = io.open(os.getenv("WARMUP_BODY"), "rb"); wrk.body = f:read("*a"); f:close()
LUA
PID=""
stop() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi; PID=""; }
trap stop EXIT

# CPU ticks the JIT compiler threads of $PID have used so far
compiler_ticks() {
  local t sum=0
  for t in /proc/"$PID"/task/*; do
    if grep -qs 'CompilerThre' "$t/comm"; then
      sum=$((sum + $(awk '{print $14 + $15}' "$t/stat" 2>/dev/null || echo 0)))
    fi
  done
  echo "$sum"
}

# curve NAME URL: N one-second runs back to back; one line per second: req/s and the compilers' % of a core
curve() {
  local i a b r hz
  hz=$(getconf CLK_TCK)
  for i in $(seq 1 "$N"); do
    a=$(compiler_ticks)
    r=$(WARMUP_BODY="$OUT/$1.body.xml" timeout 20 wrk -t2 -c32 -d1s -s "$OUT/post.lua" "$2" | awk '/Requests\/sec/ {printf "%.0f", $2}')
    b=$(compiler_ticks)
    echo "$i ${r:-0} $(( (b - a) * 100 / hz ))"
  done > "$OUT/$1.curve"
}

URL="http://127.0.0.1:$LIMIT_PORT/soap/V200611.ASMX"
java ${JAVA_OPTS:-} -jar "$LIMIT_JAR" "$LIMIT_PORT" "$SHARED_BENCH/payloads/response-1.xml" 127.0.0.1 > "$OUT/limit.log" 2>&1 & PID=$!
cp "$SHARED_BENCH/payloads/$PAYLOAD_NAME" "$OUT/limit.body.xml"
for _ in $(seq 1 500); do curl -s -o /dev/null --data-binary "@$OUT/limit.body.xml" "$URL" && break; sleep 0.02; done
curve limit "$URL"; stop

URL="http://127.0.0.1:$TARGET_PORT/soap/V200611.ASMX"
java ${JAVA_OPTS:-} -jar target/cvent-mock.jar --port "$TARGET_PORT" > "$OUT/target.log" 2>&1 & PID=$!
for _ in $(seq 1 500); do curl -s -o /dev/null "$URL?WSDL" && break; sleep 0.02; done
token=$(curl -s -H 'Content-Type: text/xml; charset=utf-8' -H 'SOAPAction: "http://api.cvent.com/2006-11/Login"' --data-binary \
  '<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><Login xmlns="http://api.cvent.com/2006-11"><AccountNumber>TEST</AccountNumber><UserName>test</UserName><Password>test</Password></Login></soap:Body></soap:Envelope>' \
  "$URL" | sed -n 's/.*CventSessionHeader="\([^"]*\)".*/\1/p')
[ -n "$token" ] || { cat "$OUT/target.log"; echo "warmup.sh: Login failed" >&2; exit 1; }
sed "s#<CventSessionValue>[^<]*<#<CventSessionValue>$token<#" "$SHARED_BENCH/payloads/$PAYLOAD_NAME" > "$OUT/target.body.xml"
curve target "$URL"; stop

# the table, and per server: the mean of the harness's window (seconds 6-15) and of the last five seconds, and the
# first second whose three-second mean (it and the next two) reaches 90% of the last five seconds' mean
paste "$OUT/limit.curve" "$OUT/target.curve" | awk -v payload="$PAYLOAD_NAME" '
  { s[NR] = $1; l[NR] = $2; lc[NR] = $3; t[NR] = $5; tc[NR] = $6 }
  function summary(name, v, n,   i, last, win, wn, from) {
    for (i = n - 4; i <= n; i++) last += v[i] / 5
    for (i = 6; i <= 15 && i <= n; i++) { win += v[i]; wn++ }
    for (from = 1; from < n - 2 && (v[from] + v[from + 1] + v[from + 2]) / 3 < 0.9 * last; from++) ;
    printf "  %-7s seconds 6-15 (the harness'\''s window): %.0f req/s; last 5 s: %.0f req/s; at 90%% of that from second %d\n", name, (wn ? win / wn : 0), last, from
  }
  END {
    printf "UpdateGuestInfo (%s) from the first call, one-second wrk runs (-t2 -c32); JIT = compiler threads, %% of a core\n", payload
    printf "%6s %12s %8s %12s %8s\n", "second", "limit req/s", "JIT %", "target req/s", "JIT %"
    for (i = 1; i <= NR; i++) printf "%6d %12d %8d %12d %8d\n", s[i], l[i], lc[i], t[i], tc[i]
    summary("limit", l, NR); summary("target", t, NR)
  }' | tee "$OUT/report.txt"
echo "raw curves and server logs: $OUT"
