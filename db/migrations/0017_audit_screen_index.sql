-- The "Jejak Audit" screen filters the trail by kind (action), source and, for entries made
-- before accounts existed, the actor's name; without these indexes each of those filters reads
-- the whole log (~90 ms per page at 100,000 rows; see desktop/store/audit_query.py).
CREATE INDEX audit_log_action ON audit_log (action, id);
CREATE INDEX audit_log_source ON audit_log (source, id);
CREATE INDEX audit_log_user ON audit_log (user, id) WHERE akun_id IS NULL;
