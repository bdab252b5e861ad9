#!/usr/bin/env bash
# Proves the container image built from src/main/docker/Dockerfile.jvm: builds it, runs it, talks
# to it and stops it, twice.
#
#  1. The production build with its AOT cache (./mvnw package -Ppostgresql on JDK 25 with
#     quarkus.package.jar.aot), on a base holding that JDK, against a PostgreSQL server on this
#     machine, in a database of its own that is dropped afterwards. Checks: the JVM runs with the
#     bounded heap and uses the AOT cache; readiness goes up and
#     the image's HEALTHCHECK passes; the API serves the bundled Ceplene product; the process runs
#     as a non-root user and the image holds only the application; logs are JSON lines carrying
#     the request id; /q/metrics times requests per route template. Then, under steady load, it
#     sends SIGTERM while a slow request is in flight: readiness turns DOWN, no request that
#     reached the service fails, the slow request completes, and the JVM exits 0 or 143.
#  2. The default build (./mvnw package on JDK 17, embedded H2, no AOT cache) on a JRE 17 base, in
#     an image with another tag, started with no database settings at all, published on a loopback
#     port, with a read-only root file system and no capabilities: readiness, Ceplene, non-root,
#     clean exit on SIGTERM.
#
# No registry can be reached from CI, so the base images are root file systems made with
# debootstrap (Debian bookworm with curl, and openjdk-17-jre-headless or this machine's Temurin 25,
# $AOT_JDK) and passed to the Dockerfile with --build-arg BASE_IMAGE. Their tars are cached in
# $PIPELINE_IMAGE_CACHE (default ~/.cache/pharma-pipeline-images, outside the repository) and
# rebuilt when absent.
#
# Runs as root (rootful podman); installs podman, runc, debootstrap, curl, jq and PostgreSQL with
# apt-get when missing. target/ is rebuilt twice: the last build wins, so the script leaves the
# default (H2) package in target/quarkus-app, as ./mvnw package would.
#
# Usage: src/test/container/prove-image.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."

CEPLENE=3f6c2a7e-0c1d-4a55-9a10-000000000201
IMAGE=localhost/pharma-pipeline
BASE_IMAGE=localhost/pharma-pipeline-jre17-base:bookworm
AOT_BASE_IMAGE=localhost/pharma-pipeline-jdk25-base:bookworm
CACHE_DIR=${PIPELINE_IMAGE_CACHE:-$HOME/.cache/pharma-pipeline-images}
BASE_TAR=$CACHE_DIR/jre17-bookworm-curl.rootfs.tar
# The JDK 25 that builds the AOT cache and, copied into the base, runs it: the same build.
AOT_JDK=${AOT_JDK:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -n 1)}
AOT_BASE_TAR=$CACHE_DIR/$(basename "${AOT_JDK:-none}")-bookworm-curl.rootfs.tar
# What /deployments holds: the packaged application, and in the AOT build its cache.
AOT_CONTENTS="app app.aot lib quarkus quarkus-run.jar "
WORK=$(mktemp -d -t prove-image.XXXXXX)
STARTED_AT=$SECONDS

CONTAINERS=()
PIDS=()
DATABASE=

log() { printf '[prove-image %3ds] %s\n' "$((SECONDS - STARTED_AT))" "$*"; }
fail() {
    log "FAILED: $*"
    exit 1
}

# Writes need a bearer token. The production image ships no key: the proof makes a key pair of
# its own, gives the container the public half as a file (as a Secret would), and signs an
# editor token with the private half.
ISSUER=https://issuer.prove-image.invalid
AUDIENCE=pipeline-api
make_token() {
    TOKEN=$(src/test/jwt/sign-token.sh "$WORK" "$ISSUER" "$AUDIENCE" prove-image editor)
}

