#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the central tests (issue 16): sourced by scripts/test.sh.
# `pg_throwaway_start` installs Debian's postgresql when its server binaries are absent, makes a
# cluster in a temporary folder listening only on a unix socket there, and exports
# KINERJA_TEST_PG (a postgresql:// URL); `pg_throwaway_stop` stops it and removes the folder.
# The tests' cluster skips fsync; with PG_THROWAWAY_DURABLE=1 (the speed bench) it keeps the
# server's durable defaults and is sized as a centre's server would be (docs/sync.md §12).
# initdb refuses to run as root, so as root the cluster belongs to the `postgres` user.

pg_throwaway_bin() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "[pg] installing postgresql from Debian's packages" >&2
        local run=(env DEBIAN_FRONTEND=noninteractive)
        [ "$(id -u)" = 0 ] || run=(sudo -n "${run[@]}")
        "${run[@]}" apt-get update -qq >&2
        "${run[@]}" apt-get install -y -qq --no-install-recommends postgresql >&2
        bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    fi
    echo "$bin"
}

pg_throwaway_start() {
    local bin user=() owner
    bin=$(pg_throwaway_bin)
    PG_THROWAWAY_DIR=$(mktemp -d /tmp/kinerja-pg.XXXXXX)
    owner=$(id -un)
    if [ "$(id -u)" = 0 ]; then
        owner=postgres
        chown postgres "$PG_THROWAWAY_DIR"
        user=(runuser -u postgres --)
    fi
    local port=$((20000 + RANDOM % 20000))
    local settings="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    if [ "${PG_THROWAWAY_DURABLE:-}" = 1 ]; then
        settings="-c shared_buffers=256MB -c max_wal_size=4GB"
    fi
    "${user[@]}" "$bin/initdb" -D "$PG_THROWAWAY_DIR/data" -U "$owner" -A trust \
        --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
    "${user[@]}" "$bin/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -l "$PG_THROWAWAY_DIR/log" -w \
        -o "-k $PG_THROWAWAY_DIR -p $port -c listen_addresses='' $settings \
-c max_connections=60" start >/dev/null
    PG_THROWAWAY_BIN=$bin
    export KINERJA_TEST_PG="postgresql://$owner@/postgres?host=$PG_THROWAWAY_DIR&port=$port"
    echo "[pg] throwaway cluster: $KINERJA_TEST_PG" >&2
}

pg_throwaway_stop() {
    [ -n "${PG_THROWAWAY_DIR:-}" ] || return 0
    local user=()
    [ "$(id -u)" = 0 ] && user=(runuser -u postgres --)
    "${user[@]}" "$PG_THROWAWAY_BIN/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -m immediate stop \
        >/dev/null 2>&1 || true
    rm -rf "$PG_THROWAWAY_DIR"
    PG_THROWAWAY_DIR=
}
