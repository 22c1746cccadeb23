#!/usr/bin/env bash
# Builds the image and checks it as a user would run it, on loopback only:
#   1. the image builds, and a change to the sources rebuilds without downloading the dependencies again;
#   2. a container with an admin token set becomes healthy; Login -> UpdateGuestInfo -> admin read through the
#      published port;
#   3. docker compose: a client container reaches http://cvent-mock:8080, and Login's ServerURL and the WSDL's
#      address name that host;
#   4. docker stop ends the container within the grace period, with exit code 0.
#
#   bash docker/test.sh          # needs a running Docker engine and the base images (docker/base-images.sh)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
IMAGE="${IMAGE:-cvent-mock:test}"
PORT="${PORT:-18099}"
NAME="cvent-mock-test-$$"
TOKEN_ADMIN="docker-test-token"
LOGIN='<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><Login xmlns="http://api.cvent.com/2006-11"><AccountNumber>TEST</AccountNumber><UserName>test</UserName><Password>test</Password></Login></soap:Body></soap:Envelope>'
fail() { echo "docker/test.sh: FAILED: $*" >&2; exit 1; }
step() { echo "docker/test.sh: $*"; }
compose() { if docker compose version > /dev/null 2>&1; then docker compose "$@"; else docker-compose "$@"; fi; }
cleanup() {
  docker rm -f "$NAME" > /dev/null 2>&1 || true
  compose -f docker/compose.yaml -f docker/compose.test.yaml -p "cvent-mock-test-$$" down -v > /dev/null 2>&1 || true
}
trap cleanup EXIT

# --- 1. build, and the dependency layer survives a source change --------------------------------------------------
step "building $IMAGE"
docker build -f docker/Dockerfile -t "$IMAGE" . > target/docker-build-1.log 2>&1 || { tail -30 target/docker-build-1.log; fail "docker build"; }
touch src/main/java/dev/cventmock/server/Main.java
DOCKER_BUILDKIT=0 docker build -f docker/Dockerfile -t "$IMAGE" . > target/docker-build-2.log 2>&1 \
  || { tail -30 target/docker-build-2.log; fail "docker build after a source change"; }
grep -A1 "go-offline" target/docker-build-2.log | grep -q "Using cache" \
  || fail "a source change downloaded the dependencies again (see target/docker-build-2.log)"
step "a source change reuses the dependency layer"
docker run --rm --entrypoint java "$IMAGE" -XX:SharedArchiveFile=/app/cvent-mock.jsa -Xshare:on -jar /app/cvent-mock.jar --help \
  > target/docker-cds.log 2>&1 \
  || { cat target/docker-cds.log; fail "the image's class-data archive does not map (-Xshare:on)"; }
step "the image's class-data archive maps"

# --- 2. healthy with an admin token; the flow through the published port -------------------------------------------
docker run -d --name "$NAME" -p "127.0.0.1:$PORT:8080" -e CVENT_MOCK_ADMIN_TOKEN="$TOKEN_ADMIN" "$IMAGE" > /dev/null
for _ in $(seq 1 60); do
  status=$(docker inspect -f '{{.State.Health.Status}}' "$NAME")
  [ "$status" = healthy ] && break
  [ "$status" = unhealthy ] && { docker logs "$NAME"; fail "the container became unhealthy"; }
  sleep 1
done
[ "$status" = healthy ] || { docker logs "$NAME"; fail "not healthy within 60 s (status: $status)"; }
docker logs "$NAME" 2>&1 | grep -q "listening on http://0.0.0.0:8080/soap/V200611.ASMX" || fail "the start line names the bound address"
! docker logs "$NAME" 2>&1 | grep -qi "shared archive\|\[cds\]" || { docker logs "$NAME"; fail "the JVM complains about its class-data archive"; }
step "healthy with an admin token set"
URL="http://127.0.0.1:$PORT/soap/V200611.ASMX"
SESSION=$(curl -sf "$URL" -H 'Content-Type: text/xml; charset=utf-8' -H 'SOAPAction: "http://api.cvent.com/2006-11/Login"' \
  --data-binary "$LOGIN" | sed -n 's/.*CventSessionHeader="\([^"]*\)".*/\1/p')
[ -n "$SESSION" ] || fail "Login through the published port"
curl -sf "$URL" -H 'Content-Type: text/xml; charset=utf-8' -H 'SOAPAction: "http://api.cvent.com/2006-11/UpdateGuestInfo"' \
  --data-binary "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Header><CventSessionHeader xmlns=\"http://api.cvent.com/2006-11\"><CventSessionValue>$SESSION</CventSessionValue></CventSessionHeader></soap:Header><soap:Body><UpdateGuestInfo xmlns=\"http://api.cvent.com/2006-11\"><EventId>EVT-DOCKER</EventId><Guests><Guest Id=\"G-1\" FirstName=\"Ada\"/></Guests></UpdateGuestInfo></soap:Body></soap:Envelope>" \
  | grep -q 'Success="true"' || fail "UpdateGuestInfo through the published port"
curl -sf -H "Authorization: Bearer $TOKEN_ADMIN" "http://127.0.0.1:$PORT/__admin/cvent/events/EVT-DOCKER/guests/G-1" \
  | grep -q '"FirstName" *: *"Ada"' || fail "the admin API reads back the guest"
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/__admin/cvent/events")" = 401 ] || fail "the admin API needs its token"
step "Login -> UpdateGuestInfo -> admin read through the published port"
CONSOLE="http://127.0.0.1:$PORT/__admin/console/"
curl -sf "$CONSOLE" | grep -q 'src="js/main.js"' || fail "the console's page through the published port"
curl -sf "${CONSOLE}js/api.js" | grep -q "new URL('..', document.baseURI)" || fail "the console's modules through the published port"
step "the console is served through the published port (its admin calls are relative to it)"

# --- 4. docker stop within the grace period -----------------------------------------------------------------------
t0=$(date +%s)
docker stop -t 10 "$NAME" > /dev/null
elapsed=$(( $(date +%s) - t0 ))
code=$(docker inspect -f '{{.State.ExitCode}}' "$NAME")
[ "$code" = 0 ] || { docker logs "$NAME"; fail "exit code $code after docker stop"; }
[ "$elapsed" -lt 10 ] || fail "docker stop took $elapsed s: the grace period ran out"
docker logs "$NAME" 2>&1 | grep -q "stopped" || fail "no 'stopped' line"
step "docker stop: exit 0 after $elapsed s"

# --- 3. compose: another container reaches it by its service name ----------------------------------------------
export IMAGE CVENT_MOCK_HOST_PORT=$((PORT + 1)) # the overlay's image; the host port of compose.yaml's mapping
compose -f docker/compose.yaml -f docker/compose.test.yaml -p "cvent-mock-test-$$" up --no-build --abort-on-container-exit \
  --exit-code-from client > target/docker-compose.log 2>&1 || { tail -40 target/docker-compose.log; fail "docker compose"; }
grep -q "client: ServerURL http://cvent-mock:8080/soap/V200611.ASMX" target/docker-compose.log || fail "ServerURL in compose"
grep -q "client: WSDL address http://cvent-mock:8080/soap/V200611.ASMX" target/docker-compose.log || fail "WSDL address in compose"
step "docker compose: a client container reaches http://cvent-mock:8080"
step "all checks passed"
