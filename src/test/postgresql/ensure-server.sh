#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 with a role the tests may use:
# installs Debian's PostgreSQL when there is none, starts its cluster when it is down, and
# creates the role (LOGIN CREATEDB, default pipeline/pipeline) when it is missing.
# Needs root for the install and start; does nothing that is already done.
set -euo pipefail

ROLE=${PIPELINE_TEST_PG_ROLE:-pipeline}
PASSWORD=${PIPELINE_TEST_PG_PASSWORD:-pipeline}

answers() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
fi

if ! answers; then
    read -r version cluster _ < <(pg_lsclusters -h | head -n 1)
    pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start
    for _ in $(seq 1 30); do answers && break; sleep 1; done
fi
answers || { echo "PostgreSQL does not answer on 127.0.0.1:5432" >&2; exit 1; }

# As the superuser over the local socket: without the PG* variables a caller may have set for
# the role (su keeps the environment), which would name another user and database.
as_superuser() { env -u PGUSER -u PGPASSWORD -u PGHOST -u PGPORT -u PGDATABASE su postgres -c "psql $*"; }
as_postgres() { as_superuser "-q -v ON_ERROR_STOP=1 $*"; }
if [ "$(as_superuser "-Atc \"select 1 from pg_roles where rolname = '$ROLE'\"")" != 1 ]; then
    as_postgres "-c \"CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'\""
fi
