#!/usr/bin/env bash
# Benchmarks the service against its own ceiling and against a peer, on generated data, in one
# run, and writes the results as a markdown table to bench/results/<date>-<mode>.md.
#
#   bench/run.sh --quick   10,000 candidates and 100,000 events, a 30-second warm-up of all the
#                          cases together, then 2 s more and two 3-second runs per case, 3 timed
#                          starts (about 5 minutes, plus about 3 for the builds when sources
#                          changed)
#   bench/run.sh --full    100,000 candidates and 1,000,000 events, a 60-second warm-up of all the
#                          cases together, then 10 s more and two 10-second runs per case, 5 timed
#                          starts, plus the list at 10,000 events for comparison (about 95 minutes;
#                          PostgreSQL alone about 30)
#   bench/run.sh --sync    keeping a copy in sync (issue 14's targets), on PostgreSQL: the quick or
#                          full scale of candidates and events plus as many recorded changes as
#                          events (100,000, or 1,000,000 with --full), written by SQL; then a feed
#                          page of 1,000 changes from the middle of the feed, the history of a
#                          record with 100 revisions (both timed like the other cases), and the
#                          export of every record (records/s, and the server's largest RSS while it
#                          streams under the container's bounded heap); writes
#                          bench/results/<date>-sync-<quick|full>.md
#   bench/run.sh --full --with-sync
#                          the full run, and on its PostgreSQL database, after its own cases, the
#                          sync cases (the database is generated and indexed once for both);
#                          writes both results
#   bench/run.sh --imports bulk imports: an NDJSON file of IMPORT_RECORDS records (default 700,000;
#                          about 200 MB) into an empty database, after a warm-up import of a tenth
#                          of it, and the FDA orphan register twice (about 5 minutes a database);
#                          writes bench/results/<date>-imports.md
#
# Every figure that matters is a ratio within the run: an endpoint's throughput over that of the
# cheapest endpoint of the same server (GET /api/v1, the ceiling of this stack on this machine),
# and the service's throughput over json-server's on the same candidates. Absolute figures move
# with whatever else the machine is doing.
#
# The JIT needs 20 s and more of load on one core before a case runs at its steady rate, so both
# modes first run every read case together (bench/mixed.lua) long enough for it, and only then
# each case on its own: the quick mode's ratios are then comparable with the full mode's.
#
# What it does, in order: builds the H2 and the PostgreSQL application (skipped when nothing under
# src/ or pom.xml changed since the last build; --no-build skips it always), then for each
# database generates the data (bench/generate.sh), times starts of the packaged application,
# starts it with the server pinned to CPU 0 and wrk pinned to CPU 1, warms every case up, runs
# each case REPS times (the cases take turns, so drift hits them alike) and reads the server's
# RSS after the warm-up and after the load; then serves the same candidates with json-server and
# runs the cases it has an equivalent for. Loopback only; every process it starts is stopped and
# every database it creates is dropped on exit.
#
# Needs: a JDK 17+, curl, taskset, Node 20 with npm (for the peer), PostgreSQL on 127.0.0.1:5432
# with a role that may create databases (src/test/postgresql/ensure-server.sh sets that up; PGUSER
# and PGPASSWORD, default pipeline/pipeline). wrk is installed from Debian's packages when absent.
# The service runs with the JVM options of the container image (JAVA_OPTS in
# src/main/docker/Dockerfile.jvm: the bounded heap), and trusts a key pair the run makes for itself
# (src/test/jwt/sign-token.sh): the write case signs its token with it. BENCH_JAVA_OPTS replaces
# the JVM options; BENCH_TOKEN, when set, is sent as a bearer token on every request instead.
# With Temurin 25 under /usr/lib/jvm (BENCH_JDK names another JDK 25+), the applications are built
# with an AOT cache and run on that JDK, as the container image runs them; otherwise with AppCDS
# on the default java.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=$ROOT/bench/.work
PEER_DIR=$ROOT/bench/.peer
JSON_SERVER_VERSION=1.0.0-beta.3

MODE=quick BUILD=auto DATABASES="postgresql h2" SYNC= WITH_SYNC=
for arg in "$@"; do
    case $arg in
        --quick) MODE=quick ;;
        --full) MODE=full ;;
        --imports) MODE=imports ;;
        --sync) SYNC=yes DATABASES=postgresql ;;
        --with-sync) WITH_SYNC=yes ;;
        --no-build) BUILD=no ;;
        --h2-only) DATABASES=h2 ;;
        --postgresql-only) DATABASES=postgresql ;;
        *) echo "usage: bench/run.sh [--quick|--full|--imports|--sync [--full]] [--with-sync] [--no-build] [--h2-only|--postgresql-only]" >&2; exit 2 ;;
    esac
done

if [ "$MODE" = full ]; then
    CANDIDATES=100000 EVENTS=1000000 MIXED_WARMUP=60 WARMUP=10 DURATION=10 REPS=2 STARTS=5
    SMALL_CANDIDATES=1000 SMALL_EVENTS=10000 BENCH_H2_JAVA_OPTS=${BENCH_H2_JAVA_OPTS--Xmx384m}
else
    CANDIDATES=10000 EVENTS=100000 MIXED_WARMUP=30 WARMUP=2 DURATION=3 REPS=2 STARTS=3
    SMALL_CANDIDATES= SMALL_EVENTS=
fi
# The JVM options the container image runs with, so the benchmark measures the service as shipped.
IMAGE_JAVA_OPTS=$(sed -n 's/^ENV JAVA_OPTS="\(.*\)"$/\1/p' src/main/docker/Dockerfile.jvm)
JAVA_OPTS=${BENCH_JAVA_OPTS-$IMAGE_JAVA_OPTS}
# H2 runs inside the service and keeps its page cache and the rows of large sorts in the service's
# heap: at 1,000,000 events the image's 128 MB ran out. Full runs give H2 more (a later -Xmx wins),
# as docs/operations.md (Memory) advises for a large H2 file; BENCH_H2_JAVA_OPTS replaces it.
H2_JAVA_OPTS=${BENCH_H2_JAVA_OPTS-}
# The AOT cache needs JDK 24+, and the very JDK that made it.
AOT_JDK=${BENCH_JDK:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}
JAVA=java
[ -n "$AOT_JDK" ] && JAVA=$AOT_JDK/bin/java
CONNECTIONS=8
PORT=${BENCH_PORT:-28080}
PEER_PORT=${BENCH_PEER_PORT:-28081}
BASE=http://127.0.0.1:$PORT
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}
export PGUSER=${PGUSER:-pipeline} PGPASSWORD=${PGPASSWORD:-pipeline}
export PGOPTIONS="-c client_min_messages=warning"
DATE=$(date -u +%Y-%m-%d)
# The generated databases' names: a run of another mode on the same server may be using the plain
# ones at the same time (the sync mode writes changes into its own).
DB_PREFIX=pipeline_bench
[ -n "$SYNC" ] && DB_PREFIX=pipeline_bench_sync
RESULT=$ROOT/bench/results/$DATE-$MODE.md
# A run of one database only does not overwrite the day's run of both.
[ -z "$SYNC" ] && [ "$MODE" != imports ] && [ "$DATABASES" != "postgresql h2" ] && RESULT=$ROOT/bench/results/$DATE-$MODE-$DATABASES.md
RAW=$WORK/runs.tsv   # database scale case rep rps p50 p99 errors
SYNC_RAW=$WORK/sync-runs.tsv # the same, for the sync cases
FACTS=$WORK/facts.tsv # key value
# A generated candidate with indications, events, estimates and a trial (see generate.sql).
PRODUCT=a3000000-0000-4000-8000-000000000042

