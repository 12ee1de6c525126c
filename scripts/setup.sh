#!/usr/bin/env bash
# Prepare a machine to run Kinerja Luring from this checkout: Debian libraries Qt needs (only
# when missing; binutils for the bundle), a virtual environment in .venv with the project and
# its tools (tests, wheel build, PyInstaller), and the compiled translations. Safe to run
# again: it only does what is missing.
#   scripts/setup.sh          libraries for offscreen use (tests, CI)
#   scripts/setup.sh --gui    also the X11 libraries a real window needs
set -euo pipefail
cd "$(dirname "$0")/.."

PY="${PYTHON:-python3}"
WANT_GUI=0
[ "${1:-}" = "--gui" ] && WANT_GUI=1

say() { printf '[setup] %s\n' "$*" >&2; }

have_lib() {
    local ldc
    ldc="$(command -v ldconfig || echo /sbin/ldconfig)"
    "$ldc" -p 2>/dev/null | grep -q "$1"
}

apt_install() {
    local runner=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
            runner=(sudo)
        else
            say "Missing system packages: $* (run: sudo apt-get install $*)"
            return 0
        fi
    fi
    if ! command -v apt-get >/dev/null; then
        say "Not a Debian-like system; please install the equivalents of: $*"
        return 0
    fi
    say "Installing system packages: $*"
    DEBIAN_FRONTEND=noninteractive "${runner[@]}" apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive "${runner[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

missing=()
for pair in libglib-2.0.so.0:libglib2.0-0 libGL.so.1:libgl1 libEGL.so.1:libegl1 \
            libxkbcommon.so.0:libxkbcommon0 libfreetype.so.6:libfreetype6 \
            libfontconfig.so.1:libfontconfig1 libdbus-1.so.3:libdbus-1-3; do
    have_lib "${pair%%:*}" || missing+=("${pair##*:}")
done
if [ "$WANT_GUI" = 1 ]; then
    for pair in libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 \
                libxcb-keysyms.so.1:libxcb-keysyms1 libxkbcommon-x11.so.0:libxkbcommon-x11-0 \
                libxcb-shape.so.0:libxcb-shape0 libxcb-xinerama.so.0:libxcb-xinerama0 \
                libxcb-randr.so.0:libxcb-randr0 libxcb-image.so.0:libxcb-image0 \
                libxcb-render-util.so.0:libxcb-render-util0; do
        have_lib "${pair%%:*}" || missing+=("${pair##*:}")
    done
fi
fc-list 2>/dev/null | grep -qi . || missing+=(fontconfig fonts-dejavu-core)
command -v objdump >/dev/null || missing+=(binutils)  # PyInstaller reads libraries with it
# the bundle's ICU data slimmed to root/en/id (installer/slim_icu.py)
[ -x /usr/sbin/icupkg ] || command -v icupkg >/dev/null || missing+=(icu-devtools)
command -v gcc >/dev/null || missing+=(gcc)
"$PY" -c "import ensurepip, venv" 2>/dev/null || missing+=(python3-venv)
[ "${#missing[@]}" -gt 0 ] && apt_install "${missing[@]}"

if [ ! -x .venv/bin/python ]; then
    say "Creating .venv with $("$PY" --version)"
    "$PY" -m venv .venv
fi
stamp=.venv/.kinerja-installed
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "Installing Python packages (pip)"
    .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
    .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[dev,bundle,central]"
    echo "$want" > "$stamp"
fi

for ts in resources/translations/*.ts; do
    [ -e "$ts" ] || continue
    qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
        .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
    fi
done
say "Ready."
