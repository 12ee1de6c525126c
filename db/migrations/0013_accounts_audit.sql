-- Accounts and an audit trail (issue 10). A database without accounts works as before (whoever
-- opens it acts as admin kepegawaian); the first account created is the admin's.
-- Passwords are stored only as Argon2id hashes (argon2-cffi's encoded form, parameters inside).
CREATE TABLE akun (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL COLLATE NOCASE UNIQUE,
    nama TEXT NOT NULL,
    nip TEXT,
    -- the person behind the account: a pejabat penilai, an atasan, a pegawai (NULL for others)
    staff_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,
    role TEXT NOT NULL
        CHECK (role IN ('admin', 'operator', 'penilai', 'atasan', 'pimpinan', 'pegawai')),
    password_hash TEXT NOT NULL,
    aktif INTEGER NOT NULL DEFAULT 1 CHECK (aktif IN (0, 1)),
    -- failed logins since the last good one; 10 lock the account until `terkunci_sampai`
    gagal INTEGER NOT NULL DEFAULT 0,
    terkunci_sampai TEXT,
    -- set by a password reset: the next login must choose a new password
    harus_ganti INTEGER NOT NULL DEFAULT 0 CHECK (harus_ganti IN (0, 1)),
    dibuat TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    login_terakhir TEXT
) STRICT;

-- An operator's scope: the units (OPDs, with their sub-units) whose data they may change.
CREATE TABLE akun_unit (
    akun_id INTEGER NOT NULL REFERENCES akun (id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    PRIMARY KEY (akun_id, unit_id)
) STRICT;

CREATE INDEX akun_unit_unit ON akun_unit (unit_id);

-- Audit rows now say which account acted, from where, whom the change concerns, and carry a
-- hash chain (hash = SHA-256 over the previous hash and this row's fields) so an edited or
-- removed row is found by `kinerja check`. `user` stays the actor's display name.
ALTER TABLE audit_log ADD COLUMN akun_id INTEGER;
ALTER TABLE audit_log ADD COLUMN source TEXT NOT NULL DEFAULT 'gui';
ALTER TABLE audit_log ADD COLUMN staff_uuid TEXT;
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;

CREATE INDEX audit_log_staff ON audit_log (staff_uuid, id);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_akun ON audit_log (akun_id, id);
