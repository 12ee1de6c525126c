#!/usr/bin/env bash
# Set up (if needed) and start Kinerja Luring on the demo office database, which is built on
# the first run. Extra arguments go to the app, e.g. `scripts/start.sh --lang en`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --gui
DB="${KINERJA_DEMO_DB:-$(.venv/bin/python -c 'from desktop import paths; print(paths.demo_db_path())')}"
if [ ! -f "$DB" ]; then
    echo "[start] Building the demo office in $DB" >&2
    .venv/bin/kinerja --db "$DB" demo --staff 1500 --seed 1 >/dev/null
fi
echo "[start] Kantor contoh: masuk sebagai admin (atau operator, penilai, pimpinan)," \
    "kata sandi kinerja-demo" >&2
exec .venv/bin/kinerja --db "$DB" "$@" gui
