#!/usr/bin/env bash
# Generates both clients from the committed contract (src/main/openapi/openapi.yaml), compiles
# them, and runs each one's scenario against the packaged service: search, read Ceplene with its
# ETag, page regulatory events by cursor to the end, create a company, update it with If-Match,
# and read the 412 problem of a stale update as a typed value.
#   clients/run-scenarios.sh [target/quarkus-app]
# Needs a JDK 17+, Node.js 20+ with npm, curl and openssl. The service runs on a free loopback port,
# trusting a key pair made for the run, and is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
APP=${1:-target/quarkus-app}
WORK=$(mktemp -d)
ISSUER=https://issuer.client-scenarios.invalid
AUDIENCE=pipeline-api
SERVICE_PID=

log() { printf '[client scenarios] %s\n' "$*"; }
cleanup() {
    local status=$?
    if [ -n "$SERVICE_PID" ]; then
        kill "$SERVICE_PID" 2>/dev/null || true
        wait "$SERVICE_PID" 2>/dev/null || true
    fi
    if [ "$status" -ne 0 ] && [ -f "$WORK/service.log" ]; then
        log "last lines of the service's log:"
        tail -30 "$WORK/service.log" | sed 's/^/    /'
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

[ -f "$APP/quarkus-run.jar" ] || { log "no packaged service at $APP; run ./mvnw package first"; exit 1; }
TOKEN=$(src/test/jwt/sign-token.sh "$WORK" "$ISSUER" "$AUDIENCE" client-scenarios editor)
free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 30000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    return 1
}
PORT=$(free_port)
URL="http://127.0.0.1:$PORT"

log "starting the packaged service on $URL"
PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/jwt-public.pem" \
    MP_JWT_VERIFY_ISSUER="$ISSUER" MP_JWT_VERIFY_AUDIENCES="$AUDIENCE" \
    java -jar "$APP/quarkus-run.jar" > "$WORK/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 120); do
    if curl -fsS "$URL/q/health/ready" > /dev/null 2>&1; then break; fi
    kill -0 "$SERVICE_PID" 2>/dev/null || { log "the service stopped"; exit 1; }
    sleep 1
done
curl -fsS "$URL/q/health/ready" > /dev/null

log "TypeScript: openapi-typescript + openapi-fetch, tsc --strict"
(
    cd clients/typescript
    npm ci --no-audit --no-fund --loglevel=error
    npm run --silent generate
    if grep -nE '(:|<|as|\|)[[:space:]]*any\b' src/*.ts; then
        echo "the TypeScript client code must not use any" >&2
        exit 1
    fi
    npm run --silent build
    PIPELINE_URL=$URL PIPELINE_TOKEN=$TOKEN node dist/scenario.js
)

log "Java: openapi-generator (native library), no type mappings"
./mvnw -B -ntp -q -f clients/java/pom.xml package exec:java \
    -Dpipeline.url="$URL" -Dpipeline.token="$TOKEN"
log "both clients ran their scenario"