cleanup() {
    local status=$?
    set +e
    for pid in "${PIDS[@]}"; do
        pkill -P "$pid" 2>/dev/null
        kill "$pid" 2>/dev/null
    done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null; done
    for name in "${CONTAINERS[@]}"; do
        if [ "$status" -ne 0 ]; then
            log "last log lines of $name:"
            podman logs --tail 30 "$name" 2>&1 | sed 's/^/    /'
        fi
        podman rm -f -t 0 "$name" >/dev/null 2>&1
    done
    if [ -n "$DATABASE" ]; then
        su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)'" >/dev/null 2>&1
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT

# --- Tools ----------------------------------------------------------------------------------------

install_missing() {
    local missing=()
    command -v podman >/dev/null || missing+=(podman)
    command -v runc >/dev/null || missing+=(runc)
    command -v debootstrap >/dev/null || missing+=(debootstrap)
    command -v curl >/dev/null || missing+=(curl)
    command -v openssl >/dev/null || missing+=(openssl)
    command -v jq >/dev/null || missing+=(jq)
    command -v pg_ctlcluster >/dev/null || missing+=(postgresql)
    if [ ${#missing[@]} -gt 0 ]; then
        log "installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

# podman's defaults do not fit the CI machines: crun fails on hybrid cgroups and the default rlimits
# exceed what is allowed. A containers.conf of our own, used by every podman call below.
configure_podman() {
    local nofile nproc pid_max
    nofile=$(ulimit -Hn)
    nproc=$(ulimit -Hu)
    pid_max=$(cat /proc/sys/kernel/pid_max)
    if [ "$nproc" = unlimited ] || [ "$nproc" -gt "$pid_max" ]; then nproc=$pid_max; fi
    if [ "$nofile" = unlimited ]; then nofile=1048576; fi
    cat >"$WORK/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=$nofile:$nofile", "nproc=$nproc:$nproc"]

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
EOF
    export CONTAINERS_CONF=$WORK/containers.conf
}

# --- Base image -----------------------------------------------------------------------------------

debian_mirror() {
    local mirror
    mirror=$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | grep -v security | head -n 1 || true)
    if [ -z "$mirror" ]; then
        mirror=$(grep -hs '^deb ' /etc/apt/sources.list | awk '{print $2}' | grep -v security | head -n 1 || true)
    fi
    echo "${mirror:-http://deb.debian.org/debian}"
}

build_base_tar() { # tar, jdk directory to copy in (or none: Debian's JRE 17)
    local tar=$1 jdk=${2:-} rootfs=$WORK/rootfs mirror packages=curl
    mirror=$(debian_mirror)
    [ -n "$jdk" ] || packages=openjdk-17-jre-headless,curl
    log "building a base from $mirror with debootstrap (no cached $tar)"
    rm -rf "$rootfs"
    debootstrap --variant=minbase --include=$packages bookworm "$rootfs" "$mirror" \
        >"$WORK/debootstrap.log" 2>&1 || {
        tail -n 20 "$WORK/debootstrap.log"
        fail "debootstrap"
    }
    if [ -n "$jdk" ]; then
        mkdir -p "$rootfs/opt"
        cp -a "$jdk" "$rootfs/opt/jdk"
        ln -s /opt/jdk/bin/java "$rootfs/usr/bin/java"
    fi
    # The user the Dockerfile runs as (uid 185, group 0, as in the Red Hat OpenJDK images).
    grep -q '^default:' "$rootfs/etc/passwd" ||
        echo 'default:x:185:0:Application user:/deployments:/usr/sbin/nologin' >>"$rootfs/etc/passwd"
    mkdir -p "$rootfs/deployments"
    chown 185:0 "$rootfs/deployments"
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* \
        "$rootfs"/usr/share/doc "$rootfs"/usr/share/man "$rootfs"/usr/share/locale
    mkdir -p "$CACHE_DIR"
    tar -C "$rootfs" -cf "$tar.part" .
    mv "$tar.part" "$tar"
    rm -rf "$rootfs"
}

ensure_base_image() { # image, tar, jdk directory (or none)
    local image=$1 tar=$2 jdk=${3:-}
    if [ ! -s "$tar" ]; then
        build_base_tar "$tar" "$jdk"
        podman rmi -f "$image" >/dev/null 2>&1 || true
    fi
    if ! podman image exists "$image"; then
        log "importing the base image $image from $tar"
        podman import \
            --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
            --change 'ENV LANG=C.UTF-8' \
            "$tar" "$image" >/dev/null 2>&1
    fi
}

# --- PostgreSQL -----------------------------------------------------------------------------------

ensure_postgresql() {
    local cluster
    cluster=$(pg_lsclusters -h | head -n 1 | awk '{print $1" "$2}')
    [ -n "$cluster" ] || fail "no PostgreSQL cluster (pg_lsclusters is empty)"
    if ! pg_lsclusters -h | head -n 1 | grep -q online; then
        log "starting PostgreSQL $cluster"
        # shellcheck disable=SC2086
        pg_ctlcluster --skip-systemctl-redirect $cluster start
    fi
    for _ in $(seq 1 30); do
        su postgres -c "psql -tAc 'SELECT 1'" >/dev/null 2>&1 && break
        sleep 1
    done
    if [ "$(su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'pipeline'\"")" != 1 ]; then
        log "creating the PostgreSQL role pipeline"
        su postgres -c "psql -q -c \"CREATE ROLE pipeline LOGIN CREATEDB PASSWORD 'pipeline'\""
    fi
    DATABASE=pipeline_image_$$
    PGPASSWORD=pipeline psql -q -h 127.0.0.1 -U pipeline -d postgres -c "CREATE DATABASE $DATABASE"
}

# --- Helpers --------------------------------------------------------------------------------------
# Containers are started with --health-interval disable: there is no systemd to run the
# HEALTHCHECK on a timer here (podman still complains on stderr that it cannot reach systemd), so
# check_ready_and_healthy runs it once itself.

free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    fail "no free port"
}

