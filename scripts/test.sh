#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite headless, then the linter.
# Extra arguments go to pytest, e.g. `scripts/test.sh tests/unit -x`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
