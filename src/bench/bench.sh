#!/usr/bin/env bash
# cvent-mock's benchmark entry point, on loopback only, every load bounded in time.
#
#   bash src/bench/bench.sh [run.sh options, e.g. --duration 10 --pin]
#
# 1. builds target/cvent-mock.jar;
# 2. runs the shared anchor harness (../shared/bench/run.sh, from a fresh copy in target/bench-harness so the
#    shared folder is never written) with this server as the target, started as `java -jar` with JVM defaults
#    like the anchors, logged in with the default account: raw-Jetty ceiling, WireMock and cvent-mock on the
#    1-guest and 200-guest UpdateGuestInfo, start-up to the first successful UpdateGuestInfo, and the ratios
#    (each run's raw output is kept in target/bench-results/<run>);
# 3. measures the XS2event PUT with the vendor page's sample body against the same raw-Jetty ceiling;
# 4. measures the read side over 100,000 seeded guests: Search (a full scan), Retrieve of 200 guests, and an
#    UpdateGuestInfo of the same 200 guests in the same run (Retrieve's yardstick).
# Environment: SHARED_BENCH (default ../shared/bench), TARGET_PORT (18083), LIMIT_PORT (18081), DURATION (10), WARMUP (5),
# XS2EVENT_ONLY=1 (skip the SOAP harness), READ_ONLY=1 (only step 4; needs neither the harness nor ../shared).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT="$PWD"
SHARED_BENCH="${SHARED_BENCH:-../shared/bench}"
TARGET_PORT="${TARGET_PORT:-18083}"
LIMIT_PORT="${LIMIT_PORT:-18081}"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-5}"
command -v wrk >/dev/null || { echo "bench.sh: wrk is needed (apt-get install -y wrk)" >&2; exit 2; }
JAR="$ROOT/target/cvent-mock.jar"
URL="http://127.0.0.1:$TARGET_PORT/soap/V200611.ASMX"

# --- the read side over 100,000 guests ------------------------------------------------------------------
read_side() {
  local out="$ROOT/target/bench-read-side" lua="$ROOT/src/bench/wrk/read-side.lua" pid token
  mkdir -p "$out"
  # 10 events of 10,000 guests, ids G0000000…G0099999, as a fixture file
  awk 'BEGIN { printf "{\"events\": ["; for (e = 0; e < 10; e++) { printf "%s{\"EventId\": \"BENCH-EVENT-%d\", \"guests\": [", (e ? "," : ""), e;
       for (i = 0; i < 10000; i++) { n = e * 10000 + i; printf "%s{\"Id\": \"G%07d\", \"FirstName\": \"First%d\", \"LastName\": \"Last%d\", \"Email\": \"guest%d@example.com\", \"Company\": \"Company %d\", \"City\": \"Austin\", \"RegistrationDate\": \"2026-01-01T00:00:00\"}", (i ? "," : ""), n, n, n % 997, n, n % 101 }
       printf "]}" } print "]}" }' > "$out/guests.json"
  java -jar "$JAR" --port "$TARGET_PORT" --fixtures "$out/guests.json" > "$out/target.log" 2>&1 & pid=$!
  for _ in $(seq 1 600); do curl -s -o /dev/null "$URL?WSDL" && break; sleep 0.1; done
  token=$(curl -s -H 'Content-Type: text/xml; charset=utf-8' -H 'SOAPAction: "http://api.cvent.com/2006-11/Login"' --data-binary \
    '<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><Login xmlns="http://api.cvent.com/2006-11"><AccountNumber>TEST</AccountNumber><UserName>test</UserName><Password>test</Password></Login></soap:Body></soap:Envelope>' \
    "$URL" | sed -n 's/.*CventSessionHeader="\([^"]*\)".*/\1/p')
  for mode in search retrieve update; do
    timeout $((WARMUP + 30)) wrk -t2 -c8 -d"${WARMUP}s" --timeout 5s -s "$lua" "$URL" -- "$token" "$mode" > "$out/$mode.warmup.txt" 2>&1
    timeout $((DURATION + 30)) wrk -t2 -c8 -d"${DURATION}s" --timeout 5s --latency -s "$lua" "$URL" -- "$token" "$mode" > "$out/$mode.wrk.txt" 2>&1
  done
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  local s r u
  s=$(sed -n 's/.* rps=\([0-9.]*\).*/\1/p' "$out/search.wrk.txt"); r=$(sed -n 's/.* rps=\([0-9.]*\).*/\1/p' "$out/retrieve.wrk.txt")
  u=$(sed -n 's/.* rps=\([0-9.]*\).*/\1/p' "$out/update.wrk.txt")
  awk -v s="$s" -v r="$r" -v u="$u" \
    -v sp="$(sed -n 's/.* p99_us=\([0-9]*\).*/\1/p' "$out/search.wrk.txt")" \
    -v se="$(sed -n 's/.* err_status=\([0-9]*\).*/\1/p' "$out/search.wrk.txt")$(sed -n 's/.* err_status=\([0-9]*\).*/ \1/p' "$out/retrieve.wrk.txt")$(sed -n 's/.* err_status=\([0-9]*\).*/ \1/p' "$out/update.wrk.txt")" \
    'BEGIN{printf "\nRead side over 100,000 guests: Search %.1f req/s (p99 %.1f ms), Retrieve(200) %.1f req/s, UpdateGuestInfo(200) %.1f req/s, Retrieve/Update x%.2f (non-2xx: %s)\n", s, sp / 1000, r, u, r / u, se}' \
    | tee "$out/report.txt"
  echo "read-side raw wrk output: $out"
}
if [ "${READ_ONLY:-0}" = 1 ]; then
  mvn -B -q -DskipTests package
  read_side
  exit 0