build_image() { # tag, base image, JAVA_HOME of the build (or none), maven arguments...
    local tag=$1 base=$2 java_home=$3
    shift 3
    log "./mvnw package $* ${java_home:+(JAVA_HOME=$java_home)}"
    if [ -n "$java_home" ]; then
        JAVA_HOME=$java_home ./mvnw -B -q -ntp package -DskipTests "$@"
    else
        ./mvnw -B -q -ntp package -DskipTests "$@"
    fi
    log "podman build $IMAGE:$tag"
    # The previous image of this tag would otherwise stay behind, untagged, after every run.
    podman rmi -f "$IMAGE:$tag" >/dev/null 2>&1 || true
    podman build -q --format docker --pull=never --build-arg "BASE_IMAGE=$base" \
        -f src/main/docker/Dockerfile.jvm -t "$IMAGE:$tag" . >/dev/null
}

wait_until_ready() { # name, port
    local name=$1 port=$2
    for _ in $(seq 1 120); do
        if [ "$(podman inspect -f '{{.State.Running}}' "$name")" != true ]; then
            fail "$name exited before it was ready"
        fi
        if curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; then
            log "$name is ready"
            return
        fi
        sleep 1
    done
    fail "$name was not ready within 120 s"
}

check_ready_and_healthy() { # name, port
    local name=$1 port=$2 body
    wait_until_ready "$name" "$port"
    body=$(curl -fsS "http://127.0.0.1:$port/q/health/ready")
    [ "$(jq -r '.checks[] | select(.name == "Database connections health check") | .status' <<<"$body")" = UP ] ||
        fail "readiness does not report the database: $body"
    curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/live" || fail "/q/health/live"
    curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/started" || fail "/q/health/started"
    podman healthcheck run "$name" >/dev/null || fail "the image's HEALTHCHECK fails"
    log "$name: live, ready (database UP), started; HEALTHCHECK passes"
}