mkdir -p "$WORK" "$ROOT/bench/results"
: >"$RAW"
: >"$SYNC_RAW"
: >"$FACTS"
rm -f "$WORK/peer.json"
SERVER_PID= CREATED_DBS=() H2_FILES=()
cleanup() {
    if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    for db in "${CREATED_DBS[@]}"; do psql -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true; done
    for f in "${H2_FILES[@]}"; do rm -rf "$f"; done
}
trap cleanup EXIT
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
fact() { printf '%s\t%s\n' "$1" "$2" >>"$FACTS"; }
started_at=$(date +%s)

# --- tools ----------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
    log "installing wrk from Debian's packages"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null ||
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
fi
for tool in java curl taskset node npm; do
    command -v $tool >/dev/null || { echo "bench/run.sh needs $tool" >&2; exit 1; }
done
if [[ " $DATABASES " == *" postgresql "* ]]; then
    pg_isready -q -h "$PGHOST" -p "$PGPORT" || src/test/postgresql/ensure-server.sh
fi
if [ -n "$SYNC" ] && [ "$DATABASES" != postgresql ]; then
    echo "bench/run.sh --sync measures PostgreSQL only (the changes are written by its SQL)" >&2
    exit 2
fi
if [ "$MODE" != imports ] && [ -z "$SYNC" ] && { [ ! -x "$PEER_DIR/node_modules/.bin/json-server" ] ||
    ! grep -q "\"version\": \"$JSON_SERVER_VERSION\"" "$PEER_DIR/node_modules/json-server/package.json"; }; then
    log "installing json-server $JSON_SERVER_VERSION into bench/.peer"
    mkdir -p "$PEER_DIR"
    echo '{"private": true}' >"$PEER_DIR/package.json"
    (cd "$PEER_DIR" && npm install --silent --no-audit --no-fund --save-exact "json-server@$JSON_SERVER_VERSION" >/dev/null)
fi

# --- build ----------------------------------------------------------------------------------
# On JDK 25: the AOT cache (quarkus.package.jar.aot, app.aot), as the container image is built;
# on JDK 17: the AppCDS archive (app-cds.jsa). Either holds the classes loaded at start.
build() {
    local kind=$1 profile=
    [ "$kind" = postgresql ] && profile=-Ppostgresql
    log "building the $kind application"
    if [ -n "$AOT_JDK" ]; then
        JAVA_HOME=$AOT_JDK ./mvnw -B -q -ntp package -DskipTests $profile -Dquarkus.package.jar.aot.enabled=true \
            -Dquarkus.package.jar.aot.type=AOT -Dquarkus.package.jar.aot.phase=build >"$WORK/build-$kind.log" 2>&1
    else
        ./mvnw -B -q -ntp package -DskipTests $profile -Dquarkus.package.jar.appcds.enabled=true >"$WORK/build-$kind.log" 2>&1
    fi || { cat "$WORK/build-$kind.log" >&2; exit 1; }
    rm -rf "$WORK/app-$kind"
    cp -a target/quarkus-app "$WORK/app-$kind" # -a: AppCDS refuses jars whose time changed
}
if [ "$BUILD" = no ] && [ -f "$WORK/app-h2/quarkus-run.jar" ] && [ -f "$WORK/app-postgresql/quarkus-run.jar" ]; then
    :
elif [ "$BUILD" = auto ] && [ -f "$WORK/built" ] && [ -z "$(find src pom.xml -newer "$WORK/built" -print -quit)" ]; then
    log "applications are up to date"
else
    build postgresql
    build h2 # last, so target/ holds the default build afterwards
    touch "$WORK/built"
fi
H2_JAR=$(ls "$WORK"/app-h2/lib/main/com.h2database.h2-*.jar)
fact size "$(du -sm "$WORK/app-h2" --exclude=app-cds.jsa --exclude=app.aot | cut -f1)"
fact size_cds "$(du -smc "$WORK"/app-h2/app-cds.jsa "$WORK"/app-h2/app.aot 2>/dev/null | tail -1 | cut -f1)"

# --- the service ----------------------------------------------------------------------------
# start_service KIND URL [CPU list]: starts the packaged application and waits until it answers.
start_service() {
    local kind=$1 url=$2 cpus=${3:-0} user=sa password=
    [ "$kind" = postgresql ] && user=$PGUSER password=$PGPASSWORD
    # In the application's directory (env -C): the archive names the jars relative to it.
    # shellcheck disable=SC2086
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL=$url \
        QUARKUS_DATASOURCE_USERNAME=$user QUARKUS_DATASOURCE_PASSWORD=$password \
        taskset -c "$cpus" env -C "$WORK/app-$kind" "$JAVA" $(cds_flag "$kind") $JAVA_OPTS $(kind_java_opts "$kind") ${TRUST_OPTS:-} \
        -jar quarkus-run.jar >>"$WORK/service-$kind.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 600); do
        curl -sf -o /dev/null "$BASE/api/v1" && return 0
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 0.2
    done
    echo "the $kind service did not start; see $WORK/service-$kind.log" >&2
    exit 1
}
kind_java_opts() { [ "$1" = h2 ] && echo "$H2_JAVA_OPTS"; return 0; }
stop_service() {
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
}
cds_flag() {
    [ "${CDS:-on}" = on ] || return 0
    if [ -f "$WORK/app-$1/app.aot" ]; then echo "-XX:AOTCache=app.aot"
    elif [ -f "$WORK/app-$1/app-cds.jsa" ]; then echo "-XX:SharedArchiveFile=app-cds.jsa"
    fi
}
rss_mb() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

