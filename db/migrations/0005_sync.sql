-- Sync packages (docs/sync.md): keys, the office's export log, and the centre's registry of
-- offices, received packages, backlog, merged rows, conflicts and receipts.
-- Every database has these tables; `sync_config.role` says whether it is an office or a centre.

CREATE TABLE sync_config (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    role TEXT NOT NULL DEFAULT 'office' CHECK (role IN ('office', 'central')),
    centre_uuid TEXT,
    centre_nama TEXT NOT NULL DEFAULT '',
    centre_sign_key BLOB,
    centre_box_key BLOB,
    centre_set_at TEXT,
    -- Raised by a receipt newer than this database's export log (restored from a backup):
    -- the next package takes a higher sequence number and carries every row.
    sequence_floor INTEGER NOT NULL DEFAULT 0,
    full_pending INTEGER NOT NULL DEFAULT 0 CHECK (full_pending IN (0, 1))
) STRICT;
INSERT INTO sync_config (id) VALUES (1);

-- This database's own key pairs: 'sign' (Ed25519, packages and receipts) and 'box' (X25519,
-- packages encrypted to a centre). Kept in the database so its backups carry them.
CREATE TABLE sync_key (
    purpose TEXT PRIMARY KEY CHECK (purpose IN ('sign', 'box')),
    private_key BLOB NOT NULL,
    public_key BLOB NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

-- Office side: one row per package written (the export log).
CREATE TABLE sync_export (
    sequence INTEGER PRIMARY KEY,
    package_id TEXT NOT NULL UNIQUE,
    base_sequence INTEGER NOT NULL,
    since_rev INTEGER NOT NULL,
    upto_rev INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    user TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    tombstone_count INTEGER NOT NULL,
    counts TEXT NOT NULL,
    package_sha256 TEXT NOT NULL,
    file_name TEXT NOT NULL,
    encrypted INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
    acked_at TEXT,
    receipt_sha256 TEXT
) STRICT;

-- Centre side: the offices it knows, by the uuid in their `office` row.
CREATE TABLE sync_office (
    office_uuid TEXT PRIMARY KEY,
    nama TEXT NOT NULL DEFAULT '',
    instansi TEXT NOT NULL DEFAULT '',
    sign_key BLOB NOT NULL,
    fingerprint TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked')),
    registered_at TEXT NOT NULL,
    registered_by TEXT NOT NULL,
    registered_how TEXT NOT NULL CHECK (registered_how IN ('key_file', 'first_contact')),
    revoked_at TEXT,
    revoked_reason TEXT NOT NULL DEFAULT '',
    applied_sequence INTEGER NOT NULL DEFAULT 0,
    last_package_at TEXT
) STRICT;

CREATE TABLE sync_package (
    id INTEGER PRIMARY KEY,
    office_uuid TEXT NOT NULL REFERENCES sync_office (office_uuid),
    sequence INTEGER NOT NULL,
    base_sequence INTEGER NOT NULL,
    full INTEGER NOT NULL CHECK (full IN (0, 1)),
    package_id TEXT NOT NULL UNIQUE,
    package_sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    received_by TEXT NOT NULL,
    file_name TEXT NOT NULL,
    encrypted INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
    state TEXT NOT NULL CHECK (state IN ('applied', 'held', 'superseded')),
    applied_at TEXT,
    rows_total INTEGER NOT NULL DEFAULT 0,
    rows_new INTEGER NOT NULL DEFAULT 0,
    rows_updated INTEGER NOT NULL DEFAULT 0,
    rows_unchanged INTEGER NOT NULL DEFAULT 0,
    rows_deleted INTEGER NOT NULL DEFAULT 0,
    conflicts INTEGER NOT NULL DEFAULT 0,
    UNIQUE (office_uuid, sequence)
) STRICT;

-- Packages that arrived before the package they build on: kept whole until it is applied.
CREATE TABLE sync_backlog (
    package INTEGER PRIMARY KEY REFERENCES sync_package (id) ON DELETE CASCADE,
    content BLOB NOT NULL
) STRICT;

-- The centre's copy of every office row: the office's fields as canonical JSON, foreign keys
-- as uuids. `centre_base` holds the office version a centre correction started from.
CREATE TABLE central_row (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    uuid TEXT NOT NULL,
    office_uuid TEXT NOT NULL,
    data TEXT CHECK (data IS NULL OR json_valid(data)),
    updated_at TEXT NOT NULL,
    office_rev INTEGER NOT NULL,
    origin TEXT NOT NULL,
    package INTEGER NOT NULL,
    deleted_at TEXT,
    centre_base TEXT,
    centre_changed_at TEXT,
    centre_changed_by TEXT
) STRICT;
CREATE UNIQUE INDEX central_row_key ON central_row (table_name, uuid);
CREATE INDEX central_row_office ON central_row (office_uuid, table_name);

CREATE TABLE sync_conflict (
    id INTEGER PRIMARY KEY,
    package INTEGER NOT NULL REFERENCES sync_package (id),
    office_uuid TEXT NOT NULL,
    table_name TEXT NOT NULL,
    uuid TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('both_changed', 'deleted_corrected', 'other_office')),
    fields TEXT NOT NULL,
    centre_value TEXT,
    office_value TEXT,
    resolution TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX sync_conflict_package ON sync_conflict (package);

CREATE TABLE sync_receipt (
    package INTEGER PRIMARY KEY REFERENCES sync_package (id),
    receipt_sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;