check_ceplene() { # name, port
    local name=$1 port=$2 body
    body=$(curl -fsS -H 'X-Request-Id: prove-image-ceplene' "http://127.0.0.1:$port/api/v1/product-candidates/$CEPLENE")
    [ "$(jq -r '.name + " / " + .inn + " / " + .owner.name' <<<"$body")" = \
        "Ceplene / histamine dihydrochloride / EpiCept Corporation" ] ||
        fail "unexpected product: $body"
    log "$name serves Ceplene (histamine dihydrochloride, EpiCept Corporation)"
}

check_non_root_and_contents() { # name, image, files expected in /deployments
    local name=$1 image=$2 expected=$3 uid user contents
    user=$(podman inspect -f '{{.Config.User}}' "$image")
    [ "$user" = 185 ] || fail "image user is '$user', not 185"
    uid=$(podman exec "$name" sh -c "awk '/^Uid:/ {print \$2}' /proc/1/status")
    [ "$uid" = 185 ] || fail "PID 1 runs as uid $uid"
    podman exec "$name" sh -c 'tr "\0" " " </proc/1/cmdline' | grep -q '^java ' ||
        fail "PID 1 is not java, SIGTERM would not reach the JVM"
    if podman exec "$name" sh -c 'touch /deployments/lib/x' 2>/dev/null; then
        fail "the service can write to its own code"
    fi
    contents=$(podman exec "$name" sh -c 'cd /deployments && ls -A | tr "\n" " "')
    [ "$contents" = "$expected" ] || fail "unexpected files in /deployments: $contents"
    log "$name: PID 1 is java as uid 185 (image user 185), read-only code; /deployments holds $contents"
}

# --- Run 1: the PostgreSQL build ------------------------------------------------------------------

prove_postgresql_image() {
    local name=pipeline-prove-pg-$$ port
    port=$(free_port)
    [ -n "$AOT_JDK" ] || fail "no JDK 25 under /usr/lib/jvm (set AOT_JDK) to build the AOT cache with"
    ensure_base_image "$AOT_BASE_IMAGE" "$AOT_BASE_TAR" "$AOT_JDK"
    build_image postgresql "$AOT_BASE_IMAGE" "$AOT_JDK" -Ppostgresql \
        -Dquarkus.package.jar.aot.enabled=true -Dquarkus.package.jar.aot.type=AOT -Dquarkus.package.jar.aot.phase=build
    ensure_postgresql
    # The database listens on this machine's loopback only, so the container shares the host's
    # network; the service then listens on 127.0.0.1 only. Direct connections also let the load
    # test below tell a refused connection from a dropped request.
    CONTAINERS+=("$name")
    podman run -d --name "$name" --health-interval disable --network host \
        -e PORT="$port" -e QUARKUS_HTTP_HOST=127.0.0.1 \
        -e QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DATABASE" \
        -e QUARKUS_DATASOURCE_USERNAME=pipeline -e QUARKUS_DATASOURCE_PASSWORD=pipeline \
        -e QUARKUS_DATASOURCE_JDBC_MAX_SIZE=8 \
        -e QUARKUS_SHUTDOWN_DELAY=3S -e QUARKUS_SHUTDOWN_TIMEOUT=20S \
        -v "$WORK/jwt-public.pem:/run/secrets/jwt-public.pem:ro" \
        -e MP_JWT_VERIFY_PUBLICKEY_LOCATION=/run/secrets/jwt-public.pem \
        -e MP_JWT_VERIFY_ISSUER="$ISSUER" -e MP_JWT_VERIFY_AUDIENCES="$AUDIENCE" \
        "$IMAGE:postgresql" >/dev/null 2>"$WORK/run.err" || { cat "$WORK/run.err"; fail "podman run"; }
    check_ready_and_healthy "$name" "$port"
    check_ceplene "$name" "$port"
    check_non_root_and_contents "$name" "$IMAGE:postgresql" "$AOT_CONTENTS"
    check_jvm "$name" -XX:AOTCache=app.aot
    check_metrics "$port"
    check_json_logs "$name" "$port"
    prove_graceful_shutdown "$name" "$port"
}

