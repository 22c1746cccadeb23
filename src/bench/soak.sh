#!/usr/bin/env bash
# cvent-mock's capacity soak, on loopback only, every load bounded in time:
#
#   bash src/bench/soak.sh            # SOAK_MINUTES=3 GUESTS=1000000 PORT=18090 by default
#
# 1. a client that logs in before every call, for SOAK_MINUTES: the Login rate, the server's RSS and the sessions
#    held, every 10 s (all three should stay flat);
# 2. GUESTS new guests in 200-guest UpdateGuestInfo calls: the write rate, then the heap each stored guest takes
#    (heap used after a full GC, before and after, divided by the guests stored).
# The server runs as `java -jar target/cvent-mock.jar` with JVM defaults. Raw output: target/soak/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
PORT="${PORT:-18090}"
MINUTES="${SOAK_MINUTES:-3}"
GUESTS="${GUESTS:-1000000}"
command -v wrk >/dev/null || { echo "soak.sh: wrk is needed (apt-get install -y wrk)" >&2; exit 2; }
command -v jcmd >/dev/null || { echo "soak.sh: jcmd (a JDK) is needed" >&2; exit 2; }

mvn -B -q -DskipTests package
OUT=target/soak
rm -rf "$OUT" && mkdir -p "$OUT"
URL="http://127.0.0.1:$PORT/soap/V200611.ASMX"
PID=""
stop() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi; PID=""; }
trap stop EXIT

start() { # log file, extra flags...
  local log="$1"; shift
  java -jar target/cvent-mock.jar --port "$PORT" "$@" > "$log" 2>&1 & PID=$!
  for _ in $(seq 1 500); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/__admin/health" && return 0; sleep 0.02; done
  echo "soak.sh: the server did not start" >&2; exit 1
}
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$PID/status"; }
health() { curl -s "http://127.0.0.1:$PORT/__admin/health" | tr -d ' \n'; } # one line, no blanks
used() { health | sed -n "s/.*\"$1\":{\"used\":\([0-9]*\).*/\1/p"; }
heap_used_kb() { jcmd "$PID" GC.run > /dev/null; sleep 1; jcmd "$PID" GC.heap_info | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -1; }

# --- 1. Login before every call ----------------------------------------------------------------------------------
if [ "$MINUTES" -gt 0 ]; then
start "$OUT/login-server.log"
echo "Login before every call, $MINUTES min (10 s windows):" | tee "$OUT/login.txt"
printf '%8s %12s %8s %10s\n' "t (s)" "Login/s" "RSS MB" "sessions" | tee -a "$OUT/login.txt"
for i in $(seq 1 $((MINUTES * 6))); do
  timeout 40 wrk -t2 -c32 -d10s --timeout 5s -s src/bench/wrk/login.lua "$URL" > "$OUT/login-$i.wrk.txt" 2>&1
  rps=$(sed -n 's/.* rps=\([0-9.]*\).*/\1/p' "$OUT/login-$i.wrk.txt" | head -1)
  sessions=$(used sessions)
  printf '%8d %12s %8s %10s\n' $((i * 10)) "$rps" "$(rss_mb)" "$sessions" | tee -a "$OUT/login.txt"
done
stop
fi

# --- 2. a million guests --------------------------------------------------------------------------------------------
start "$OUT/guests-server.log" --journal false
TOKEN=$(curl -s "$URL" -H 'Content-Type: text/xml; charset=utf-8' -H 'SOAPAction: "http://api.cvent.com/2006-11/Login"' \
  --data-binary '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><Login xmlns="http://api.cvent.com/2006-11"><AccountNumber>TEST</AccountNumber><UserName>test</UserName><Password>test</Password></Login></soap:Body></soap:Envelope>' \
  | sed -n 's/.*CventSessionHeader="\([^"]*\)".*/\1/p')
BEFORE_KB=$(heap_used_kb)
stored=0
t0=$(date +%s.%N)
for i in $(seq 1 200); do
  timeout 40 wrk -t2 -c8 -d5s --timeout 10s -s src/bench/wrk/new-guests.lua "$URL" -- "$TOKEN" "$i" > "$OUT/guests-$i.wrk.txt" 2>&1
  stored=$(used guests)
  refused=$(sed -n 's/.* err_status=\([0-9]*\).*/\1/p' "$OUT/guests-$i.wrk.txt" | head -1)
  [ "${refused:-0}" -gt 0 ] && { echo "soak.sh: calls were refused after $stored guests (the bound)" | tee -a "$OUT/guests.txt"; break; }
  [ "$stored" -ge "$GUESTS" ] && break
done
t1=$(date +%s.%N)
AFTER_KB=$(heap_used_kb)
awk -v g="$stored" -v t0="$t0" -v t1="$t1" -v b="$BEFORE_KB" -v a="$AFTER_KB" -v rss="$(rss_mb)" \
  'BEGIN { printf "%d guests stored in %.1f s: %.0f guests/s; heap after a full GC %.0f MB (%.0f MB before): %.0f bytes per guest; RSS %s MB\n",
           g, t1 - t0, g / (t1 - t0), a / 1024, b / 1024, (a - b) * 1024 / g, rss }' | tee -a "$OUT/guests.txt"
grep -h "capacity:" "$OUT/guests-server.log" | tee -a "$OUT/guests.txt"