# time_starts KIND URL LABEL: median ms from exec to the first 200 on /api/v1, over STARTS starts,
# with the whole machine (both CPUs) available.
time_starts() {
    local kind=$1 url=$2 label=$3 times=()
    for _ in $(seq 1 "$STARTS"); do
        local t0 t1
        t0=$(date +%s%N)
        start_service "$kind" "$url" 0-1
        t1=$(date +%s%N)
        stop_service
        times+=($(( (t1 - t0) / 1000000 )))
    done
    fact "start_$label" "$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
    fact "start_${label}_all" "${times[*]}"
}

# dataset KIND CANDIDATES EVENTS: a database holding the schema, the bundled dataset and the
# generated pipeline; sets DATASET_URL to its JDBC URL.
dataset() {
    local kind=$1 p=$2 e=$3 url
    if [ "$kind" = h2 ]; then
        local dir=$WORK/data/h2-$p-$e
        rm -rf "$dir"
        H2_FILES+=("$dir")
        url="jdbc:h2:file:$dir/pipeline;DB_CLOSE_DELAY=-1;DEFAULT_NULL_ORDERING=HIGH"
    else
        local db=${DB_PREFIX}_${p}_$e
        psql -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
        CREATED_DBS+=("$db")
        url="jdbc:postgresql://$PGHOST:$PGPORT/$db"
    fi
    start_service "$kind" "$url" 0-1 # migrates and loads the bundled dataset
    stop_service
    log "generating $p candidates and $e events on $kind"
    local rate
    if [ "$kind" = h2 ]; then
        rate=$(bench/generate.sh "$p" "$e" h2 "$url" "$H2_JAR")
    else
        rate=$(bench/generate.sh "$p" "$e" postgresql "${url##*/}")
    fi
    log "$rate"
    fact "load_${kind}_${p}_$e" "$rate"
    # Rows loaded by SQL have no search documents yet: the service indexes them in the background
    # at start and reports ready when it is done. Measured once here, so no case runs beside it.
    local t0 t1
    t0=$(date +%s)
    start_service "$kind" "$url" 0-1
    wait_ready
    t1=$(date +%s)
    stop_service
    log "search index caught up in $(( t1 - t0 )) s"
    fact "index_${kind}_${p}_$e" "$(( t1 - t0 ))"
    DATASET_URL=$url
}

# wait_ready: waits until the service says it is ready (its search index has caught up).
wait_ready() {
    for _ in $(seq 1 7200); do
        curl -sf -o /dev/null "$BASE/q/health/ready" && return 0
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 0.5
    done
    echo "the service did not become ready; see its log in $WORK" >&2
    exit 1
}

# --- measuring ------------------------------------------------------------------------------
AUTH=()
[ -n "${BENCH_TOKEN:-}" ] && AUTH=(-H "Authorization: Bearer $BENCH_TOKEN")

# wrk_run SECONDS TARGET: one bounded wrk run; prints "rps p50_ms p99_ms errors".
wrk_run() {
    local seconds=$1 target=$2 script=()
    local url=$target
    local token=${BENCH_TOKEN:-}
    if [ "$target" = write ]; then
        script=(-s "$ROOT/bench/write.lua")
        url=$BASE/
        token=${BENCH_TOKEN:-$WRITE_TOKEN}
    elif [[ "$target" == mixed=* ]]; then
        script=(-s "$ROOT/bench/mixed.lua")
        url=$BASE/
        export BENCH_PATHS=${target#mixed=}
    fi
    BENCH_TOKEN=$token BENCH_PRODUCT=$PRODUCT taskset -c 1 wrk -t1 -c$CONNECTIONS -d"${seconds}s" --timeout 10s --latency \
        "${AUTH[@]}" "${script[@]}" "$url" |
        awk 'function ms(v) {
                 if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0
                 if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v }
             /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec/ { rps = $2 }
             /Non-2xx/ { errors += $NF }
             /Socket errors/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
             END { printf "%.1f %.2f %.2f %d\n", rps, p50, p99, errors }'
}

# warm_up NAME=TARGET...: first all the read cases together for MIXED_WARMUP seconds (the JIT needs
# that long), then a short run of every case on its own, for its own code and the database's caches.
warm_up() {
    local c paths=
    for c in "$@"; do
        [ "${c#*=}" = write ] || paths+="${c#*=$BASE} "
    done
    wrk_run "$MIXED_WARMUP" "mixed=$paths" >/dev/null
    wait_idle
    for c in "$@"; do
        wrk_run "$WARMUP" "${c#*=}" >/dev/null
        wait_idle
    done
}