# The JVM runs with the image's bounded heap, and with the AOT cache when the build made one; a
# cache the JVM could not map would show as a warning in the log.
check_jvm() { # name, option the command line must also hold (optional)
    local name=$1 option=${2:-} cmdline
    cmdline=$(podman exec "$name" sh -c 'tr "\0" " " </proc/1/cmdline')
    grep -q -- '-Xmx128m' <<<"$cmdline" || fail "the JVM runs without the image's heap limit: $cmdline"
    if [ -n "$option" ]; then
        grep -q -- "$option" <<<"$cmdline" || fail "the JVM runs without $option: $cmdline"
        if podman logs "$name" 2>&1 | grep -qi 'AOT cache.*\(mismatch\|disabled\|cannot\|unable\)'; then
            fail "the JVM did not use the AOT cache: $(podman logs "$name" 2>&1 | grep -i 'aot' | head -n 3)"
        fi
    fi
    log "$name: java ${cmdline#java }"
}

check_metrics() { # port
    local port=$1 metrics
    [ "$(curl -sS -o /dev/null -w '%{http_code}' \
        "http://127.0.0.1:$port/api/v1/product-candidates/$(cat /proc/sys/kernel/random/uuid)")" = 404 ] ||
        fail "an unknown product is not a 404"
    metrics=$(curl -fsS "http://127.0.0.1:$port/q/metrics")
    grep -q '^http_server_requests_seconds_count{.*uri="/api/v1/product-candidates/{id}"' <<<"$metrics" ||
        fail "no per-route timing for /api/v1/product-candidates/{id} in /q/metrics"
    if grep -q "$CEPLENE" <<<"$metrics"; then fail "a record id is a metric label"; fi
    grep -q '^agroal_active_count{' <<<"$metrics" || fail "no connection pool metrics"
    log "/q/metrics: timings per route template (/api/v1/product-candidates/{id}), no ids, pool metrics"
}

check_json_logs() { # name, port
    local name=$1 port=$2 lines code
    # A refused write (the name is taken): its body must not reach the logs.
    code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
        -H "Authorization: Bearer $TOKEN" \
        -d '{"name": "EpiCept Corporation", "description": "prove-image body marker"}' \
        "http://127.0.0.1:$port/api/v1/companies")
    [ "$code" = 409 ] || fail "a duplicate company name got $code, not 409"
    podman logs "$name" >"$WORK/app.log" 2>&1
    if grep -qF "${TOKEN#*.}" "$WORK/app.log"; then
        fail "the bearer token reached the logs"
    fi
    if grep -q 'EpiCept Corporation\|prove-image body marker' "$WORK/app.log"; then
        fail "a request body reached the logs: $(grep 'EpiCept Corporation\|prove-image body marker' "$WORK/app.log" | head -n 2)"
    fi
    lines=$(wc -l <"$WORK/app.log")
    jq -e . "$WORK/app.log" >/dev/null 2>&1 || fail "a log line is not JSON: $(grep -v '^{' "$WORK/app.log" | head -n 3)"
    [ "$(jq -c 'select(.loggerName == "io.quarkus.http.access-log" and .mdc.requestId == "prove-image-ceplene")' "$WORK/app.log" | wc -l)" = 1 ] ||
        fail "no JSON access log line carrying the request id"
    if jq -r 'select(.loggerName == "io.quarkus.http.access-log") | .message' "$WORK/app.log" | grep -q ' "GET /q/'; then
        fail "the access log lists /q/ requests"
    fi
    log "logs: all $lines lines are JSON, without request bodies; the access log names the request id and skips /q/, e.g."
    jq -c 'select(.loggerName == "io.quarkus.http.access-log")' "$WORK/app.log" | head -n 1 | sed 's/^/    /'
}