fi

[ -f "$SHARED_BENCH/run.sh" ] || { echo "bench.sh: no harness at $SHARED_BENCH (set SHARED_BENCH)" >&2; exit 2; }
mvn -B -q -DskipTests package
rm -rf target/bench-harness && cp -r "$SHARED_BENCH" target/bench-harness && rm -rf target/bench-harness/results

if [ "${XS2EVENT_ONLY:-0}" != 1 ]; then
  # its own process group: the harness's clean-up must not reach this script
  setsid bash target/bench-harness/run.sh --target-url "$URL" --target-cmd "java -jar $JAR --port $TARGET_PORT" \
    --login TEST:test:test --duration "$DURATION" --warmup "$WARMUP" --limit-port "$LIMIT_PORT" "$@" < /dev/null
  # kept beyond the harness's copy, which the next run replaces
  mkdir -p target/bench-results && cp -r target/bench-harness/results/. target/bench-results/
else
  [ -f target/bench-harness/limit/target/limit-server.jar ] || mvn -B -q -f target/bench-harness/limit/pom.xml package
fi

# --- XS2event PUT against the raw-Jetty ceiling -------------------------------------------------------
LIMIT_JAR="$ROOT/target/bench-harness/limit/target/limit-server.jar"
BODY="$ROOT/src/bench/payloads/xs2event-put.json"
LUA="$ROOT/src/bench/wrk/xs2event-put.lua"
PUT_PATH="/v1/bookingorders/7f0c8d2e1b3a4c5d9e8f7a6b5c4d3e2f_bor/guestdata"
OUT="$ROOT/target/bench-harness/xs2event"
mkdir -p "$OUT"
PID=""
stop() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi; PID=""; }
trap stop EXIT

measure() { # name port
  local url="http://127.0.0.1:$2$PUT_PATH"
  for _ in $(seq 1 500); do curl -s -o /dev/null -X PUT -H 'X-Api-Key: test' -H 'Content-Type: application/json' --data-binary "@$BODY" "$url" && break; sleep 0.02; done
  timeout $((WARMUP + 30)) wrk -t2 -c32 -d"${WARMUP}s" --timeout 5s -s "$LUA" "$url" -- "$BODY" > "$OUT/$1.warmup.txt" 2>&1
  timeout $((DURATION + 30)) wrk -t2 -c32 -d"${DURATION}s" --timeout 5s --latency -s "$LUA" "$url" -- "$BODY" > "$OUT/$1.wrk.txt" 2>&1
  sed -n 's/.* rps=\([0-9.]*\).*/\1/p' "$OUT/$1.wrk.txt" | head -1
}

echo '{"bookingorder_id":"7f0c8d2e1b3a4c5d9e8f7a6b5c4d3e2f_bor","items":[]}' > "$OUT/limit-response.json"
java -jar "$LIMIT_JAR" "$LIMIT_PORT" "$OUT/limit-response.json" 127.0.0.1 > "$OUT/limit.log" 2>&1 & PID=$!
LIMIT_RPS=$(measure limit "$LIMIT_PORT"); stop
java -jar "$JAR" --port "$TARGET_PORT" > "$OUT/target.log" 2>&1 & PID=$!
TARGET_RPS=$(measure target "$TARGET_PORT"); stop
NON2XX=$(sed -n 's/.* err_status=\([0-9]*\).*/\1/p' "$OUT/target.wrk.txt" | head -1)
awk -v t="$TARGET_RPS" -v l="$LIMIT_RPS" -v e="${NON2XX:-?}" \
  'BEGIN{printf "\nXS2event PUT (seed body): limit %.1f req/s, target %.1f req/s (non-2xx %s), target/limit x%.3f\n", l, t, e, t/l}' \
  | tee "$OUT/report.txt"
echo "XS2event raw wrk output: $OUT"

read_side
