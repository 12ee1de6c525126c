#!/usr/bin/env bash
# Build the one-folder bundle (installer/kinerja.spec) and try it the way an office would:
# `kinerja --version`, a demo office into a temporary database, one Dokumen Evaluasi,
# `sync export`, and the GUI started (offscreen) and closed once its window is usable.
# Any failing step fails the script. Called by scripts/test.sh after the test suite.
#   scripts/bundle_smoke.sh            build into build/bundle/dist/kinerja, then smoke-test
#   scripts/bundle_smoke.sh --no-build smoke-test the bundle already built there
set -euo pipefail
cd "$(dirname "$0")/.."

DIST=build/bundle/dist
WORK=build/bundle/work
BUNDLE="$DIST/kinerja"
say() { printf '[bundle] %s\n' "$*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

if [ "${1:-}" != "--no-build" ]; then
    command -v objdump >/dev/null || { say "objdump missing: run scripts/setup.sh (binutils)"; exit 1; }
    if [ ! -x .venv/bin/pyinstaller ]; then
        say "Installing PyInstaller into .venv"
        .venv/bin/python -m pip install -q --disable-pip-version-check "pyinstaller>=6.10"
    fi
    t0="$(now)"
    rm -rf "$BUNDLE"
    mkdir -p build
    if ! .venv/bin/pyinstaller --noconfirm --log-level WARN --distpath "$DIST" \
            --workpath "$WORK" installer/kinerja.spec > build/bundle.log 2>&1; then
        tail -30 build/bundle.log >&2 || true
        say "FAILED: PyInstaller build (log: build/bundle.log)"
        exit 1
    fi
    say "built $BUNDLE in $(since "$t0") s ($(du -sm "$BUNDLE" | cut -f1) MB)"
fi
[ -x "$BUNDLE/kinerja" ] || { say "no bundle at $BUNDLE"; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# everything the app writes goes under $tmp: data, settings, logs
export KINERJA_DATA_DIR="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state" \
    XDG_DATA_HOME="$tmp/share" XDG_CACHE_HOME="$tmp/cache" QT_QPA_PLATFORM=offscreen
# the demo office has accounts: commands after `demo` sign in as its admin
export KINERJA_USER=admin KINERJA_PASSWORD=kinerja-demo
kinerja() { "$BUNDLE/kinerja" --db "$tmp/kantor.sqlite" "$@"; }

step() {  # step NAME COMMAND...: run, time, and fail the script with the name
    local name="$1" t
    shift
    t="$(now)"
    if ! "$@" > "$tmp/out" 2>&1; then
        cat "$tmp/out" >&2
        say "FAILED: $name"
        exit 1
    fi
    say "ok  $name ($(since "$t") s)"
}

translations() {  # the app's English and Qt's own dialogs in Indonesian travel with it
    local qm
    for qm in kinerja_en.qm qtbase_id.qm; do
        find "$BUNDLE" -name "$qm" -path '*desktop/_data/*' | grep -q . || { echo "no $qm"; return 1; }
    done
}
step "translations in the bundle" translations
version="$(.venv/bin/python -c 'import desktop; print(desktop.__version__)')"
check_version() { "$BUNDLE/kinerja" --version | grep -qx "kinerja, version $version"; }
step "kinerja --version" check_version
step "demo office into a temporary database" kinerja demo --staff 60 --seed 3
nip="$(.venv/bin/python - "$tmp/kantor.sqlite" <<'PY'
import sqlite3, sys
row = sqlite3.connect(sys.argv[1]).execute(
    "SELECT s.nip FROM staff s JOIN skp k ON k.staff_id = s.id ORDER BY s.nip LIMIT 1"
).fetchone()
print(row[0])
PY
)"
dokumen() {
    kinerja report dokumen --nip "$nip" --year 2025 --period TW1 -o "$tmp/dokumen.pdf" &&
        head -c 5 "$tmp/dokumen.pdf" | grep -q '%PDF-'
}
step "Dokumen Evaluasi (PDF) for NIP $nip" dokumen
sync_export() {
    mkdir -p "$tmp/stick" && kinerja sync export -o "$tmp/stick" &&
        ls "$tmp"/stick/*.kinerja > /dev/null
}
step "sync export" sync_export
gui() {
    KINERJA_SMOKE=1 timeout 120 "$BUNDLE/kinerja" --db "$tmp/kantor.sqlite" > "$tmp/gui" &&
        grep -q KINERJA_WINDOW_READY "$tmp/gui"
}
step "GUI starts offscreen and closes" gui
say "bundle smoke test passed"