# Steady load from four clients, a slow upload in flight, then SIGTERM.
#
# Every load request carries its own X-Request-Id, so the client's view can be compared with the
# service's access log. After SIGTERM the service answers normally for the shutdown delay
# (readiness DOWN), then turns new requests away with a 503 "shutting-down" problem while the
# requests in flight finish, then closes. A request counts as failed when it got anything but 200
# before SIGTERM, or anything but 200 or that 503 after it, or got no answer although the service
# processed it. A request that got no answer after SIGTERM, and that the service never processed
# (no access log line, or one saying 503), never reached the application: its connection was
# refused, or reset as the server closed. Kubernetes sends no new requests by then; such requests
# are counted and shown, not failed.
prove_graceful_shutdown() { # name, port
    local name=$1 port=$2 base sigterm_ns exit_code ready_code slow_code stop_seconds
    base="http://127.0.0.1:$port"
    rm -f "$WORK/stop"
    for client in 1 2 3 4; do
        (
            urls=("$base/api/v1/product-candidates/$CEPLENE" "$base/api/v1/pipeline"
                "$base/api/v1/search?q=ceplene" "$base/api/v1/regulatory-events?size=200")
            i=0
            while [ ! -e "$WORK/stop" ]; do
                id=load-$client-$i
                start=$(date +%s%N)
                out=$(curl -s -o /dev/null --connect-timeout 2 --max-time 30 -H "X-Request-Id: $id" \
                    -w '%{http_code} %{time_connect}' "${urls[i % 4]}" 2>/dev/null) && rc=0 || rc=$?
                echo "$start $id $out $rc" >>"$WORK/load.$client"
                i=$((i + 1))
                [ "$rc" -eq 0 ] || sleep 0.1
            done
        ) &
        PIDS+=($!)
    done
    # A POST whose body arrives slowly (24 KiB at 2 KiB/s, JSON padded with whitespace): it is in
    # flight for about 12 s, longer than the shutdown delay, so only the drain lets it finish.
    {
        printf '{"type": "OTHER", "title": "Shutdown drill %s", "publisher": "Operations"}' "$$"
        head -c 24576 /dev/zero | tr '\0' ' '
    } >"$WORK/slow-body.json"
    curl -s -o "$WORK/slow-response.json" -w '%{http_code}' --limit-rate 2K -H 'Expect:' \
        -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/json' --data-binary @"$WORK/slow-body.json" \
        "$base/api/v1/sources" >"$WORK/slow-code" 2>/dev/null &
    PIDS+=($!)
    local slow_pid=$!
    sleep 3
    sigterm_ns=$(date +%s%N)
    log "SIGTERM to $name under load, with a slow POST in flight"
    podman kill --signal TERM "$name" >/dev/null
    sleep 1
    ready_code=$(curl -s -o /dev/null -w '%{http_code}' "$base/q/health/ready" || true)
    exit_code=$(timeout 60 podman wait "$name") || fail "$name did not exit within 60 s of SIGTERM"
    stop_seconds=$((($(date +%s%N) - sigterm_ns) / 1000000000))
    wait "$slow_pid" || true
    slow_code=$(cat "$WORK/slow-code")
    sleep 1
    touch "$WORK/stop"
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    PIDS=()

    podman logs "$name" >"$WORK/app.log" 2>&1
    # The status the service logged for each request id.
    jq -r 'select(.loggerName == "io.quarkus.http.access-log")
        | .mdc.requestId + " " + (.message | capture("\" (?<status>[0-9]{3}) ").status)' \
        "$WORK/app.log" >"$WORK/logged"
    cat "$WORK"/load.* >"$WORK/load"
    # Fields: start (ns), request id, HTTP status, connect time, curl exit code.
    awk -v t="$sigterm_ns" 'NR == FNR { logged[$1] = $2; next }
        { kind = "failed" }
        $3 == 200 { kind = ($1 > t ? "ok-after" : "ok-before") }
        $3 == 503 && $1 > t { kind = "turned-away" }
        $3 == "000" && $1 > t && (!($2 in logged) || logged[$2] == 503) {
            kind = ($5 == 7 || ($5 == 28 && $4 == 0)) ? "refused" : "reset"
        }
        { print kind, $0 }' "$WORK/logged" "$WORK/load" >"$WORK/classified"
    count() { awk -v k="$1" '$1 == k' "$WORK/classified" | wc -l; }
    local total ok_before ok_after turned_away refused reset failed
    total=$(wc -l <"$WORK/load")
    ok_before=$(count ok-before)
    ok_after=$(count ok-after)
    turned_away=$(count turned-away)
    refused=$(count refused)
    reset=$(count reset)
    failed=$(count failed)
    log "load: $total requests; 200 for $ok_before sent before and $ok_after sent after SIGTERM; $turned_away turned away with 503 while draining; $refused connections refused and $reset reset unanswered as the server closed; $failed failed"
    awk '$1 == "reset"' "$WORK/classified" | sed 's/^/    /'
    log "readiness 1 s after SIGTERM: $ready_code; slow POST: $slow_code; exit code $exit_code after ${stop_seconds} s"
    if [ "$failed" -ne 0 ]; then
        awk '$1 == "failed"' "$WORK/classified" | head -n 10
        fail "$failed requests failed during shutdown"
    fi
    [ "$ok_after" -gt 0 ] || fail "no request was served after SIGTERM"
    [ "$ready_code" = 503 ] || fail "readiness did not turn DOWN after SIGTERM (got $ready_code)"
    [ "$slow_code" = 201 ] || fail "the request in flight at SIGTERM got $slow_code: $(cat "$WORK/slow-response.json")"
    [ "$exit_code" = 0 ] || [ "$exit_code" = 143 ] || fail "exit code $exit_code after SIGTERM"
    [ "$(PGPASSWORD=pipeline psql -tA -h 127.0.0.1 -U pipeline -d "$DATABASE" \
        -c "SELECT count(*) FROM source_document WHERE title = 'Shutdown drill $$'")" = 1 ] ||
        fail "the slow POST's record is not in the database"
    jq -r .message "$WORK/app.log" | grep -q '^All HTTP requests complete' ||
        fail "the service did not report that it drained its requests"
    if jq -r .message "$WORK/app.log" | grep -q '^Timed out waiting for graceful shutdown'; then
        fail "the drain timed out"
    fi
    log "graceful shutdown: readiness DOWN, in-flight requests finished, no request the service took failed"
}

