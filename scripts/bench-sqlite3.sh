#!/usr/bin/env bash
# Imports a BACI CSV (t,i,j,k,v,q) with the sqlite3 command-line tool, as the baseline for
# tradecheck's own import. Two steps, each timed on its own:
#   (a) `.import --csv` into a plain staging table without indexes;
#   (b) `INSERT INTO trade SELECT ...` from the staging table into tradecheck's `trade` table
#       (the same WITHOUT ROWID table, primary key and partial index over the total rows as the
#       store's migrations in Sources/TradeStore/Database/TradeDatabase+Schema.swift leave it).
# Both use tradecheck's connection settings (WAL, synchronous=NORMAL, 64 MiB cache,
# temp_store=MEMORY). Reporter and partner stay numeric code text (tradecheck stores ISO codes).
#
# Usage: scripts/bench-sqlite3.sh FILE [DB]
#   DB defaults to a new file in a temporary directory, removed afterwards.
# Prints one line per step: "sqlite3-staging ROWS SECONDS ROWS_PER_S PEAK_RSS_KB" (and
# "sqlite3-schema ..."), which scripts/bench.sh collects.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "usage: $0 FILE [DB]" >&2
    exit 2
fi
file=$1
if [[ ! -r $file ]]; then
    echo "error: cannot read $file" >&2
    exit 1
fi
if ! command -v sqlite3 >/dev/null 2>&1; then
    echo "error: the sqlite3 command-line tool is not installed; install it with: apt-get install -y sqlite3" >&2
    exit 1
fi
if [[ ! -x /usr/bin/time ]]; then
    echo "error: /usr/bin/time is missing; install it with: apt-get install -y time" >&2
    exit 1
fi

cleanup_dir=""
if [[ $# -eq 2 ]]; then
    db=$2
    rm -f "$db" "$db-wal" "$db-shm"
else
    cleanup_dir=$(mktemp -d /tmp/bench-sqlite3.XXXXXX)
    db=$cleanup_dir/baci.sqlite
fi
trap '[[ -n $cleanup_dir ]] && rm -rf "$cleanup_dir"' EXIT

pragmas="PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;"

sqlite3 "$db" >/dev/null <<SQL
$pragmas
CREATE TABLE baci_staging (t TEXT, i TEXT, j TEXT, k TEXT, v TEXT, q TEXT);
CREATE TABLE trade (
    reporter TEXT NOT NULL,
    partner TEXT NOT NULL,
    flow INTEGER NOT NULL,
    product TEXT NOT NULL,
    level INTEGER NOT NULL,
    year INTEGER NOT NULL,
    month INTEGER NOT NULL,
    dataset_id INTEGER NOT NULL,
    value INTEGER NOT NULL,
    quantity REAL,
    quantity_unit TEXT,
    superseded INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (reporter, partner, flow, level, year, product, month, dataset_id)
) WITHOUT ROWID;
CREATE INDEX trade_totals_by_reporter
ON trade(reporter, flow, year, partner, month, dataset_id, superseded, value) WHERE level = 0;
SQL

timing=$(mktemp /tmp/bench-sqlite3-time.XXXXXX)
trap 'rm -f "$timing"; [[ -n $cleanup_dir ]] && rm -rf "$cleanup_dir"' EXIT

# Runs sqlite3 on $db with the given script on stdin under /usr/bin/time; sets secs and kb.
timed_sqlite() {
    /usr/bin/time -f "%e %M" -o "$timing" sqlite3 -bail "$db" >/dev/null
    read -r secs kb <"$timing"
}

report() { # label rows secs kb
    awk -v label="$1" -v rows="$2" -v secs="$3" -v kb="$4" 'BEGIN {
        rate = secs > 0 ? rows / secs : 0
        printf "%-16s %10d rows %8.2f s %12.0f rows/s %9d KB peak RSS\n", label, rows, secs, rate, kb
    }'
}

timed_sqlite <<SQL
$pragmas
.import --csv --skip 1 '$file' baci_staging
SQL
staging_secs=$secs staging_kb=$kb
rows=$(sqlite3 "$db" "SELECT COUNT(*) FROM baci_staging")
report sqlite3-staging "$rows" "$staging_secs" "$staging_kb"

timed_sqlite <<SQL
$pragmas
BEGIN;
INSERT INTO trade (reporter, partner, flow, product, level, year, month, dataset_id, value, quantity, quantity_unit)
SELECT i, j, 1, printf('%06d', k), 6, CAST(t AS INTEGER), 0, 1,
       CAST(round(CAST(v AS REAL) * 1000) AS INTEGER),
       CAST(NULLIF(trim(q), '') AS REAL),
       CASE WHEN trim(q) <> '' THEN 't' END
FROM baci_staging;
COMMIT;
SQL
schema_secs=$secs schema_kb=$kb
stored=$(sqlite3 "$db" "SELECT COUNT(*) FROM trade")
report sqlite3-schema "$stored" "$schema_secs" "$schema_kb"
both=$(awk -v a="$staging_secs" -v b="$schema_secs" 'BEGIN { printf "%.2f", a + b }')
report sqlite3-total "$stored" "$both" "$((staging_kb > schema_kb ? staging_kb : schema_kb))"
