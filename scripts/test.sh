#!/usr/bin/env bash
# Set up (if needed), run the linter and the whole test suite headless; a full run (no
# arguments) then builds the one-folder bundle and smoke-tests it (scripts/bundle_smoke.sh),
# even after failed tests so CI reports both; the exit code is non-zero if either failed.
# Extra arguments go to pytest, e.g. `scripts/test.sh tests/unit -x` (no bundle then).
# KINERJA_BUNDLE_SMOKE=1 forces the bundle step, =0 skips it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
# the central tests also run on PostgreSQL (tests/sync): a throwaway server, stopped at exit;
# CI installs it when absent, a developer's machine uses it when present (else they skip)
source scripts/pg_throwaway.sh
if [ -z "${KINERJA_TEST_PG:-}" ] && { [ -n "${CI:-}${KINERJA_CI:-}" ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }; then
    pg_throwaway_start
    trap pg_throwaway_stop EXIT
fi
.venv/bin/mypy  # the Qt-free packages ([tool.mypy] in pyproject.toml)
started=$SECONDS
status=0
.venv/bin/python -m pytest -q -p no:cacheprovider "$@" || status=$?
echo "[test] pytest took $((SECONDS - started)) s (exit $status)" >&2
want_bundle="${KINERJA_BUNDLE_SMOKE:-}"
[ -z "$want_bundle" ] && { [ "$#" -eq 0 ] && want_bundle=1 || want_bundle=0; }
if [ "$want_bundle" = 1 ]; then  # also after failed tests: CI reports both
    started=$SECONDS
    bash scripts/bundle_smoke.sh || status=1
    echo "[test] bundle build and smoke test took $((SECONDS - started)) s" >&2
fi
exit "$status"