# --- Run 2: the default build, embedded H2 --------------------------------------------------------

prove_h2_image() {
    local name=pipeline-prove-h2-$$ port exit_code
    port=$(free_port)
    ensure_base_image "$BASE_IMAGE" "$BASE_TAR"
    build_image h2 "$BASE_IMAGE" ""
    CONTAINERS+=("$name")
    # No database settings at all: the default build brings its own in-memory database.
    podman run -d --name "$name" --health-interval disable -p "127.0.0.1:$port:8080" \
        --read-only --cap-drop ALL --security-opt no-new-privileges "$IMAGE:h2" \
        >/dev/null 2>"$WORK/run.err" || { cat "$WORK/run.err"; fail "podman run"; }
    check_ready_and_healthy "$name" "$port"
    check_ceplene "$name" "$port"
    check_non_root_and_contents "$name" "$IMAGE:h2" "app lib quarkus quarkus-run.jar "
    check_jvm "$name"
    podman kill --signal TERM "$name" >/dev/null
    exit_code=$(timeout 60 podman wait "$name") || fail "$name did not exit within 60 s of SIGTERM"
    [ "$exit_code" = 0 ] || [ "$exit_code" = 143 ] || fail "exit code $exit_code after SIGTERM"
    log "$name exited $exit_code on SIGTERM"
}

install_missing
make_token
configure_podman
prove_postgresql_image
prove_h2_image
log "the image is proven: PostgreSQL and embedded H2 builds, $((SECONDS - STARTED_AT)) s"
