"""The SQLite spellings of the centre's statements, as a PostgreSQL centre runs them (no server
needed): parameters, upserts, JSON fields, reserved column names; string literals untouched."""

from __future__ import annotations

import pytest

from desktop.sync.pg import is_url, safe_url, translate


@pytest.mark.parametrize(
    ("sqlite", "postgresql"),
    [
        ("SELECT id FROM sync_package WHERE office_uuid = ? AND sequence = ?",
         "SELECT id FROM sync_package WHERE office_uuid = %s AND sequence = %s"),
        ("SELECT 1 FROM audit_log WHERE json_extract(after, '$.revoked_key') = :fp",
         "SELECT 1 FROM audit_log WHERE (after::jsonb ->> 'revoked_key') = %(fp)s"),
        ("INSERT OR REPLACE INTO sync_receipt (package, receipt_sha256, created_at) "
         "VALUES (?, ?, ?)",
         "INSERT INTO sync_receipt (package, receipt_sha256, created_at) VALUES (%s, %s, %s) "
         "ON CONFLICT (package) DO UPDATE SET receipt_sha256 = excluded.receipt_sha256, "
         "created_at = excluded.created_at"),
        ("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)",
         "INSERT INTO meta (key, value) VALUES (%s, %s) ON CONFLICT DO NOTHING"),
        ("SELECT p.full, user FROM x WHERE note = 'user? full: 5%'",
         "SELECT p.\"full\", \"user\" FROM x WHERE note = 'user? full: 5%%'"),
        ("SELECT count(*) FROM tombstone WHERE table_name IN () AND rev > ?",
         "SELECT count(*) FROM tombstone WHERE table_name IN (NULL) AND rev > %s"),
        ("BEGIN IMMEDIATE", "BEGIN"),
        ("SELECT nama FROM v ORDER BY office_nama COLLATE NOCASE, v.nama collate nocase, uuid",
         "SELECT nama FROM v ORDER BY lower(office_nama), lower(v.nama), uuid"),
    ],
)  # fmt: skip
def test_statements_are_spelled_for_postgresql(sqlite, postgresql):
    assert translate(sqlite) == postgresql


def test_urls_are_told_from_files_and_passwords_never_shown():
    assert is_url("postgresql://pusat@db.bkn.local/kinerja")
    assert is_url("POSTGRES://x@y/z")
    assert not is_url("pusat.sqlite") and not is_url("C:\\data\\postgresql.sqlite")
    assert safe_url("postgresql://pusat:rahasia@db/kinerja") == "postgresql://pusat:***@db/kinerja"
