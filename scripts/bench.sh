#!/usr/bin/env bash
# Compares tradecheck's BACI import with the sqlite3 CLI on the same generated file.
#
#   scripts/bench.sh                 # 5,000,000 rows
#   ROWS=1000000 scripts/bench.sh    # quicker
#
# Steps: (1) generate a BACI-shaped CSV with scripts/gen-baci.py unless it is already cached
# in $BENCH_DIR (default /tmp/tradecheck-bench); (2) build the release CLI and time
# `tradecheck import FILE --format baci --database TMP.sqlite` under /usr/bin/time; (3) run
# scripts/bench-sqlite3.sh on the same file; (4) print a side-by-side summary.
#
# tradecheck fills an empty store with its bundled data on first use, so the timed import
# runs against a store whose schema is migrated and whose trade table is empty (a template
# made once with `tradecheck setup`, then emptied, and copied for each run). Set NO_BUILD=1
# to skip `swift build`.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
rows=${ROWS:-5000000}
dir=${BENCH_DIR:-/tmp/tradecheck-bench}
file=$dir/BACI_HS17_V202501_bench_$rows.csv
mkdir -p "$dir"

for tool in python3 sqlite3 swift; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "error: $tool is not installed${tool/sqlite3/ (apt-get install -y sqlite3)}" >&2
        exit 1
    }
done
[[ -x /usr/bin/time ]] || { echo "error: /usr/bin/time is missing (apt-get install -y time)" >&2; exit 1; }

if [[ ! -s $file ]]; then
    echo "== generating $file ($rows rows)"
    start=$(date +%s.%N)
    python3 "$root/scripts/gen-baci.py" "$file" "$rows"
    awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "   generated in %.1f s\n", e - s }'
fi
echo "== file: $file ($(du -h "$file" | cut -f1), $(sha256sum "$file" | cut -c1-16)...)"

if [[ -z ${NO_BUILD:-} ]]; then
    echo "== swift build -c release --product tradecheck"
    if ! (cd "$root" && swift build -c release --product tradecheck >"$dir/build.log" 2>&1); then
        tail -5 "$dir/build.log" >&2
        [[ -x $root/.build/release/tradecheck ]] || exit 1
        echo "warning: the release build failed; using the existing .build/release/tradecheck" >&2
    fi
fi
cli=$root/.build/release/tradecheck

template=$dir/empty-store.sqlite
if [[ ! -s $template ]]; then
    echo "== making an empty tradecheck store ($template)"
    rm -f "$template" "$template-wal" "$template-shm"
    "$cli" setup --database "$template" >/dev/null 2>&1
    # Keep one dataset row so the CLI does not rebuild the bundled data; drop every trade row.
    sqlite3 "$template" "DELETE FROM trade; DELETE FROM import_log; DELETE FROM dataset WHERE id > (SELECT MIN(id) FROM dataset); PRAGMA wal_checkpoint(TRUNCATE); VACUUM;" >/dev/null
fi

cat "$file" >/dev/null # both importers start with the file in the page cache
timing=$(mktemp /tmp/bench-time.XXXXXX)
store=$(mktemp -d /tmp/bench-store.XXXXXX)
trap 'rm -f "$timing"; rm -rf "$store"' EXIT
cp "$template" "$store/trade.sqlite"

echo "== tradecheck import"
/usr/bin/time -f "%e %M" -o "$timing" "$cli" import "$file" --format baci --database "$store/trade.sqlite" \
    >"$store/stdout" 2>"$store/stderr" || { cat "$store/stderr" >&2; exit 1; }
read -r tc_secs tc_kb <"$timing"
grep -h -e '^Imported' -e '^note:' "$store/stdout" "$store/stderr" | sed 's/^/   /'
tc_stored=$(sed -n 's/^Imported \([0-9,]*\) rows.*/\1/p' "$store/stderr" | tr -d ,)
rm -rf "$store"/trade.sqlite*

echo "== sqlite3 CLI"
sqlite_out=$("$root/scripts/bench-sqlite3.sh" "$file")
echo "$sqlite_out"

line() { # label rows secs kb
    awk -v label="$1" -v rows="$2" -v secs="$3" -v kb="$4" 'BEGIN {
        printf "%-34s %10d %9.2f %12.0f %10.1f\n", label, rows, secs, (secs > 0 ? rows / secs : 0), kb / 1024
    }'
}
field() { echo "$sqlite_out" | awk -v label="$1" -v n="$2" '$1 == label { print $n }'; }

echo
echo "== summary: $rows rows of $(basename "$file")"
printf "%-34s %10s %9s %12s %10s\n" "importer" "rows" "seconds" "rows/s" "peak MB"
line "tradecheck import (CLI, release)" "$rows" "$tc_secs" "$tc_kb"
line "sqlite3 .import (staging table)" "$rows" "$(field sqlite3-staging 4)" "$(field sqlite3-staging 8)"
line "sqlite3 INSERT..SELECT (schema)" "$rows" "$(field sqlite3-schema 4)" "$(field sqlite3-schema 8)"
line "sqlite3 both steps" "$rows" "$(field sqlite3-total 4)" "$(field sqlite3-total 8)"
echo "(rows/s counts file rows; tradecheck also stored ${tc_stored:-?} rows including one TOTAL row per exporter, importer and year)"
