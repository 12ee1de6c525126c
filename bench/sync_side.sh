#!/usr/bin/env bash
# Issue 16's done-when, side by side in one run: central import of 20 offices × 10,000 staff
# into a SQLite centre by 1 importer, then into a PostgreSQL centre by 4 importers at once, on
# the same machine and the same packages, and the ratio of the two rates. Starts its own
# throwaway PostgreSQL cluster (durable settings: fsync on; scripts/pg_throwaway.sh installs
# Debian's postgresql when absent) and stops it at the end.
#
#   bash bench/sync_side.sh [bench/sync.py options, e.g. --offices 8]
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
[ -x "$py" ] || py=python3
# shellcheck source=scripts/pg_throwaway.sh
source scripts/pg_throwaway.sh
PG_THROWAWAY_DURABLE=1 pg_throwaway_start
out=$(mktemp -d /tmp/kinerja-side.XXXXXX)
trap 'pg_throwaway_stop; rm -rf "$out"' EXIT

echo "== SQLite centre, 1 importer"
"$py" bench/sync.py --no-floor --no-repeat --importers 1 "$@" | tee "$out/sqlite.txt"
echo
echo "== PostgreSQL centre, 4 importers"
"$py" bench/sync.py --no-floor --no-repeat --central "$KINERJA_TEST_PG" --importers 4 "$@" \
    | tee "$out/pg.txt"

rate() { grep -oP 'central import, .*?:\s+\K[0-9,]+(?= rows/s)' "$1" | tr -d , ; }
sqlite=$(rate "$out/sqlite.txt")
pg=$(rate "$out/pg.txt")
echo
commas() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }
echo "side by side: SQLite × 1 $(commas "$sqlite") rows/s, PostgreSQL × 4 $(commas "$pg") rows/s," \
    "ratio $(awk -v a="$pg" -v b="$sqlite" 'BEGIN { printf "%.2f", a / b }')" \
    "(goal: PostgreSQL × 4 faster than SQLite × 1, ratio > 1)"
