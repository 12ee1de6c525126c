-- The first day of a real office (issue 9): what kind of unit each one is, its short name, the
-- head position and the other names it is known by (a merged unit keeps its old name as an
-- alias); officials who are not on the staff list (Bupati, an official of another instansi)
-- as heads of units and as appraisers; SIASN's own ids kept on the staff record.

-- `jenis` stays the level in the tree (instansi, opd, bidang, subbidang); `jenis_unit` is the
-- kind of work unit, as the SOTK names it.
ALTER TABLE unit ADD COLUMN jenis_unit TEXT NOT NULL DEFAULT '' CHECK (jenis_unit IN (
    '', 'opd', 'sekretariat', 'bidang', 'subbagian', 'seksi', 'upt', 'puskesmas', 'sekolah',
    'kecamatan', 'kelurahan'));
ALTER TABLE unit ADD COLUMN singkatan TEXT NOT NULL DEFAULT '';
ALTER TABLE unit ADD COLUMN jabatan_kepala TEXT NOT NULL DEFAULT '';

-- Other names of a unit for matching imported lists (old names after a merge, spellings used
-- by SIASN or the office's own sheets). Office-local: the centre matches by uuid.
CREATE TABLE unit_alias (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    alias TEXT NOT NULL CHECK (alias <> ''),
    UNIQUE (unit_id, alias)
) STRICT;
CREATE INDEX unit_alias_unit ON unit_alias (unit_id);

-- An official who appraises staff but is not on the staff list.
CREATE TABLE pejabat_luar (
    id INTEGER PRIMARY KEY,
    nama TEXT NOT NULL CHECK (nama <> ''),
    gelar_depan TEXT NOT NULL DEFAULT '',
    gelar_belakang TEXT NOT NULL DEFAULT '',
    nip TEXT NOT NULL DEFAULT '' CHECK (nip = '' OR nip NOT GLOB '*[^0-9]*'),
    golongan TEXT REFERENCES ref_golongan (kode),
    jabatan TEXT NOT NULL CHECK (jabatan <> ''),
    instansi TEXT NOT NULL DEFAULT '',
    status_asn TEXT NOT NULL DEFAULT 'non_asn' CHECK (status_asn IN ('asn', 'non_asn')),
    aktif INTEGER NOT NULL DEFAULT 1,
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
) STRICT;

-- The head of a unit who is not on the staff list (the Bupati heads the Pemerintah Kabupaten),
-- so the default appraiser chain of the Sekda ends at the Bupati.
ALTER TABLE unit ADD COLUMN kepala_luar_id INTEGER REFERENCES pejabat_luar (id) ON DELETE SET NULL;
-- An SKP's Pejabat Penilai from outside the staff list (instead of `penilai_id`).
ALTER TABLE skp ADD COLUMN penilai_luar_id INTEGER REFERENCES pejabat_luar (id) ON DELETE SET NULL;
-- Whether the appraisers snapshotted on a set evaluation are ASN ('' = ASN, as before).
ALTER TABLE evaluasi ADD COLUMN penilai_status TEXT NOT NULL DEFAULT '' CHECK (penilai_status IN ('', 'asn', 'non_asn'));
ALTER TABLE evaluasi ADD COLUMN atasan_penilai_status TEXT NOT NULL DEFAULT '' CHECK (atasan_penilai_status IN ('', 'asn', 'non_asn'));

-- SIASN's person id (PNS_ID / `id` of its data utama) and jenis pegawai as SIASN names it.
ALTER TABLE staff ADD COLUMN siasn_id TEXT NOT NULL DEFAULT '';
ALTER TABLE staff ADD COLUMN jenis_pegawai TEXT NOT NULL DEFAULT '';
CREATE INDEX staff_siasn_id ON staff (siasn_id) WHERE siasn_id <> '';

CREATE TRIGGER pejabat_luar_stamp_insert AFTER INSERT ON pejabat_luar
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE pejabat_luar SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;
CREATE TRIGGER pejabat_luar_stamp_update AFTER UPDATE ON pejabat_luar WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE pejabat_luar SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;
CREATE TRIGGER pejabat_luar_tombstone AFTER DELETE ON pejabat_luar
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('pejabat_luar', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;
