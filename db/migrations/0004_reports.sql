-- Printed forms: the print log behind every verification code.
-- Paper size (office.kertas, 'a4' | 'f4') and the emblem image (office.emblem) exist since 0002;
-- a fresh office keeps A4: a form laid out for F4 but printed on A4 loses its bottom 33 mm
-- (signatures and the verification footer), while an A4 layout on F4 paper only leaves a margin.
-- Offices on folio switch once in the settings (the demo office uses F4).
--
-- The print log is local to this office (no sync stamping): a code maps to the record it was
-- printed from, the content snapshot as printed (JSON) and its SHA-256, so `kinerja check
-- --verify CODE` can say what changed since. The same content printed again keeps its code.

CREATE TABLE print_log (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(code) = 10),
    kind TEXT NOT NULL CHECK (kind IN ('skp', 'evaluasi', 'dokumen', 'rekap')),
    record_uuid TEXT NOT NULL,
    tahun INTEGER NOT NULL,
    periode TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
    snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
    format_version INTEGER NOT NULL DEFAULT 1,
    paper TEXT NOT NULL CHECK (paper IN ('a4', 'f4')),
    printed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    printed_by TEXT NOT NULL,
    last_printed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    times INTEGER NOT NULL DEFAULT 1 CHECK (times >= 1)
) STRICT;
CREATE INDEX print_log_record ON print_log (record_uuid, kind, periode);