# wait_idle: waits (at most two minutes) until the server has finished what the last run left in
# flight, that is until it uses less than a fifth of a CPU, so a slow case does not slow the next.
wait_idle() {
    local ticks before after
    ticks=$(getconf CLK_TCK)
    for _ in $(seq 1 480); do
        before=$(awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat")
        sleep 0.25
        after=$(awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat")
        if [ $(( (after - before) * 20 )) -lt "$ticks" ]; then
            return 0
        fi
    done
    log "the server was still busy after two minutes; going on"
}

# rounds DATABASE SCALE NAME=TARGET...: runs every case REPS times, the cases taking turns.
rounds() {
    local database=$1 scale=$2 rep c
    shift 2
    for rep in $(seq 1 "$REPS"); do
        for c in "$@"; do
            printf '%s\t%s\t%s\t%s\t%s\n' "$database" "$scale" "${c%%=*}" "$rep" \
                "$(wrk_run "$DURATION" "${c#*=}" | tr ' ' '\t')" >>"$RAW"
            wait_idle
        done
    done
}

# The cursor of a page about 90% into a list: taken from the numbered page before it. The list
# counts only up to 10,000, so the total comes from the counts of the same filters.
deep_cursor() {
    local list=$1 counts=$2 total page
    total=$(curl -sf "$counts" | grep -o '"totalItems":[0-9]*' | cut -d: -f2)
    page=$(( total * 9 / 10 / 50 ))
    curl -sf "$list&page=$(( page - 1 ))" | grep -o '"nextCursor":"[^"]*"' | cut -d'"' -f4
}

scale_label() { awk -v p="$1" -v e="$2" 'function k(n) { return n >= 1000000 ? n / 1000000 "M" : n >= 1000 ? n / 1000 "k" : n } BEGIN { print k(p) " candidates, " k(e) " events" }'; }

# The list every target speaks of: 50 regulatory events of one agency, newest first.
LIST_PATH="/api/v1/regulatory-events?agency=CHMP&sort=-date&size=50"
LIST_COUNTS_PATH="/api/v1/regulatory-events/counts?by=agency&agency=CHMP"

bench_database() {
    local kind=$1 url scale
    bench_token # valid for an hour: a new one for each database
    WRITE_TOKEN=$IMPORT_TOKEN TRUST_OPTS=$IMPORT_JAVA_OPTS
    dataset "$kind" "$CANDIDATES" "$EVENTS"
    url=$DATASET_URL
    scale=$(scale_label "$CANDIDATES" "$EVENTS")
    log "timing $STARTS starts on $kind"
    if [ "$kind" = h2 ]; then
        # As shipped: the in-memory database, created and loaded with the bundled dataset.
        time_starts h2 "jdbc:h2:mem:pipeline;DB_CLOSE_DELAY=-1;DEFAULT_NULL_ORDERING=HIGH" h2
        # what the AOT cache (or AppCDS) saves
        CDS=off time_starts h2 "jdbc:h2:mem:pipeline;DB_CLOSE_DELAY=-1;DEFAULT_NULL_ORDERING=HIGH" h2_nocds
    else
        time_starts postgresql "$url" postgresql
    fi

    start_service "$kind" "$url"
    local name cursor
    name=$(curl -sf "$BASE/api/v1/product-candidates/$PRODUCT" | grep -o '"name":"[^"]*"' | head -1 | cut -d'"' -f4)
    cursor=$(deep_cursor "$BASE$LIST_PATH" "$BASE$LIST_COUNTS_PATH")
    [ -n "$name" ] && [ -n "$cursor" ] || { echo "the generated data is not served as expected" >&2; exit 1; }
    log "measuring $kind at $scale"
    local cases=(
        "ceiling=$BASE/api/v1"
        "by id=$BASE/api/v1/product-candidates/$PRODUCT"
        "list=$BASE$LIST_PATH"
        "deep page=$BASE$LIST_PATH&cursor=$cursor"
        "candidates page=$BASE/api/v1/product-candidates?page=1&size=50"
        "candidates sorted=$BASE/api/v1/product-candidates?sort=-name&page=1&size=50"
        "event counts=$BASE/api/v1/regulatory-events/counts?by=agency,type"
        "events by year=$BASE/api/v1/regulatory-events/counts?by=date:year&agency=CHMP"
        "timeline=$BASE/api/v1/product-candidates/$PRODUCT/timeline"
        "pipeline=$BASE/api/v1/pipeline"
        "pipeline filtered=$BASE/api/v1/pipeline?modality=ANTIBODY&status=ACTIVE"
        "write=write"
    )
    # Type-ahead, where the service has it: three letters of a generated name.
    if curl -sf -o /dev/null "$BASE/api/v1/search/suggest?q=${name:0:3}"; then
        cases+=("suggest=$BASE/api/v1/search/suggest?q=${name:0:3}")
    fi
    # Search read every row of the tables it covers, which at full scale took seconds a request:
    # it runs after the others, with one connection, so what it leaves running cannot slow another
    # case down.
    local scans=(
        "search=$BASE/api/v1/search?q=$name"
    )
    for c in "${cases[@]}" "${scans[@]}"; do printf '%s\t%s\n' "${c%%=*}" "${c#*=}" >>"$WORK/cases.tsv"; done
    warm_up "${cases[@]}"
    fact "rss_warm_$kind" "$(rss_mb "$SERVER_PID")"
    rounds "$kind" "$scale" "${cases[@]}"
    CONNECTIONS=1 rounds "$kind" "$scale" "${scans[@]}"
    fact "rss_load_$kind" "$(rss_mb "$SERVER_PID")"
    if [ ! -f "$WORK/peer.json" ]; then
        log "exporting the candidates for the peer"
        node bench/export-candidates.mjs "$BASE" "$WORK/peer.json" >&2
    fi
    stop_service
    if [ -n "$WITH_SYNC" ] && [ "$kind" = postgresql ]; then
        sync_cases "$url"
        stop_service
    fi

    if [ -n "$SMALL_EVENTS" ]; then
        dataset "$kind" "$SMALL_CANDIDATES" "$SMALL_EVENTS"
        url=$DATASET_URL
        scale=$(scale_label "$SMALL_CANDIDATES" "$SMALL_EVENTS")
        start_service "$kind" "$url"
        cursor=$(deep_cursor "$BASE$LIST_PATH" "$BASE$LIST_COUNTS_PATH")
        log "measuring $kind at $scale"
        local small=("ceiling=$BASE/api/v1" "list=$BASE$LIST_PATH" "deep page=$BASE$LIST_PATH&cursor=$cursor")
        warm_up "${small[@]}"
        rounds "$kind" "$scale" "${small[@]}"
        stop_service
    fi
}

# --- imports --------------------------------------------------------------------------------
# Imports need an admin token, and the packaged service trusts no development key: the import
# cases sign a token with a key pair of their own (src/test/jwt/sign-token.sh, valid for an hour)
# and start the service trusting that key.
bench_token() {
    IMPORT_TOKEN=$(src/test/jwt/sign-token.sh "$WORK" bench pipeline-api bench admin)
    IMPORT_JAVA_OPTS="-Dmp.jwt.verify.publickey.location=$WORK/jwt-public.pem -Dmp.jwt.verify.issuer=bench -Dmp.jwt.verify.audiences=pipeline-api"
}

# ndjson_file FILE RECORDS TAG: records in the API's request shape, seven a company: the company,
# two candidates it owns, and for each an indication and a regulatory event citing a source (one
# source line first). TAG keeps the names and ids of two files apart.
ndjson_file() {
    awk -v n="$2" -v tag="$3" 'BEGIN {
        src = sprintf("b%d000000-0000-4000-8000-000000000000", tag)
        printf "{\"collection\":\"sources\",\"id\":\"%s\",\"type\":\"REGISTRY_RECORD\",\"title\":\"Bench register %d\",\"publisher\":\"Bench\",\"publishedOn\":\"2020-01-01\"}\n", src, tag
        for (u = 1; u * 7 < n; u++) {
            c = sprintf("b%d100000-0000-4000-8000-%012d", tag, u)
            printf "{\"collection\":\"companies\",\"id\":\"%s\",\"name\":\"Bench Pharma %d-%d\",\"country\":\"US\",\"headquarters\":\"Boston, Massachusetts\"}\n", c, tag, u
            for (k = 1; k <= 2; k++) {
                i = u * 2 + k
                p = sprintf("b%d200000-0000-4000-8000-%012d", tag, i)
                printf "{\"collection\":\"product-candidates\",\"id\":\"%s\",\"name\":\"BX-%d-%d\",\"inn\":\"benchumab %d\",\"ownerId\":\"%s\",\"modality\":\"ANTIBODY\",\"therapeuticAreas\":[\"Oncology\"],\"status\":\"ACTIVE\"}\n", p, tag, i, i, c
                printf "{\"collection\":\"indications\",\"id\":\"b%d300000-0000-4000-8000-%012d\",\"productId\":\"%s\",\"diseaseLabel\":\"Bench disease %d\",\"phase\":\"PHASE_2\",\"developmentStatus\":\"ACTIVE\"}\n", tag, i, p, i % 500
                printf "{\"collection\":\"regulatory-events\",\"id\":\"b%d400000-0000-4000-8000-%012d\",\"productId\":\"%s\",\"agency\":\"FDA\",\"type\":\"OTHER\",\"outcome\":\"NOT_APPLICABLE\",\"date\":\"2020-01-%02d\",\"datePrecision\":\"DAY\",\"description\":\"Bench event %d\",\"citations\":[{\"sourceId\":\"%s\",\"quote\":\"Bench event %d\",\"locator\":\"line %d\"}]}\n", tag, i, p, i % 28 + 1, i, src, i, i
            }
        }
    }' >"$1"
}

# import_file FILE CONTENT_TYPE QUERY: uploads the file, follows the import to its end and prints
# "state rows seconds cpu_seconds rss_mb": the rows read, the seconds from the upload to the end as
# the client sees them, the CPU time the service used meanwhile (on a shared machine, rows per
# CPU-second say more than rows per second), and its largest RSS (sampled every 0.2 s).
import_file() {
    local file=$1 type=$2 query=$3 location t0 t1 c0 c1 body state rss=0 r
    t0=$(date +%s%N)
    c0=$(cpu_ticks "$SERVER_PID")
    location=$(curl -sf -D - -o /dev/null -X POST -T "$file" -H 'Expect:' -H "Content-Type: $type" \
        -H "Authorization: Bearer $IMPORT_TOKEN" "$BASE/api/v1/imports?$query" |
        awk -F': ' 'tolower($1) == "location" { print $2 }' | tr -d '\r')
    [ -n "$location" ] || { echo "the upload of $file was refused" >&2; exit 1; }
    while :; do
        body=$(curl -sf -H "Authorization: Bearer $IMPORT_TOKEN" "$location")
        state=$(grep -o '"state":"[A-Z]*"' <<<"$body" | cut -d'"' -f4)
        r=$(rss_mb "$SERVER_PID"); [ "$r" -gt "$rss" ] && rss=$r
        case $state in SUCCEEDED | FAILED) break ;; esac
        sleep 0.2
    done
    t1=$(date +%s%N)
    c1=$(cpu_ticks "$SERVER_PID")
    [ "$state" = SUCCEEDED ] || echo "import of $file: $body" >&2
    printf '%s %s %s %s %s\n' "$state" "$(grep -o '"read":[0-9]*' <<<"$body" | cut -d: -f2)" \
        "$(awk -v t=$(( (t1 - t0) / 1000000 )) 'BEGIN { printf "%.2f", t / 1000 }')" \
        "$(awk -v c=$(( c1 - c0 )) -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", c / hz }')" "$rss"
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

IMPORT_RECORDS=${IMPORT_RECORDS:-700000}
FDA_FILE=$ROOT/src/test/resources/registers/fda-orphan-designations-2017-02-01.tsv

# bench_imports KIND: the import cases on an empty database (with the bundled dataset) of KIND.
bench_imports() {
    local kind=$1 url result
    if [ "$kind" = h2 ]; then
        rm -rf "$WORK/data/h2-imports"
        H2_FILES+=("$WORK/data/h2-imports")
        url="jdbc:h2:file:$WORK/data/h2-imports/pipeline;DB_CLOSE_DELAY=-1;DEFAULT_NULL_ORDERING=HIGH"
    else
        psql -q -d postgres -c "DROP DATABASE IF EXISTS pipeline_bench_imports WITH (FORCE)" -c "CREATE DATABASE pipeline_bench_imports"
        CREATED_DBS+=(pipeline_bench_imports)
        url="jdbc:postgresql://$PGHOST:$PGPORT/pipeline_bench_imports"
    fi
    TRUST_OPTS=$IMPORT_JAVA_OPTS start_service "$kind" "$url" 0-1
    log "imports on $kind: warm-up of $((IMPORT_RECORDS / 10)) records"
    import_file "$WORK/warm-up.ndjson" application/x-ndjson "" >/dev/null
    log "imports on $kind: $IMPORT_RECORDS records"
    result=$(import_file "$WORK/records.ndjson" application/x-ndjson "")
    fact "import_ndjson_$kind" "$result"
    log "imports on $kind: the FDA orphan register, twice"
    fact "import_fda_$kind" "$(import_file "$FDA_FILE" text/tab-separated-values "format=fda-orphan&fileName=${FDA_FILE##*/}")"
    fact "import_fda_again_$kind" "$(import_file "$FDA_FILE" text/tab-separated-values "format=fda-orphan&fileName=${FDA_FILE##*/}")"
    stop_service
    # The same records written by SQL straight into the tables (bench/generate.sh): the ceiling
    # that the import's rate is compared with.
    dataset "$kind" "$((IMPORT_RECORDS / 14))" "$((IMPORT_RECORDS / 14))"
}

# --- sync -----------------------------------------------------------------------------------
# changes_sql DATABASE CHANGES: records CHANGES changes of regulatory events in the change table
# by SQL (the generated data was written without them), each with a body of the size a real one
# has, then the 100 revisions of the generated candidate PRODUCT; the feed's counter follows.
changes_sql() {
    local db=$1 n=$2
    psql -q -v ON_ERROR_STOP=1 -d "$db" <<SQL
insert into record_change (feed_position, collection, record_id, record_version, operation,
                           changed_at, actor, body)
select c.last_position + g, 'regulatory-events', e.id, e.version, 'UPDATED',
       now() - (($n - g) || ' milliseconds')::interval, 'bench',
       '{"id":"' || e.id || '","version":' || e.version || ',"agency":"' || e.agency
           || '","type":"' || e.type || '","outcome":"' || e.outcome || '","date":"' || e.event_date
           || '","description":"' || repeat('Generated change of a regulatory event. ', 8)
           || '","citations":[]}'
from generate_series(1, $n) g
cross join change_counter c
join (select id, version, agency, type, outcome, event_date,
             row_number() over (order by id) as n
      from regulatory_event) e on e.n = 1 + (g - 1) % (select count(*) from regulatory_event);
update change_counter set last_position = last_position + $n;
insert into record_change (feed_position, collection, record_id, record_version, operation,
                           changed_at, actor, body)
select c.last_position + v + 1, 'product-candidates', '$PRODUCT', v,
       case when v = 0 then 'CREATED' else 'UPDATED' end,
       now() - ((100 - v) || ' seconds')::interval, 'bench',
       '{"id":"$PRODUCT","version":' || v || ',"name":"Revised candidate","status":"ACTIVE",'
           || '"description":"Revision ' || v || '","therapeuticAreas":["Oncology"],"citations":[]}'
from generate_series(0, 99) v cross join change_counter c;
update change_counter set last_position = last_position + 100;
vacuum analyze record_change;
SQL
}

# bench_sync: the feed, history and export cases on a PostgreSQL database of their own.
bench_sync() {
    dataset postgresql "$CANDIDATES" "$EVENTS"
    sync_cases "$DATASET_URL"
}

# sync_cases URL: on a generated PostgreSQL database, as many changes as events recorded by SQL,
# then a feed page of 1,000 changes, the history of a record with 100 revisions, and the export
# of every record. Its rounds go to SYNC_RAW, apart from the other cases'.
sync_cases() {
    local url=$1 db scale rss=0 r t0 t1 lines pid
    db=${url##*/}
    log "recording $EVENTS changes by SQL"
    t0=$(date +%s%N)
    changes_sql "$db" "$EVENTS"
    fact "changes_sql" "$EVENTS changes in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
    fact "changes_total" "$(psql -At -d "$db" -c 'select count(*) from record_change')"
    scale="$(scale_label "$CANDIDATES" "$EVENTS"), $(fact_value changes_total) changes"
    start_service postgresql "$url"
    local cases=(
        "ceiling=$BASE/api/v1"
        "feed page of 1,000=$BASE/api/v1/changes?after=$(( EVENTS / 2 ))&limit=1000"
        "history of 100 revisions=$BASE/api/v1/product-candidates/$PRODUCT/history?size=100"
    )
    for c in "${cases[@]}"; do printf '%s\t%s\n' "${c%%=*}" "${c#*=}" >>"$WORK/cases.tsv"; done
    curl -sf "$BASE/api/v1/changes?after=$(( EVENTS / 2 ))&limit=1000" | grep -q '"cursor"' ||
        { echo "the feed does not answer the generated changes" >&2; exit 1; }
    log "measuring the feed and the history at $scale"
    warm_up "${cases[@]}"
    RAW=$SYNC_RAW rounds postgresql "$scale" "${cases[@]}"
    # The targets are times of one request: with 8 clients on one core, a request also waits for
    # the other 7. Measured again with one client, as search is.
    CONNECTIONS=1 RAW=$SYNC_RAW rounds postgresql "$scale" \
        "feed page of 1,000, 1 client=${cases[1]#*=}" "history of 100 revisions, 1 client=${cases[2]#*=}"
    log "exporting every record"
    fact "export_expected" "$(export_records "$db")"
    for round in 1 2; do
        rss=0
        t0=$(date +%s%N)
        curl -sf -H 'Accept: application/x-ndjson' -D "$WORK/export-headers.txt" "$BASE/api/v1/export" |
            wc -l >"$WORK/export-lines.txt" &
        pid=$!
        while kill -0 "$pid" 2>/dev/null; do
            r=$(rss_mb "$SERVER_PID"); [ "$r" -gt "$rss" ] && rss=$r
            sleep 0.2
        done
        wait "$pid"
        t1=$(date +%s%N)
        lines=$(cat "$WORK/export-lines.txt")
        # An export cut off midway once passed for a whole one: count what it should hold.
        [ "$lines" = "$(fact_value export_expected)" ] ||
            log "the export held $lines lines, not the $(fact_value export_expected) records of the database"
        fact "export_$round" "$lines $(awk -v t=$(( (t1 - t0) / 1000000 )) 'BEGIN { printf "%.2f", t / 1000 }') $rss"
    done
    fact "export_cursor" "$(awk -F': ' 'tolower($1) == "x-change-cursor" { print $2 }' "$WORK/export-headers.txt" | tr -d '\r')"
    fact "rss_sync" "$(rss_mb "$SERVER_PID")"
    stop_service
}
# export_records DATABASE: the records an export of DATABASE holds, one line each.
export_records() {
    psql -At -d "$1" -c "select (select count(*) from source_document) + (select count(*) from company)
        + (select count(*) from product_candidate) + (select count(*) from indication)
        + (select count(*) from orphan_designation) + (select count(*) from regulatory_event)
        + (select count(*) from market_estimate) + (select count(*) from clinical_trial)"
}
fact_value() { awk -F'\t' -v k="$1" '$1 == k { v = $2 } END { print v }' "$FACTS"; }

# sync_report: the sync cases' table, in bench/results/<date>-sync-<mode>.md.
sync_report() {
    local RESULT
    RESULT=$ROOT/bench/results/$DATE-sync-$MODE.md
    get() { fact_value "$1"; }
    {
        echo "# Sync benchmark, $MODE scale, $DATE"
        echo
        echo "Machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')),"
        echo "$(free -g | awk '/^Mem:/ { print $2 }') GiB RAM, $("$JAVA" -version 2>&1 | head -1 | sed 's/"//g'), JVM options \`$JAVA_OPTS\`,"
        echo "PostgreSQL $(psql -At -d postgres -c 'show server_version' 2>/dev/null || echo 'not measured'); load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
        echo "Server on CPU 0, wrk on CPU 1, $CONNECTIONS connections (1 for the cases marked so), a ${MIXED_WARMUP} s warm-up of the cases together, then"
        echo "${WARMUP} s per case and $REPS rounds of ${DURATION} s per case; figures are the median (of two rounds, their mean)."
        echo "Targets (issue 14): a feed page of 1,000 changes ≤ 50 ms at 1,000,000 changes; history of a record with"
        echo "100 revisions ≤ 20 ms; export ≥ 50,000 records/s."
        echo
        echo "| Case | req/s | p50 ms | p99 ms | errors |"
        echo "|---|---:|---:|---:|---:|"
        awk -F'\t' '
            { key = $3; if (!(key in rps)) order[++n] = key; rps[key] = rps[key] " " $5; p50[key] = p50[key] " " $6; p99[key] = p99[key] " " $7; err[key] += $8 }
            function median(list,    m, a, i, j, t) {
                m = split(list, a, " ")
                for (i = 2; i <= m; i++) for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
                return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
            }
            END { for (i = 1; i <= n; i++) { k = order[i]; printf "| %s | %.1f | %.2f | %.2f | %d |\n", k, median(rps[k]), median(p50[k]), median(p99[k]), err[k] } }' "$SYNC_RAW"
        echo
        echo "| Export | Records | Seconds | Records/s | Largest RSS MB |"
        echo "|---|---:|---:|---:|---:|"
        for round in 1 2; do
            read -r lines secs rss <<<"$(get "export_$round")"
            awk -v n="$round" -v l="$lines" -v s="$secs" -v m="$rss" 'BEGIN { printf "| round %d | %d | %.2f | %.0f | %s |\n", n, l, s, (s > 0 ? l / s : 0), m }'
        done
        echo
        echo "- Scale: $(scale_label "$CANDIDATES" "$EVENTS"), $(get changes_total) recorded changes ($(get changes_sql) by SQL); export cursor $(get export_cursor)."
        echo "- Requests: feed \`/api/v1/changes?after=$(( EVENTS / 2 ))&limit=1000\`, history \`/api/v1/product-candidates/{id}/history?size=100\`, export \`GET /api/v1/export\` (NDJSON, read to the end by curl)."
        echo "- Records in the database: $(get export_expected); a whole export holds a line for each."
        echo "- RSS after the cases: $(get rss_sync) MB."
        for k in $(awk -F'\t' '$1 ~ /^load_/ { print $1 }' "$FACTS"); do
            echo "- Load, ${k#load_}: $(get "$k")."
        done
    } >"$RESULT"
    cp "$SYNC_RAW" "${RESULT%.md}.tsv"
    cat "$RESULT"
    log "wrote ${RESULT#$ROOT/}"
}

if [ -n "$SYNC" ]; then
    : >"$WORK/cases.tsv"
    bench_sync
    sync_report
    exit 0
fi

if [ "$MODE" = imports ]; then
    bench_token
    ndjson_file "$WORK/warm-up.ndjson" $((IMPORT_RECORDS / 10)) 1
    ndjson_file "$WORK/records.ndjson" "$IMPORT_RECORDS" 2
    for kind in $DATABASES; do bench_imports "$kind"; done
    RESULT=$ROOT/bench/results/$DATE-imports.md
    get() { awk -F'\t' -v k="$1" '$1 == k { v = $2 } END { print v }' "$FACTS"; }
    {
        echo "# Import benchmark, $DATE"
        echo
        echo "Machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')),"
        echo "$(free -g | awk '/^Mem:/ { print $2 }') GiB RAM, $("$JAVA" -version 2>&1 | head -1 | sed 's/"//g'), JVM options \`$JAVA_OPTS\`,"
        echo "PostgreSQL $(psql -At -d postgres -c 'show server_version' 2>/dev/null || echo 'not measured'); load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
        echo "The packaged service, both CPUs, on an empty database holding the bundled dataset; each import"
        echo "timed from the start of the upload to the client's first sight of its end (polling every 0.2 s)."
        echo "NDJSON: $(wc -l <"$WORK/records.ndjson") records ($(du -m "$WORK/records.ndjson" | cut -f1) MB) after a warm-up import of $(wc -l <"$WORK/warm-up.ndjson"),"
        echo "onError=abort (one transaction). The SQL load is bench/generate.sh on a fresh database of the same kind."
        echo
        echo "| Database | Case | State | Rows | Seconds | Rows/s | Service CPU s | Rows per CPU-second | Largest RSS MB | × SQL load |"
        echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|"
        for kind in $DATABASES; do
            sql=$(get "load_${kind}_$((IMPORT_RECORDS / 14))_$((IMPORT_RECORDS / 14))" | awk '{ print $(NF - 1) }')
            for c in ndjson fda fda_again; do
                read -r state rows secs cpu rss <<<"$(get "import_${c}_$kind")"
                awk -v k="$kind" -v c="$c" -v st="$state" -v r="$rows" -v s="$secs" -v u="$cpu" -v m="$rss" -v q="$sql" 'BEGIN {
                    name = c == "ndjson" ? "NDJSON records" : c == "fda" ? "FDA register, first import" : "FDA register, again (all unchanged)"
                    rate = s > 0 ? r / s : 0
                    printf "| %s | %s | %s | %d | %.2f | %.0f | %.2f | %.0f | %s | %s |\n", k, name, st, r, s, rate, u, (u > 0 ? r / u : 0), m,
                        (c == "ndjson" && q > 0) ? sprintf("%.2f", rate / q) : ""
                }'
            done
        done
        echo
        for k in $(awk -F'\t' '$1 ~ /^load_/ { print $1 }' "$FACTS"); do
            echo "- SQL load, ${k#load_}: $(get "$k")."
        done
    } >"$RESULT"
    cat "$RESULT"
    log "wrote ${RESULT#$ROOT/}"
    exit 0
fi

: >"$WORK/cases.tsv"
# Each database in a subshell of its own, so that one whose service fails (it stops, or runs out of
# memory) leaves the other's figures to report: the subshell stops its server and drops what it
# created on the way out, and the failure is named in the report.
for kind in $DATABASES; do
    set +e
    (
        set -e
        trap cleanup EXIT
        bench_database "$kind"
    )
    status=$?
    set -e
    if [ "$status" != 0 ]; then
        log "the $kind cases failed (exit $status); going on with the others"
        fact "failed_$kind" "$status"
    fi
done

# --- the peer -------------------------------------------------------------------------------
log "measuring json-server on the same candidates"
PEER=http://127.0.0.1:$PEER_PORT
cp "$WORK/peer.json" "$WORK/peer-db.json" # json-server may write to its file
taskset -c 0 node "$PEER_DIR/node_modules/json-server/lib/bin.js" --host 127.0.0.1 --port "$PEER_PORT" \
    "$WORK/peer-db.json" >"$WORK/peer.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do curl -sf -o /dev/null "$PEER/product-candidates/$PRODUCT" && break; sleep 0.2; done
curl -sf -o /dev/null "$PEER/product-candidates/$PRODUCT" || { echo "json-server did not start; see $WORK/peer.log" >&2; exit 1; }
PEER_CASES=(
    "by id=$PEER/product-candidates/$PRODUCT"
    "candidates page=$PEER/product-candidates?_page=2&_per_page=50"
    "candidates sorted=$PEER/product-candidates?_sort=-name&_page=2&_per_page=50"
)
for c in "${PEER_CASES[@]}"; do printf 'peer %s\t%s\n' "${c%%=*}" "${c#*=}" >>"$WORK/cases.tsv"; done
BASE=$PEER warm_up "${PEER_CASES[@]}" # the mixed warm-up sends its paths to BASE
rounds json-server "$(scale_label "$CANDIDATES" 0 | cut -d, -f1)" "${PEER_CASES[@]}"
stop_service

# --- the report -----------------------------------------------------------------------------
elapsed=$(( $(date +%s) - started_at ))
ARCHIVE="AppCDS archive"
[ -f "$WORK/app-h2/app.aot" ] && ARCHIVE="AOT cache"
get() { awk -F'\t' -v k="$1" '$1 == k { v = $2 } END { print v }' "$FACTS"; }
pg_version=$(psql -At -d postgres -c 'show server_version' 2>/dev/null || echo "not measured")
{
    echo "# Benchmark, $MODE mode, $DATE"
    echo
    echo "Machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')),"
    echo "$(free -g | awk '/^Mem:/ { print $2 }') GiB RAM, $("$JAVA" -version 2>&1 | head -1 | sed 's/"//g'),"
    echo "PostgreSQL $pg_version, wrk $(wrk -v 2>&1 | head -1 | awk '{ print $2 }'), Node $(node -v),"
    echo "json-server $JSON_SERVER_VERSION; load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
    echo "Server on CPU 0, wrk on CPU 1 (PostgreSQL itself unpinned), loopback, $CONNECTIONS connections"
    echo "(search: 1 connection, after the other cases), JVM options \`$JAVA_OPTS\`;"
    echo "a ${MIXED_WARMUP} s warm-up of all the read cases together, then ${WARMUP} s per case, then $REPS rounds of ${DURATION} s per case, cases in turns;"
    echo "figures are the median over the rounds (of two rounds, their mean). Ratios compare runs of the same server in this run."
    echo "Took $(( elapsed / 60 )) min $(( elapsed % 60 )) s."
    echo
    echo "| Database | Scale | Case | req/s | p50 ms | p99 ms | × ceiling | × json-server | errors |"
    echo "|---|---|---|---:|---:|---:|---:|---:|---:|"
    awk -F'\t' -v d="$DURATION" '
        function median(list,    n, a, i, j, t) {
            n = split(list, a, " ")
            for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
            return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
        }
        {
            key = $1 SUBSEP $2 SUBSEP $3
            if (!(key in rps)) { order[++n] = key }
            rps[key] = rps[key] " " $5; p50[key] = p50[key] " " $6; p99[key] = p99[key] " " $7; err[key] += $8
        }
        END {
            for (i = 1; i <= n; i++) { k = order[i]; r[k] = median(rps[k]) }
            for (i = 1; i <= n; i++) {
                k = order[i]; split(k, f, SUBSEP)
                ceil = r[f[1] SUBSEP f[2] SUBSEP "ceiling"]
                peer = ""
                for (j = 1; j <= n; j++) { split(order[j], g, SUBSEP); if (g[1] == "json-server" && g[3] == f[3]) peer = r[order[j]] }
                if (r[k] == 0 && median(p50[k]) == 0) { # not one answer within a run
                    printf "| %s | %s | %s | none in %d s | | | | | %d |\n", f[1], f[2], f[3], d, err[k]
                    continue
                }
                printf "| %s | %s | %s | %.1f | %.2f | %.2f | %s | %s | %d |\n", f[1], f[2], f[3], r[k],
                    median(p50[k]), median(p99[k]),
                    (f[1] != "json-server" && ceil > 0) ? sprintf("%.2f", r[k] / ceil) : "",
                    (f[1] != "json-server" && peer > 0) ? sprintf("%.1f", r[k] / peer) : "", err[k]
            }
        }' "$RAW"
    echo
    echo "Requests:"
    echo
    awk -F'\t' '!seen[$1]++ { sub("^http://127.0.0.1:[0-9]+", "", $2); printf "- %s: `%s`\n", $1, $2 }' "$WORK/cases.tsv" |
        sed -E 's/cursor=[A-Za-z0-9_-]+/cursor=…/; s/a3000000-0000-4000-8000-000000000042/{id}/g; s/^- write: `write`/- write: `POST \/api\/v1\/regulatory-events` then `DELETE` of the created event (both counted)/'
    echo
    echo "Also measured:"
    echo
    for kind in h2 postgresql; do
        [ -n "$(get "start_$kind")" ] || continue
        echo -n "- $kind: start to first response $(get "start_$kind") ms with $ARCHIVE (median of $STARTS: $(get "start_${kind}_all") ms)"
        [ -n "$(get "start_${kind}_nocds")" ] && echo -n ", $(get "start_${kind}_nocds") ms without ($(get "start_${kind}_nocds_all") ms)"
        echo "; RSS $(get "rss_warm_$kind") MB after the warm-up, $(get "rss_load_$kind") MB after the load."
    done
    for kind in h2 postgresql; do
        [ -n "$(get "failed_$kind")" ] || continue
        echo "- $kind: the run failed before its cases were all measured (see the service's log); its rows above are what it measured."
    done
    [ -n "$H2_JAVA_OPTS" ] && [[ " $DATABASES " == *" h2 "* ]] && echo "- H2 ran with \`$H2_JAVA_OPTS\` added to those options (it keeps its cache in the heap)."
    echo "- Start times: the H2 build on its default in-memory database, loading the bundled dataset; the PostgreSQL build on the generated database. Both CPUs available."
    for k in $(awk -F'\t' '$1 ~ /^load_/ { print $1 }' "$FACTS"); do
        echo "- Load, ${k#load_}: $(get "$k")."
    done
    for k in $(awk -F'\t' '$1 ~ /^index_/ { print $1 }' "$FACTS"); do
        echo "- Search index of the rows loaded by SQL, ${k#index_}: caught up $(get "$k") s after start."
    done
    echo "- Packaged size (target/quarkus-app): $(get size) MB, plus $(get size_cds) MB of $ARCHIVE."
} >"$RESULT"
[ -n "$WITH_SYNC" ] && [[ " $DATABASES " == *" postgresql "* ]] && sync_report
cp "$RAW" "${RESULT%.md}.tsv" # every run's figures: database, scale, case, round, req/s, p50, p99, errors
cat "$RESULT"
log "wrote ${RESULT#$ROOT/}"
