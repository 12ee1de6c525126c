-- The audit trail becomes append-only and hash-chained (issue 10 item 4).
-- Rows written before this migration are sealed into the chain here, oldest first: each row's
-- hash = SHA-256 over the previous hash and the canonical JSON of its fields, computed by the
-- function kinerja_audit_hash that the app registers before migrating (desktop/store/audit.py,
-- the same function that seals new rows), so an old row edited later is named like a new one.
WITH RECURSIVE chain (id, prev, hash) AS (
    SELECT a.id, NULL,
           kinerja_audit_hash(NULL, a.id, a.at, a.user, a.action, a.table_name, a.row_uuid,
                              a.summary, a.before, a.after, a.akun_id, a.source, a.staff_uuid)
    FROM audit_log a WHERE a.id = (SELECT min(id) FROM audit_log)
    UNION ALL
    SELECT a.id, c.hash,
           kinerja_audit_hash(c.hash, a.id, a.at, a.user, a.action, a.table_name, a.row_uuid,
                              a.summary, a.before, a.after, a.akun_id, a.source, a.staff_uuid)
    FROM chain c JOIN audit_log a ON a.id = (SELECT min(id) FROM audit_log WHERE id > c.id)
)
UPDATE audit_log SET prev_hash = chain.prev, hash = chain.hash FROM chain
WHERE chain.id = audit_log.id;

-- the last row, so a removed tail is found as well
INSERT OR REPLACE INTO meta (key, value)
SELECT 'audit_head', id || ':' || hash FROM audit_log ORDER BY id DESC LIMIT 1;

-- Append-only: no row is changed or removed. The messages are codes the app translates
-- (StoreError). A row inserted without its hash (not through desktop/store/audit.py) is not
-- refused here (a BEFORE INSERT trigger costs ~50 µs per row, tripling the demo's audit
-- writes) but breaks the chain, so `kinerja check` names it.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log_append_only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log_append_only');
END;
