-- Manajemen talenta (issue 14): what turns appraisal results into careers.
-- riwayat_hukuman: disciplinary sanctions (PP 94/2021: ringan/sedang/berat) and code-of-ethics
--   breaches (kategori 'kode_etik', no tingkat); the rekam jejak rule reads them.
-- asesmen: assessment-centre results (JPM %, the potensial axis of the 9-box).
-- riwayat_pak: penetapan angka kredit (PAK) of a pejabat fungsional: the cumulative AK a
--   PAK states on its date; AK earned by later predikat adds to it (core.angka_kredit).
-- riwayat_diklat gains its kind (ref_jenis_pengembangan: klasikal / nonklasikal, SIASN's
--   jenis kursus) and certificate number; unit gains "kritikal" (its head's position is a key
--   position for succession); staff gains the PPPK contract's end date.
-- ref_pangkat_maks: the highest pangkat reachable by reguler promotion per education.
-- ref_ipasn: the IP ASN rubric (PermenPANRB 38/2018), versioned.
-- pengaturan_talenta: the office's talent settings (one row).

CREATE TABLE ref_jenis_pengembangan (
    kode TEXT PRIMARY KEY,
    nama TEXT NOT NULL,
    bentuk TEXT NOT NULL CHECK (bentuk IN ('klasikal', 'nonklasikal')),
    urutan INTEGER NOT NULL DEFAULT 0,
    siasn_id TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE ref_pangkat_maks (
    pendidikan TEXT PRIMARY KEY REFERENCES ref_pendidikan (kode),
    golongan TEXT NOT NULL REFERENCES ref_golongan (kode)
) STRICT;

CREATE TABLE ref_ipasn (
    versi TEXT NOT NULL,
    dimensi TEXT NOT NULL CHECK (dimensi IN ('kualifikasi', 'kompetensi', 'kinerja', 'disiplin')),
    kode TEXT NOT NULL,
    uraian TEXT NOT NULL,
    nilai REAL NOT NULL CHECK (nilai >= 0),
    urutan INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (versi, dimensi, kode)
) STRICT;

CREATE TABLE riwayat_hukuman (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    urutan INTEGER NOT NULL DEFAULT 0,
    kategori TEXT NOT NULL DEFAULT 'disiplin' CHECK (kategori IN ('disiplin', 'kode_etik')),
    tingkat TEXT NOT NULL DEFAULT '' CHECK (tingkat IN ('', 'ringan', 'sedang', 'berat')),
    jenis TEXT NOT NULL DEFAULT '',
    nomor_sk TEXT NOT NULL DEFAULT '',
    tanggal_sk TEXT,
    tmt TEXT,
    selesai TEXT,
    keterangan TEXT NOT NULL DEFAULT '',
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT '',
    CHECK (kategori = 'kode_etik' OR tingkat <> '')
) STRICT;
CREATE INDEX riwayat_hukuman_staff ON riwayat_hukuman (staff_id);

CREATE TABLE asesmen (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    tanggal TEXT NOT NULL,
    jpm REAL NOT NULL CHECK (jpm BETWEEN 0 AND 100),
    lembaga TEXT NOT NULL DEFAULT '',
    metode TEXT NOT NULL DEFAULT '',
    keterangan TEXT NOT NULL DEFAULT '',
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE UNIQUE INDEX asesmen_staff_tanggal ON asesmen (staff_id, tanggal);

CREATE TABLE riwayat_pak (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    tanggal TEXT NOT NULL,
    nomor_sk TEXT NOT NULL DEFAULT '',
    jenjang TEXT REFERENCES ref_jenjang_fungsional (kode),
    golongan TEXT REFERENCES ref_golongan (kode),
    ak_kumulatif REAL NOT NULL CHECK (ak_kumulatif >= 0),
    keterangan TEXT NOT NULL DEFAULT '',
    uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rev INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX riwayat_pak_staff ON riwayat_pak (staff_id, tanggal);

CREATE TABLE pengaturan_talenta (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    gabung_kinerja TEXT NOT NULL DEFAULT 'terendah'
        CHECK (gabung_kinerja IN ('terendah', 'terakhir')),
    jpm_tinggi REAL NOT NULL DEFAULT 90 CHECK (jpm_tinggi BETWEEN 0 AND 100),
    jpm_menengah REAL NOT NULL DEFAULT 78 CHECK (jpm_menengah BETWEEN 0 AND 100),
    asesmen_berlaku_tahun INTEGER NOT NULL DEFAULT 3 CHECK (asesmen_berlaku_tahun BETWEEN 1 AND 10),
    target_jp INTEGER NOT NULL DEFAULT 20 CHECK (target_jp BETWEEN 0 AND 200),
    ipasn_versi TEXT NOT NULL DEFAULT '',
    CHECK (jpm_menengah <= jpm_tinggi)
) STRICT;
INSERT INTO pengaturan_talenta (id) VALUES (1);

-- The talent lists read every annual predikat of two years (50,000 staff): a covering index
-- spares the wide evaluasi rows (581 -> 366 ms for the whole map at 50,000 staff).
CREATE INDEX evaluasi_skp_predikat ON evaluasi (skp_id, periode, status, predikat);

-- The unit tree counts active staff per unit at every start: with (unit_id, aktif) the count
-- reads the index only (about 17 ms saved at 50,000 staff); it serves unit_id lookups too.
CREATE INDEX staff_unit_aktif ON staff (unit_id, aktif);
DROP INDEX staff_unit;

ALTER TABLE riwayat_diklat ADD COLUMN jenis TEXT REFERENCES ref_jenis_pengembangan (kode);
ALTER TABLE riwayat_diklat ADD COLUMN nomor_sertifikat TEXT NOT NULL DEFAULT '';
CREATE INDEX riwayat_diklat_tanggal ON riwayat_diklat (staff_id, tanggal_mulai);
ALTER TABLE unit ADD COLUMN kritikal INTEGER NOT NULL DEFAULT 0 CHECK (kritikal IN (0, 1));
ALTER TABLE staff ADD COLUMN kontrak_selesai TEXT;

-- Stamping, as for the other synced tables.

CREATE TRIGGER riwayat_hukuman_stamp_insert AFTER INSERT ON riwayat_hukuman
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE riwayat_hukuman SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;
CREATE TRIGGER riwayat_hukuman_stamp_update AFTER UPDATE ON riwayat_hukuman WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE riwayat_hukuman SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;
CREATE TRIGGER riwayat_hukuman_tombstone AFTER DELETE ON riwayat_hukuman
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('riwayat_hukuman', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;
CREATE TRIGGER asesmen_stamp_insert AFTER INSERT ON asesmen
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE asesmen SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;
CREATE TRIGGER asesmen_stamp_update AFTER UPDATE ON asesmen WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE asesmen SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;
CREATE TRIGGER asesmen_tombstone AFTER DELETE ON asesmen
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('asesmen', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;
CREATE TRIGGER riwayat_pak_stamp_insert AFTER INSERT ON riwayat_pak
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE riwayat_pak SET rev = (SELECT rev FROM sync_state),
        origin = CASE WHEN NEW.origin = '' THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;
CREATE TRIGGER riwayat_pak_stamp_update AFTER UPDATE ON riwayat_pak WHEN NEW.rev = OLD.rev
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    UPDATE riwayat_pak SET rev = (SELECT rev FROM sync_state),
        updated_at = CASE WHEN NEW.updated_at = OLD.updated_at THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') ELSE NEW.updated_at END,
        origin = CASE WHEN NEW.origin = OLD.origin THEN (SELECT office_uuid FROM office) ELSE NEW.origin END
    WHERE id = NEW.id;
END;
CREATE TRIGGER riwayat_pak_tombstone AFTER DELETE ON riwayat_pak
BEGIN
    UPDATE sync_state SET rev = rev + 1;
    INSERT INTO tombstone (table_name, uuid, rev, deleted_at, origin)
    VALUES ('riwayat_pak', OLD.uuid, (SELECT rev FROM sync_state), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT office_uuid FROM office));
END;
