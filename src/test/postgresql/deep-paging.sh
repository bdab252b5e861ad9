#!/usr/bin/env bash
# Shows what a deep page costs on PostgreSQL with 1,000,000 regulatory events.
#
# Builds the PostgreSQL application, starts it on a fresh database (it migrates and loads the
# bundled data), adds 1,000 product candidates and 1,000,000 regulatory events with SQL, then
# times the same list, sorted by date, at its start and at its end:
#   - the first page by number (with its count),
#   - the last page by number (OFFSET 999,950),
#   - the second page by cursor and the last page by cursor (keyset seek),
# and prints the database's own plans for the first and last cursor pages.
#
# Usage: src/test/postgresql/deep-paging.sh [rows]    (default 1000000; needs PostgreSQL on
# 127.0.0.1:5432 and a role that may create databases: PGUSER/PGPASSWORD, default pipeline/pipeline)
# Writes its report to target/deep-paging.md. Leaves target/ holding the PostgreSQL build.
set -euo pipefail
cd "$(dirname "$0")/../../.."

ROWS=${1:-1000000}
PORT=${PORT:-18090}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}
export PGUSER=${PGUSER:-pipeline} PGPASSWORD=${PGPASSWORD:-pipeline}
export PGOPTIONS="-c client_min_messages=warning"
DB=pipeline_deep_paging
REPORT=target/deep-paging.md
BASE="http://127.0.0.1:$PORT/api/v1/regulatory-events"

./mvnw -B -q -ntp package -Ppostgresql -DskipTests

psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
APP_PID=
cleanup() {
    if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
    psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
    rm -f "${TIMES:-}"
}
trap cleanup EXIT

QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    QUARKUS_DATASOURCE_USERNAME=$PGUSER QUARKUS_DATASOURCE_PASSWORD=$PGPASSWORD \
    java -jar target/quarkus-app/quarkus-run.jar >target/deep-paging-app.log 2>&1 &
APP_PID=$!
for _ in $(seq 1 60); do
    curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
    sleep 1
done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null

echo "Loading $ROWS regulatory events..."
start=$(date +%s)
psql -q -d "$DB" -v rows="$ROWS" <<'SQL'
insert into product_candidate (id, version, created_at, updated_at, name, owner_id, modality, status)
select gen_random_uuid(), 0, now(), now(), 'Synthetic candidate ' || n,
       '3f6c2a7e-0c1d-4a55-9a10-000000000101', 'SMALL_MOLECULE', 'ACTIVE'
from generate_series(1, 1000) n;
insert into regulatory_event (id, version, created_at, updated_at, product_candidate_id, agency,
                              type, outcome, event_date, date_precision, expected, description)
select gen_random_uuid(), 0, now(), now(), p.ids[1 + (n % 1000)],
       (array['EMA','FDA','PMDA','MHRA'])[1 + (n % 4)],
       (array['MAA_SUBMITTED','CHMP_OPINION','NDA_SUBMITTED','APPROVAL','PDUFA_DATE'])[1 + (n % 5)],
       (array['POSITIVE','NEGATIVE','PENDING'])[1 + (n % 3)],
       date '1990-01-01' + (random() * 13000)::int, 'DAY', false, 'Synthetic event ' || n
from generate_series(1, :rows) n,
     (select array_agg(id) ids from product_candidate where name like 'Synthetic candidate %') p;
vacuum analyze regulatory_event;
vacuum analyze product_candidate;
SQL
echo "Loaded in $(( $(date +%s) - start )) s"

TOTAL=$(psql -At -d "$DB" -c "select count(*) from regulatory_event")
cursor_at() { # the cursor after the row at a 0-based position in date order
    psql -At -F ' ' -d "$DB" -c "select event_date, id from regulatory_event order by event_date, id offset $1 limit 1" |
        { read -r d id; printf '{"sort":"date","after":[["d","%s"],["u","%s"]]}' "$d" "$id" | base64 -w0 | tr '+/' '-_' | tr -d '='; }
}
NEAR_START=$(cursor_at 49)
NEAR_END=$(cursor_at $((TOTAL - 51)))
LAST_PAGE=$((TOTAL / 50 - 1))

CASES=("first, by number (with count)|page=0|$BASE?sort=date&size=50"
       "last, by number (OFFSET)|page=$LAST_PAGE|$BASE?sort=date&size=50&page=$LAST_PAGE"
       "second, by cursor|cursor=…|$BASE?sort=date&size=50&cursor=$NEAR_START"
       "last, by cursor|cursor=…|$BASE?sort=date&size=50&cursor=$NEAR_END")
TIMES=$(mktemp)
for round in 0 1 2 3 4; do # round 0 warms up; the cases take turns so drift hits all alike
    for i in "${!CASES[@]}"; do
        url=${CASES[$i]##*|}
        for _ in 1 2 3 4 5; do
            t=$(curl -sf -o /dev/null -w '%{time_total}' "$url")
            [ "$round" -gt 0 ] && echo "$i $t" >>"$TIMES"
        done
    done
done
median_ms() { awk -v i="$1" '$1 == i { print $2 }' "$TIMES" | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] * 1000 }'; }
rows() { curl -sf "$1" | grep -o '"description":"Synthetic event' | wc -l; }

{
    echo "# Deep paging on PostgreSQL: $TOTAL regulatory events, sorted by date, 50 per page"
    echo
    echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, PostgreSQL $(psql -At -d "$DB" -c 'show server_version'), one client, median of 20 requests per case, cases interleaved."
    echo
    echo "| Page | Request | Rows | Median ms |"
    echo "|---|---|---|---|"
    for i in "${!CASES[@]}"; do
        IFS='|' read -r label request url <<<"${CASES[$i]}"
        echo "| $label | \`$request\` | $(rows "$url") | $(median_ms "$i") |"
    done
    echo
    for where in "near the start:49" "at the end:$((TOTAL - 51))"; do
        label=${where%%:*}; pos=${where##*:}
        read -r d id < <(psql -At -F ' ' -d "$DB" -c "select event_date, id from regulatory_event order by event_date, id offset $pos limit 1")
        echo "Plan of the cursor page $label (the query the service runs, keys inlined):"
        echo
        echo '```'
        psql -At -d "$DB" -c "explain (analyze, buffers, costs off, timing off, summary off)
            select e.* from regulatory_event e
            where e.event_date >= '$d' and (e.event_date > '$d' or (e.event_date = '$d' and e.id > '$id'))
            order by e.event_date, e.id limit 51"
        echo '```'
        echo
    done
} | tee "$REPORT"
