#!/usr/bin/env bash
# Loads a synthetic pipeline (bench/generate.sql) into a migrated database and prints the load
# rate. The database must hold the schema already: start the service on it once first.
#
# Usage: bench/generate.sh CANDIDATES EVENTS h2 JDBC_URL H2_JAR
#        bench/generate.sh CANDIDATES EVENTS postgresql DATABASE   (psql; PGHOST, PGUSER, ... apply)
# Prints one line: "<rows> rows in <seconds> s: <rows/s> rows/s".
set -euo pipefail
HERE=$(dirname "$0")

P=$1 E=$2 KIND=$3
C=$(( P / 20 > 50 ? P / 20 : 50 ))
S=$(( P / 100 > 50 ? P / 100 : 50 ))
D=$(( P / 5 )) M=$(( P * 2 )) T=$(( P / 2 ))
SCRIPT=$(mktemp --suffix=.sql)
trap 'rm -f "$SCRIPT"' EXIT
sed -e "s/{{P}}/$P/g" -e "s/{{C}}/$C/g" -e "s/{{S}}/$S/g" -e "s/{{D}}/$D/g" -e "s/{{M}}/$M/g" \
    -e "s/{{T}}/$T/g" -e "s/{{E_FROM}}/1/g" -e "s/{{E_TO}}/$E/g" "$HERE/generate.sql" >"$SCRIPT.body"
# The bulk path: the secondary indexes are dropped before the load and built again after it from
# the migration's own statements (building an index from all rows at once is much cheaper than
# keeping it up to date row by row), on PostgreSQL. H2 skips its foreign key checks instead; the rows are
# consistent by construction, which PostgreSQL, checking every key, confirms on the same script.
MIGRATION="$HERE/../src/main/resources/db/migration/V1__create_pipeline_schema.sql"
INDEXES=$(grep -E '^create index ix_[a-z0-9_]+ on [a-z_]+ \(' "$MIGRATION")
# On H2 the indexes stay: once a later migration has altered a table, H2 may have bound an
# index to a foreign key constraint, and such an index cannot be dropped.
{
    if [ "$KIND" = h2 ]; then
        echo "set referential_integrity false;"
        cat "$SCRIPT.body"
        echo "set referential_integrity true;"
    else
        awk '{ print "drop index " $3 ";" }' <<<"$INDEXES"
        cat "$SCRIPT.body"
        echo "$INDEXES"
    fi
} >"$SCRIPT"
rm -f "$SCRIPT.body"

TABLES="source_document company product_candidate product_candidate_code product_candidate_area
product_candidate_partner product_candidate_citation indication orphan_designation regulatory_event
regulatory_event_citation market_estimate clinical_trial"
COUNT_SQL="select $(for t in $TABLES; do printf '(select count(*) from %s) + ' "$t"; done) 0"

start=$(date +%s%N)
case $KIND in
    h2)
        URL=$4 JAR=$5
        before=$(java -cp "$JAR" org.h2.tools.Shell -url "$URL" -user sa -sql "$COUNT_SQL" | sed -n 2p)
        start=$(date +%s%N)
        java -cp "$JAR" org.h2.tools.RunScript -url "$URL" -user sa -script "$SCRIPT"
        # Fresh statistics, so the planner knows the tables' new sizes.
        java -cp "$JAR" org.h2.tools.Shell -url "$URL" -user sa -sql "ANALYZE" >/dev/null
        after=$(java -cp "$JAR" org.h2.tools.Shell -url "$URL" -user sa -sql "$COUNT_SQL" | sed -n 2p)
        ;;
    postgresql)
        DB=$4
        export PGOPTIONS="-c client_min_messages=warning"
        before=$(psql -At -d "$DB" -c "$COUNT_SQL")
        start=$(date +%s%N)
        psql -q -v ON_ERROR_STOP=1 -d "$DB" -f "$SCRIPT"
        for t in $TABLES; do echo "vacuum analyze $t;"; done | psql -q -d "$DB"
        after=$(psql -At -d "$DB" -c "$COUNT_SQL")
        ;;
    *) echo "unknown database kind $KIND" >&2; exit 2 ;;
esac
ms=$(( ($(date +%s%N) - start) / 1000000 ))
rows=$(( after - before ))
awk -v r="$rows" -v ms="$ms" 'BEGIN { printf "%d rows in %.1f s: %d rows/s\n", r, ms / 1000, r / (ms / 1000) }'
